// Package report writes the findings of `extract validate` in the formats
// CI systems read: a human listing with a summary table, JSON Lines, JUnit
// XML and GitHub Actions workflow commands.
//
// A Writer receives the pages in input order, then the Summary; Tally
// builds the Summary. Each format lives in its own file.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/extract-dev/extract/internal/model"
)

// Page is one checked page and what was found.
type Page struct {
	// Path names the page as the user gave it ("dir/a.html",
	// "crawl.warc.gz#<urn:uuid:…>", "articles.jsonl").
	Path string
	// Line is the 1-based line of a JSON Lines record in Path, 0 otherwise.
	Line     int
	Findings []model.Finding
	// Err is set when the page could not be read or decoded: it was not
	// checked at all.
	Err error
}

// Name is Path with the line of a JSON Lines record ("a.jsonl:3").
func (p *Page) Name() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d", p.Path, p.Line)
	}
	return p.Path
}

// File is the file a CI annotation can point at: Path without an archive
// member ("scrape.tar.gz!a.html" -> "scrape.tar.gz") or WARC record id.
func (p *Page) File() string {
	if i := strings.IndexAny(p.Path, "!#"); i > 0 {
		return p.Path[:i]
	}
	return p.Path
}

// Page statuses.
const (
	StatusPass       = "pass"       // no findings
	StatusWarn       = "warn"       // warnings only, not strict
	StatusFail       = "fail"       // an error finding, or a warning under strict
	StatusUnreadable = "unreadable" // the page could not be read
)

// Status says how the page ends up, with warnings failing under strict.
func (p *Page) Status(strict bool) string {
	if p.Err != nil {
		return StatusUnreadable
	}
	status := StatusPass
	for _, f := range p.Findings {
		if f.Severity == model.SeverityError || strict {
			return StatusFail
		}
		status = StatusWarn
	}
	return status
}

// Counts is how often one rule fired.
type Counts struct {
	Severity model.Severity `json:"severity"`
	Pages    int            `json:"pages"`
	Findings int            `json:"findings"`
}

// Summary adds up a run.
type Summary struct {
	Pages      int `json:"pages"`
	Passed     int `json:"passed"`
	Warned     int `json:"warned"`
	Failed     int `json:"failed"`
	Unreadable int `json:"unreadable"`
	Errors     int `json:"errors"`   // findings of error severity
	Warnings   int `json:"warnings"` // findings of warning severity
	// Rules counts per rule id, for the rules that fired.
	Rules  map[string]*Counts `json:"rules"`
	Strict bool               `json:"strict"`
}

// Tally adds up pages into a Summary.
type Tally struct{ s Summary }

// NewTally starts a Summary; under strict, warnings fail pages.
func NewTally(strict bool) *Tally {
	return &Tally{Summary{Rules: map[string]*Counts{}, Strict: strict}}
}

// Add counts one page.
func (t *Tally) Add(p *Page) {
	s := &t.s
	s.Pages++
	switch p.Status(s.Strict) {
	case StatusPass:
		s.Passed++
	case StatusWarn:
		s.Warned++
	case StatusFail:
		s.Failed++
	case StatusUnreadable:
		s.Unreadable++
	}
	seen := map[string]bool{}
	for _, f := range p.Findings {
		c := s.Rules[f.Rule]
		if c == nil {
			c = &Counts{Severity: f.Severity}
			s.Rules[f.Rule] = c
		}
		c.Findings++
		if !seen[f.Rule] {
			seen[f.Rule] = true
			c.Pages++
		}
		if f.Severity == model.SeverityError {
			s.Errors++
		} else {
			s.Warnings++
		}
	}
}

// Summary returns the totals so far.
func (t *Tally) Summary() *Summary { return &t.s }

// RuleIDs returns the ids of the rules that fired, in catalogue order.
func (s *Summary) RuleIDs() []string {
	order := map[string]int{}
	for i, r := range model.AllRules() {
		order[r.ID] = i
	}
	ids := make([]string, 0, len(s.Rules))
	for id := range s.Rules {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		oi, iok := order[ids[i]]
		oj, jok := order[ids[j]]
		if iok != jok {
			return iok
		}
		if oi != oj {
			return oi < oj
		}
		return ids[i] < ids[j]
	})
	return ids
}

// Writer writes one report.
type Writer interface {
	// Page is called for every page, in input order.
	Page(p *Page) error
	// Finish writes what comes after the pages and flushes.
	Finish(s *Summary) error
}

// Formats lists the report formats New accepts.
var Formats = []string{"human", "json", "junit", "github"}

// New returns a Writer of the named format writing to w. Under strict,
// pages with warnings only are reported as failed.
func New(format string, w io.Writer, strict bool) (Writer, error) {
	switch format {
	case "human", "":
		return &human{w: w}, nil
	case "json", "jsonl":
		return newJSON(w, strict), nil
	case "junit":
		return newJUnit(w, strict), nil
	case "github":
		return &github{w: w, strict: strict}, nil
	}
	return nil, fmt.Errorf("unknown report format %q (want %s)", format, strings.Join(Formats, ", "))
}
