package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTextSharePairsGate holds the pair gate to textShareOnlyIn: on
// random short lines of share words in any case, counts, separators,
// marks and other words, the gate never says no where textShareOnlyIn
// says yes; and it does turn away lines of prose.
func TestTextSharePairsGate(t *testing.T) {
	gate, share := textSharePairGate(), textShareSet()
	var words []string
	for w := range textShareWords() {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	words = append(words, "12", "1.2k", "3M", "+5", "..", "!", ".", "Hello", "world", "the", "néant", "東京", "x", "X.", "a")
	seps := []string{" ", "/", "|", ",", "(", ")", ":", ". ", "! ", "", " · "}
	rng := rand.New(rand.NewPCG(13, 17))
	yes := 0
	for range 200000 {
		var b strings.Builder
		if rng.IntN(4) == 0 {
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		for n := 1 + rng.IntN(4); n > 0; n-- {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		s := b.String()
		if textShareOnlyIn(share, s) {
			yes++
			if !gate.may(s) {
				t.Fatalf("the gate turns away %q, a share-bar line", s)
			}
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d share-bar lines drawn", yes)
	}
	for _, s := range []string{"Hello world", "Nach dem Spiel", "Juni 2024", "Zur Startseite", "néant"} {
		if gate.may(s) {
			t.Errorf("the gate lets %q through", s)
		}
	}
}

// TestTextAdPairGate holds the advertisement labels' gate to the look-up
// it stands before, on every label in any case with marks and dashes
// around it, and on random lines of label words and others.
func TestTextAdPairGate(t *testing.T) {
	gate, ad := textAdPairGate(), textAdSet()
	var words []string
	for w := range textAdLines {
		if len(w) < 2 {
			t.Fatalf("label %q is shorter than the gate reads", w)
		}
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	words = append(words, "Hello", "world", "the", "néant", "東京", "a", "ad")
	marks := []string{"", " ", ".", ":", "-", "–", "—", "(", ")", "[", "]", " - ", "— "}
	rng := rand.New(rand.NewPCG(19, 23))
	yes := 0
	for range 100000 {
		var b strings.Builder
		b.WriteString(marks[rng.IntN(len(marks))])
		for n := 1 + rng.IntN(2); n > 0; n-- {
			b.WriteString(words[rng.IntN(len(words))])
			if n > 1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(marks[rng.IntN(len(marks))])
		s := b.String()
		if ad.has(textTrimAdLabel(s)) {
			yes++
			if !gate.may(s) {
				t.Fatalf("the gate turns away %q, an advertisement label", s)
			}
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d labels drawn", yes)
	}
	for _, s := range []string{"Hello world", "Nach dem Spiel", "Juni 2024"} {
		if gate.may(s) {
			t.Errorf("the gate lets %q through", s)
		}
	}
}
