package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// monthNumberMap is monthNumber as the map alone answers it.
func monthNumberMap(w string) (int, bool) {
	var buf [64]byte
	n, ok := monthNames().byName[string(lowerKey(buf[:], strings.TrimSuffix(w, ".")))]
	return n, ok
}

// TestMonthNumberAsMap holds the table of ASCII names to the map: on every
// name in three cases, on the corpus words, and on random words over the
// names' pieces, capitals, the Kelvin sign and letters past ASCII.
func TestMonthNumberAsMap(t *testing.T) {
	found := 0
	check := func(w string) {
		t.Helper()
		got, ok := monthNumber(w)
		want, wantOK := monthNumberMap(w)
		if got != want || ok != wantOK {
			t.Fatalf("monthNumber(%q) = %d, %v; the map gives %d, %v", w, got, ok, want, wantOK)
		}
		if ok {
			found++
		}
	}
	for w := range monthNames().byName {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + ".", w + "x", w[:len(w)-1], "x" + w} {
			check(v)
		}
	}
	forCorpusLines(t, func(s string) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
			check(w)
		}
	})
	pieces := []string{"jan", "Jan", "JAN", "uar", "y", "mär", "z", "ma", "i", "o", "okt", "ober", "\u212a", "é", "sept", "ember", "a", "l", "e", "."}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		n := 1 + rng.Intn(5)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
	if found < 500 {
		t.Errorf("only %d words found: the names are hardly tried", found)
	}
}
