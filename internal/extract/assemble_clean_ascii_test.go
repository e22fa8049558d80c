package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCleanFieldASCIIAgrees checks that the strings cleanField leaves to
// metaSpace without mapping are the ones strings.Map would not change.
func TestCleanFieldASCIIAgrees(t *testing.T) {
	pieces := []string{"a", "Z", " ", "~", "\x7f", "\x1f", "\t", "\n", "\u00a0", "\u200b", "\ufeff", "\u0085", "é", "\xff", "\xc2", "&amp;", "<b>"}
	rng := rand.New(rand.NewSource(17))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(6) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if printableASCII(s) && strings.Map(cleanFieldRune, s) != s {
			t.Fatalf("printableASCII(%q) but strings.Map changes it", s)
		}
	}
	for c := 0; c < 256; c++ {
		s := string([]byte{'a', byte(c), 'b'})
		if want := strings.Map(cleanFieldRune, s) == s && c >= ' ' && c < 0x80 && c != 0x7f; printableASCII(s) != want {
			t.Errorf("printableASCII(%q) = %v", s, !want)
		}
	}
}
