package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// metaFoldedRef is metaFolded as it was before it read eight ASCII bytes
// at a time and the bytes that cannot begin a white space rune one at a
// time: the reference.
func metaFoldedRef(s string) bool {
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' && !space {
				space = true
				continue
			}
			if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false
			}
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += n
		space = false
	}
	return !space
}

// TestMetaFoldedReference compares metaFolded with the reference on
// random strings of white space, letters, broken and whole sequences.
func TestMetaFoldedReference(t *testing.T) {
	pieces := []string{"a", "Z", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x00", "\x1f", "\x7f", "ж", "中", "😀",
		"\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
		"\xc2", "\xe1", "\xe2", "\xe2\x80", "\xe3\x80", "\x80", "\xa0", "\xff", "\xf0\x9f", "\u00c2", "\u2060"}
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 300000; i++ {
		var b strings.Builder
		n := rng.Intn(24)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := metaFolded(s), metaFoldedRef(s); got != want {
			t.Fatalf("metaFolded(%q) = %v, the reference says %v", s, got, want)
		}
	}
	// Every rune of the first planes, alone and between letters.
	for r := rune(0); r < 0x10000; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b", "a " + string(r), "abc defg" + string(r) + "hij klmn", "abc defg " + string(r)} {
			if got, want := metaFolded(s), metaFoldedRef(s); got != want {
				t.Fatalf("metaFolded(%q) = %v, the reference says %v", s, got, want)
			}
		}
	}
}
