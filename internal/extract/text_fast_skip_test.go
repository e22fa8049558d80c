package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTextSkipMatcherAgrees checks the sliding window against a plain
// search of every phrase: on the lines made to hit the phrase lists,
// and on random strings of phrase pieces, so that phrases start at every
// offset of a window, overlap and stand at both ends.
func TestTextSkipMatcherAgrees(t *testing.T) {
	lists := map[uint8][]string{
		textGroupCopy: textCopyPhrases, textGroupCookie: {"cookie"}, textGroupBoiler: textBoilerPhrases,
	}
	w := textFlagMatcher()
	plain := func(s string) uint8 {
		lower := textFoldASCII(s)
		var g uint8
		for k, list := range lists {
			for _, p := range list {
				if strings.Contains(lower, p) {
					g |= k
				}
			}
		}
		return g
	}
	hits := 0
	check := func(s string) {
		want := plain(s)
		if got := w.scan(s); got != want {
			t.Fatalf("scan(%q) = %03b, want %03b", s, got, want)
		}
		// Every set of groups, each with its own window.
		for g := w.all; g != 0; g = (g - 1) & w.all {
			if got := w.scanFor(s, g); got != want&g {
				t.Fatalf("scanFor(%q, %03b) = %03b, want %03b", s, g, got, want&g)
			}
		}
		if want != 0 {
			hits++
		}
	}
	for _, s := range textFlagLines() {
		check(s)
		check(strings.ToLower(s))
	}
	var pieces []string
	for _, list := range lists {
		for _, p := range list {
			pieces = append(pieces, p, strings.ToUpper(p), p[:len(p)/2], p[len(p)/2:])
		}
	}
	pieces = append(pieces, " ", "a", "xy", "the ", "é", "中")
	rng := rand.New(rand.NewSource(3))
	for range 50000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
	if hits == 0 {
		t.Fatal("no phrase found: cases not exercised")
	}
}
