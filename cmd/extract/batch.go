package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/input"
	"github.com/extract-dev/extract/internal/model"
	"github.com/extract-dev/extract/internal/report"
)

// batchOptions are the flags of batch mode, plus what the root command
// passes down from its own flags (format, extraction options, renderer).
type batchOptions struct {
	Jobs         int
	OutDir       string
	Overwrite    bool
	SkipExisting bool
	Include      []string
	Exclude      []string
	Hidden       bool
	FilesFrom    string
	Null         bool
	StdinJSONL   bool
	Report       string
	Quiet        bool
	Verbose      bool
	MaxBytes     int64

	// Set by the root command.
	Output  string          // -o: the stream output goes to this file, renamed into place at the end
	Format  string          // "json", "jsonl" or "md"
	Extract extract.Options // applied to every page (a record's url overrides URL)
	// Render writes one article in Format; nil writes compact JSON.
	Render func(w io.Writer, a *model.Article) error
}

// addBatchFlags registers the batch flags on fs.
func addBatchFlags(fs *pflag.FlagSet, o *batchOptions) {
	fs.IntVarP(&o.Jobs, "jobs", "j", runtime.NumCPU(), "pages extracted at once")
	fs.StringVar(&o.OutDir, "out-dir", "", "write one file per page under `DIR`, mirroring the inputs")
	fs.BoolVar(&o.Overwrite, "overwrite", false, "replace existing files in --out-dir")
	fs.BoolVar(&o.SkipExisting, "skip-existing", false, "skip pages whose output already exists (resume a run)")
	fs.StringSliceVar(&o.Include, "include", nil, "read only files matching `GLOB` (base name or relative path; repeatable)")
	fs.StringSliceVar(&o.Exclude, "exclude", nil, "skip files and folders matching `GLOB` (repeatable)")
	fs.BoolVar(&o.Hidden, "hidden", false, "walk files and folders whose names start with '.'")
	fs.StringVar(&o.FilesFrom, "files-from", "", "read input paths from `FILE`, one per line ('-' for stdin)")
	fs.BoolVarP(&o.Null, "null", "0", false, "paths in --files-from are separated by NUL bytes")
	fs.BoolVar(&o.StdinJSONL, "stdin-jsonl", false, `read {"id","url","html"|"text"} lines on stdin, write one article per line with its id`)
	fs.StringVar(&o.Report, "report", "", "write a JSON Lines report of every page to `FILE`")
	fs.BoolVarP(&o.Quiet, "quiet", "q", false, "print only errors: no progress, summary or no-article lines")
	fs.BoolVarP(&o.Verbose, "verbose", "v", false, "also print each output written and each entry passed over")
	for _, name := range []string{"jobs", "out-dir", "overwrite", "skip-existing", "include", "exclude",
		"hidden", "files-from", "null", "stdin-jsonl", "report", "quiet", "verbose"} {
		fs.SetAnnotation(name, batchFlag, []string{"true"})
	}
}

// wantsBatch reports whether a command line calls for batch mode: a batch
// flag, or an input that stands for many pages (a folder, an archive, a
// glob pattern). A list of plain files without batch flags stays with the
// single-page command, whose contract (-o all or nothing, no summary) its
// users rely on; any batch flag, such as --jobs, moves it here.
func wantsBatch(fs *pflag.FlagSet, args []string) bool {
	batch := false
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Changed && f.Annotations[batchFlag] != nil {
			batch = true
		}
	})
	if batch {
		return true
	}
	for _, a := range args {
		if input.Many(a) {
			return true
		}
	}
	return false
}

// batchFlag marks the flags addBatchFlags registers.
const batchFlag = "extract_batch"

// Exit statuses of an interrupted run, as a shell reports them.
const (
	exitInterrupt = 130
	exitTerminate = 143
)

// runBatch converts every page named by args (or read by --files-from or
// --stdin-jsonl) and returns the exit status.
func runBatch(ctx context.Context, o batchOptions, args []string, s *iostreams.Streams) int {
	if err := checkBatchOptions(&o, args); err != nil {
		fmt.Fprintln(s.ErrOut, "extract:", err)
		return 2
	}
	if len(args) == 0 && o.FilesFrom == "" && !o.StdinJSONL {
		// As in single-page mode, no input means standard input.
		if s.IsStdinTTY() {
			fmt.Fprintln(s.ErrOut, "extract: no input: give a FILE or FOLDER, or pipe a page to standard input")
			return 2
		}
		args = []string{"-"}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigc)
	caught := make(chan os.Signal, 1)
	stopped := make(chan struct{})
	go func() {
		select {
		case sig := <-sigc:
			caught <- sig
			cancel() // stop feeding; pages in flight finish and are written
			select {
			case <-sigc:
				// A second signal: the user will not wait for the pages
				// in flight. Outputs are still whole (only hidden
				// temporary files can be left), but no summary.
				if sig == syscall.SIGTERM {
					os.Exit(exitTerminate)
				}
				os.Exit(exitInterrupt)
			case <-stopped:
			}
		case <-stopped:
		}
	}()

	r, err := newRunner(ctx, cancel, o, s)
	if err != nil {
		close(stopped)
		fmt.Fprintln(s.ErrOut, "extract:", err)
		return 2
	}
	if r.bar != nil && !o.StdinJSONL && !(o.FilesFrom == "-") {
		go r.countTotal(ctx, args)
	}
	// The walker runs on its own goroutine so that an interrupt is
	// honoured even while it is blocked reading standard input.
	fed := make(chan error, 1)
	go func() { fed <- r.feed(ctx, args) }()
	var feedErr error
	select {
	case feedErr = <-fed:
	case <-ctx.Done():
	}
	<-r.close()
	close(stopped)
	sum := r.finish()
	if feedErr != nil && ctx.Err() == nil {
		fmt.Fprintln(s.ErrOut, "extract:", feedErr)
		sum.errors++
	}
	if !o.Quiet && !r.pipeClosed {
		line := sum.line()
		if len(caught) > 0 {
			line = strings.Replace(line, "extract: ", "extract: interrupted: ", 1)
		}
		fmt.Fprintln(s.ErrOut, line)
	}
	if err := r.closeReport(sum); err != nil {
		fmt.Fprintln(s.ErrOut, "extract:", err)
		sum.errors++
	}
	if err := r.closeOutput(len(caught) > 0); err != nil {
		fmt.Fprintln(s.ErrOut, "extract:", err)
		sum.errors++
		r.writeErrs++
	}
	if r.pipeClosed {
		return exitOK // the reader went away, as "| head" does: stop quietly
	}
	select {
	case sig := <-caught:
		if sig == syscall.SIGTERM {
			return exitTerminate
		}
		return exitInterrupt
	default:
	}
	if o.StdinJSONL && feedErr == nil && r.writeErrs == 0 {
		// In stream mode the answers carry the errors: every record got
		// its line back, so the run did its job. A mapper under Hadoop
		// Streaming or Spark's pipe fails its whole task on a non-zero
		// exit, which one bad page in a million must not do.
		return exitOK
	}
	return sum.exitCode(s)
}

func checkBatchOptions(o *batchOptions, args []string) error {
	if o.Jobs < 1 {
		o.Jobs = 1
	}
	if o.Overwrite && o.SkipExisting {
		return fmt.Errorf("--overwrite and --skip-existing exclude each other")
	}
	if (o.Overwrite || o.SkipExisting) && o.OutDir == "" {
		return fmt.Errorf("--overwrite and --skip-existing need --out-dir")
	}
	if o.StdinJSONL && (len(args) > 0 || o.FilesFrom != "") {
		return fmt.Errorf("--stdin-jsonl reads only standard input: give no paths and no --files-from")
	}
	if o.Output != "" && o.OutDir != "" {
		return fmt.Errorf("-o and --out-dir exclude each other")
	}
	if o.StdinJSONL && o.OutDir != "" {
		return fmt.Errorf("--stdin-jsonl writes to standard output: --out-dir does not apply")
	}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			stdin++
		}
	}
	if o.FilesFrom == "-" {
		stdin++
	}
	if stdin > 1 {
		return fmt.Errorf("standard input (-) can be read only once: as a page or as --files-from, not both")
	}
	if o.Null && o.FilesFrom == "" {
		return fmt.Errorf("--null needs --files-from")
	}
	if o.Quiet && o.Verbose {
		return fmt.Errorf("--quiet and --verbose exclude each other")
	}
	if err := input.ValidateGlobs(o.Include); err != nil {
		return fmt.Errorf("--include: %w", err)
	}
	if err := input.ValidateGlobs(o.Exclude); err != nil {
		return fmt.Errorf("--exclude: %w", err)
	}
	if o.Format == "" {
		o.Format = "json"
	}
	if o.Format == "md" && o.StdinJSONL {
		return fmt.Errorf("--stdin-jsonl writes JSON Lines: -f md does not apply")
	}
	if o.Format == "md" && o.Render == nil {
		return fmt.Errorf("-f md: no Markdown renderer")
	}
	return nil
}

// summary counts what happened to every page.
type summary struct {
	pages, articles, noArticle, errors, skipped int
	bytes                                       int64
	elapsed                                     time.Duration
}

func (m summary) line() string {
	secs := m.elapsed.Seconds()
	rate, mbs := 0.0, 0.0
	if secs > 0 {
		rate = float64(m.pages) / secs
		mbs = float64(m.bytes) / 1e6 / secs
	}
	s := fmt.Sprintf("extract: %s, %s, %d no article, %s",
		report.Count(m.pages, "page"), report.Count(m.articles, "article"), m.noArticle, report.Count(m.errors, "error"))
	if m.skipped > 0 {
		s += fmt.Sprintf(", %d skipped", m.skipped)
	}
	return s + fmt.Sprintf(", %.1f s, %.1f pages/s, %.1f MB/s", secs, rate, mbs)
}

// exitCode: 2 when a page could not be read (or nothing at all was found
// to read), else 1 when a page held no article, else 0.
func (m summary) exitCode(s *iostreams.Streams) int {
	switch {
	case m.errors > 0:
		return 2
	case m.noArticle > 0:
		return 1
	case m.pages == 0 && m.skipped == 0:
		fmt.Fprintln(s.ErrOut, "extract: no pages found")
		return 2
	}
	return 0
}
