package evaluate

import (
	"time"
)

// Metric is one aggregate figure and the number of pages behind it.
type Metric struct {
	Value float64 `json:"value"`
	P     float64 `json:"p,omitempty"`
	R     float64 `json:"r,omitempty"`
	N     int     `json:"n"` // pages that have the truth field
}

// Summary is one path's figures, as defined in the corpus README.
type Summary struct {
	Pages     int `json:"pages"`
	Errors    int `json:"errors"`
	NoArticle int `json:"no_article"`

	Body      Metric `json:"body_f1"`
	Segment   Metric `json:"segment_f1"`
	Headline  Metric `json:"headline"`
	Byline    Metric `json:"byline"`
	Timestamp Metric `json:"timestamp"`
	Dek       Metric `json:"dek_f1"`

	Segments       int     `json:"segments"` // with + without segments scored
	Seconds        float64 `json:"seconds"`  // wall time of the path, reading and scoring included
	PagesPerSecond float64 `json:"pages_per_second"`
	// ExtractSeconds is the sum of the time spent inside Extract, over all
	// workers: pages / ExtractSeconds is the speed of one core.
	ExtractSeconds float64 `json:"extract_seconds"`
}

// MetricNames are the gated metrics, in report order.
var MetricNames = []string{"body_f1", "segment_f1", "headline", "byline", "timestamp", "dek_f1"}

// Get returns the named metric.
func (s *Summary) Get(name string) Metric {
	switch name {
	case "body_f1":
		return s.Body
	case "segment_f1":
		return s.Segment
	case "headline":
		return s.Headline
	case "byline":
		return s.Byline
	case "timestamp":
		return s.Timestamp
	case "dek_f1":
		return s.Dek
	}
	return Metric{}
}

func summarize(pages []*PageResult, elapsed time.Duration) Summary {
	var s Summary
	var sumP, sumR float64
	var nP, nR int
	var segTP, segFP, segFN int
	var head, by, ts int
	var dek float64
	for _, p := range pages {
		s.Pages++
		switch p.Status {
		case StatusError:
			s.Errors++
		case StatusNoArticle:
			s.NoArticle++
		}
		s.ExtractSeconds += p.Millis / 1000
		if b := p.Body; b != nil {
			s.Body.N++
			if b.P != nil {
				sumP += *b.P
				nP++
			}
			if b.R != nil {
				sumR += *b.R
				nR++
			}
		}
		if g := p.Segments; g != nil {
			s.Segment.N++
			segTP += g.TP
			segFP += g.FP
			segFN += g.FN
			s.Segments += g.TP + g.FP + g.FN + g.TN
		}
		count(p.Headline, &s.Headline, &head)
		count(p.Byline, &s.Byline, &by)
		count(p.Timestamp, &s.Timestamp, &ts)
		if p.Dek != nil {
			s.Dek.N++
			dek += p.Dek.F1
		}
	}
	s.Body.P, s.Body.R = mean(sumP, nP), mean(sumR, nR)
	s.Body.Value = F1(s.Body.P, s.Body.R)
	s.Segment.P = ratio(segTP, segTP+segFP)
	s.Segment.R = ratio(segTP, segTP+segFN)
	s.Segment.Value = F1(s.Segment.P, s.Segment.R)
	s.Headline.Value = ratio(head, s.Headline.N)
	s.Byline.Value = ratio(by, s.Byline.N)
	s.Timestamp.Value = ratio(ts, s.Timestamp.N)
	s.Dek.Value = mean(dek, s.Dek.N)
	s.Seconds = elapsed.Seconds()
	if s.Seconds > 0 {
		s.PagesPerSecond = float64(s.Pages) / s.Seconds
	}
	return s
}

func count(m *Match, agg *Metric, correct *int) {
	if m == nil {
		return
	}
	agg.N++
	if m.Correct {
		*correct++
	}
}

func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// ratio is a/b, and 0 when b is 0 (no segment found and none wanted gives
// no evidence either way; such a corpus has no segment metric to speak of).
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
