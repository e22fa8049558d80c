package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// textFoldSpaceRef is textFoldSpace as it was before it copied runs
// whole: a range loop writing rune by rune.
func textFoldSpaceRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if textSpace(r) {
			space = b.Len() > 0
			continue
		}
		if textZeroWidth(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestTextFoldSpaceMatchesRef holds textFoldSpace to the rune-by-rune
// fold on random lines of words, every kind of white space, zero-width
// marks, invalid bytes and U+FFFD itself.
func TestTextFoldSpaceMatchesRef(t *testing.T) {
	pieces := []string{
		"a", "Word", "é", "東京", "Привет", " ", "  ", "\t", "\r", "\f", "\v", "\u00a0", "\u3000", "\u2002", "\u2003",
		"\u2009", "\u202f", "\u205f", "\u2007", "\u2008", "\u200a", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad",
		"\xff", "\xc3", "\xe2\x80", "\ufffd", "\x00", ".", "…", "abcdefghijk", "the quick brown fox", "a b c d e f g h",
	}
	rng := rand.New(rand.NewPCG(3, 5))
	for range 30000 {
		var b strings.Builder
		for n := rng.IntN(16); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := textFoldSpace(s), textFoldSpaceRef(s); got != want {
			t.Fatalf("textFoldSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTextTrimsMatchStrings holds textTrimAdLabel and textTrimHeadMarks
// to the strings.Trim and strings.TrimLeft calls they stand for, on
// random strings of their cut sets, other runes and broken dashes.
func TestTextTrimsMatchStrings(t *testing.T) {
	pieces := []string{
		" ", ".", ":", "-", "(", ")", "[", "]", "–", "—", "•", "·", "#", "*", ">", "0", "7", "9", "a", "Ad",
		"é", "\xe2", "\xe2\x80", "\x80\x93", "\x93", "\x94", "\xc2", "\xb7", "‒", "―", "東",
	}
	rng := rand.New(rand.NewPCG(9, 1))
	for range 30000 {
		var b strings.Builder
		for n := rng.IntN(8); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := textTrimAdLabel(s), strings.Trim(s, " .:-–—()[]"); got != want {
			t.Fatalf("textTrimAdLabel(%q) = %q, want %q", s, got, want)
		}
		if got, want := textTrimHeadMarks(s), strings.TrimLeft(s, "#*•·-–—> 0123456789"); got != want {
			t.Fatalf("textTrimHeadMarks(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTextFoldCapsFoldsEachCapital holds foldCaps, which finds the
// capitals eight bytes at a time, to folding each ASCII capital, on
// lines with and without capitals at every place and bytes beyond ASCII.
func TestTextFoldCapsFoldsEachCapital(t *testing.T) {
	pieces := []string{"a", "b", "Z", "A", "M", " ", "@", "[", "`", "{", "é", "\xc1", "\xda", "\xff", "0", ".", "ab cd ef"}
	rng := rand.New(rand.NewPCG(4, 2))
	arena := &textArena{size: 1 << 12}
	for range 30000 {
		var b strings.Builder
		for n := rng.IntN(30); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := arena.foldCaps(s); got != string(want) {
			t.Fatalf("foldCaps(%q) = %q, want %q", s, got, want)
		}
	}
}
