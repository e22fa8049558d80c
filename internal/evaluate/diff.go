package evaluate

import (
	"golang.org/x/text/unicode/norm"
)

// Stretch is a stretch of text that the body metric could not match.
type Stretch struct {
	Tokens int    // tokens in the longest unmatched stretch
	Total  int    // unmatched tokens in the whole text
	Text   string // the longest stretch, as it reads in the (NFC) text
}

// BodyDiff explains a body score for --worst: the longest stretch of the
// truth that no matched shingle covers (missing) and the longest stretch of
// the extraction that none covers (extra). Shingles are matched as the
// metric matches them, first come first served over the multiset.
func BodyDiff(truth, got string) (missing, extra Stretch) {
	truth, got = norm.NFC.String(truth), norm.NFC.String(got)
	ts, gs := tokenSpans(truth), tokenSpans(got)
	tt, gt := spanTokens(truth, ts), spanTokens(got, gs)
	return unmatched(truth, ts, tt, gt), unmatched(got, gs, gt, tt)
}

func spanTokens(s string, spans [][2]int) []string {
	toks := make([]string, len(spans))
	for i, sp := range spans {
		toks[i] = s[sp[0]:sp[1]]
	}
	return toks
}

// unmatched finds the tokens of a (text s, spans, toks) not covered by any
// shingle that also occurs, copy for copy, in other.
func unmatched(s string, spans [][2]int, toks, other []string) Stretch {
	if len(toks) == 0 {
		return Stretch{}
	}
	avail := map[uint64]int{}
	for _, h := range shingleHashes(other) {
		avail[h]++
	}
	n := shingleSize
	if len(toks) < n {
		n = len(toks)
	}
	covered := make([]bool, len(toks))
	for i, h := range shingleHashes(toks) {
		if avail[h] > 0 {
			avail[h]--
			for k := i; k < i+n; k++ {
				covered[k] = true
			}
		}
	}
	var r Stretch
	bestStart, bestEnd := 0, 0
	for i := 0; i < len(toks); {
		if covered[i] {
			i++
			continue
		}
		j := i
		for j < len(toks) && !covered[j] {
			j++
		}
		r.Total += j - i
		if j-i > bestEnd-bestStart {
			bestStart, bestEnd = i, j
		}
		i = j
	}
	if bestEnd > bestStart {
		r.Tokens = bestEnd - bestStart
		r.Text = s[spans[bestStart][0]:spans[bestEnd-1][1]]
	}
	return r
}
