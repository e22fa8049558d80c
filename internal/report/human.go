package report

import (
	"bufio"
	"fmt"
	"io"
)

// human writes "PATH: rule-id: message", one line per finding, and a
// summary table. Unreadable pages are left to the error stream, where the
// command reports them as it reads them.
type human struct {
	w   io.Writer
	buf *bufio.Writer
}

func (h *human) Page(p *Page) error {
	if h.buf == nil {
		h.buf = bufio.NewWriter(h.w)
	}
	for _, f := range p.Findings {
		fmt.Fprintf(h.buf, "%s: %s: %s\n", p.Name(), f.Rule, f.Message)
	}
	return nil
}

func (h *human) Finish(s *Summary) error {
	if h.buf == nil {
		h.buf = bufio.NewWriter(h.w)
	}
	if len(s.Rules) > 0 {
		if s.Errors+s.Warnings > 0 {
			fmt.Fprintln(h.buf)
		}
		width := len("rule")
		for id := range s.Rules {
			width = max(width, len(id))
		}
		fmt.Fprintf(h.buf, "%-*s  %-8s  %6s  %8s\n", width, "rule", "severity", "pages", "findings")
		for _, id := range s.RuleIDs() {
			c := s.Rules[id]
			fmt.Fprintf(h.buf, "%-*s  %-8s  %6d  %8d\n", width, id, c.Severity, c.Pages, c.Findings)
		}
		fmt.Fprintln(h.buf)
	}
	fmt.Fprintln(h.buf, s.Line())
	return h.buf.Flush()
}

// Line is the one-line summary of a run.
func (s *Summary) Line() string {
	warned := fmt.Sprintf("%d with warnings only", s.Warned)
	if s.Strict {
		warned = "warnings fail (strict)"
	}
	return fmt.Sprintf("%s: %d passed, %d failed, %s, %d unreadable; %s, %s",
		Count(s.Pages, "page"), s.Passed, s.Failed, warned, s.Unreadable, Count(s.Errors, "error"), Count(s.Warnings, "warning"))
}

// Count writes n with its noun, singular for one: a summary read by a
// person says "1 page", and scripts matching the plural still find the
// count first.
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
