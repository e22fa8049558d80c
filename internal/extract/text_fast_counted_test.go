package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTextMayNameComments checks the gate before textCountedComments: it
// lets through every line that counts comments, each comment word in
// its cases, before or after its count.
func TestTextMayNameComments(t *testing.T) {
	counted, turned := 0, 0
	lines := []string{"Share 12", "12 shares", "Page 3 of 7", "Comment 2020 policy", "2 Kommentare"}
	for w := range textCommentWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			lines = append(lines, "12 "+v, v+" (3)", "{ 18 "+v+"… read them }", v+": 0", "x"+v+" 4")
		}
	}
	for _, s := range lines {
		l := tLine{text: s}
		l.measure()
		t0 := textForMatch(&l)
		if textCountedComments(t0, l.words) {
			counted++
			if !textMayNameComments(&l) {
				t.Errorf("textMayNameComments(%q) turns away a count of comments", s)
			}
		} else if !textMayNameComments(&l) {
			turned++
		}
	}
	if counted == 0 || turned == 0 {
		t.Fatalf("cases not exercised: %d counted, %d turned away", counted, turned)
	}
}

// TestTextMinimalGramsAgree checks that the pruned sets of pairs answer
// as all the words' sets do: for sets of pairs made of the words' own,
// with some pairs dropped or added, some set holds it in both lists or in
// neither.
func TestTextMinimalGramsAgree(t *testing.T) {
	var all []uint64
	for w, ok := range textCommentWords {
		if ok {
			all = append(all, textGrams(w))
		}
	}
	min := textMinimalGrams(textCommentWords)
	if len(min) >= len(all) {
		t.Fatalf("%d sets kept of %d: nothing pruned", len(min), len(all))
	}
	holds := func(gs []uint64, g uint64) bool {
		for _, m := range gs {
			if g&m == m {
				return true
			}
		}
		return false
	}
	rng := rand.New(rand.NewSource(5))
	hit := 0
	for range 200000 {
		g := all[rng.Intn(len(all))]
		switch rng.Intn(3) {
		case 0:
			g &^= 1 << rng.Intn(64)
		case 1:
			g |= rng.Uint64() & rng.Uint64()
		}
		if holds(all, g) != holds(min, g) {
			t.Fatalf("pairs %#x: all words say %v, the pruned sets %v", g, holds(all, g), holds(min, g))
		}
		if holds(all, g) {
			hit++
		}
	}
	if hit == 0 {
		t.Fatal("no set of pairs held a word")
	}
}
