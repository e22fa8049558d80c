package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/input"
	"github.com/extract-dev/extract/internal/model"
	"github.com/extract-dev/extract/internal/report"
	"github.com/extract-dev/extract/internal/rules"
)

// validateOptions is the validate command line turned into values.
type validateOptions struct {
	IO *iostreams.Streams

	Paths   []string
	Rules   model.Rules
	Strict  bool
	Reports []validateReportSpec
	Jobs    int
	Walker  input.Walker
	Extract extract.Options

	FilesFrom string // --files-from: a file of paths, "-" for standard input
	Null      bool   // --files-from is NUL separated

	InitConfig string // --init-config: write the default config here and stop
	ListRules  bool
}

// validateReportSpec is one --report: a format and where it goes ("" is standard
// output).
type validateReportSpec struct {
	Format string
	File   string
}

const validateLong = `validate checks saved pages, or articles already extracted, against rules
of what a good article looks like, so that CI can fail when a scraper starts
saving junk: pages with no article, no date, a headline that is the site name,
a body full of cookie banners.

PATH is a page (HTML or page text, possibly gzipped), a folder (walked
recursively; --include, --exclude, --files-from as in batch mode), an archive (.tar, .tar.gz, .zip, .warc, .warc.gz) or a JSON /
JSON Lines file of articles written by extract. Pages are extracted first;
article files are checked against the schema of "extract schema", then by the
rules. With no PATH, or "-", standard input is read.

Each rule has an id, a severity (error or warning) and can be switched off or
given another severity in a config file (--config; --init-config writes a
commented default) or with --disable, --enable and --severity. "extract
validate --list-rules" lists them.

Reports (--report, repeatable): human (default: "PATH: rule-id: message" lines
and a summary table), json (JSON Lines: one record per page with findings,
then a summary record), junit (JUnit XML, one testcase per page) and github
(GitHub Actions annotations). FORMAT=FILE writes that report to FILE instead
of standard output.

Exit status:
  0  no page has an error finding (warnings are allowed unless --strict)
  1  some page has an error finding (or, with --strict, a warning)
  2  a usage error, or an input that could not be read or decoded`

const validateExample = `  # Check a folder of saved pages with the default rules
  extract validate scrape/

  # In CI: JUnit for the test report, annotations on the run, stricter body
  extract validate --min-words 100 --require headline,byline,timestamp \
      --report junit=validate.xml --report github crawl.warc.gz

  # Check articles extracted earlier, failing on warnings too
  extract -o articles.jsonl pages/*.html && extract validate --strict articles.jsonl

  # Write the default rules, edit them, use them
  extract validate --init-config && extract validate --config extract-rules.yaml scrape/`

// newValidateCmd builds "extract validate". runF replaces runValidate in
// tests that check the command line alone.
func newValidateCmd(s *iostreams.Streams, runF func(*validateOptions) error) *cobra.Command {
	opts := &validateOptions{IO: s}
	var (
		configFile, now, validateReportFile, inputFormat string
		initConfig, strict                               bool
		reportFlags, severities                          []string
		disable, enable, require                         []string
		minWords, minParagraphs, floorYear               int
		maxHeadlineWords                                 int
		nearDuplicate                                    float64
	)
	cmd := &cobra.Command{
		Use:     "validate [flags] [PATH...]",
		Short:   "Check pages or extracted articles against rules, for CI",
		Long:    validateLong,
		Example: validateExample,
		Args:    cobra.ArbitraryArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			f := cmd.Flags()
			if initConfig {
				opts.InitConfig = configFile
				if opts.InitConfig == "" {
					opts.InitConfig = rules.DefaultFile
				}
				if len(args) > 0 {
					return usageErrorf("--init-config takes no PATH")
				}
				return finishValidate(opts, runF)
			}
			if opts.ListRules {
				return finishValidate(opts, runF)
			}
			if configFile != "" {
				c, err := rules.Load(configFile)
				if err != nil {
					return &usageError{err}
				}
				opts.Rules, opts.Strict = c.Rules, c.Strict
			}
			// Flags given on the command line override the file.
			if f.Changed("require") {
				opts.Rules.Require = validateSplitList(require)
			}
			if f.Changed("min-words") {
				opts.Rules.MinWords = validateLimit(minWords)
			}
			if f.Changed("min-paragraphs") {
				opts.Rules.MinParagraphs = validateLimit(minParagraphs)
			}
			if f.Changed("floor-year") {
				opts.Rules.FloorYear = validateLimit(floorYear)
			}
			if f.Changed("max-headline-words") {
				opts.Rules.MaxHeadlineWords = validateLimit(maxHeadlineWords)
			}
			if f.Changed("near-duplicate") {
				opts.Rules.NearDuplicate = nearDuplicate
			}
			if f.Changed("strict") {
				opts.Strict = strict
			}
			if err := applySeverityFlags(&opts.Rules, disable, enable, severities); err != nil {
				return err
			}
			if now != "" {
				t, err := parseValidateNow(now)
				if err != nil {
					return err
				}
				opts.Rules.Now = t
			} else {
				// One "now" for the whole run, so every page is judged alike.
				opts.Rules.Now = time.Now()
			}
			if err := opts.Rules.Check(); err != nil {
				return &usageError{err}
			}
			specs, err := parseValidateReports(reportFlags, validateReportFile)
			if err != nil {
				return err
			}
			opts.Reports = specs
			switch inputFormat {
			case "":
				opts.Extract.Input = extract.FormatAuto
			case "html":
				opts.Extract.Input = extract.FormatHTML
			case "text":
				opts.Extract.Input = extract.FormatText
			default:
				return usageErrorf("unknown input %q for --input: want html or text", inputFormat)
			}
			if err := input.ValidateGlobs(opts.Walker.Include); err != nil {
				return usageErrorf("--include: %w", err)
			}
			if err := input.ValidateGlobs(opts.Walker.Exclude); err != nil {
				return usageErrorf("--exclude: %w", err)
			}
			if opts.Jobs < 1 {
				opts.Jobs = 1
			}
			opts.Paths = args
			if opts.Null && opts.FilesFrom == "" {
				return usageErrorf("--null needs --files-from")
			}
			if opts.FilesFrom == "-" && slices.Contains(args, "-") {
				return usageErrorf("standard input can be read only once: --files-from - and -")
			}
			if len(args) == 0 && opts.FilesFrom == "" {
				if s.IsStdinTTY() {
					return usageErrorf("no input: give pages, folders, archives or article files to check")
				}
				opts.Paths = []string{"-"}
			}
			return finishValidate(opts, runF)
		},
	}
	f := cmd.Flags()
	f.StringVar(&configFile, "config", "", "read rules from `FILE` (YAML; see --init-config)")
	f.BoolVar(&initConfig, "init-config", false, "write the default rules, commented, to --config or "+rules.DefaultFile+", and stop")
	f.BoolVar(&opts.ListRules, "list-rules", false, "list the rules with their default severities, and stop")
	f.StringSliceVar(&require, "require", model.DefaultRequire, "`FIELDS` that must not be empty, comma separated")
	f.IntVar(&minWords, "min-words", model.DefaultMinWords, "fewest words in the body (`N`, 0 for no minimum)")
	f.IntVar(&minParagraphs, "min-paragraphs", model.DefaultMinParagraphs, "fewest paragraphs in the body (`N`, 0 for no minimum)")
	f.IntVar(&floorYear, "floor-year", model.DefaultFloorYear, "a timestamp before this `YEAR` is an error (0 for no floor)")
	f.IntVar(&maxHeadlineWords, "max-headline-words", model.DefaultMaxHeadlineWords, "a longer headline reads as a paragraph (`N` words)")
	f.Float64Var(&nearDuplicate, "near-duplicate", model.DefaultNearDuplicate, "similarity (0 to 1) from which two bodies are near duplicates")
	f.StringVar(&now, "now", "", "judge future timestamps against `TIME` (ISO 8601) instead of the current time")
	f.BoolVar(&strict, "strict", false, "fail on warnings too")
	f.StringSliceVar(&disable, "disable", nil, "switch off `RULES` (comma separated or repeated)")
	f.StringSliceVar(&enable, "enable", nil, "switch `RULES` back on at their default severity")
	f.StringArrayVar(&severities, "severity", nil, "set a rule's severity: `RULE=LEVEL`, LEVEL error, warning or off (repeatable)")
	f.StringArrayVar(&reportFlags, "report", nil, "report `FORMAT[=FILE]`: human, json, junit or github (repeatable; default human)")
	f.StringVar(&validateReportFile, "report-file", "", "write the report to `FILE` (for a single --report without =FILE)")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "pages extracted at once")
	f.StringSliceVar(&opts.Walker.Include, "include", nil, "check only files matching `GLOB` (repeatable)")
	f.StringSliceVar(&opts.Walker.Exclude, "exclude", nil, "skip files and folders matching `GLOB` (repeatable)")
	f.StringVar(&opts.FilesFrom, "files-from", "", "also check the paths listed in `FILE`, one per line ('-' for stdin)")
	f.BoolVarP(&opts.Null, "null", "0", false, "paths in --files-from are separated by NUL bytes")
	f.BoolVar(&opts.Walker.Hidden, "hidden", false, "walk files and folders whose names start with '.'")
	f.StringVar(&inputFormat, "input", "", "read pages as `FORMAT` html or text, instead of detecting it")
	ruleIDs := func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var ids []string
		for _, r := range model.AllRules() {
			ids = append(ids, r.ID)
		}
		return ids, cobra.ShellCompDirectiveNoFileComp
	}
	cmd.RegisterFlagCompletionFunc("disable", ruleIDs)
	cmd.RegisterFlagCompletionFunc("enable", ruleIDs)
	cmd.RegisterFlagCompletionFunc("report", fixedCompletion(report.Formats...))
	cmd.RegisterFlagCompletionFunc("require", fixedCompletion(model.RequirableFields()...))
	cmd.RegisterFlagCompletionFunc("input", fixedCompletion("html", "text"))
	return cmd
}

func finishValidate(opts *validateOptions, runF func(*validateOptions) error) error {
	if runF != nil {
		return runF(opts)
	}
	return runValidate(opts)
}

// validateLimit: on the command line, as in the config file, 0 means no limit.
func validateLimit(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}

func validateSplitList(l []string) []string {
	out := []string{}
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func applySeverityFlags(r *model.Rules, disable, enable, severities []string) error {
	set := func(id string, sev model.Severity) error {
		if _, ok := model.LookupRule(id); !ok {
			return usageErrorf("unknown rule %q (see 'extract validate --list-rules')", id)
		}
		if r.Severity == nil {
			r.Severity = map[string]model.Severity{}
		} else {
			r.Severity = copySeverities(r.Severity)
		}
		r.Severity[id] = sev
		return nil
	}
	for _, id := range validateSplitList(enable) {
		rule, ok := model.LookupRule(id)
		if !ok {
			return usageErrorf("--enable: unknown rule %q (see 'extract validate --list-rules')", id)
		}
		if err := set(id, rule.Severity); err != nil {
			return err
		}
	}
	for _, id := range validateSplitList(disable) {
		if err := set(id, model.SeverityOff); err != nil {
			return err
		}
	}
	for _, s := range severities {
		id, level, ok := strings.Cut(s, "=")
		if !ok {
			return usageErrorf("--severity %q: want RULE=LEVEL", s)
		}
		sev, err := model.ParseSeverity(level)
		if err != nil {
			return usageErrorf("--severity %s: %w", s, err)
		}
		if err := set(strings.TrimSpace(id), sev); err != nil {
			return err
		}
	}
	return nil
}

// copySeverities copies a severity map so that flags never write into a map a config
// (or a test) still holds.
func copySeverities(m map[string]model.Severity) map[string]model.Severity {
	c := make(map[string]model.Severity, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func parseValidateNow(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	t, _, err := model.ParseTimestamp(s)
	if err != nil {
		return time.Time{}, usageErrorf("--now: %q is not an ISO 8601 date or time", s)
	}
	return t, nil
}

// parseValidateReports reads the --report flags: FORMAT or FORMAT=FILE, at most one
// on standard output; --report-file gives the file of a lone FORMAT.
func parseValidateReports(flags []string, file string) ([]validateReportSpec, error) {
	if len(flags) == 0 {
		flags = []string{"human"}
	}
	var specs []validateReportSpec
	stdout := 0
	for _, fl := range flags {
		format, path, _ := strings.Cut(fl, "=")
		format = strings.ToLower(strings.TrimSpace(format))
		if !slices.Contains(report.Formats, format) {
			return nil, usageErrorf("unknown report format %q for --report: want %s", format, strings.Join(report.Formats, ", "))
		}
		if path == "" && file != "" {
			if len(flags) > 1 {
				return nil, usageErrorf("--report-file needs a single --report; write FORMAT=FILE for several")
			}
			path = file
		}
		if path == "-" {
			path = ""
		}
		if path == "" {
			stdout++
		}
		specs = append(specs, validateReportSpec{format, path})
	}
	if stdout > 1 {
		return nil, usageErrorf("only one --report can go to standard output; give the others a file (FORMAT=FILE)")
	}
	return specs, nil
}

// runValidate checks every page and writes the reports.
func runValidate(o *validateOptions) error {
	s := o.IO
	if o.InitConfig != "" {
		if err := rules.WriteDefault(o.InitConfig); err != nil {
			return err
		}
		fmt.Fprintf(s.ErrOut, "extract: wrote %s\n", o.InitConfig)
		return nil
	}
	if o.ListRules {
		return listValidateRules(s.Out)
	}

	var writers []report.Writer
	var files []*validateReportFile
	defer func() {
		for _, f := range files {
			f.abort()
		}
	}()
	for _, spec := range o.Reports {
		var w io.Writer = s.Out
		if spec.File != "" {
			f, err := createValidateReport(spec.File)
			if err != nil {
				return err
			}
			files = append(files, f)
			w = f
		}
		rw, err := report.New(spec.Format, w, o.Strict)
		if err != nil {
			return &usageError{err}
		}
		writers = append(writers, rw)
	}

	tally := report.NewTally(o.Strict)
	archive := model.NewArchive(o.Rules)
	var writeErr error
	emit := func(p *validatedPage) {
		pg := &report.Page{Path: p.path, Line: p.line, Findings: p.findings, Err: p.err}
		if p.err == nil {
			pg.Findings = append(pg.Findings, archive.Add(pg.Name(), p.fetchURL, p.article)...)
		} else {
			fmt.Fprintf(s.ErrOut, "extract: %v\n", p.err)
		}
		tally.Add(pg)
		for _, w := range writers {
			if err := w.Page(pg); err != nil && writeErr == nil {
				writeErr = err
			}
		}
	}

	walkErr := validatePages(context.Background(), o, emit)
	sum := tally.Summary()
	if walkErr != nil {
		// The walk itself failed (a file list could not be read): what was
		// checked is still reported, and the run counts as unreadable.
		fmt.Fprintf(s.ErrOut, "extract: %v\n", walkErr)
		sum.Unreadable++
	}
	for _, w := range writers {
		if err := w.Finish(sum); err != nil && writeErr == nil {
			writeErr = err
		}
	}
	if writeErr != nil {
		return writeErr
	}
	for _, f := range files {
		if err := f.commit(); err != nil {
			return err
		}
	}
	switch {
	case sum.Unreadable > 0:
		return &reportedError{exitError}
	case sum.Pages == 0:
		fmt.Fprintln(s.ErrOut, "extract: no pages found")
		return &reportedError{exitError}
	case sum.Failed > 0:
		return &reportedError{exitNoArticle} // status 1: pages failed the rules
	}
	return nil
}

func listValidateRules(w io.Writer) error {
	bw := bufio.NewWriter(w)
	width := 0
	for _, r := range model.AllRules() {
		width = max(width, len(r.ID))
	}
	for _, r := range model.AllRules() {
		fmt.Fprintf(bw, "%-*s  %-7s  %s\n", width, r.ID, r.Severity, r.Summary)
	}
	return bw.Flush()
}

// validatedPage is one page checked alone, waiting for the archive checks.
type validatedPage struct {
	path     string
	line     int
	fetchURL string
	article  *model.Article
	findings []model.Finding
	err      error
}

// validatePages walks the inputs, checks pages on o.Jobs goroutines and
// hands the results to emit in input order. The walker is the batch
// walker, so validate reads whatever batch mode reads; at most a few pages
// per job are in memory at once.
func validatePages(ctx context.Context, o *validateOptions, emit func(*validatedPage)) error {
	order := make(chan chan []*validatedPage, 2*o.Jobs)
	sem := make(chan struct{}, o.Jobs)
	walker := o.Walker
	walker.Stdin = o.IO.In
	walkErr := make(chan error, 1)
	go func() {
		defer close(order)
		yield := func(it *input.Item) error {
			if it.Skip != "" {
				return nil
			}
			done := make(chan []*validatedPage, 1)
			order <- done
			if it.Err != nil {
				done <- []*validatedPage{{path: it.Name, err: it.Err}}
				return nil
			}
			// Archive members must be read before the callback returns.
			src, err := it.ReadAll()
			if err != nil {
				done <- []*validatedPage{{path: it.Name, err: err}}
				return nil
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				done <- validateSource(o, it, src)
			}()
			return nil
		}
		walkErr <- walkValidateInputs(ctx, o, &walker, yield)
	}()
	for done := range order {
		for _, p := range <-done {
			emit(p)
		}
	}
	return <-walkErr
}

// walkValidateInputs walks the arguments, then the --files-from list.
func walkValidateInputs(ctx context.Context, o *validateOptions, w *input.Walker, yield input.Yield) error {
	if len(o.Paths) > 0 {
		if err := w.Walk(ctx, o.Paths, yield); err != nil {
			return err
		}
	}
	switch o.FilesFrom {
	case "":
		return nil
	case "-":
		return w.FilesFrom(ctx, o.IO.In, o.Null, yield)
	}
	f, err := os.Open(o.FilesFrom)
	if err != nil {
		return fmt.Errorf("--files-from: %w", unwrapPath(err))
	}
	defer f.Close()
	return w.FilesFrom(ctx, f, o.Null, yield)
}

// validateSource checks one input: a page to extract, or a file of articles.
func validateSource(o *validateOptions, it *input.Item, src []byte) []*validatedPage {
	if recs, ok := articleRecords(src); ok {
		return checkArticleRecords(o, it, recs)
	}
	// The walker knows a page's URL only from a WARC record, where it is
	// the URL the page was fetched from: what warc-url-conflict compares.
	fetchURL := it.URL
	opts := o.Extract
	if it.URL != "" {
		opts.URL = it.URL
	}
	p := &validatedPage{path: it.Name, fetchURL: fetchURL}
	a, err := safeValidateExtract(src, it.Name, opts)
	switch {
	case err == nil:
	case errors.Is(err, extract.ErrNoArticle):
		// Read, but no article: the rules say what is missing.
		if a == nil {
			a = &model.Article{}
		}
	default:
		p.err = err
		return []*validatedPage{p}
	}
	p.article = a
	p.findings = o.Rules.Validate(a)
	return []*validatedPage{p}
}

// safeValidateExtract keeps a panic in the extractor to the page that
// caused it.
func safeValidateExtract(src []byte, name string, opts extract.Options) (a *model.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%s: internal error: %v", name, p)
		}
	}()
	return extract.Extract(src, name, opts)
}

// articleRecord is one JSON object of an article file and its line.
type articleRecord struct {
	line int
	data []byte
}

// articleRecords tells a file of extracted articles (one JSON object, or
// JSON Lines of them, possibly gzipped) from a page, by its content: the
// first object must hold "headline" or "paragraphs".
func articleRecords(src []byte) ([]articleRecord, bool) {
	if len(src) >= 2 && src[0] == 0x1f && src[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(src))
		if err != nil {
			return nil, false
		}
		data, err := io.ReadAll(io.LimitReader(zr, input.DefaultMaxBytes+1))
		if err != nil || len(data) > input.DefaultMaxBytes {
			return nil, false
		}
		src = data
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(src, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, false
	}
	// One object, possibly spread over lines (extract -f json).
	if json.Valid(trimmed) {
		if !looksLikeArticle(trimmed) {
			return nil, false
		}
		line := 1 + bytes.Count(src[:len(src)-len(trimmed)], []byte("\n"))
		return []articleRecord{{line: line, data: trimmed}}, true
	}
	var recs []articleRecord
	for i, l := range bytes.Split(src, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		if len(recs) == 0 && !(json.Valid(l) && looksLikeArticle(l)) {
			return nil, false
		}
		recs = append(recs, articleRecord{line: i + 1, data: l})
	}
	return recs, len(recs) > 0
}

func looksLikeArticle(obj []byte) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(obj, &m) != nil {
		return false
	}
	_, h := m["headline"]
	_, p := m["paragraphs"]
	return h || p
}

// checkArticleRecords checks each article of a file: the schema, then the
// rules. A record of a --stdin-jsonl stream may carry its "id" and, when
// the page gave no article, an "error" in place of the fields.
func checkArticleRecords(o *validateOptions, it *input.Item, recs []articleRecord) []*validatedPage {
	var out []*validatedPage
	for _, rec := range recs {
		p := &validatedPage{path: it.Name, line: rec.line}
		if len(recs) == 1 && rec.line == 1 {
			p.line = 0 // a single article: the file is the page
		}
		data, streamErr := stripStreamFields(rec.data)
		if streamErr != "" {
			if !strings.Contains(streamErr, extract.ErrNoArticle.Error()) {
				p.err = fmt.Errorf("%s:%d: recorded error: %s", it.Name, rec.line, streamErr)
				out = append(out, p)
				continue
			}
			p.article = &model.Article{}
			p.findings = o.Rules.Validate(p.article)
			out = append(out, p)
			continue
		}
		a, problems, err := model.DecodeArticleJSON(data)
		if err != nil {
			p.err = fmt.Errorf("%s:%d: %w", it.Name, rec.line, err)
			out = append(out, p)
			continue
		}
		p.article = a
		p.findings = append(o.Rules.SchemaFindings(problems), o.Rules.Validate(a)...)
		out = append(out, p)
	}
	return out
}

// stripStreamFields drops the "id" a stream record carries beside the
// Article's fields and returns its "error", if any.
func stripStreamFields(data []byte) ([]byte, string) {
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil {
		return data, ""
	}
	_, hasID := m["id"]
	if !hasID {
		return data, ""
	}
	if raw, ok := m["error"]; ok {
		var msg string
		json.Unmarshal(raw, &msg)
		if msg == "" {
			msg = string(raw)
		}
		return nil, msg
	}
	delete(m, "id")
	out, err := json.Marshal(m)
	if err != nil {
		return data, ""
	}
	return out, ""
}

// validateReportFile is a report written to a temporary file beside its target and
// renamed over it once complete, so CI never reads half a report.
type validateReportFile struct {
	f      *os.File
	w      *bufio.Writer
	target string
	done   bool
}

func createValidateReport(path string) (*validateReportFile, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, usageErrorf("--report %s: is a directory", path)
	}
	// CI jobs name reports under a folder of their own (reports/x.xml).
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("report %s: %w", path, unwrapPath(err))
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", path, unwrapPath(err))
	}
	return &validateReportFile{f: f, w: bufio.NewWriterSize(f, 64<<10), target: path}, nil
}

func (r *validateReportFile) Write(p []byte) (int, error) { return r.w.Write(p) }

func (r *validateReportFile) commit() error {
	err := r.w.Flush()
	if err == nil {
		err = r.f.Chmod(0o644)
	}
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(r.f.Name(), r.target)
	}
	r.done = true
	if err != nil {
		os.Remove(r.f.Name())
		return fmt.Errorf("report %s: %w", r.target, unwrapPath(err))
	}
	return nil
}

func (r *validateReportFile) abort() {
	if r.done {
		return
	}
	r.done = true
	r.f.Close()
	os.Remove(r.f.Name())
}
