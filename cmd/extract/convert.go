package main

import (
	"errors"
	"io"
	"net/url"

	"github.com/spf13/cobra"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/model"
)

// convertOptions is everything the root command needs to run: the command
// line turned into values, and the streams.
type convertOptions struct {
	IO *iostreams.Streams

	Files       []string // "-" is standard input; none means standard input
	Format      string   // "json", "jsonl" or "md"
	Output      string   // a file to write instead of standard output
	FrontMatter bool     // with md, YAML front matter
	Extract     extract.Options
}

const convertLong = `extract reads saved news pages (HTML in any charset, possibly gzipped, or
the raw text of a page copied from a browser), strips the site's chrome and
writes each as a structured Article: headline, dek, byline, timestamp and the
body paragraphs, with the metadata the page gives.

With no FILE, or when FILE is -, it reads standard input. One page gives one
indented JSON object. Several files, a folder or an archive give JSON Lines,
one article per line in input order, or with --out-dir one file per page.
The fields are listed by "extract schema" and in the README.

Errors are printed one per line as "extract: FILE: reason"; an input that fails
does not stop the others, but nothing is written for it.

Exit status:
  0  every input gave an article
  1  an input was read but held no article
  2  a usage error, or an input that could not be read or decoded`

const convertExample = `  # A saved page to JSON
  extract page.html

  # A page from the web, piped, as Markdown with YAML front matter
  curl -s https://example.com/news/1 | extract --url https://example.com/news/1 -f md --front-matter

  # Several pages to JSON Lines in a file, written only if every page worked
  extract -o articles.jsonl a.html b.html.gz c.txt

  # A folder of saved pages, one JSON file per page under out/
  extract --out-dir out pages/

  # Text copied from a browser in a legacy charset
  extract --input text --encoding windows-1251 page.txt`

// newConvertCmd builds the root command. runF replaces runConvert in tests
// that check the command line alone.
func newConvertCmd(s *iostreams.Streams, runF func(*convertOptions) error) *cobra.Command {
	opts := &convertOptions{IO: s}
	var input, encoding, pageURL string
	cmd := &cobra.Command{
		Use:     "extract [flags] [FILE...]",
		Short:   "Turn saved news pages into structured articles",
		Long:    convertLong,
		Example: convertExample,
		Args:    cobra.ArbitraryArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if err := opts.complete(input, encoding, pageURL); err != nil {
				return err
			}
			if err := readLimits(cmd.Flags(), &opts.Extract); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return runConvert(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "json", "output `FORMAT`: json, jsonl or md")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (all or nothing) instead of standard output")
	f.BoolVar(&opts.FrontMatter, "front-matter", false, "with -f md, put the fields first as YAML front matter")
	f.StringVar(&input, "input", "", "read the input as `FORMAT` html or text, instead of detecting it")
	f.StringVar(&encoding, "encoding", "", "decode the input with charset `NAME` (such as gbk or windows-1252)")
	f.StringVar(&pageURL, "url", "", "the page's address `URL`, to resolve links and fill url and site_name")
	addLimitFlags(f) // limits.go: --max-bytes, --timeout, --max-nodes, --max-line
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion("json", "jsonl", "md"))
	cmd.RegisterFlagCompletionFunc("input", fixedCompletion("html", "text"))
	cmd.RegisterFlagCompletionFunc("encoding", fixedCompletion(
		"utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1", "windows-1251", "koi8-r",
		"gbk", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr"))
	return cmd
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// complete checks the flags and turns them into extract.Options, so that a
// mistake is reported once, before any input is read.
func (o *convertOptions) complete(input, encoding, pageURL string) error {
	switch o.Format {
	case "json", "jsonl", "md":
	default:
		return usageErrorf("unknown format %q for -f: want json, jsonl or md", o.Format)
	}
	if o.FrontMatter && o.Format != "md" {
		return usageErrorf("--front-matter needs -f md")
	}
	switch input {
	case "":
		o.Extract.Input = extract.FormatAuto
	case "html":
		o.Extract.Input = extract.FormatHTML
	case "text":
		o.Extract.Input = extract.FormatText
	default:
		return usageErrorf("unknown input %q for --input: want html or text", input)
	}
	if encoding != "" {
		if _, err := htmlindex.Get(encoding); err != nil {
			return usageErrorf("unknown encoding %q for --encoding", encoding)
		}
		o.Extract.Encoding = encoding
	}
	if pageURL != "" {
		u, err := url.Parse(pageURL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return usageErrorf("--url %q is not an absolute address such as https://example.com/news/1", pageURL)
		}
		o.Extract.URL = pageURL
	}
	if len(o.Files) == 0 {
		o.Files = []string{"-"}
		if o.IO.IsStdinTTY() {
			return usageErrorf("no input: give a FILE, or pipe a page to standard input (or name it -)")
		}
	}
	stdin := 0
	for _, f := range o.Files {
		if f == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usageErrorf("standard input (-) can be read only once")
	}
	return nil
}

// runConvert extracts every input in turn and writes the articles. An input
// that fails is reported on its own line and the others go on; the exit
// status is the worst of them.
func runConvert(o *convertOptions) error {
	out, err := openOutput(o.IO.Out, o.Output)
	if err != nil {
		return err
	}
	defer out.Abort()
	w := &articleWriter{
		w:        out,
		format:   o.Format,
		pretty:   o.Format == "json" && len(o.Files) == 1,
		markdown: model.MarkdownOptions{FrontMatter: o.FrontMatter},
	}
	status := exitOK
	for _, name := range o.Files {
		a, err := extractOne(o.IO.In, name, o.Extract)
		if err != nil {
			printError(o.IO.ErrOut, err)
			status = max(status, exitStatus(err))
			continue
		}
		if err := w.write(a); err != nil {
			return err
		}
	}
	if status != exitOK {
		// All or nothing: Abort, deferred, removes the temporary file.
		return &reportedError{status}
	}
	return out.Commit()
}

// inputError is an input that could not be read, or held no article. Its
// message names the input once, whatever the error below says.
type inputError struct {
	name string // as the user gave it, "<stdin>" for standard input
	err  error
}

func (e *inputError) Error() string { return e.name + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// extractOne reads and extracts one input.
func extractOne(stdin io.Reader, name string, opts extract.Options) (*model.Article, error) {
	display, src, err := readInputLimited(stdin, name, opts.MaxBytes)
	if err != nil {
		return nil, &inputError{display, err}
	}
	path := name
	if name == "-" {
		path = "" // standard input has no path to record in source.path
	}
	a, err := extractTimed(src, path, opts)
	if err != nil {
		// extract.Error already names its input; print the reason under
		// our own name for it so the name appears once.
		var xe *extract.Error
		if errors.As(err, &xe) {
			err = xe.Err
		}
		return nil, &inputError{display, err}
	}
	return a, nil
}
