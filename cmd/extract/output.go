package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/extract-dev/extract/internal/model"
)

// articleWriter encodes articles one after another in the chosen format.
type articleWriter struct {
	w        io.Writer
	format   string // "json", "jsonl" or "md"
	pretty   bool   // indent JSON: one article, for people
	markdown model.MarkdownOptions
	n        int // articles written
}

func (aw *articleWriter) write(a *model.Article) error {
	defer func() { aw.n++ }()
	if aw.format == "md" {
		doc := a.Markdown(aw.markdown)
		if aw.n > 0 {
			doc = append([]byte("\n"), doc...)
		}
		_, err := aw.w.Write(doc)
		return err
	}
	enc := json.NewEncoder(aw.w)
	enc.SetEscapeHTML(false)
	if aw.pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(a)
}

// output is where articles go: standard output, or a file that appears only
// once Commit succeeds.
type output interface {
	io.Writer
	// Commit makes the output final: it flushes, and for a file renames the
	// temporary file over the target.
	Commit() error
	// Abort drops a file output that was not committed. It is safe to call
	// after Commit.
	Abort()
}

func openOutput(stdout io.Writer, path string) (output, error) {
	if path == "" || path == "-" {
		return &streamOutput{bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	return createAtomic(path)
}

type streamOutput struct{ *bufio.Writer }

func (s *streamOutput) Commit() error { return s.Flush() }

// Abort still flushes: articles already accepted were complete, and a
// reader of standard output is owed them.
func (s *streamOutput) Abort() { s.Flush() }

// atomicFile writes to a temporary file beside the target and renames it
// over the target on Commit, so that the target never holds a partial
// output: it is either the previous file or the whole new one.
type atomicFile struct {
	f      *os.File
	w      *bufio.Writer
	target string
	done   bool
}

func createAtomic(path string) (*atomicFile, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("-o %s: is a directory", path)
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", path, unwrapPath(err))
	}
	return &atomicFile{f: f, w: bufio.NewWriterSize(f, 64<<10), target: path}, nil
}

func (a *atomicFile) Write(p []byte) (int, error) { return a.w.Write(p) }

func (a *atomicFile) Commit() error {
	err := a.w.Flush()
	if err == nil {
		err = a.f.Sync()
	}
	if err == nil {
		// CreateTemp makes the file 0600; give it the mode os.Create
		// gives under the usual umask, so the output is as readable as
		// any other file the user writes.
		err = a.f.Chmod(0o644)
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.target)
	}
	if err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("-o %s: %w", a.target, unwrapPath(err))
	}
	a.done = true
	return nil
}

func (a *atomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.f.Close()
	os.Remove(a.f.Name())
}

// unwrapPath drops the *fs.PathError wrapper, whose message repeats the
// temporary file's name, keeping the reason.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}
