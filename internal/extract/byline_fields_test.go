package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestForFieldsAsFields holds forFields to strings.Fields on every byte
// alone and on random strings over white space in and past ASCII,
// letters and invalid bytes.
func TestForFieldsAsFields(t *testing.T) {
	check := func(s string) {
		t.Helper()
		var got []string
		forFields(s, func(w string) bool { got = append(got, w); return true })
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("forFields(%q) gives %q, strings.Fields %q", s, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		check("a" + string([]byte{byte(c)}) + "b")
		if unicode.IsSpace(rune(c)) != (c < 0x80 && fieldSpaceASCII(byte(c)) || c >= 0x80 && unicode.IsSpace(rune(c))) {
			t.Fatalf("fieldSpaceASCII(%#x)", c)
		}
	}
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x0e", "\u00a0", "\u2009", "\u3000", "\u0085", "a", "Jane", "é", "\xff", "\xc2", "x"}
	rng := rand.New(rand.NewSource(17))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		n := rng.Intn(8)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
}
