package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/sync/semaphore"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/input"
	"github.com/extract-dev/extract/internal/model"
)

// The runner follows gofmt's sequencer: the feeding goroutine walks the
// inputs and reads each page, a weighted semaphore sized in bytes bounds
// what is held in memory (pages read ahead, being extracted, or waiting
// for their turn to be written), at most Jobs pages are extracted at once,
// and each page's result is written only after the one before it, so the
// output is in input order whatever the number of workers.
const (
	// batchMemory bounds the bytes of pages held at once.
	batchMemory = 64 << 20
	// minWeight charges small pages for their result and bookkeeping, so
	// that a folder of tiny files cannot queue without bound.
	minWeight = 16 << 10
	// quickWeight is charged to an entry with nothing to extract.
	quickWeight = 1 << 10
)

type runner struct {
	o      batchOptions
	cancel context.CancelFunc
	stdout output // standard output or -o, when there is no --out-dir
	nout   int    // outputs written to stdout
	s      *iostreams.Streams
	start  time.Time
	mem    *semaphore.Weighted
	jobs   chan struct{}
	mu     sync.Mutex
	prev   chan struct{} // closed when the last page taken has been reported
	closed bool          // set on interrupt: take no more pages
	out    *outDir
	rep    *reportFile
	bar    *progressbar.ProgressBar
	sum    summary // touched only by the page whose turn it is
	// pipeClosed is set when standard output's reader went away.
	pipeClosed bool
	writeErrs  int          // outputs that could not be written to stdout or -o
	total      atomic.Int64 // the number of pages, once countTotal knows it
}

func newRunner(ctx context.Context, cancel context.CancelFunc, o batchOptions, s *iostreams.Streams) (*runner, error) {
	r := &runner{o: o, cancel: cancel, s: s, start: time.Now(), mem: semaphore.NewWeighted(batchMemory),
		jobs: make(chan struct{}, o.Jobs)}
	r.prev = make(chan struct{})
	close(r.prev)
	var err error
	if o.OutDir != "" {
		if r.out, err = openOutDir(o.OutDir, outExt(o.Format), o.Overwrite); err != nil {
			return nil, err
		}
	}
	if r.out == nil {
		if r.stdout, err = openOutput(s.Out, o.Output); err != nil {
			return nil, err
		}
	}
	if o.Report != "" {
		if r.rep, err = createReport(o.Report); err != nil {
			return nil, err
		}
		r.rep.outDir = o.OutDir
	}
	if !o.Quiet && s.IsStderrTTY() {
		r.bar = newProgress(s.ErrOut)
	}
	return r, nil
}

// feed walks the inputs and hands each page to a worker. It returns early,
// with ctx's error, once ctx is cancelled.
func (r *runner) feed(ctx context.Context, args []string) error {
	if r.o.StdinJSONL {
		return input.ReadJSONL(ctx, r.s.In, r.o.MaxBytes, r.add)
	}
	w := r.walker()
	w.MaxBytes, w.Stdin = r.o.MaxBytes, r.s.In
	if err := w.Walk(ctx, args, r.add); err != nil {
		return err
	}
	if r.o.FilesFrom == "" {
		return nil
	}
	if r.o.FilesFrom == "-" {
		return w.FilesFrom(ctx, r.s.In, r.o.Null, r.add)
	}
	f, err := os.Open(r.o.FilesFrom)
	if err != nil {
		return fmt.Errorf("--files-from: %w", err)
	}
	defer f.Close()
	return w.FilesFrom(ctx, f, r.o.Null, r.add)
}

// walker is set up from the flags. It never enters the output folder, so
// that "extract --out-dir site/out site" does not read its own outputs.
func (r *runner) walker() *input.Walker {
	w := &input.Walker{Include: r.o.Include, Exclude: r.o.Exclude, Hidden: r.o.Hidden}
	if r.out != nil {
		if fi, err := os.Stat(r.out.dir); err == nil {
			w.Avoid = []os.FileInfo{fi}
		}
	}
	return w
}

// result is what a worker hands to the reporter.
type result struct {
	it      *input.Item
	status  string // "article", "no_article", "error", "skipped" (output exists), "passed" (not a page)
	err     error
	art     *model.Article
	out     []byte // rendered output
	outPath string // under --out-dir, slash separated
	size    int64
}

// add is called by the walker for each item, in input order.
func (r *runner) add(it *input.Item) error {
	res := &result{it: it}
	// Items with nothing to read still wait for their turn to be
	// reported; a small weight bounds how many can wait (an archive of a
	// million refused members must not queue a million goroutines).
	quick := func() error {
		if err := r.mem.Acquire(context.Background(), quickWeight); err != nil {
			return err
		}
		r.sequence(quickWeight, res, nil)
		return nil
	}
	if it.Skip != "" {
		res.status = "passed"
		return quick()
	}
	if it.Err != nil {
		res.status, res.err = "error", it.Err
		r.streamError(res)
		return quick()
	}
	if r.out != nil {
		res.outPath = r.out.target(it.RelPath)
		if !r.o.Overwrite && r.out.exists(res.outPath) {
			// Known before reading: resume quickly, or report the page
			// without spending an extraction on it.
			if r.o.SkipExisting {
				res.status = "skipped"
			} else {
				res.status, res.err = "error", fmt.Errorf("%s: %w", it.Name, r.out.existsError(res.outPath))
			}
			return quick()
		}
	}
	ctx := context.Background()
	weight := int64(-1)
	if it.Size >= 0 {
		weight = r.weight(it.Size)
		if err := r.mem.Acquire(ctx, weight); err != nil {
			return err
		}
	}
	src, err := it.ReadAll()
	if weight < 0 {
		weight = r.weight(int64(len(src)))
		if err := r.mem.Acquire(ctx, weight); err != nil {
			return err
		}
	}
	res.size = int64(len(src))
	if err != nil {
		res.status, res.err = "error", err
		r.streamError(res)
		r.sequence(weight, res, nil)
		return nil
	}
	r.jobs <- struct{}{}
	r.sequence(weight, res, func() {
		defer func() { <-r.jobs }()
		r.convert(res, src)
	})
	return nil
}

func (r *runner) weight(size int64) int64 {
	w := size + minWeight
	if w > batchMemory {
		w = batchMemory
	}
	return w
}

// sequence runs work (when not nil) in a new goroutine, then reports res
// after every earlier page has been reported, then gives back weight. Once
// the run is closed (interrupted), new pages are dropped, unread.
func (r *runner) sequence(weight int64, res *result, work func()) {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		if work != nil {
			<-r.jobs
		}
		if weight > 0 {
			r.mem.Release(weight)
		}
		return
	}
	prev, done := r.prev, make(chan struct{})
	r.prev = done
	r.mu.Unlock()
	// Even a page with nothing to compute is reported from its own
	// goroutine, so that the walker never waits for slow pages ahead.
	go func() {
		if work != nil {
			work()
		}
		<-prev
		r.report(res)
		if weight > 0 {
			r.mem.Release(weight)
		}
		close(done)
	}()
}

// close stops taking pages and returns a channel closed once every page
// taken so far has been reported.
func (r *runner) close() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	return r.prev
}

// convert extracts one page and renders its output; it runs on a worker.
func (r *runner) convert(res *result, src []byte) {
	it := res.it
	opts := r.o.Extract
	if it.URL != "" {
		opts.URL = it.URL
	}
	switch it.Format {
	case "html":
		opts.Input = extract.FormatHTML
	case "text":
		opts.Input = extract.FormatText
	}
	art, err := safeExtract(src, it.Name, opts)
	res.art = art
	switch {
	case err == nil:
		res.status = "article"
	case errors.Is(err, extract.ErrNoArticle):
		res.status, res.err = "no_article", err
	default:
		res.status, res.err = "error", err
	}
	var buf bytes.Buffer
	switch {
	case r.o.StdinJSONL:
		rec := streamRecord{ID: it.ID}
		if res.status == "article" {
			rec.Article = art
		} else {
			rec.Error = res.err.Error()
		}
		err = encodeJSON(&buf, rec)
	case res.status != "article":
		return
	case r.o.Render != nil && r.o.Format == "md":
		err = r.o.Render(&buf, art)
	default:
		err = encodeJSON(&buf, art)
	}
	if err != nil {
		res.status, res.err = "error", fmt.Errorf("%s: render: %w", it.Name, err)
		return
	}
	res.out = buf.Bytes()
}

// streamError gives a record that could not be read its error record, so
// that in stream mode every record gets exactly one line back.
func (r *runner) streamError(res *result) {
	if !r.o.StdinJSONL {
		return
	}
	var buf bytes.Buffer
	if encodeJSON(&buf, streamRecord{ID: res.it.ID, Error: res.err.Error()}) == nil {
		res.out = buf.Bytes()
	}
}

// safeExtract turns a panic in the extractor into an error for that page,
// so that one hostile page cannot end a run of thousands.
func safeExtract(src []byte, name string, opts extract.Options) (a *model.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%s: internal error: %v", name, p)
		}
	}()
	return extractTimed(src, name, opts) // limits.go: --timeout
}

// streamRecord is one output line of --stdin-jsonl: the record's id
// followed by the Article's fields, or by "error" when the record gave no
// article. Embedding keeps the Article's fields at the top level, so a
// consumer reads the same object as in file mode plus "id".
type streamRecord struct {
	ID json.RawMessage `json:"id"`
	*model.Article
	Error string `json:"error,omitempty"`
}

func encodeJSON(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// report runs for one page at a time, in input order: it writes the
// output, prints messages, counts and updates the report and progress.
func (r *runner) report(res *result) {
	it := res.it
	if res.status == "passed" {
		if r.o.Verbose {
			r.message(fmt.Sprintf("extract: %s: passed over: %s", it.Name, it.Skip))
		}
		r.rep.page(res)
		return
	}
	if res.status == "skipped" {
		r.sum.skipped++
		if r.o.Verbose {
			r.message(fmt.Sprintf("extract: %s: skipped: %s exists", it.Name, r.out.display(res.outPath)))
		}
		r.rep.page(res)
		r.progress()
		return
	}
	if res.out != nil {
		if r.out != nil {
			if err := r.out.write(res.outPath, res.out); err != nil {
				res.status, res.err = "error", fmt.Errorf("%s: %w", it.Name, err)
			} else if r.o.Verbose {
				r.message(fmt.Sprintf("extract: %s -> %s", it.Name, r.out.display(res.outPath)))
			}
		} else if !r.pipeClosed {
			out := res.out
			if r.o.Format == "md" && r.nout > 0 {
				out = append([]byte("\n"), out...)
			}
			r.nout++
			_, err := r.stdout.Write(out)
			if f, ok := r.stdout.(interface{ Flush() error }); ok && err == nil && r.o.StdinJSONL {
				// A program feeding records one at a time may wait for
				// each answer before writing the next.
				err = f.Flush()
			}
			if isBrokenPipe(err) {
				r.pipeClosed = true
				r.cancel()
			} else if err != nil {
				res.status, res.err = "error", fmt.Errorf("write output: %w", err)
				r.writeErrs++
			}
		}
	}
	r.sum.pages++
	r.sum.bytes += res.size
	switch res.status {
	case "article":
		r.sum.articles++
	case "no_article":
		r.sum.noArticle++
		if !r.o.Quiet {
			r.message("extract: " + res.err.Error())
		}
	default:
		r.sum.errors++
		r.message("extract: " + res.err.Error())
	}
	r.rep.page(res)
	r.progress()
}

// message prints one line on stderr without tearing the progress bar.
func (r *runner) message(line string) {
	if r.bar != nil {
		r.bar.Clear()
	}
	fmt.Fprintln(r.s.ErrOut, line)
	if r.bar != nil {
		r.bar.RenderBlank()
	}
}

// progress counts one page on the bar. The bar is touched only here and
// in message, both on the reporting side, one page at a time; the total
// counted on the side is applied here too.
func (r *runner) progress() {
	if r.bar == nil {
		return
	}
	if n := r.total.Swap(0); n > 0 {
		r.bar.ChangeMax64(n)
	}
	r.bar.Add(1)
}

// countTotal walks the inputs a second time, reading nothing but names
// (and archive indexes), to give the progress bar its total. It runs only
// when a bar is drawn; the bar shows a count and a rate until it is done.
func (r *runner) countTotal(ctx context.Context, args []string) {
	w := r.walker()
	w.NoArchives = true
	var n int64
	errArchive := errors.New("archive")
	count := func(it *input.Item) error {
		if it.Skip == "archive" {
			// Counting members would read the archive twice: leave the
			// bar without a total.
			return errArchive
		}
		if it.Skip == "" {
			n++
		}
		return nil
	}
	var files []string
	for _, a := range args {
		if a != "-" {
			files = append(files, a)
		} else {
			n++
		}
	}
	if w.Walk(ctx, files, count) != nil {
		return
	}
	if r.o.FilesFrom != "" {
		f, err := os.Open(r.o.FilesFrom)
		if err != nil {
			return
		}
		defer f.Close()
		if w.FilesFrom(ctx, f, r.o.Null, count) != nil {
			return
		}
	}
	r.total.Store(n)
}

// closeOutput flushes standard output, or renames the -o file into place
// (dropping it when the run was interrupted).
func (r *runner) closeOutput(interrupted bool) error {
	if r.stdout == nil {
		return nil
	}
	if interrupted {
		r.stdout.Abort()
		return nil
	}
	err := r.stdout.Commit()
	if isBrokenPipe(err) {
		r.pipeClosed = true
		return nil
	}
	return err
}

// finish closes the progress bar and returns the counts.
func (r *runner) finish() summary {
	if r.bar != nil {
		r.bar.Finish()
		r.bar.Clear()
		fmt.Fprint(r.s.ErrOut, "\r")
	}
	r.sum.elapsed = time.Since(r.start)
	return r.sum
}
