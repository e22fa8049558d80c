package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-dev/extract/internal/model"
)

func TestArticleWriter(t *testing.T) {
	a := &model.Article{Headline: "Fish & <Chips>", Paragraphs: []string{"a > b"}}
	for _, tc := range []struct {
		format string
		pretty bool
		n      int
		want   string
	}{
		{"json", true, 1, "{\n  \"headline\": \"Fish & <Chips>\",\n  \"dek\": \"\",\n  \"byline\": \"\",\n  \"timestamp\": \"\",\n  \"paragraphs\": [\n    \"a > b\"\n  ]\n}\n"},
		{"jsonl", false, 2, "{\"headline\":\"Fish & <Chips>\",\"dek\":\"\",\"byline\":\"\",\"timestamp\":\"\",\"paragraphs\":[\"a > b\"]}\n" +
			"{\"headline\":\"Fish & <Chips>\",\"dek\":\"\",\"byline\":\"\",\"timestamp\":\"\",\"paragraphs\":[\"a > b\"]}\n"},
		{"md", false, 2, "# Fish & \\<Chips>\n\na > b\n\n# Fish & \\<Chips>\n\na > b\n"},
	} {
		var buf bytes.Buffer
		w := &articleWriter{w: &buf, format: tc.format, pretty: tc.pretty}
		for range tc.n {
			if err := w.write(a); err != nil {
				t.Fatal(err)
			}
		}
		if buf.String() != tc.want {
			t.Errorf("%s ×%d:\n%q\nwant\n%q", tc.format, tc.n, buf.String(), tc.want)
		}
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.json")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	// Aborted: the old file stays, no temporary file is left.
	f, err := createAtomic(target)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("partial"))
	f.Abort()
	if b, _ := os.ReadFile(target); string(b) != "old\n" {
		t.Errorf("after Abort the target holds %q", b)
	}
	if names := dirNames(t, dir); names != "out.json" {
		t.Errorf("after Abort the folder holds %s", names)
	}

	// Committed: the new content, readable, and still no temporary file.
	f, err = createAtomic(target)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new\n"))
	if b, _ := os.ReadFile(target); string(b) != "old\n" {
		t.Errorf("before Commit the target holds %q", b)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	f.Abort() // safe after Commit
	if b, _ := os.ReadFile(target); string(b) != "new\n" {
		t.Errorf("after Commit the target holds %q", b)
	}
	if fi, err := os.Stat(target); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v; want 0644", fi.Mode(), err)
	}
	if names := dirNames(t, dir); names != "out.json" {
		t.Errorf("after Commit the folder holds %s", names)
	}

	// A folder that is not there fails at once, naming the flag.
	if _, err := createAtomic(filepath.Join(dir, "missing", "out.json")); err == nil || !strings.HasPrefix(err.Error(), "-o ") {
		t.Errorf("missing folder: %v", err)
	}
}

func dirNames(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}
