package evaluate

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/model"
)

// The two extraction paths the harness measures.
const (
	PathHTML = "html"
	PathText = "text"
)

// Page statuses.
const (
	StatusOK        = "ok"
	StatusNoArticle = "no article" // extracted, but no body: scored with an empty body
	StatusError     = "error"      // read or extraction failed (or panicked): scored as empty
)

// PageResult is one page on one path.
type PageResult struct {
	ID        string        `json:"id"`
	Status    string        `json:"status"`
	Err       string        `json:"error,omitempty"`
	Millis    float64       `json:"ms"`
	Body      *BodyScore    `json:"body,omitempty"`
	Segments  *SegmentScore `json:"segments,omitempty"`
	Headline  *Match        `json:"headline,omitempty"`
	Byline    *Match        `json:"byline,omitempty"`
	Timestamp *Match        `json:"timestamp,omitempty"`
	Dek       *DekScore     `json:"dek,omitempty"`

	// text is the extracted body as scored and truthBody the truth's, kept
	// for --worst only.
	text, truthBody string
}

// Options choose what Run measures.
type Options struct {
	Paths []string // PathHTML and/or PathText, in the order to run them
	Jobs  int      // parallel workers; 0 means GOMAXPROCS
	Only  string   // keep only records whose id contains this
	Limit int      // keep only the first Limit records (after Only); 0 = all
	// PageTimeout bounds one extraction: a page that takes longer is
	// recorded as an error and the run goes on (its goroutine is left to
	// finish on its own), so that one runaway page cannot hang CI. 0 means
	// no bound.
	PageTimeout time.Duration
}

// Result is a whole evaluation run.
type Result struct {
	Corpus  string                 `json:"corpus"`
	Records int                    `json:"records"`
	Jobs    int                    `json:"jobs"`
	Seconds float64                `json:"seconds"`
	Paths   map[string]*PathResult `json:"paths"`
	Order   []string               `json:"-"`
}

// PathResult is one path's summary and pages, in manifest order.
type PathResult struct {
	Summary Summary       `json:"summary"`
	Pages   []*PageResult `json:"pages"`
}

type job struct {
	rec   *Record
	truth *truth
}

// Run extracts every selected page of c on each requested path and scores
// it. Pages run in parallel; results keep manifest order, so that the
// output is the same whatever the number of workers.
func Run(c *Corpus, o Options) (*Result, error) {
	start := time.Now()
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var sel []job
	for i := range c.Records {
		r := &c.Records[i]
		if o.Only != "" && !strings.Contains(r.ID, o.Only) {
			continue
		}
		sel = append(sel, job{rec: r})
		if o.Limit > 0 && len(sel) == o.Limit {
			break
		}
	}
	if len(sel) == 0 {
		return nil, errors.New("no record selected")
	}
	parallel(len(sel), jobs, func(i int) { sel[i].truth = prepare(sel[i].rec.Truth) })

	res := &Result{Corpus: c.Dir, Records: len(sel), Jobs: jobs, Paths: map[string]*PathResult{}}
	for _, path := range o.Paths {
		if path != PathHTML && path != PathText {
			return nil, fmt.Errorf("unknown path %q", path)
		}
		var todo []job
		for _, j := range sel {
			if rel := j.file(path); rel != "" {
				todo = append(todo, j)
			}
		}
		pr := &PathResult{Pages: make([]*PageResult, len(todo))}
		t0 := time.Now()
		parallel(len(todo), jobs, func(i int) { pr.Pages[i] = runPage(c, todo[i], path, o.PageTimeout) })
		pr.Summary = summarize(pr.Pages, time.Since(t0))
		res.Paths[path] = pr
		res.Order = append(res.Order, path)
	}
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

func (j job) file(path string) string {
	if path == PathHTML {
		return j.rec.HTML
	}
	return j.rec.Text
}

// parallel calls f(0..n-1) on up to workers goroutines.
func parallel(n, workers int, f func(int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// runPage reads, extracts and scores one page. A failure of any kind,
// including a panic or a timeout in the extractor, is recorded on the page
// and the page is scored as if nothing had been extracted: an extractor that
// fails must not look better than one that extracts badly.
func runPage(c *Corpus, j job, path string, timeout time.Duration) (r *PageResult) {
	r = &PageResult{ID: j.rec.ID, Status: StatusOK}
	var headline, byline, timestamp, dek string
	defer func() {
		j.truth.score(r, r.text, headline, byline, timestamp, dek)
	}()
	file := c.File(j.file(path))
	src, err := os.ReadFile(file)
	if err != nil {
		r.Status, r.Err = StatusError, err.Error()
		return r
	}
	opts := extract.Options{Input: extract.FormatText}
	if path == PathHTML {
		opts.Input = extract.FormatHTML
	}
	t0 := time.Now()
	a, err := guard(func() (*model.Article, error) { return extract.Extract(src, file, opts) }, timeout)
	r.Millis = float64(time.Since(t0).Microseconds()) / 1000
	switch {
	case err != nil && errors.Is(err, extract.ErrNoArticle):
		r.Status = StatusNoArticle
	case err != nil:
		r.Status, r.Err = StatusError, err.Error()
	}
	if a != nil {
		if err == nil {
			r.text = bodyText(a.Paragraphs)
		}
		headline, byline, timestamp, dek = a.Headline, a.Byline, a.Timestamp, a.Dek
	}
	return r
}

// guard calls extract, turning a panic into an error and, with a timeout,
// giving up on a call that runs too long (the call is left to finish on its
// own; its result is dropped).
func guard(extract func() (*model.Article, error), timeout time.Duration) (*model.Article, error) {
	type outcome struct {
		a   *model.Article
		err error
	}
	call := func() (o outcome) {
		defer func() {
			if p := recover(); p != nil {
				o = outcome{err: fmt.Errorf("panic: %v", p)}
			}
		}()
		a, err := extract()
		return outcome{a, err}
	}
	if timeout <= 0 {
		o := call()
		return o.a, o.err
	}
	done := make(chan outcome, 1)
	go func() { done <- call() }()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case o := <-done:
		return o.a, o.err
	case <-t.C:
		return nil, fmt.Errorf("timeout: no result after %v", timeout)
	}
}
