package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// textClosedMayFormer is textClosedMay before it read the line's ends in
// place: the reference the rewrite must agree with.
func textClosedMayFormer(l *tLine) bool {
	t := textTrimClosed(l.text, false)
	if t == "" {
		return false
	}
	if c := t[len(t)-1]; c < utf8.RuneSelf && !textClosedEnds[textFoldByte(c)] {
		return false
	}
	return !l.fold || textClosedLens.has(len(textTrimClosed(t, true)))
}

// TestTextClosedMayMatchesFormer compares textClosedMay with its former
// version on the corpus's lines and on strings of marks, letters and
// ellipses at both ends.
func TestTextClosedMayMatchesFormer(t *testing.T) {
	lines := textBodyEquivAllLines(t)
	parts := []string{" ", ".", "!", "…", "d", "D", "x", "comments are closed", "é", "\xa6", "\xe2", "\xe2\x80", "a"}
	r := rand.New(rand.NewPCG(23, 29))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lines = append(lines, tLine{text: b.String(), fold: r.IntN(2) == 0})
	}
	may := 0
	for i := range lines {
		l := &lines[i]
		got, want := textClosedMay(l), textClosedMayFormer(l)
		if got != want {
			t.Fatalf("textClosedMay(%q, fold %v) = %v, the former version %v", l.text, l.fold, got, want)
		}
		if got {
			may++
		}
	}
	if may == 0 {
		t.Fatal("no line let through: the comparison proves nothing")
	}
}
