package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCharSetAsContainsAny(t *testing.T) {
	sets := []struct {
		set   *charSet
		chars string
	}{
		{bylineSepChars, "|·•~"},
		{askChars, "?!"},
		{notNamesChars, "?!\"“”„"},
		{notNameChars, ".:;!?()[]{}<>|@/\\\"“”"},
		{notInitialsChars, ":;!?()[]{}<>|@/\\\"“”"},
		{blankChars, " \t"},
		{newCharSet(""), ""},
		{newCharSet("\ufffd"), "\ufffd"},
	}
	check := func(s string) {
		t.Helper()
		for _, c := range sets {
			if got, want := c.set.in(s), strings.ContainsAny(s, c.chars); got != want {
				t.Fatalf("charSet(%q).in(%q) = %v, strings.ContainsAny says %v", c.chars, s, got, want)
			}
		}
	}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range []string{"a", " ", "\t", "|", "·", "•", "~", "?", "“", "„", "\\", "\xc2", "\xb7", "\xff", "\ufffd", "作"} {
			walk(s+c, n-1)
		}
	}
	walk("", 4)
	// Eight bytes are read at a time: each member, and a rune past
	// ASCII, at each place of a longer string.
	for _, m := range []string{"|", "·", "•", "~", "?", "!", "\"", "“", " ", "\t", ".", "\xff", "\xc2", "作", "\ufffd"} {
		for _, fill := range []string{"abcdefghijklmnopqrstuvwxyz", "äbcdéfghijklmnöpqrstüvwxyz", "ab作cdefghijklmnopqrstuvwxyz"} {
			for i := 0; i <= len(fill); i++ {
				check(fill[:i] + m + fill[i:])
				check(fill[:i] + m)
			}
		}
	}
	forCorpusLines(t, check)
}

func TestRunesOverAsCount(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "äb", "\xff\xfe", "作者", "作者：张三", strings.Repeat("ä", 70), strings.Repeat("a", 121)} {
		for n := range 150 {
			if got, want := runesOver(s, n), utf8.RuneCountInString(s) > n; got != want {
				t.Fatalf("runesOver(%q, %d) = %v, the count says %v", s, n, got, want)
			}
		}
	}
}
