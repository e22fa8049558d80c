package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/extract-dev/extract/internal/report"
)

// LoadResult reads a result written by WriteJSON (--json), to compare a run
// against it.
func LoadResult(path string) (*Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read result: %w", err)
	}
	var res Result
	if err := json.Unmarshal(data, &res); err != nil {
		return nil, fmt.Errorf("result %s: %w", path, err)
	}
	for _, p := range []string{PathHTML, PathText} {
		if res.Paths[p] != nil {
			res.Order = append(res.Order, p)
		}
	}
	return &res, nil
}

// pageScore is a page's score on one metric, as --worst ranks it, and
// whether the page has that metric at all.
func pageScore(p *PageResult, metric string) (float64, bool) {
	bool01 := func(m *Match) (float64, bool) {
		if m == nil {
			return 0, false
		}
		if m.Correct {
			return 1, true
		}
		return 0, true
	}
	switch metric {
	case "body_f1":
		if p.Body != nil {
			return p.Body.F1, true
		}
	case "segment_f1":
		if p.Segments != nil {
			return p.Segments.Score(), true
		}
	case "headline":
		return bool01(p.Headline)
	case "byline":
		return bool01(p.Byline)
	case "timestamp":
		return bool01(p.Timestamp)
	case "dek_f1":
		if p.Dek != nil {
			return p.Dek.F1, true
		}
	}
	return 0, false
}

// WriteCompare prints, per path, each metric beside the same metric of an
// earlier run, then the n pages that lost the most on each metric, so that a
// change to the extractor shows what it broke as well as what it fixed.
// Pages are matched by id; pages only one run has are left out of the page
// lists.
func (res *Result) WriteCompare(w io.Writer, old *Result, n int) {
	for _, path := range res.Order {
		prev := old.Paths[path]
		if prev == nil {
			fmt.Fprintf(w, "\n== %s: not in the earlier run\n", path)
			continue
		}
		cur := res.Paths[path]
		fmt.Fprintf(w, "\n== %s: against the earlier run\n", path)
		for _, m := range MetricNames {
			a, b := prev.Summary.Get(m), cur.Summary.Get(m)
			fmt.Fprintf(w, "%-11s %.4f -> %.4f  %+.4f\n", m, a.Value, b.Value, b.Value-a.Value)
		}
		before := map[string]*PageResult{}
		for _, p := range prev.Pages {
			before[p.ID] = p
		}
		type change struct {
			id       string
			from, to float64
		}
		for _, m := range MetricNames {
			var worse []change
			better := 0
			for _, p := range cur.Pages {
				q := before[p.ID]
				if q == nil {
					continue
				}
				to, ok1 := pageScore(p, m)
				from, ok2 := pageScore(q, m)
				if !ok1 || !ok2 {
					continue
				}
				switch {
				case to < from-1e-9:
					worse = append(worse, change{p.ID, from, to})
				case to > from+1e-9:
					better++
				}
			}
			if len(worse) == 0 && better == 0 {
				continue
			}
			fmt.Fprintf(w, "%s: %s better, %d worse\n", m, report.Count(better, "page"), len(worse))
			sort.SliceStable(worse, func(i, j int) bool {
				return worse[i].from-worse[i].to > worse[j].from-worse[j].to
			})
			for i, c := range worse {
				if i == n {
					break
				}
				fmt.Fprintf(w, "    %-40s %.3f -> %.3f\n", c.id, c.from, c.to)
			}
		}
	}
}
