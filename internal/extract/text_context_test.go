package extract

import (
	"math/rand/v2"
	"testing"
)

// naiveContext is jusText's neighbour rule written as the definition
// reads, scanning from each line; textContext must agree with it while
// answering every line in linear time.
func naiveContext(orig []tClass) []tClass {
	neighbour := func(i, d int, skipNear bool) tClass {
		for j := i + d; j >= 0 && j < len(orig); j += d {
			if c := orig[j]; c != tShort && !(skipNear && c == tNear) {
				return c
			}
		}
		return tBad
	}
	out := make([]tClass, len(orig))
	for i, c := range orig {
		switch c {
		case tShort:
			p, n := neighbour(i, -1, true), neighbour(i, 1, true)
			switch {
			case p == tGood && n == tGood:
				c = tGood
			case p == tBad && n == tBad:
				c = tBad
			case p == tBad && neighbour(i, -1, false) == tNear, n == tBad && neighbour(i, 1, false) == tNear:
				c = tGood
			default:
				c = tBad
			}
		case tNear:
			if neighbour(i, -1, true) == tBad && neighbour(i, 1, true) == tBad {
				c = tBad
			} else {
				c = tGood
			}
		}
		out[i] = c
	}
	return out
}

func TestTextContextMatchesDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		n := r.IntN(40)
		orig := make([]tClass, n)
		lines := make([]tLine, n)
		for i := range orig {
			orig[i] = tClass(r.IntN(4))
			lines[i].class = orig[i]
		}
		want := naiveContext(orig)
		textContext(lines)
		for i := range lines {
			if lines[i].class != want[i] {
				t.Fatalf("classes %v: line %d got %v, want %v", orig, i, lines[i].class, want[i])
			}
		}
	}
}
