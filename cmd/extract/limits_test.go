package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
)

const limitsPage = "<html><head><title>A headline for the limits</title></head><body><article>" +
	"<h1>A headline for the limits</h1>" +
	"<p>The first paragraph of the article says what happened, where and when it happened, in a full sentence.</p>" +
	"<p>The second paragraph adds the detail that readers want to know, with another full sentence of prose.</p>" +
	"</article></body></html>"

// runLimits runs the command in-process and returns its status, output
// and errors.
func runLimits(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	s, in, out, errOut := iostreams.Test()
	in.WriteString(stdin)
	status := run(args, s)
	return status, out.String(), errOut.String()
}

func TestLimitMaxBytes(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(limitsPage), 0o644)

	status, out, errs := runLimits(t, "", "--max-bytes", "100", page)
	if status != 2 || out != "" || !strings.Contains(errs, fmt.Sprintf("%s: file is %d bytes, more than the limit of 100 bytes (--max-bytes)", page, len(limitsPage))) {
		t.Errorf("a file over --max-bytes: status %d, out %q, errors %q", status, out, errs)
	}
	status, out, errs = runLimits(t, limitsPage, "--max-bytes", "100", "-")
	if status != 2 || out != "" || !strings.Contains(errs, "<stdin>: input is more than the limit of 100 bytes") {
		t.Errorf("standard input over --max-bytes: status %d, out %q, errors %q", status, out, errs)
	}
	status, out, errs = runLimits(t, "", "--max-bytes", "1KiB", page)
	if status != 0 || !strings.Contains(out, "A headline for the limits") {
		t.Errorf("a file under --max-bytes 1KiB: status %d, errors %q", status, errs)
	}
	// Batch mode passes the limit to the walker.
	status, _, errs = runLimits(t, "", "--max-bytes", "100", dir)
	if status != 2 || !strings.Contains(errs, "page too large") {
		t.Errorf("a folder with a page over --max-bytes: status %d, errors %q", status, errs)
	}
	for _, bad := range []string{"0", "-1", "12Q", "lots"} {
		if status, _, errs := runLimits(t, "", "--max-bytes", bad, page); status != 2 || !strings.Contains(errs, "--max-bytes") {
			t.Errorf("--max-bytes %s: status %d, errors %q", bad, status, errs)
		}
	}
}

func TestLimitNodesAndLine(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(limitsPage), 0o644)
	status, _, errs := runLimits(t, "", "--max-nodes", "5", page)
	if status != 2 || !strings.Contains(errs, page+": page has more than 5 HTML elements and text nodes") {
		t.Errorf("--max-nodes 5: status %d, errors %q", status, errs)
	}
	text := filepath.Join(dir, "page.txt")
	os.WriteFile(text, []byte("Headline\n\n"+strings.Repeat("A sentence of prose that goes on. ", 40)+"\n"), 0o644)
	status, _, errs = runLimits(t, "", "--max-line", "1K", text)
	if status != 2 || !strings.Contains(errs, text+": line 3 is 1.3 KiB long, more than the limit of 1.0 KiB") {
		t.Errorf("--max-line 1K: status %d, errors %q", status, errs)
	}
	if status, _, errs := runLimits(t, "", "--max-nodes", "0", page); status != 2 || !strings.Contains(errs, "--max-nodes") {
		t.Errorf("--max-nodes 0: status %d, errors %q", status, errs)
	}
}

// TestLimitTimeout gives a slow page (180,000 nodes, about a second of
// work) a time limit far shorter and far longer than a small page needs:
// the slow page is reported and the small one still converted.
func TestLimitTimeout(t *testing.T) {
	dir := t.TempDir()
	slow := filepath.Join(dir, "a-slow.html")
	os.WriteFile(slow, []byte("<html><body>"+strings.Repeat("<p>word</p>\n", 60_000)+"</body></html>"), 0o644)
	small := filepath.Join(dir, "b-small.html")
	os.WriteFile(small, []byte(limitsPage), 0o644)

	start := time.Now()
	status, out, errs := runLimits(t, "", "--timeout", "50ms", "--jobs", "1", slow, small)
	if status != 2 || !strings.Contains(errs, slow+": gave up on the page after 50ms (--timeout)") {
		t.Errorf("a slow page: status %d, errors %q", status, errs)
	}
	if !strings.Contains(out, "A headline for the limits") || strings.Count(out, "\n") != 1 {
		t.Errorf("the run did not go on to the next page: %q", out)
	}
	t.Logf("two pages with --timeout 50ms in %s", time.Since(start))

	status, _, errs = runLimits(t, "", "--timeout", "10ms", slow)
	if status != 2 || !strings.Contains(errs, slow+": gave up on the page after 10ms") {
		t.Errorf("a slow page alone: status %d, errors %q", status, errs)
	}
	if status, _, errs := runLimits(t, "", "--timeout", "0", small); status != 0 {
		t.Errorf("--timeout 0 (no limit): status %d, errors %q", status, errs)
	}
	if status, _, errs := runLimits(t, "", "--timeout", "-1s", small); status != 2 || !strings.Contains(errs, "--timeout") {
		t.Errorf("--timeout -1s: status %d, errors %q", status, errs)
	}
}
