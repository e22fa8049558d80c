package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTextRepIndexSame checks the length index answers as textRepeated
// does, line by line, on pages of lines that often hold one another in
// another casing, around the length bounds.
func TestTextRepIndexSame(t *testing.T) {
	words := []string{"Wahl", "WAHL", "in", "Berlin", "BERLIN", "ÜBER", "über", "ß", "İstanbul", "a", "ΣΟΦΙΑ", "σοφία", "»", "entschieden"}
	rng := rand.New(rand.NewSource(7))
	hits := 0
	for p := range 300 {
		var b strings.Builder
		// A few pages have more lines than the index holds without an
		// allocation.
		n := 1 + rng.Intn(40)
		if p%50 == 0 {
			n = 520 + rng.Intn(200)
		}
		for k := range n {
			if k > 0 {
				b.WriteByte('\n')
			}
			for w := range 1 + rng.Intn(1+rng.Intn(130)) {
				if w > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[rng.Intn(len(words))])
			}
		}
		page := b.String()
		lines := textSplitLines(page)
		for k := range lines {
			lines[k].measure()
		}
		var x textRepIndex
		for i := range lines {
			want := textRepeated(lines, i)
			if got := x.repeated(lines, i); got != want {
				t.Fatalf("line %d %q of %q: index says %v, textRepeated %v", i, lines[i].text, page, got, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Fatal("no line repeated: the test compares nothing")
	}
}

// textRepeated is the former reader textRepIndex.repeated replaced, kept
// as its reference: whether line i's text is printed elsewhere on the page
// too (case aside), comparing it with every line in turn.
func textRepeated(lines []tLine, i int) bool {
	if len(lines[i].text) < 12 {
		return false
	}
	// Lines are lower-cased when first compared, once (tLine.lowered): the
	// length window below lets few through. Two lines that fold are
	// compared as they stand, capitals folded (textHasFoldPrefix), with
	// no copy: each is its copy but for the ASCII capitals, byte for byte.
	li := &lines[i]
	fold := li.fold && !li.lowOK
	t := li.text
	if !fold {
		t = li.lowered()
	}
	g := li.lowGrams()
	for j := range lines {
		n := len(lines[j].text)
		if j == i || n < len(t) || n > 3*len(t)+40 || n >= 400 {
			continue
		}
		// Most lines lack some byte pair of t: no copy, no search.
		if lines[j].lowGrams()&g != g {
			continue
		}
		if fold && lines[j].fold && !lines[j].lowOK {
			if textContainsFold(lines[j].text, t) {
				return true
			}
			continue
		}
		if strings.Contains(lines[j].lowered(), li.lowered()) {
			return true
		}
	}
	return false
}
