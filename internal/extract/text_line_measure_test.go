package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTextMeasureMatchesRef holds measure, which reads eight bytes at a
// time, to measureRef, which read a byte at a time: every count must be
// the same on random lines of ASCII words, marks, digits, runs of spaces,
// runes of other scripts (cased, CJK, CJK punctuation, full-width
// digits), invalid bytes, at every length around the word size.
func TestTextMeasureMatchesRef(t *testing.T) {
	pieces := []string{
		"a", "b", "Z", "Q", "the", "The", "THE", "of", "und", "für", "Für", "été", "EditionASIA", "x1", "42",
		"2025", " ", " ", " ", "  ", ".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "-", "—", "…", "«", "»",
		"é", "É", "ß", "Ω", "ω", "Привет", "и", "В", "東京", "中文", "，", "。", "、", "２０２５", "ａ", "Ａ",
		"\xff", "\xc3", "\t", "\x00", "~", "@", "#", "[", "]", "{", "}", "İ", "\u212a", "ǅ", "a.b", "U.S.", "don't",
		"e-mail", "...", "ﬁ", "한국", "ア", "\u200b",
	}
	for c := range utf8.RuneSelf {
		pieces = append(pieces, string(rune(c)), "x"+string(rune(c)), string(rune(c))+"Y")
	}
	rng := rand.New(rand.NewPCG(7, 11))
	var lines []string
	for _, p := range pieces {
		lines = append(lines, p, p+" "+p, " "+p, p+" ")
	}
	for range 60000 {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	stops := []string{}
	for w := range textStopwords() {
		stops = append(stops, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for range 5000 {
		var b strings.Builder
		for n := 1 + rng.IntN(14); n > 0; n-- {
			b.WriteString(stops[rng.IntN(len(stops))])
			b.WriteString([]string{" ", " ", ", ", ". ", " (", ") ", "\" "}[rng.IntN(7)])
		}
		lines = append(lines, strings.TrimSpace(b.String()))
	}
	arena := &textArena{stops: textStopSet(), stopTab: textStopTab()}
	for _, s := range lines {
		got := tLine{text: s, arena: arena}
		got.measure()
		want := tLine{text: s}
		want.measureRef()
		if got.runes != want.runes || got.cjk != want.cjk || got.words != want.words || got.stops != want.stops ||
			got.punct != want.punct || got.cased != want.cased || got.lower != want.lower || got.joins != want.joins ||
			got.digits != want.digits || got.fold != want.fold || got.endStop != want.endStop {
			t.Fatalf("measure(%q):\n got %+v\nwant %+v", s, got, want)
		}
	}
}

// measureRef is measure as it was before it read eight bytes at a time,
// kept as the reference the rewrite is held to. It fills the line's counts in one pass over the bytes: ASCII
// bytes, most of the text on most pages, are classed by a table without
// decoding, a word's run of them in an inner loop that adds the table's
// bits to the counts without a branch. Few counts are kept in locals:
// those the inner loop adds to; the counts of words and of runes beyond
// ASCII go straight to the line, so that the locals stay in registers.
func (l *tLine) measureRef() {
	s := l.text
	stops := textStopSet()
	var punct, joins, digits int
	prevLower := 0 // 1 when the previous rune is a lower-case letter
	inWord := false
	wide := false // the word has a rune that is not ASCII
	wordStart := 0
	// Every byte is a rune but the continuation bytes of runes beyond
	// ASCII, which the rune branch takes off.
	l.runes += len(s)
	l.fold = true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			k := textASCIIKind[c]
			if k&textKindSpace != 0 {
				if inWord {
					l.words++
					if textIsStop(stops, s, wordStart, i, wide) {
						l.stops++
					}
					inWord = false
				}
				prevLower = 0
				i++
				continue
			}
			if !inWord {
				inWord, wide = true, false
				wordStart = i
				l.cased += int32(k>>textKindUpperBit&1 | k>>textKindLowerBit&1)
				l.lower += int32(k >> textKindLowerBit & 1)
			}
			// The kinds are exclusive: a byte is a digit, a mark, or a
			// capital after a small letter, or none of these.
			for {
				digits += int(k >> textKindDigitBit & 1)
				punct += int(k >> textKindPunctBit & 1)
				joins += int(k>>textKindUpperBit&1) & prevLower
				prevLower = int(k >> textKindLowerBit & 1)
				i++
				if i == len(s) {
					break
				}
				c = s[i]
				if c >= utf8.RuneSelf || c == ' ' {
					break
				}
				k = textASCIIKind[c]
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l.runes -= n - 1
		switch {
		case textCJKPunct(r):
			punct++
			if inWord {
				l.words++
				if textIsStop(stops, s, wordStart, i, wide) {
					l.stops++
				}
				inWord = false
			}
		case textCJK(r):
			l.cjk++
			if inWord {
				l.words++
				if textIsStop(stops, s, wordStart, i, wide) {
					l.stops++
				}
				inWord = false
			}
		default:
			upper := unicode.IsUpper(r)
			if l.fold && (upper || r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r) {
				l.fold = false
			}
			if !inWord {
				inWord = true
				wordStart = i
				if upper {
					l.cased++
				} else if unicode.IsLower(r) {
					l.cased++
					l.lower++
				}
			}
			wide = true
			if r == '…' {
				punct++
			}
			if r >= 0xFF10 && r <= 0xFF19 {
				// A full-width digit ("２０２５年"): findDate reads it,
				// so the date gates must count it.
				digits++
			}
			if upper && prevLower != 0 {
				joins++
			}
		}
		prevLower = 0
		if unicode.IsLower(r) {
			prevLower = 1
		}
		i += n
	}
	if inWord {
		l.words++
		if textIsStop(stops, s, wordStart, len(s), wide) {
			l.stops++
		}
	}
	l.punct += punct
	l.joins += int32(joins)
	l.digits += int32(digits)
	if textEndsSentence(s) {
		l.endStop = true
	}
}
