package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// textContextRef is textContext as it stood before its two sweeps were
// fused (four sweeps, an array of neighbours per line, a separate pass for
// the near-good chains): the reference the rewrite must agree with.
func textContextRef(lines []tLine) {
	// orig and near share one allocation.
	buf := make([]tClass, 5*len(lines))
	orig := buf[:len(lines):len(lines)]
	for i := range lines {
		orig[i] = lines[i].class
	}
	// neighbour gives the class of the nearest line in direction d that
	// is not short (and, with skipNear, not near-good either); the page's
	// edges count as chrome. The four answers for every line are filled
	// in two sweeps, so that a page of many short lines costs linear time
	// rather than a scan per line.
	n := len(lines)
	near := buf[n:] // [prev any, prev skipNear, next any, next skipNear]
	prevAny, prevFar := tBad, tBad
	for i := 0; i < n; i++ {
		near[4*i], near[4*i+1] = prevAny, prevFar
		if c := orig[i]; c != tShort {
			prevAny = c
			if c != tNear {
				prevFar = c
			}
		}
	}
	nextAny, nextFar := tBad, tBad
	for i := n - 1; i >= 0; i-- {
		near[4*i+2], near[4*i+3] = nextAny, nextFar
		if c := orig[i]; c != tShort {
			nextAny = c
			if c != tNear {
				nextFar = c
			}
		}
	}
	neighbour := func(i, d int, skipNear bool) tClass {
		k := 4 * i
		if d > 0 {
			k += 2
		}
		if skipNear {
			k++
		}
		return near[k]
	}
	// A stretch of several near-good sentences in a row, each its own
	// paragraph (a photo essay's captions, a post of short paragraphs),
	// is prose on its own, whatever stands around it. A sidebar's blurbs
	// come between short link titles, and a list of recent comments has
	// no empty line between its items.
	chain := make([]bool, n)
	for i := 0; i < n; {
		if orig[i] != tNear {
			i++
			continue
		}
		j, count, sum := i, 0, 0
		for j < n && orig[j] == tNear && (j == i || lines[j].blankBefore) {
			if textCaptionEnd(&lines[j]) {
				count++
				sum += lines[j].eff()
			}
			j++
		}
		if count >= textChainLines && count*4 >= (j-i)*3 && sum >= textChainEff {
			for k := i; k < j; k++ {
				chain[k] = true
			}
		}
		i = j
	}
	out := make([]tClass, len(lines))
	for i := range lines {
		c := orig[i]
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
			p, n := neighbour(i, -1, true), neighbour(i, 1, true)
			if p == tBad && n == tBad && !chain[i] {
				c = tBad
			} else {
				c = tGood
			}
		}
		out[i] = c
	}
	for i := range lines {
		lines[i].class = out[i]
	}
}

// TestTextContextMatchesFormer compares textContext with its former
// version on random pages of all four classes, with empty lines, stops and
// lengths varied so that near-good chains form and break.
func TestTextContextMatchesFormer(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	texts := []string{"", "Short", "A caption here.", "Ends in a credit. (Ann Lee/Reuters)", "No stop (bracket)",
		strings.Repeat("word ", 30) + "end.", strings.Repeat("x", 150)}
	chains := 0
	for trial := 0; trial < 20000; trial++ {
		n := r.IntN(30)
		a := make([]tLine, n)
		// Half the pages have no good line, so that a chain alone
		// decides whether near-good lines between chrome are prose.
		kinds := 4 - trial%2
		for i := range a {
			l := &a[i]
			l.class = tClass(r.IntN(kinds))
			if r.IntN(2) == 0 {
				l.class = tNear
			}
			l.text = texts[r.IntN(len(texts))]
			l.runes = len(l.text)
			l.endStop = strings.HasSuffix(l.text, ".") && r.IntN(4) != 0
			l.blankBefore = r.IntN(5) != 0
		}
		b := make([]tLine, n)
		copy(b, a)
		orig := classesOf(a)
		for i := 0; i < n; i++ {
			if _, ok := textNearChain(a, orig, i); ok && orig[i] == tNear && kinds == 3 {
				chains++
			}
		}
		textContextRef(a)
		textContext(b)
		for i := range a {
			if a[i].class != b[i].class {
				t.Fatalf("trial %d line %d: got %v, want %v", trial, i, b[i].class, a[i].class)
			}
		}
	}
	if chains == 0 {
		t.Fatal("no page held a chain of near-good lines: the test does not reach that rule")
	}
}

func classesOf(lines []tLine) []tClass {
	out := make([]tClass, len(lines))
	for i := range lines {
		out[i] = lines[i].class
	}
	return out
}

// TestTextNthMatchesSort compares textNth with the sorted slice's element
// on random slices with many equal values, as stop-word densities have.
func TestTextNthMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 9))
	for trial := 0; trial < 20000; trial++ {
		n := 1 + r.IntN(60)
		a := make([]float64, n)
		for i := range a {
			a[i] = float64(r.IntN(1+r.IntN(12))) / float64(1+r.IntN(4))
		}
		k := r.IntN(n)
		b := slices.Clone(a)
		slices.Sort(b)
		if got := textNth(a, k); got != b[k] {
			t.Fatalf("textNth(%v, %d) = %v, sorted %v", b, k, got, b[k])
		}
	}
}
