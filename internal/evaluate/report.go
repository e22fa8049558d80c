package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteSummary prints the figures of every path side by side.
func (res *Result) WriteSummary(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "metric")
	for _, p := range res.Order {
		fmt.Fprintf(tw, "\t%s", p)
	}
	fmt.Fprintln(tw)
	row := func(name string, f func(s *Summary) string) {
		fmt.Fprint(tw, name)
		for _, p := range res.Order {
			fmt.Fprintf(tw, "\t%s", f(&res.Paths[p].Summary))
		}
		fmt.Fprintln(tw)
	}
	row("pages", func(s *Summary) string { return fmt.Sprint(s.Pages) })
	row("errors", func(s *Summary) string { return fmt.Sprint(s.Errors) })
	row("no article", func(s *Summary) string { return fmt.Sprint(s.NoArticle) })
	pr := func(m Metric) string {
		return fmt.Sprintf("%.3f (P %.3f R %.3f) n=%d", m.Value, m.P, m.R, m.N)
	}
	acc := func(m Metric) string { return fmt.Sprintf("%.3f n=%d", m.Value, m.N) }
	row("body F1", func(s *Summary) string { return pr(s.Body) })
	row("segment F1", func(s *Summary) string {
		return pr(s.Segment) + fmt.Sprintf(" segs=%d", s.Segments)
	})
	row("headline", func(s *Summary) string { return acc(s.Headline) })
	row("byline", func(s *Summary) string { return acc(s.Byline) })
	row("timestamp", func(s *Summary) string { return acc(s.Timestamp) })
	row("dek F1", func(s *Summary) string { return acc(s.Dek) })
	row("pages/s", func(s *Summary) string {
		core := 0.0
		if s.ExtractSeconds > 0 {
			core = float64(s.Pages) / s.ExtractSeconds
		}
		return fmt.Sprintf("%.1f (%.1f per core in Extract)", s.PagesPerSecond, core)
	})
	row("elapsed", func(s *Summary) string { return fmt.Sprintf("%.1fs", s.Seconds) })
	return tw.Flush()
}

// worstLimit is how much of an expected or extracted text --worst shows.
const worstLimit = 160

// WriteWorst prints, per path and metric, the n lowest-scoring pages with
// what was expected and what came out. Ties keep manifest order.
func (res *Result) WriteWorst(w io.Writer, n int) {
	if n <= 0 {
		return
	}
	for _, path := range res.Order {
		pages := res.Paths[path].Pages
		worst := func(title string, has func(*PageResult) bool, score func(*PageResult) float64, show func(*PageResult)) {
			var sel []*PageResult
			for _, p := range pages {
				if has(p) {
					sel = append(sel, p)
				}
			}
			total := len(sel)
			sort.SliceStable(sel, func(i, j int) bool { return score(sel[i]) < score(sel[j]) })
			short := 0
			for _, p := range sel {
				if score(p) < 1 {
					short++
				}
			}
			if short == 0 {
				return
			}
			sel = sel[:min(n, short)]
			fmt.Fprintf(w, "\n== %s: worst %s (%d of %d pages below 1)\n", path, title, short, total)
			for _, p := range sel {
				fmt.Fprintf(w, "%-40s %.3f%s\n", p.ID, score(p), status(p))
				show(p)
			}
		}
		worst("body F1", func(p *PageResult) bool { return p.Body != nil },
			func(p *PageResult) float64 { return p.Body.F1 },
			func(p *PageResult) {
				b := p.Body
				fmt.Fprintf(w, "    tp %d fp %d fn %d (want %d shingles, got %d)\n", b.TP, b.FP, b.FN, b.Want, b.Got)
				missing, extra := BodyDiff(p.truthBody, p.text)
				if missing.Total > 0 {
					fmt.Fprintf(w, "    missing %d tokens, longest run %d: %s\n", missing.Total, missing.Tokens, clip(missing.Text))
				}
				if extra.Total > 0 {
					fmt.Fprintf(w, "    extra %d tokens, longest run %d: %s\n", extra.Total, extra.Tokens, clip(extra.Text))
				}
			})
		worst("segment F1", func(p *PageResult) bool { return p.Segments != nil },
			func(p *PageResult) float64 { return p.Segments.Score() },
			func(p *PageResult) {
				for _, s := range p.Segments.Missing {
					fmt.Fprintf(w, "    missing: %s\n", clip(s))
				}
				for _, s := range p.Segments.Found {
					fmt.Fprintf(w, "    unwanted: %s\n", clip(s))
				}
				fmt.Fprintf(w, "    got:  %s\n", clip(p.text))
			})
		match := func(title string, get func(*PageResult) *Match) {
			worst(title, func(p *PageResult) bool { return get(p) != nil },
				func(p *PageResult) float64 {
					if get(p).Correct {
						return 1
					}
					return 0
				},
				func(p *PageResult) {
					m := get(p)
					fmt.Fprintf(w, "    want: %s\n    got:  %s\n", clip(m.Want), clip(m.Got))
				})
		}
		match("headline", func(p *PageResult) *Match { return p.Headline })
		match("byline", func(p *PageResult) *Match { return p.Byline })
		match("timestamp", func(p *PageResult) *Match { return p.Timestamp })
		worst("dek F1", func(p *PageResult) bool { return p.Dek != nil },
			func(p *PageResult) float64 { return p.Dek.F1 },
			func(p *PageResult) {
				fmt.Fprintf(w, "    want: %s\n    got:  %s\n", clip(p.Dek.Want), clip(p.Dek.Got))
			})
	}
}

// WriteSlowest prints, per path, the n pages that took longest in Extract.
// Timings vary from run to run, so this stays apart from WriteWorst.
func (res *Result) WriteSlowest(w io.Writer, n int) {
	if n <= 0 {
		return
	}
	for _, path := range res.Order {
		slow := append([]*PageResult(nil), res.Paths[path].Pages...)
		sort.SliceStable(slow, func(i, j int) bool { return slow[i].Millis > slow[j].Millis })
		if len(slow) > n {
			slow = slow[:n]
		}
		fmt.Fprintf(w, "\n== %s: slowest pages\n", path)
		for _, p := range slow {
			fmt.Fprintf(w, "%-40s %8.1f ms%s\n", p.ID, p.Millis, status(p))
		}
	}
}

func status(p *PageResult) string {
	switch {
	case p.Err != "":
		return "  [" + p.Status + ": " + clip(p.Err) + "]"
	case p.Status != StatusOK:
		return "  [" + p.Status + "]"
	}
	return ""
}

// clip folds white space and cuts s to worstLimit characters, marking the
// cut, so that one line of the report stays one line.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "(empty)"
	}
	r := []rune(s)
	if len(r) <= worstLimit {
		return s
	}
	return string(r[:worstLimit]) + "…"
}

// WriteJSON writes the whole result, per-page scores included.
func (res *Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(res)
}
