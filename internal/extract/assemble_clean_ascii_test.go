package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCleanFieldKeepsAgrees checks cleanFieldKeeps against strings.Map
// itself: on random strings of pieces chosen around the runes it must
// see (controls, the mapped runes and their neighbours, bounds of the
// UTF-8 sequences, truncated and invalid ones), on every one- and
// two-byte string, and on every three-byte sequence after ASCII.
func TestCleanFieldKeepsAgrees(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if want := strings.Map(cleanFieldRune, s) == s; cleanFieldKeeps(s) != want {
			t.Fatalf("cleanFieldKeeps(%q) = %v, strings.Map keeps it: %v", s, !want, want)
		}
	}
	pieces := []string{"a", "Z", " ", "~", "\x7f", "\x1f", "\x00", "\t", "\n", "abcdefgh", "abcdefg\n",
		"\u0080", "\u009f", "\u00a0", "\u00a1", "\u00ff", "\u0100", "\u07ff", "\u0800", "\u200a", "\u200b", "\u200c",
		"\ufefe", "\ufeff", "\uffff", "\ufffd", "\U00010000", "\U0010ffff", "é", "日本語",
		"\xff", "\xc2", "\xc1\xbf", "\xe2\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "\x80"}
	rng := rand.New(rand.NewSource(23))
	for range 200000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
	for c := 0; c < 256; c++ {
		check(string([]byte{byte(c)}))
		for d := 0; d < 256; d++ {
			check(string([]byte{byte(c), byte(d)}))
		}
	}
	for c := 0xE0; c < 0x100; c++ {
		for d := 0x70; d < 0xD0; d++ {
			for e := 0x70; e < 0xD0; e++ {
				check(string([]byte{'a', byte(c), byte(d), byte(e)}))
				check(string([]byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', byte(c), byte(d), byte(e), 'x'}))
			}
		}
	}
}
