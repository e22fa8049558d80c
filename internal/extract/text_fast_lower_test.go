package extract

import (
	"strings"
	"testing"
)

// textLowerIn answers as a look-up of strings.ToLower does, for ASCII
// words, words with other runes and words longer than the stack buffer.
func TestTextLowerInAgrees(t *testing.T) {
	m := map[string]bool{"said": true, "schrieb": true, "über": true, "días": true, strings.Repeat("a", 40): true}
	words := []string{"said", "SAID", "Said", "said,", "Schrieb", "ÜBER", "über", "DÍAS", "", "x",
		strings.Repeat("A", 40), strings.Repeat("A", 39), "\u212a", "İ"}
	for _, w := range words {
		if got, want := textLowerIn(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("textLowerIn(%q) = %v, want %v", w, got, want)
		}
	}
}
