package report

import (
	"bufio"
	"fmt"
	"io"
	"text/tabwriter"
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
		tw := tabwriter.NewWriter(h.buf, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "rule\tseverity\tpages\tfindings\t")
		for _, id := range s.RuleIDs() {
			c := s.Rules[id]
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t\n", id, c.Severity, c.Pages, c.Findings)
		}
		tw.Flush()
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
	return fmt.Sprintf("%d pages: %d passed, %d failed, %s, %d unreadable; %d errors, %d warnings",
		s.Pages, s.Passed, s.Failed, warned, s.Unreadable, s.Errors, s.Warnings)
}
