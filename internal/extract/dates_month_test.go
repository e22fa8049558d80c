package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// monthNumber's first-letter check turns away no name: every name is
// found in lower case, capitalised and in capitals, with its dot.
func TestMonthNumberEveryName(t *testing.T) {
	for w, want := range monthNames().byName {
		r, n := utf8.DecodeRuneInString(w)
		vs := []string{w, string(unicode.ToUpper(r)) + w[n:], w + "."}
		if up := strings.ToUpper(w); strings.ToLower(up) == w {
			// Not "mayıs", whose capitals lower to another word.
			vs = append(vs, up)
		}
		for _, v := range vs {
			if got, ok := monthNumber(v); !ok || got != want {
				t.Errorf("monthNumber(%q) = %d, %v; want %d", v, got, ok, want)
			}
		}
	}
	for _, w := range []string{"", ".", "Quarter", "xyz", "Week", "über"} {
		if n, ok := monthNumber(w); ok {
			t.Errorf("monthNumber(%q) = %d, want none", w, n)
		}
	}
}
