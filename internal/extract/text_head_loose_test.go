package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestTextLooseGates holds the gates of textLooseDate and textGluedYear
// to the expressions: on random texts of digits, years, bars, slashes,
// spaces, letters and marks, the loose gate is true wherever the
// expression matches, and textGluedYearIndex answers as the expression
// run on every text with a run of five digits did.
func TestTextLooseGates(t *testing.T) {
	pieces := []string{"0", "1", "2", "9", "19", "20", "2022", "1999", "26", "5", " ", " ", "|", "/", " | ", " / ", "a", "Mai", "é", "Dezember", ":", ".", "_", "-", "00:00"}
	rng := rand.New(rand.NewSource(5))
	run5 := func(s string) bool {
		run := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				run = 0
			} else if run++; run == 5 {
				return true
			}
		}
		return false
	}
	loose, glued := 0, 0
	// Half the texts are the loose form's parts, each one at times put
	// out or swapped for another piece.
	parts := [][]string{{"", "x", "3"}, {"26", "5", "123"}, {"", " "}, {"|", "/"}, {"", " "}, {"01", "Mai", "é"}, {"", " "}, {"|", "/"}, {"", " "}, {"2022", "1999", "2100"}, {"", "a", "5", "|"}}
	for i := range 200000 {
		var b strings.Builder
		if i%2 == 1 {
			for _, p := range parts {
				switch rng.Intn(8) {
				case 0:
				case 1:
					b.WriteString(pieces[rng.Intn(len(pieces))])
				default:
					b.WriteString(p[rng.Intn(len(p))])
				}
			}
		} else {
			for range 1 + rng.Intn(10) {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
		}
		s := b.String()
		if textLooseDate.MatchString(s) {
			loose++
			if !textLooseGate(s) {
				t.Fatalf("textLooseGate(%q) is false; textLooseDate matches", s)
			}
		}
		var want []int
		if run5(s) {
			want = textGluedYear.FindStringSubmatchIndex(s)
		}
		if want != nil {
			glued++
		}
		if got := textGluedYearIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("textGluedYearIndex(%q) = %v, want %v", s, got, want)
		}
	}
	if loose < 1000 || glued < 1000 {
		t.Fatalf("the random texts matched too seldom to test the gates: %d loose, %d glued", loose, glued)
	}
}
