package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tinyCorpus writes a one-record corpus and returns its folder.
func tinyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>Ein kurzer Beitrag über Gärten und Bäume im Herbst.</p></body></html>"))
	zw.Close()
	files := map[string][]byte{
		"manifest.jsonl": []byte(`{"id":"p1","source":"test","html":"p1.html.gz","text":"p1.txt","truth":{"body":"Ein kurzer Beitrag über Gärten und Bäume im Herbst.","headline":"Herbst"}}` + "\n"),
		"p1.html.gz":     gz.Bytes(),
		"p1.txt":         []byte("Ein kurzer Beitrag über Gärten und Bäume im Herbst.\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunCommand(t *testing.T) {
	corpus := tinyCorpus(t)
	floors := filepath.Join(t.TempDir(), "floors.json")

	var out, errb bytes.Buffer
	if code := run([]string{"--corpus", corpus, "--update-floors", floors}, &out, &errb); code != 0 {
		t.Fatalf("--update-floors exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "new floor") {
		t.Errorf("--update-floors on a new file printed no new floor:\n%s", out.String())
	}
	if _, err := os.Stat(floors); err != nil {
		t.Fatalf("floors file not written: %v", err)
	}

	out.Reset()
	errb.Reset()
	if code := run([]string{"--corpus", corpus, "--gate", floors, "--json", filepath.Join(t.TempDir(), "r.json")}, &out, &errb); code != 0 {
		t.Errorf("gate against the floors just measured: exit %d: %s", code, errb.String())
	}

	// A floor above any possible figure must fail the gate and be named.
	if err := os.WriteFile(floors, []byte(`{"text":{"headline":1.5}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	if code := run([]string{"--corpus", corpus, "--gate", floors}, &out, &errb); code != 1 {
		t.Errorf("gate with an unreachable floor: exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "text headline") {
		t.Errorf("gate failure does not name the metric: %q", errb.String())
	}

	for _, args := range [][]string{
		{"--path", "pdf"},
		{"--corpus", filepath.Join(corpus, "missing")},
		{"--corpus", corpus, "--only", "p", "--gate", floors},
		{"stray"},
	} {
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run(%q) exit %d, want 2", args, code)
		}
	}
}
