package extract

import (
	"strings"
	"testing"
)

// The fast paths kept for speed must give what the plain code they
// replaced gives.

func TestMetaSpaceAsFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", " a b c ",
		"a\u00a0b", "a\u3000b", "a\u0085b", "a\u2003 b", "\u00a0", "é è", "a \u200bb",
		"x\xffy", "x \xff y", "already folded text", "two  spaces", "trailing\n",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := metaSpace(s); got != want {
			t.Errorf("metaSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestMetaSpaceAllShort(t *testing.T) {
	alphabet := []string{"a", " ", "\t", "\u00a0", "\xff", "é"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if want := strings.Join(strings.Fields(s), " "); metaSpace(s) != want {
			t.Fatalf("metaSpace(%q) = %q, want %q", s, metaSpace(s), want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
}
