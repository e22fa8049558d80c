package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textRunHeadline returns a headline printed among the first lines of the
// body run, and its score, or -1. The run may start on a teaser, a ticker
// or a caption and take in the header under it: a title-like line with a
// date or credit line right above or under it ("Productor fumigó con ..."
// over "Publicado el 11 de mayo"), or over a paragraph that opens with its
// date ("06.11.23 - Sensation in ...").
func textRunHeadline(lines []tLine, start, end int, credit func(int) bool, body *textBodySet) (int, float64) {
	k, sc := textRunHeadLine(lines, start, end, credit)
	if k < 0 {
		return -1, 0
	}
	f, _ := textSharedBody(lines[k].text, body)
	return k, sc + 3*f
}

// textRunHeadLine is textRunHeadline's line, with its score but for the
// body's words it shares, which are looked up once the header has asked
// for its lines' words.
func textRunHeadLine(lines []tLine, start, end int, credit func(int) bool) (int, float64) {
	dated := func(j int) bool {
		if j < start || j >= end {
			return false
		}
		m := &lines[j]
		return !textEmbedLine(m.text) && m.eff() < 160 && (m.date || textDateLine(m) || credit(j))
	}
	// The run's first line is its lead, not a header it took in.
	for k := start + 1; k < min(end, start+textRunHeadLines); k++ {
		l := &lines[k]
		if r, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(r) {
			continue
		}
		if l.eff() >= 160 || l.words > 20 || l.words < 4 && l.cjk < 6 || textDekLike(l) || textSentenceInside(l.text) || !textTitleLike(l) ||
			l.date || textDateLine(l) || credit(k) || textEmbedLine(l.text) || textCaptionOf(l) ||
			textCrumbs(l.text) != "" || looksLikeNames(l.text) || textLabelLead(l.text) {
			continue
		}
		opens := false
		if k+1 < end && lines[k+1].eff() >= 160 {
			_, opens = textOpeningDate(lines[k+1].text)
		}
		if !dated(k-1) && !dated(k+1) && !opens {
			continue
		}
		n := l.words
		if l.cjk > 0 {
			n = l.words + l.cjk/3
		}
		return k, 0.4*float64(min(n, 10)) + 2.5
	}
	return -1, 0
}

// textLabelLead reports whether s opens with a label of one word and a
// colon ("Material: 100 % Polyester", "Abbildung: ..."): a value, not a
// title.
func textLabelLead(s string) bool {
	// The colon counts only before the first space: it is looked for
	// there alone. (A space ends no rune, so no '：' runs past it.)
	p := s
	if j := strings.IndexByte(s, ' '); j >= 0 {
		p = s[:j]
	}
	i := textColonIndex(p)
	return i > 0 && utf8.RuneCountInString(s[:i]) < 20
}

// textColonIndex is strings.IndexAny(s, ":：") found by IndexByte.
func textColonIndex(s string) int { return textColonBefore(s, len(s)) }

// textColonBefore is strings.IndexAny(s, ":：") when it is below n, else
// -1, reading no further than n bytes: neither ':' nor the lead byte of
// '：' (EF BC 9A) is part of another rune, valid or not, so the first of
// those bytes that opens one is where IndexAny, reading runes, stops. A
// '：' opening before n counts whole, though its bytes run past n.
func textColonBefore(s string, n int) int {
	p := s[:min(len(s), n)]
	a := strings.IndexByte(p, ':')
	if a >= 0 {
		p = p[:a]
	}
	for j := 0; ; {
		k := strings.IndexByte(p[j:], 0xEF)
		if k < 0 {
			return a
		}
		if j += k; strings.HasPrefix(s[j:], "：") {
			return j
		}
		j++
	}
}

// textRunHeadLines is how many of the run's first lines may hold the
// headline.
const textRunHeadLines = 6

// textRunHeadWeak is the score under which the best title over the run
// is weak enough for a title inside it to be looked for.
const textRunHeadWeak = 5.0

// textRunHeadMargin is how much better than the best title over the run
// a title inside it must score to be taken.
const textRunHeadMargin = 1.0

// textSentenceInside reports whether a full stop ends a sentence inside s:
// ". " after a word of three letters or more, not a number or an
// abbreviation with stops ("z.B.", "3."), and before a capital.
func textSentenceInside(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], ". ")
		if k < 0 {
			return false
		}
		k += i
		i = k + 2
		w := s[:k]
		if j := strings.LastIndexAny(w, " ("); j >= 0 {
			w = w[j+1:]
		}
		if utf8.RuneCountInString(w) < 3 || strings.ContainsAny(w, ".0123456789") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(r) {
			return true
		}
	}
}

// textRunTeaser returns the standfirst the run opened on, over a headline
// k found inside it, or -1: a paragraph of a sentence or two, longer than
// a photo caption, with no tag or share line under it, and not the start
// of the article's lead printed again further down.
func textRunTeaser(lines []tLine, start, k int) int {
	l := &lines[start]
	if k <= start+1 || l.class != tGood || l.eff() < 60 || l.eff() > 400 || l.words < 15 || !l.endStop || textDekLike(l) && l.eff() > 300 {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(l.text); !unicode.IsUpper(r) {
		return -1
	}
	// A photo caption may stand under it, not a tag or share line.
	if n := &lines[start+1]; n.boiler && !textCaptionOf(n) || n.tail || n.comment {
		return -1
	}
	// The lead printed again under the headline ("06.11.23 - Sensation in
	// ...") makes the teaser its excerpt.
	head := l.text
	if len(head) > 40 {
		head = textFirstRunes(head, 30)
	}
	for j := k + 1; j < min(len(lines), k+6); j++ {
		i := strings.Index(lines[j].text, head)
		if i < 0 {
			continue
		}
		if pre := strings.Trim(lines[j].text[:i], " -–—|:"); pre == "" || len(pre) < 25 && (textHasDate(pre) || strings.Trim(pre, "0123456789./ ") == "") {
			return -1
		}
	}
	return start
}

// textHasDate reports whether s holds a date textFindDate reads.
func textHasDate(s string) bool {
	_, ok := textFindDate(s)
	return ok
}
