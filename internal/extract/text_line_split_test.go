package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// textSplitLinesRef is textSplitLines as it was before it measured the
// lines it cut: every line folded by textFoldSpace, then measured alone.
func textSplitLinesRef(text string) []tLine {
	var out []tLine
	blank := true
	for _, raw := range strings.Split(text, "\n") {
		s := textFoldSpace(raw)
		if s == "" {
			blank = true
			if len(out) > 0 {
				out[len(out)-1].blankAfter = true
			}
			continue
		}
		out = append(out, tLine{text: s, blankBefore: blank})
		blank = false
	}
	if len(out) > 0 {
		out[len(out)-1].blankAfter = true
	}
	for i := range out {
		out[i].measure()
	}
	return out
}

// TestTextSplitLinesMatchesRef holds textSplitLines, which folds a line
// only when measure finds it may need it, to folding every line first,
// on random pages of words, every kind of white space, control bytes,
// zero-width marks and invalid bytes, in runs long and short enough to
// cross measure's eight-byte reads.
func TestTextSplitLinesMatchesRef(t *testing.T) {
	pieces := []string{
		"a", "Word", "the", "of", "é", "東京", "Привет", "。", " ", " ", " ", "  ", "\t", "\r", "\f", "\v", "\x00",
		"\x01", "\x1f", "\u00a0", "\u3000", "\u2002", "\u2009", "\u202f", "\u205f", "\u200b", "\u200d", "\ufeff",
		"\u00ad", "\xff", "\xc3", "\xe2\x80", "\ufffd", ".", "…", "\n", "\n", "\n\n", "12", "CamelCase", "“",
		"abcdefghij", "ABCDEFGHIJKLMNOP",
	}
	// Lines of ASCII words and spaces alone: nothing else there calls
	// for the check, which only a space after a space, anywhere, must.
	plain := []string{"a", "of", "Word", "abcdefg", " ", " ", " ", "  ", "\n"}
	rng := rand.New(rand.NewPCG(7, 11))
	for k := range 40000 {
		from := pieces
		if k%2 == 1 {
			from = plain
		}
		var b strings.Builder
		// Some pages are long: a few hundred lines.
		big := k%50 == 0
		n := rng.IntN(40)
		if big {
			n = 1000
		}
		for ; n > 0; n-- {
			b.WriteString(from[rng.IntN(len(from))])
			if big && rng.IntN(3) == 0 {
				b.WriteByte('\n')
			}
		}
		page := b.String()
		got, want := textSplitLines(page), textSplitLinesRef(page)
		if len(got) != len(want) {
			t.Fatalf("textSplitLines(%q) gave %d lines, want %d", page, len(got), len(want))
		}
		for i := range got {
			g := got[i]
			if !g.measured {
				t.Fatalf("textSplitLines(%q): line %d not measured", page, i)
			}
			g.arena, g.measured = nil, false
			if g != want[i] {
				t.Fatalf("textSplitLines(%q) line %d:\n got %+v\nwant %+v", page, i, g, want[i])
			}
		}
	}
}
