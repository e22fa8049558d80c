package evaluate

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/extract-dev/extract/internal/model"
)

// writeCorpus builds a three-record corpus in a temporary folder: two pages
// with text and HTML, one with HTML only.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"html", "text"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	body := "The council voted on Tuesday to rebuild the old bridge over the river.\n\nWork starts in spring and should last two years."
	pages := []struct {
		id, html, text string
		truth          map[string]any
	}{
		{"a-news", "<html><head><title>Bridge to be rebuilt</title></head><body><article><h1>Bridge to be rebuilt</h1><p>By Jane Doe</p><p>The council voted on Tuesday to rebuild the old bridge over the river.</p><p>Work starts in spring and should last two years.</p></article></body></html>",
			"Home News Sport\nBridge to be rebuilt\nBy Jane Doe\nThe council voted on Tuesday to rebuild the old bridge over the river.\nWork starts in spring and should last two years.\n© 2025 Town Paper",
			map[string]any{"body": body, "headline": "Bridge to be rebuilt", "byline": "Jane Doe", "timestamp": "2025-03-04", "dek": "A new bridge"}},
		{"b-blog", "<html><body><div><p>Ein kurzer Beitrag über Gärten und Bäume im Herbst.</p><p>Impressum</p></div></body></html>",
			"Ein kurzer Beitrag über Gärten und Bäume im Herbst.\nImpressum",
			map[string]any{"with": []string{"Gärten und Bäume"}, "without": []string{"Impressum"}, "headline": "Herbst"}},
		{"c-html-only", "<html><body><p>Only HTML here, no text rendering.</p></body></html>", "",
			map[string]any{"body": "Only HTML here, no text rendering."}},
	}
	var manifest bytes.Buffer
	for _, p := range pages {
		rec := map[string]any{"id": p.id, "source": "test", "html": "html/" + p.id + ".html.gz", "truth": p.truth}
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(p.html))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", p.id+".html.gz"), gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if p.text != "" {
			rec["text"] = "text/" + p.id + ".txt"
			if err := os.WriteFile(filepath.Join(dir, "text", p.id+".txt"), []byte(p.text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		line, _ := json.Marshal(rec)
		manifest.Write(append(line, '\n'))
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestName), manifest.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRunEndToEnd runs the harness on a tiny corpus: it must count pages
// per path right, give every metric its pages, and print the same figures
// whatever the number of workers.
func TestRunEndToEnd(t *testing.T) {
	c, err := Load(writeCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(c, Options{Paths: []string{PathHTML, PathText}, Jobs: 3})
	if err != nil {
		t.Fatal(err)
	}
	html, text := res.Paths[PathHTML].Summary, res.Paths[PathText].Summary
	if html.Pages != 3 || text.Pages != 2 {
		t.Errorf("pages html %d text %d, want 3 and 2 (a page without text is skipped on the text path)", html.Pages, text.Pages)
	}
	if html.Body.N != 2 || text.Body.N != 1 || html.Segment.N != 1 || html.Headline.N != 2 ||
		html.Byline.N != 1 || html.Timestamp.N != 1 || html.Dek.N != 1 || html.Segments != 2 {
		t.Errorf("metric page counts wrong: %+v", html)
	}
	for _, path := range res.Order {
		for _, m := range MetricNames {
			if v := res.Paths[path].Summary.Get(m).Value; v < 0 || v > 1 {
				t.Errorf("%s %s = %v, outside [0, 1]", path, m, v)
			}
		}
	}
	for i, id := range []string{"a-news", "b-blog", "c-html-only"} {
		if got := res.Paths[PathHTML].Pages[i].ID; got != id {
			t.Errorf("html page %d is %s, want %s (manifest order)", i, got, id)
		}
	}

	one, err := Run(c, Options{Paths: []string{PathHTML, PathText}, Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	res.WriteWorst(&a, 5)
	one.WriteWorst(&b, 5)
	if a.String() != b.String() {
		t.Errorf("--worst differs between 3 workers and 1:\n%s\n---\n%s", a.String(), b.String())
	}
	for _, path := range res.Order {
		s1, s3 := res.Paths[path].Summary, one.Paths[path].Summary
		for _, m := range MetricNames {
			if s1.Get(m) != s3.Get(m) {
				t.Errorf("%s %s differs between 3 workers and 1: %+v vs %+v", path, m, s1.Get(m), s3.Get(m))
			}
		}
	}

	var out bytes.Buffer
	if err := res.WriteSummary(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"body F1", "segment F1", "headline", "byline", "timestamp", "dek F1", "pages/s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := res.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(out.Bytes(), &back); err != nil {
		t.Fatalf("JSON result does not read back: %v", err)
	}
	if len(back.Paths[PathText].Pages) != 2 {
		t.Errorf("JSON holds %d text pages, want 2", len(back.Paths[PathText].Pages))
	}

	sel, err := Run(c, Options{Paths: []string{PathText}, Only: "blog"})
	if err != nil {
		t.Fatal(err)
	}
	if sel.Records != 1 || sel.Paths[PathText].Summary.Pages != 1 {
		t.Errorf("--only blog selected %d records", sel.Records)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir); err == nil {
		t.Error("Load of a folder without manifest gave no error")
	}
	for _, bad := range []string{`{"id":"a"}` + "\n" + `{"id":"a"}`, `{"source":"x"}`, `{"id":`} {
		if err := os.WriteFile(filepath.Join(dir, ManifestName), []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(dir); err == nil {
			t.Errorf("Load(%q) gave no error", bad)
		}
	}
}

func TestGuard(t *testing.T) {
	want := &model.Article{Headline: "h"}
	for _, timeout := range []time.Duration{0, time.Minute} {
		a, err := guard(func() (*model.Article, error) { return want, nil }, timeout)
		if a != want || err != nil {
			t.Errorf("timeout %v: guard = %v, %v; want the article", timeout, a, err)
		}
		a, err = guard(func() (*model.Article, error) { panic("boom") }, timeout)
		if a != nil || err == nil || !strings.Contains(err.Error(), "panic: boom") {
			t.Errorf("timeout %v: a panic gave %v, %v", timeout, a, err)
		}
	}
	release := make(chan struct{})
	defer close(release)
	a, err := guard(func() (*model.Article, error) { <-release; return want, nil }, 10*time.Millisecond)
	if a != nil || err == nil || !strings.Contains(err.Error(), "timeout") {
		t.Errorf("a call past the timeout gave %v, %v", a, err)
	}
}
