package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanDateGatesByte is scanDateGates as it read every byte one at a
// time, kept as the reference of the eight-byte reading.
func scanDateGatesByte(s string) dateGates {
	g := dateGates{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1}
	run, year := 0, false
	iso, num, numAfter := false, false, false
	var all byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		all |= c
		if isDigitByte(c) {
			if run == 0 {
				numAfter = i > 0 && (isDateSep(s[i-1]) || i > 1 && isSpaceRE(s[i-1]) && isDateSep(s[i-2]))
			}
			run++
			if run == 4 {
				year = true
				num = num || numAfter
			}
			if g[gateShortYear] < 0 && i >= 7 && run >= 2 && s[i-2] == '.' && isDigitByte(s[i-3]) && isDigitByte(s[i-4]) && s[i-5] == '.' && isDigitByte(s[i-6]) && isDigitByte(s[i-7]) {
				g[gateShortYear] = 0
			}
		} else {
			iso = iso || run >= 4 && isDateSep(c)
			if run == 2 && i >= 3 && g[gateTwoDigitYear] < 0 {
				g[gateTwoDigitYear] = shortYearStart(s, i-3)
			}
			run = 0
		}
	}
	if run == 2 && len(s) >= 3 && g[gateTwoDigitYear] < 0 {
		g[gateTwoDigitYear] = shortYearStart(s, len(s)-3)
	}
	if !year {
		return g
	}
	if iso {
		g[gateISO] = 0
	}
	if num {
		g[gateNum] = 0
	}
	if all >= utf8.RuneSelf {
		g[gateCJK] = 0
	}
	monthGates(s, &g)
	return g
}

// TestScanDateGatesWords holds the eight-byte reading of scanDateGates to
// the byte by byte one, on the corpus lines and on random strings whose
// digits, separators and bytes past ASCII fall across the words' bounds.
func TestScanDateGatesWords(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := scanDateGates(s), scanDateGatesByte(s); got != want {
			t.Fatalf("scanDateGates(%q) = %v, want %v", s, got, want)
		}
	}
	forCorpusLines(t, check)
	pieces := []string{"1", "12", "2025", "19", ".", "/", "-", " ", "a", "abcdefg", "October ", "Okt.", "\xc3\xa9", "\x80", "年", "\u00a0", "9", "de ", "th"}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		n := rng.Intn(24)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
}
