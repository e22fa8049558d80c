package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/model"
)

// The limits on one page, as flags of both the single-page command and
// batch mode. The extractor checks sizes itself (extract.Options); the
// time limit is kept here, by running each page on a goroutine that the
// command stops waiting for.
const (
	defaultMaxBytes     = 64 << 20
	defaultTimeout      = 30 * time.Second
	defaultMaxNodes     = 200_000
	defaultMaxLineBytes = 1 << 20
)

// errTimeout is the reason given for a page that took longer than
// --timeout.
var errTimeout = errors.New("gave up on the page")

// addLimitFlags registers the limit flags on fs.
func addLimitFlags(fs *pflag.FlagSet) {
	maxBytes, maxLine := sizeValue(defaultMaxBytes), sizeValue(defaultMaxLineBytes)
	fs.Var(&maxBytes, "max-bytes", "refuse a page larger than `SIZE` (such as 64MiB or 500KB), before or after gunzip")
	fs.Duration("timeout", defaultTimeout, "give up on a page that takes longer than `DURATION` (0: no limit); the run goes on")
	fs.Int("max-nodes", defaultMaxNodes, "refuse a page of more than `N` HTML elements and text nodes, or lines of page text")
	fs.Var(&maxLine, "max-line", "refuse raw page text with a line longer than `SIZE`")
}

// readLimits copies the limit flags into opts, checking them.
func readLimits(fs *pflag.FlagSet, opts *extract.Options) error {
	if f := fs.Lookup("max-bytes"); f != nil {
		opts.MaxBytes = int64(*f.Value.(*sizeValue))
	}
	if f := fs.Lookup("max-line"); f != nil {
		opts.MaxLineBytes = int(*f.Value.(*sizeValue))
	}
	if n, err := fs.GetInt("max-nodes"); err == nil {
		if n < 1 {
			return usageErrorf("--max-nodes %d: want a positive number", n)
		}
		opts.MaxNodes = n
	}
	if d, err := fs.GetDuration("timeout"); err == nil {
		if d < 0 {
			return usageErrorf("--timeout %s: want a positive duration, or 0 for no limit", d)
		}
		opts.Timeout = d
		if d == 0 {
			opts.Timeout = -1 // none; 0 in Options means the default
		}
	}
	return nil
}

// extractTimed runs Extract under opts.Timeout. A page that takes longer is
// reported as an error and left to finish on its own goroutine, whose
// result is dropped: Go cannot stop it, and the limits on size and nodes
// bound what it can still cost. A panic becomes the page's error.
func extractTimed(src []byte, name string, opts extract.Options) (*model.Article, error) {
	d := opts.Timeout
	if d == 0 {
		d = defaultTimeout
	}
	type outcome struct {
		a   *model.Article
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{nil, &extract.Error{Name: name, Stage: "extract", Err: fmt.Errorf("internal error: %v", p)}}
			}
		}()
		a, err := extract.Extract(src, name, opts)
		done <- outcome{a, err}
	}()
	var timeout <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case o := <-done:
		return o.a, o.err
	case <-timeout:
		return nil, &extract.Error{Name: name, Stage: "extract", Err: fmt.Errorf("%w after %s (--timeout)", errTimeout, d)}
	}
}

// readInputLimited reads one input of the single-page command, as
// readInput does, refusing a file over max bytes without reading it and
// reading a stream (standard input, a pipe) only up to the limit.
func readInputLimited(stdin io.Reader, name string, max int64) (display string, src []byte, err error) {
	if max <= 0 {
		max = defaultMaxBytes
	}
	if name == "-" {
		display = "<stdin>"
		src, err = readAtMost(stdin, max)
		return display, src, err
	}
	f, err := os.Open(name)
	if err == nil {
		defer f.Close()
		var fi os.FileInfo
		if fi, err = f.Stat(); err == nil {
			switch {
			case fi.IsDir():
				err = errIsDir
			case fi.Mode().IsRegular() && fi.Size() > max:
				err = fmt.Errorf("file is %s, more than the limit of %s (--max-bytes)", sizeText(fi.Size()), sizeText(max))
			default:
				src, err = readAtMost(f, max)
			}
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // "no such file or directory", "permission denied"
	}
	return name, src, err
}

// errIsDir is the reason given for a folder named as a page, as the
// operating system words it.
var errIsDir = errors.New("is a directory")

func readAtMost(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("input is more than the limit of %s (--max-bytes)", sizeText(max))
	}
	return b, nil
}

// sizeValue is a byte count given as 1048576, 1MiB, 1M or 1MB (binary
// units: a limit, not a disk label).
type sizeValue int64

func (v *sizeValue) String() string { return sizeText(int64(*v)) }
func (v *sizeValue) Type() string   { return "size" }

func (v *sizeValue) Set(s string) error {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10},
		{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 1 || n > (1<<62)/mult {
		return fmt.Errorf("%q is not a size such as 64MiB, 500KB or 1048576", s)
	}
	*v = sizeValue(n * mult)
	return nil
}

// sizeText formats a byte count for flags and messages: 64MiB, 1.5MiB.
func sizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1fKiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
