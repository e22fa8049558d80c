package evaluate

import (
	"strings"
)

// truth is a record's truth prepared once for scoring: tokens, shingles and
// folded forms are computed a single time and shared by both paths.
type truth struct {
	body    *bag
	rawBody string

	with, without []string // folded with FoldSpace

	headline    *string // NormHeadline form
	rawHeadline string

	names     []string
	bylineLen int
	byline    *string

	date      *string // the truth's calendar date
	timestamp string

	dek    map[string]int
	rawDek *string
}

func prepare(t Truth) *truth {
	p := &truth{}
	if t.Body != nil {
		b := newBag(shingleHashes(Tokens(*t.Body)))
		p.body, p.rawBody = &b, *t.Body
	}
	for _, s := range t.With {
		p.with = append(p.with, FoldSpace(s))
	}
	for _, s := range t.Without {
		p.without = append(p.without, FoldSpace(s))
	}
	if t.Headline != nil {
		h := NormHeadline(*t.Headline)
		p.headline, p.rawHeadline = &h, *t.Headline
	}
	if t.Byline != nil {
		p.byline = t.Byline
		p.names = NameTokens(*t.Byline)
		p.bylineLen = runeLen(FoldSpace(*t.Byline))
	}
	if t.Timestamp != nil {
		d := calendarDate(*t.Timestamp)
		p.date, p.timestamp = &d, *t.Timestamp
	}
	if t.Dek != nil {
		p.dek, p.rawDek = foldedBag(*t.Dek), t.Dek
	}
	return p
}

// BodyScore is one page's body metric.
type BodyScore struct {
	Counts
	P    *float64 `json:"p,omitempty"` // absent when the page has no tp+fp
	R    *float64 `json:"r,omitempty"` // absent when the page has no tp+fn
	F1   float64  `json:"f1"`          // the page's own F1, for ranking
	Want int      `json:"want_shingles"`
	Got  int      `json:"got_shingles"`
}

// SegmentScore is one page's with/without segments.
type SegmentScore struct {
	TP, FN, FP, TN int
	Missing        []string `json:"missing,omitempty"` // with segments not found
	Found          []string `json:"found,omitempty"`   // without segments found
}

// Score is the share of this page's segments judged right, for ranking.
func (s *SegmentScore) Score() float64 {
	n := s.TP + s.FN + s.FP + s.TN
	if n == 0 {
		return 1
	}
	return float64(s.TP+s.TN) / float64(n)
}

// Match is one page's headline, byline or timestamp metric.
type Match struct {
	Correct bool   `json:"correct"`
	Want    string `json:"want"`
	Got     string `json:"got"`
}

// DekScore is one page's dek metric.
type DekScore struct {
	F1   float64 `json:"f1"`
	Want string  `json:"want"`
	Got  string  `json:"got"`
}

// bodyText is the text the body metrics read: the Article's paragraphs
// joined with "\n", so that no shingle or segment is made by gluing the end
// of one paragraph to the start of the next without a break (the folding of
// white space turns the break into one space for segments).
func bodyText(paragraphs []string) string {
	return strings.Join(paragraphs, "\n")
}

// scoreBody fills the page's body, segment, headline, byline, timestamp and
// dek scores from the extracted fields (empty when there was no article).
func (t *truth) score(r *PageResult, body, headline, byline, timestamp, dek string) {
	if t.body != nil {
		got := shingleHashes(Tokens(body))
		c := overlap(*t.body, got)
		s := c.Scores()
		bs := &BodyScore{Counts: c, F1: c.F1(), Want: t.body.total, Got: len(got)}
		if s.HasP {
			bs.P = &s.P
		}
		if s.HasR {
			bs.R = &s.R
		}
		r.Body = bs
		r.truthBody = t.rawBody
	}
	if len(t.with)+len(t.without) > 0 {
		fb := FoldSpace(body)
		s := &SegmentScore{}
		for _, seg := range t.with {
			if SegmentFound(fb, seg) {
				s.TP++
			} else {
				s.FN++
				s.Missing = append(s.Missing, seg)
			}
		}
		for _, seg := range t.without {
			if SegmentFound(fb, seg) {
				s.FP++
				s.Found = append(s.Found, seg)
			} else {
				s.TN++
			}
		}
		r.Segments = s
	}
	if t.headline != nil {
		r.Headline = &Match{Correct: *t.headline == NormHeadline(headline), Want: t.rawHeadline, Got: headline}
	}
	if t.byline != nil {
		r.Byline = &Match{Correct: bylineCorrect(t.names, t.bylineLen, byline), Want: *t.byline, Got: byline}
	}
	if t.date != nil {
		r.Timestamp = &Match{Correct: *t.date != "" && *t.date == calendarDate(timestamp), Want: t.timestamp, Got: timestamp}
	}
	if t.rawDek != nil {
		r.Dek = &DekScore{F1: tokenF1(t.dek, Tokens(caseFold(dek))), Want: *t.rawDek, Got: dek}
	}
}
