package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// textHasYearRef is textHasYear as it was before it skipped eight bytes
// without a digit at a time: a byte loop counting runs of digits.
func textHasYearRef(s string) bool {
	if strings.IndexByte(s, 0xef) >= 0 && hasFullWidth(s) {
		s = strings.Map(foldFullWidthDigit, s)
	}
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run >= 4 {
			y := s[i-run : i-run+2]
			if y == "19" || y == "20" || y == "21" {
				return true
			}
		}
		run = 0
	}
	return textShortYear(s)
}

// TestTextHasYearMatchesRef holds textHasYear to the byte loop on random
// lines of digits, years, letters, marks and bytes beyond ASCII (whose
// top bit must not make a digit of the byte after), and textDigits8 to a
// byte-by-byte test.
func TestTextHasYearMatchesRef(t *testing.T) {
	pieces := []string{"2024", "1999", "2101", "12", "3", "0", "19", "20", "9999", "a", "Mai", " ", ".", "/", "-",
		"\xb0", "\xff", "\xc0", "é", "２０２５", "年", "12.05.24", "1/2/03", "abcdefghij"}
	rng := rand.New(rand.NewPCG(29, 31))
	for range 100000 {
		var b strings.Builder
		for n := rng.IntN(20); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := textHasYear(s), textHasYearRef(s); got != want {
			t.Fatalf("textHasYear(%q) = %v, want %v", s, got, want)
		}
	}
	for range 100000 {
		x := rng.Uint64()
		if rng.IntN(2) == 0 {
			// Bytes near the digits and the top bit.
			x = x&0x0f0f0f0f0f0f0f0f | 0x3030303030303030 | x&0x8080808080808080
		}
		var want uint64
		for k := range 8 {
			if c := byte(x >> (8 * k)); '0' <= c && c <= '9' {
				want |= 0x80 << (8 * k)
			}
		}
		if got := textDigits8(x); got != want {
			t.Fatalf("textDigits8(%#x) = %#x, want %#x", x, got, want)
		}
	}
}
