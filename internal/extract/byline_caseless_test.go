package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// caselessScriptRunes is caselessScript reading every rune, kept as the
// reference of its ASCII answer.
func caselessScriptRunes(s string) bool {
	letters, caseless := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if !unicode.IsUpper(r) && !unicode.IsLower(r) {
			caseless++
		}
	}
	return letters > 0 && caseless*2 > letters
}

// TestCaselessScriptASCII holds caselessScript to the rune by rune
// reading on every byte alone and on random strings of ASCII and
// caseless, cased and invalid runes.
func TestCaselessScriptASCII(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := caselessScript(s), caselessScriptRunes(s); got != want {
			t.Fatalf("caselessScript(%q) = %v, want %v", s, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		check(string([]byte{byte(c)}))
		check("a" + string([]byte{byte(c)}))
	}
	pieces := []string{"a", "B", " ", "1", ".", "张", "三", "기자", "é", "ª", "\xff", "ا", "Jane"}
	rng := rand.New(rand.NewSource(19))
	found := 0
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		n := rng.Intn(6)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
		if caselessScript(b.String()) {
			found++
		}
	}
	if found == 0 {
		t.Error("no caseless string tried")
	}
}
