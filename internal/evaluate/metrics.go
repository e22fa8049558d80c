package evaluate

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// This file holds the metric primitives of the corpus README, one function
// per rule, so that each can be tested on hand-computed cases.

// isWord reports whether r belongs to a \w run as Python's re defines it for
// str patterns: str.isalnum() (the letter categories L* and the number
// categories N*) or the underscore. Combining marks are not word characters,
// which is why every text is put in NFC before tokenising.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens returns the \w+ runs of s after NFC normalisation. Case is kept.
func Tokens(s string) []string {
	s = norm.NFC.String(s)
	spans := tokenSpans(s)
	if len(spans) == 0 {
		return nil
	}
	toks := make([]string, len(spans))
	for i, sp := range spans {
		toks[i] = s[sp[0]:sp[1]]
	}
	return toks
}

// tokenSpans returns the byte ranges of the \w+ runs of s, which must
// already be in NFC.
func tokenSpans(s string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}

// shingleSize is the n of the body metric's n-grams.
const shingleSize = 4

// Shingles returns the 4-grams of toks, each joined with a single space
// (tokens never hold a space, so the joining is unambiguous). Fewer than four
// tokens make one shingle of them all; no token makes no shingle.
func Shingles(toks []string) []string {
	if len(toks) == 0 {
		return nil
	}
	if len(toks) < shingleSize {
		return []string{strings.Join(toks, " ")}
	}
	out := make([]string, 0, len(toks)-shingleSize+1)
	for i := 0; i+shingleSize <= len(toks); i++ {
		out = append(out, strings.Join(toks[i:i+shingleSize], " "))
	}
	return out
}

// shingleHashes is Shingles as 64-bit FNV-1a hashes, which is what the
// harness counts: it spares a string per shingle on thousands of pages, and a
// collision among the few thousand shingles of one page is vanishingly rare.
func shingleHashes(toks []string) []uint64 {
	if len(toks) == 0 {
		return nil
	}
	hashes := make([]uint64, len(toks))
	for i, t := range toks {
		hashes[i] = fnv(t)
	}
	n := shingleSize
	if len(toks) < n {
		n = len(toks)
	}
	out := make([]uint64, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		h := uint64(fnvOffset)
		for _, th := range hashes[i : i+n] {
			// Mixing token hashes (not bytes) keeps "ab c" apart from "a bc".
			h ^= th
			h *= fnvPrime
			h ^= h >> 29
		}
		out = append(out, h)
	}
	return out
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// bag is a multiset of shingle hashes.
type bag struct {
	counts map[uint64]int32
	total  int
}

func newBag(hs []uint64) bag {
	b := bag{counts: make(map[uint64]int32, len(hs)), total: len(hs)}
	for _, h := range hs {
		b.counts[h]++
	}
	return b
}

// Counts are the true positives, false positives and false negatives of
// one page's body, counted over multisets of shingles.
type Counts struct {
	TP, FP, FN int
}

// overlap counts got against truth: each shingle of got is a true positive
// while truth still has a copy of it left, else a false positive.
func overlap(truth bag, got []uint64) Counts {
	used := make(map[uint64]int32, len(got))
	var c Counts
	for _, h := range got {
		if used[h] < truth.counts[h] {
			used[h]++
			c.TP++
		} else {
			c.FP++
		}
	}
	c.FN = truth.total - c.TP
	return c
}

// BodyCounts compares two texts by their shingles.
func BodyCounts(truth, got string) Counts {
	return overlap(newBag(shingleHashes(Tokens(truth))), shingleHashes(Tokens(got)))
}

// PageScores are one page's body precision and recall. A page is left out
// of the precision mean when it has no tp+fp (HasP false) and out of the
// recall mean when it has no tp+fn (HasR false). The README divides tp, fp
// and fn by their sum first so that every page weighs the same; the ratios
// are unchanged by it, and every page then counts once in each mean.
type PageScores struct {
	P, R       float64
	HasP, HasR bool
}

// Scores applies the README's per-page rule, including "a page with
// fp = fn = 0 scores 1 on both" (which covers an empty truth matched by an
// empty extraction).
func (c Counts) Scores() PageScores {
	if c.FP == 0 && c.FN == 0 {
		return PageScores{P: 1, R: 1, HasP: true, HasR: true}
	}
	sum := float64(c.TP + c.FP + c.FN)
	tp, fp, fn := float64(c.TP)/sum, float64(c.FP)/sum, float64(c.FN)/sum
	var s PageScores
	if c.TP+c.FP > 0 {
		s.P, s.HasP = tp/(tp+fp), true
	}
	if c.TP+c.FN > 0 {
		s.R, s.HasR = tp/(tp+fn), true
	}
	return s
}

// F1 is the page's own F1, used only to rank pages for --worst.
func (c Counts) F1() float64 {
	if c.FP == 0 && c.FN == 0 {
		return 1
	}
	return 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
}

// F1 is the harmonic mean of p and r, 0 when both are 0.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// FoldSpace puts s in NFC and folds every run of white space to one space,
// trimming it at both ends. Segment matching is done on texts folded so;
// it is case-sensitive, as the README says nothing of case there.
func FoldSpace(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// SegmentFound reports whether the folded segment occurs in the folded
// body. Both arguments must already be folded with FoldSpace.
func SegmentFound(foldedBody, foldedSegment string) bool {
	return strings.Contains(foldedBody, foldedSegment)
}

// caseFold applies full Unicode case folding (as Python's str.casefold:
// "ß" folds to "ss"). A Caser holds state, so each call makes its own.
func caseFold(s string) string {
	return cases.Fold().String(s)
}

// NormHeadline is the form headlines are compared in: NFC, case folded,
// white space folded, and surrounding punctuation, quotes and spaces trimmed.
func NormHeadline(s string) string {
	s = FoldSpace(caseFold(norm.NFC.String(s)))
	s = strings.TrimFunc(s, isTrimmable)
	// Folding ran before trimming, so a space left next to trimmed quotes
	// ("« Titre »") went with them; no inner run needs folding again.
	return s
}

// isTrimmable is punctuation (Unicode P*, which holds the ASCII and the
// typographic quotes and guillemets), the quote-like symbols outside P*
// (backtick, acute and grave accents used as quotes), and white space.
func isTrimmable(r rune) bool {
	switch r {
	case '`', '´', '˝', '＂':
		return true
	}
	return unicode.IsPunct(r) || unicode.IsSpace(r)
}

// HeadlineCorrect is the headline metric for one page.
func HeadlineCorrect(truth, got string) bool {
	return NormHeadline(truth) == NormHeadline(got)
}

// joiningWords are left out of a truth byline's name tokens (README).
var joiningWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("by and von und par et por y di e da door en i oraz") {
		joiningWords[w] = true
	}
}

// NameTokens are the case-folded \w+ tokens of a truth byline less the
// joining words.
func NameTokens(truth string) []string {
	var out []string
	for _, t := range Tokens(caseFold(norm.NFC.String(truth))) {
		if !joiningWords[t] {
			out = append(out, t)
		}
	}
	return out
}

// BylineCorrect is the byline metric for one page: every name token of the
// truth is a token of the case-folded extracted byline, and the extracted
// byline is at most twice as long as the truth. Lengths are counted in
// characters (runes) after NFC and white-space folding, so that a stray
// newline or decomposed accent does not count against a byline.
func BylineCorrect(truth, got string) bool {
	return bylineCorrect(NameTokens(truth), runeLen(FoldSpace(truth)), got)
}

func bylineCorrect(names []string, truthLen int, got string) bool {
	got = FoldSpace(got)
	if runeLen(got) > 2*truthLen {
		return false
	}
	have := map[string]bool{}
	for _, t := range Tokens(caseFold(got)) {
		have[t] = true
	}
	for _, n := range names {
		if !have[n] {
			return false
		}
	}
	return true
}

func runeLen(s string) int {
	return len([]rune(s))
}

// calendarDate is the YYYY-MM-DD part of an ISO 8601 timestamp: its first
// ten characters, or "" when it is shorter.
func calendarDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	return s[:10]
}

// TimestampCorrect is the timestamp metric: the calendar dates are equal.
// An extracted timestamp shorter than a date is wrong.
func TimestampCorrect(truth, got string) bool {
	d := calendarDate(truth)
	return d != "" && d == calendarDate(got)
}

// TokenF1 is the dek metric: F1 of the bags of case-folded \w+ tokens. Two
// texts without tokens agree (1); one side without tokens scores 0.
func TokenF1(truth, got string) float64 {
	return tokenF1(foldedBag(truth), Tokens(caseFold(got)))
}

func foldedBag(s string) map[string]int {
	m := map[string]int{}
	for _, t := range Tokens(caseFold(s)) {
		m[t]++
	}
	return m
}

func tokenF1(truth map[string]int, got []string) float64 {
	nt := 0
	for _, n := range truth {
		nt += n
	}
	if nt == 0 && len(got) == 0 {
		return 1
	}
	if nt == 0 || len(got) == 0 {
		return 0
	}
	used := map[string]int{}
	common := 0
	for _, t := range got {
		if used[t] < truth[t] {
			used[t]++
			common++
		}
	}
	p := float64(common) / float64(len(got))
	r := float64(common) / float64(nt)
	return F1(p, r)
}
