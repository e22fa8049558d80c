package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// repeatsFieldRef is the former repeatsField, which folded the whole
// block first: the reference of the one that folds as it compares.
func repeatsFieldRef(text string, fields []string) bool {
	k := foldKey(text)
	if k == "" {
		return false
	}
	for _, f := range fields {
		if f != "" && k == f {
			return true
		}
	}
	if utf8.RuneCountInString(text) <= 60 {
		if m, ok := findDate(text); ok {
			rest := text[:m.start] + " " + text[m.end:]
			if dateWordsOnly(rest) {
				return true
			}
		}
	}
	return false
}

func TestFoldKeyIsAgrees(t *testing.T) {
	pieces := []string{"", "a", "B", "é", "É", "İ", "ß", "ẞ", "中", "٣", "7", " ", "-", "\xff", "\xe2\x82", "Σ", "ς", "\u212a", "ǅ",
		"Published 12 March 2024", "Jane Doe", "Breaking: Storm hits coast", "UPDATED", "By Max Muster", "·"}
	rng := rand.New(rand.NewSource(5))
	for range 20000 {
		var a, b strings.Builder
		for range rng.Intn(6) {
			a.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if rng.Intn(3) == 0 {
			b.WriteString(a.String())
			if rng.Intn(2) == 0 {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
		} else {
			for range rng.Intn(6) {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
		}
		s, k := a.String(), foldKey(b.String())
		if got, want := foldKeyIs(s, k), foldKey(s) == k; got != want {
			t.Fatalf("foldKeyIs(%q, %q) = %v, want %v", s, k, got, want)
		}
		if got, want := foldKeyEmpty(s), foldKey(s) == ""; got != want {
			t.Fatalf("foldKeyEmpty(%q) = %v, want %v", s, got, want)
		}
		fields := []string{k, "", foldKey(pieces[rng.Intn(len(pieces))])}
		if got, want := repeatsField(s, fields), repeatsFieldRef(s, fields); got != want {
			t.Fatalf("repeatsField(%q, %q) = %v, want %v", s, fields, got, want)
		}
	}
}
