package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
)

// testPage is a small page that gives an article, with n in its headline
// and a body whose length varies with n, so that pages take different
// times and a runner that wrote results as they finish would misorder
// them.
func testPage(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>Story number %d</title></head><body><article><h1>Story number %d</h1>", n, n)
	for i := 0; i < 3+(n*7)%40; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of story %d says what happened in the town hall on a long evening of questions and answers.</p>", i, n)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func TestBatchOrder(t *testing.T) {
	dir := t.TempDir()
	const pages = 120
	for i := 0; i < pages; i++ {
		// Zero-padded names sort in number order.
		name := filepath.Join(dir, fmt.Sprintf("p%03d.html", i))
		if err := os.WriteFile(name, []byte(testPage(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, jobs := range []int{1, 4} {
		s, _, out, errOut := iostreams.Test()
		status := runBatch(context.Background(), batchOptions{Jobs: jobs, Format: "json"}, []string{dir}, s)
		if status != 0 {
			t.Fatalf("jobs %d: status %d, stderr %s", jobs, status, errOut)
		}
		sc := bufio.NewScanner(out)
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			var a struct{ Headline string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("jobs %d: line %d: %v", jobs, n+1, err)
			}
			if want := fmt.Sprintf("Story number %d", n); a.Headline != want {
				t.Fatalf("jobs %d: line %d has %q, want %q", jobs, n+1, a.Headline, want)
			}
			n++
		}
		if n != pages {
			t.Errorf("jobs %d: %d lines, want %d", jobs, n, pages)
		}
	}
}

// TestBatchSignal sends the process SIGTERM while a stream is being read:
// the run stops taking records, reports what it has, and exits 143.
func TestBatchSignal(t *testing.T) {
	pr, pw := io.Pipe()
	outR, outW := io.Pipe()
	s := &iostreams.Streams{In: pr, Out: outW, ErrOut: new(strings.Builder)}
	done := make(chan int, 1)
	go func() {
		done <- runBatch(context.Background(), batchOptions{Jobs: 2, StdinJSONL: true, Format: "json"}, nil, s)
		outW.Close()
	}()
	lines := bufio.NewScanner(outR)
	lines.Buffer(nil, 1<<20)
	for i := 0; i < 3; i++ {
		rec, _ := json.Marshal(map[string]any{"id": i, "html": testPage(i)})
		fmt.Fprintf(pw, "%s\n", rec)
		// Each record's answer comes back before the next is sent: the
		// stream is flushed per record, and the runner (with its signal
		// handler) is running.
		if !lines.Scan() {
			t.Fatalf("no answer to record %d", i)
		}
		if !strings.HasPrefix(lines.Text(), fmt.Sprintf(`{"id":%d,"headline":"Story number %d"`, i, i)) {
			t.Fatalf("record %d: %.80s", i, lines.Text())
		}
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case status := <-done:
		if status != exitTerminate {
			t.Errorf("status %d, want %d", status, exitTerminate)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("runBatch did not return after SIGTERM")
	}
	pw.Close()
	if got := s.ErrOut.(*strings.Builder).String(); !strings.Contains(got, "extract: interrupted: 3 pages, 3 articles") {
		t.Errorf("summary: %q", got)
	}
}

func TestBatchProgressOnlyOnTerminal(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 3; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.html", i)), []byte(testPage(i)), 0o644)
	}
	for _, tty := range []bool{false, true} {
		s, _, _, errOut := iostreams.Test()
		s.SetTTY(false, false, tty)
		if status := runBatch(context.Background(), batchOptions{Jobs: 2, Format: "json"}, []string{dir}, s); status != 0 {
			t.Fatalf("status %d: %s", status, errOut)
		}
		drawn := strings.Contains(errOut.String(), "pages") && strings.Contains(errOut.String(), "\r")
		if drawn != tty {
			t.Errorf("stderr a terminal: %v; progress drawn: %v (%q)", tty, drawn, errOut)
		}
	}
}

// A summary counts in words a person reads: one page, not "1 pages".
func TestSummaryLineCounts(t *testing.T) {
	for _, c := range []struct {
		m    summary
		want string
	}{
		{summary{pages: 1, articles: 1}, "extract: 1 page, 1 article, 0 no article, 0 errors, "},
		{summary{pages: 2, articles: 0, noArticle: 1, errors: 1}, "extract: 2 pages, 0 articles, 1 no article, 1 error, "},
		{summary{pages: 12, articles: 11, errors: 1, skipped: 3}, "extract: 12 pages, 11 articles, 0 no article, 1 error, 3 skipped, "},
	} {
		if got := c.m.line(); !strings.HasPrefix(got, c.want) {
			t.Errorf("line() = %q, want it to start %q", got, c.want)
		}
	}
}
