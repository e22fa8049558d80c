package extract

import (
	"unicode"
	"unicode/utf8"
)

// foldKeyIs reports whether foldKey(s) == k, reading s only as far as it
// agrees with k and making no copy.
func foldKeyIs(s, k string) bool {
	j := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				continue
			}
			if j >= len(k) || k[j] != c {
				return false
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [utf8.UTFMax]byte
			w := utf8.EncodeRune(buf[:], r)
			if len(k)-j < w || k[j:j+w] != string(buf[:w]) {
				return false
			}
			j += w
		}
	}
	return j == len(k)
}

// foldKeyEmpty reports whether foldKey(s) == "": s holds no letter and
// no digit once lower-cased.
func foldKeyEmpty(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
