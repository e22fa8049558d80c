package extract

import "unicode/utf8"

// cleanFieldKeeps reports whether strings.Map(cleanFieldRune, s) is s:
// s is valid UTF-8 and holds none of the runes cleanFieldRune changes
// (the C0 and C1 controls and DEL, U+00A0, U+200B, U+FEFF). Fields are
// read in every language, and strings.Map called cleanFieldRune through
// a function value for each rune of each of them, to change nothing in
// nearly all: this reads eight ASCII bytes at a time, and two- and
// three-byte sequences in place.
func cleanFieldKeeps(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			x := textLoad8(s, i)
			if x&swarHigh == 0 && swarBelow(x, 0x20)|swarEqual(x, 0x7f) == 0 {
				i += 8
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if c < ' ' || c == 0x7f {
				return false
			}
			i++
		case c >= 0xC2 && c <= 0xDF:
			// U+0080 to U+00A0 (the C1 controls and the no-break
			// space) are C2 80 to C2 A0.
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 || c == 0xC2 && s[i+1] <= 0xA0 {
				return false
			}
			i += 2
		case c >= 0xE0 && c <= 0xEF:
			if i+2 >= len(s) {
				return false
			}
			c1, c2 := s[i+1], s[i+2]
			lo, hi := byte(0x80), byte(0xBF)
			switch c {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			}
			if c1 < lo || c1 > hi || c2&0xC0 != 0x80 {
				return false
			}
			// U+200B is E2 80 8B, U+FEFF EF BB BF.
			if c == 0xE2 && c1 == 0x80 && c2 == 0x8B || c == 0xEF && c1 == 0xBB && c2 == 0xBF {
				return false
			}
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				return false
			}
			// Four-byte sequences hold no rune cleanFieldRune changes.
			i += n
		}
	}
	return true
}
