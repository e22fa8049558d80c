package main

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/schollz/progressbar/v3"

	"github.com/extract-dev/extract/internal/model"
)

// outDir writes one file per page under a folder. Every path goes through
// an os.Root, so that neither a member name nor a symbolic link planted in
// the folder can make a write land outside it, and every file is written
// to a temporary name in its target folder, then linked or renamed into
// place, so that an interrupted run leaves no partial file.
type outDir struct {
	dir       string
	root      *os.Root
	ext       string
	overwrite bool
}

func openOutDir(dir, ext string, overwrite bool) (*outDir, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("--out-dir: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("--out-dir: %w", err)
	}
	return &outDir{dir: dir, root: root, ext: ext, overwrite: overwrite}, nil
}

func outExt(format string) string {
	if format == "md" {
		return ".md"
	}
	return ".json"
}

// target maps a page's RelPath to its output path: the page extension
// (and a .gz after it) is replaced by the output's, and any other name
// keeps its full name with the output extension added, so that
// "a.2025.10" and "a.2025.11" do not collide.
func (d *outDir) target(rel string) string {
	rel = strings.TrimSuffix(rel, ".gz")
	switch strings.ToLower(path.Ext(rel)) {
	case ".html", ".htm", ".xhtml", ".shtml", ".txt":
		rel = strings.TrimSuffix(rel, path.Ext(rel))
	}
	if rel == "" || rel == "." {
		rel = "page"
	}
	return rel + d.ext
}

// display names an output file as the user would type it.
func (d *outDir) display(rel string) string { return filepath.Join(d.dir, filepath.FromSlash(rel)) }

func (d *outDir) existsError(rel string) error {
	return fmt.Errorf("output %s exists; kept (--overwrite replaces it, --skip-existing skips the page)", d.display(rel))
}

func (d *outDir) exists(rel string) bool {
	_, err := d.root.Lstat(rel)
	return err == nil
}

// write puts data at rel, never leaving a partial file behind. Without
// overwrite, an existing file is kept and reported.
func (d *outDir) write(rel string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		return fmt.Errorf("output %s: path leaves the output folder", rel)
	}
	dir := path.Dir(rel)
	if dir != "." {
		if err := d.root.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("output %s: %w", d.display(rel), pathReason(err))
		}
	}
	tmp := path.Join(dir, ".extract-"+randomSuffix()+".tmp")
	f, err := d.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("output %s: %w", d.display(rel), pathReason(err))
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		d.root.Remove(tmp)
		return fmt.Errorf("output %s: %w", d.display(rel), pathReason(err))
	}
	if d.overwrite {
		err = d.root.Rename(tmp, rel)
	} else {
		// A hard link fails when the name is taken, so an existing output
		// is never replaced, even by a concurrent run.
		err = d.root.Link(tmp, rel)
		if err != nil && !errors.Is(err, fs.ErrExist) && !d.exists(rel) {
			err = d.root.Rename(tmp, rel) // file systems without hard links
		}
		d.root.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return d.existsError(rel)
	}
	if err != nil {
		d.root.Remove(tmp)
		return fmt.Errorf("output %s: %w", d.display(rel), pathReason(err))
	}
	return nil
}

func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

func randomSuffix() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// reportFile is the --report JSON Lines file: one record per entry in
// input order, then a summary record. It is written to a temporary name
// and renamed at the end, so a report on disk is always complete.
type reportFile struct {
	outDir string
	name   string
	f      *os.File
	enc    *json.Encoder
	err    error
}

type reportRecord struct {
	Type       string          `json:"type"` // "page" or "summary"
	Path       string          `json:"path"`
	ID         json.RawMessage `json:"id,omitempty"`
	Status     string          `json:"status"` // article, no_article, error, skipped, passed
	Error      string          `json:"error,omitempty"`
	Output     string          `json:"output,omitempty"`
	Fields     []string        `json:"fields,omitempty"`
	Paragraphs int             `json:"paragraphs,omitempty"`
	Bytes      int64           `json:"bytes,omitempty"`
}

type reportSummary struct {
	Type      string  `json:"type"`
	Pages     int     `json:"pages"`
	Articles  int     `json:"articles"`
	NoArticle int     `json:"no_article"`
	Errors    int     `json:"errors"`
	Skipped   int     `json:"skipped"`
	Seconds   float64 `json:"seconds"`
	PagesPerS float64 `json:"pages_per_second"`
}

func createReport(name string) (*reportFile, error) {
	f, err := os.CreateTemp(filepath.Dir(name), ".extract-report-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("--report: %w", err)
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	return &reportFile{name: name, f: f, enc: enc}, nil
}

func (rf *reportFile) page(res *result) {
	if rf == nil || rf.err != nil {
		return
	}
	rec := reportRecord{Type: "page", Path: res.it.Name, ID: res.it.ID, Status: res.status, Bytes: res.size}
	if res.err != nil {
		rec.Error = res.err.Error()
	}
	if res.status == "passed" {
		rec.Error = res.it.Skip
	}
	if res.outPath != "" && (res.status == "article" || res.status == "skipped") {
		rec.Output = filepath.ToSlash(filepath.Join(rf.outDir, filepath.FromSlash(res.outPath)))
	}
	if res.art != nil {
		rec.Fields = fieldsFound(res.art)
		rec.Paragraphs = len(res.art.Paragraphs)
	}
	rf.err = rf.enc.Encode(rec)
}

func (r *runner) closeReport(sum summary) error {
	rf := r.rep
	if rf == nil {
		return nil
	}
	if rf.err == nil {
		secs := sum.elapsed.Seconds()
		rate := 0.0
		if secs > 0 {
			rate = float64(sum.pages) / secs
		}
		rf.err = rf.enc.Encode(reportSummary{Type: "summary", Pages: sum.pages, Articles: sum.articles,
			NoArticle: sum.noArticle, Errors: sum.errors, Skipped: sum.skipped, Seconds: secs, PagesPerS: rate})
	}
	// CreateTemp makes the file 0600; give the report the mode any other
	// file the user writes gets.
	err := errors.Join(rf.err, rf.f.Chmod(0o644), rf.f.Close())
	if err == nil {
		err = os.Rename(rf.f.Name(), rf.name)
	}
	if err != nil {
		os.Remove(rf.f.Name())
		return fmt.Errorf("--report %s: %w", rf.name, pathReason(err))
	}
	return nil
}

// fieldsFound lists the Article's JSON fields that hold a value.
func fieldsFound(a *model.Article) []string {
	var out []string
	add := func(name string, ok bool) {
		if ok {
			out = append(out, name)
		}
	}
	add("headline", a.Headline != "")
	add("dek", a.Dek != "")
	add("byline", a.Byline != "")
	add("timestamp", a.Timestamp != "")
	add("paragraphs", len(a.Paragraphs) > 0)
	add("authors", len(a.Authors) > 0)
	add("modified", a.Modified != "")
	add("dateline", a.Dateline != "")
	add("section", a.Section != "")
	add("site_name", a.SiteName != "")
	add("language", a.Language != "")
	add("url", a.URL != "")
	add("image", a.Image != "")
	return out
}

// newProgress draws pages done (of the total, once counted), pages/s and
// the time left, on stderr. progressbar keeps it on one line and throttles
// redraws; our own code would redo exactly that.
func newProgress(w io.Writer) *progressbar.ProgressBar {
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("pages"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*1e6),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
}
