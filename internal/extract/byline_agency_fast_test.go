package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// mayHoldAgencyCalls is mayHoldAgency as it asked mayAt at every part's
// start, kept as the reference of the pair read in the loop.
func mayHoldAgencyCalls(s string) bool {
	x := agencyStarts()
	for p := 0; p < len(s); p++ {
		if (p == 0 || agencyBoundary[s[p-1]]) && x.mayAt(s, p) {
			return true
		}
	}
	return false
}

// TestMayHoldAgencyAsCalls holds mayHoldAgency to the former loop on the
// corpus lines and on random strings over agency names in both cases,
// boundaries, letters past ASCII and bytes that fold by |0x20 alone.
func TestMayHoldAgencyAsCalls(t *testing.T) {
	n := 0
	check := func(s string) {
		t.Helper()
		got, want := mayHoldAgency(s), mayHoldAgencyCalls(s)
		if got != want {
			t.Fatalf("mayHoldAgency(%q) = %v, want %v", s, got, want)
		}
		if got {
			n++
		}
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			ab := string([]byte{byte(a), byte(b)})
			for _, f := range []string{"%s", "x %s", "%sz", "(%sa", "%sp"} {
				check(strings.ReplaceAll(f, "%s", ab))
			}
		}
	}
	forCorpusLines(t, check)
	pieces := []string{"ap", "AP", "Ap", "dpa", "DPA", "reuters", "Reu", "the ", "The ", "\u212aNA", "red.", " ", ",", "-", "(", ")", "x", "1", "@", "`", "[", "{", "é", "\x00", " und ", "pa", "afp", "AFP/dpa"}
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		k := rng.Intn(10)
		for j := 0; j < k; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
	if n == 0 {
		t.Error("no string let through: the names are hardly tried")
	}
}
