package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTextFoldedAlreadyWords checks the word-at-a-time reading of
// textFoldedAlready: a line is taken as it stands exactly when the fold
// gives it back trimmed, whatever stands where a machine word starts or
// ends (two spaces across words, a tab, a rune beyond ASCII, a
// zero-width mark, invalid UTF-8).
func TestTextFoldedAlreadyWords(t *testing.T) {
	pieces := []string{" ", " ", "a", "b", "Cd", "efgh", "0", ".", "\t", "\r", "\x01", "\x1f", "\x7f", "é", "\u00a0", "\u200b", "\u3000", "\xff", "中", "\ufffd"}
	rng := rand.New(rand.NewSource(11))
	for range 200000 {
		var b strings.Builder
		for range rng.Intn(30) {
			p := pieces[rng.Intn(len(pieces))]
			if rng.Intn(3) > 0 {
				p = pieces[2+rng.Intn(4)] // mostly letters, for long plain runs
			}
			b.WriteString(p)
		}
		s := b.String()
		fold := textFoldSlow(s)
		got, ok := textFoldedAlready(s)
		trimmed := strings.TrimFunc(s, textSpace)
		if ok != (fold == trimmed) || ok && got != fold {
			t.Fatalf("textFoldedAlready(%q) = %q, %v; the fold gives %q", s, got, ok, fold)
		}
	}
}
