package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// dateScan gives hasYear's answer, and finds every byte outside ASCII.
func TestDateScan(t *testing.T) {
	check := func(s string) {
		t.Helper()
		year, wide := dateScan(s)
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ascii = false
			}
		}
		if year != hasYear(s) || wide == ascii {
			t.Fatalf("dateScan(%q) = %v, %v; hasYear %v, ASCII %v", s, year, wide, hasYear(s), ascii)
		}
	}
	for _, s := range []string{"", "2025", "202", "18.10.25", "30/10/23", "1.2.3", "no year", "\u00a0", "２０２５", "x\xff", "12 34"} {
		check(s)
	}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range []string{"1", "12", ".", "/", " ", "a", "\xc3\xa9", "\x80"} {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
	forCorpusLines(t, check)
}

// TestDateScanRandom checks dateScan against hasYear on random strings
// long enough for its eight-byte reads, digits across their bounds.
func TestDateScanRandom(t *testing.T) {
	pieces := []string{"1", "12", "2025", ".", "/", " ", "a", "abcdefg", "\xc3\xa9", "\x80", "\xb0", "\xb9", "9"}
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		n := rng.Intn(24)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		year, wide := dateScan(s)
		if year != hasYear(s) || wide != (strings.IndexFunc(s, func(r rune) bool { return r >= 0x80 }) >= 0) {
			t.Fatalf("dateScan(%q) = %v, %v; hasYear %v", s, year, wide, hasYear(s))
		}
	}
}
