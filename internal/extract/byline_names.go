package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The name list of a credit was split by an expression,
// \s*(?:[,;&/|、，()\[\]]|\s(?i:and|und|et|y|e|en|og|och|i|oraz|и|ve|u\.)\s)\s*,
// on every line isByline looked at. appendNameList splits it by hand,
// exactly as that expression with ReplaceAllString did (leftmost match,
// white space of the class \s taken greedily on both sides), without
// allocating for short lists.

// nameJoinWords are the joining words, matched without regard to case.
var nameJoinWords = [...]string{"and", "und", "et", "y", "e", "en", "og", "och", "i", "oraz", "и", "ve", "u."}

// nameSepAt returns the length of the separator at s[i:], 0 when none.
func nameSepAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ',', ';', '&', '/', '|', '(', ')', '[', ']':
		return 1
	case 0xE3, 0xEF: // the lead bytes of "、" and "，"
		if strings.HasPrefix(s[i:], "、") || strings.HasPrefix(s[i:], "，") {
			return 3
		}
	}
	return 0
}

// nameJoinAt returns the end of a joining word at s[i:] that white space
// follows, 0 when there is none.
func nameJoinAt(s string, i int) int {
	e := i
	for e < len(s) && e-i <= maxNameJoinLen && !isSpaceRE(s[e]) {
		e++
	}
	if e == len(s) || e == i || e-i > maxNameJoinLen || !isSpaceRE(s[e]) {
		return 0
	}
	// A word of ASCII is one of them as its capitals lower-cased: no rune
	// past ASCII folds with an ASCII letter of theirs (the test).
	var low [maxNameJoinLen]byte
	for k := i; k < e; k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			// Past ASCII only the Kelvin sign and the long s fold with
			// ASCII letters (k and s), which no joining word holds: a word
			// with such a byte can only be "и", as "и" or "И" alone fold.
			if w := s[i:e]; w == "и" || w == "И" {
				return e
			}
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k-i] = c
	}
	switch string(low[:e-i]) {
	case "and", "und", "et", "y", "e", "en", "og", "och", "i", "oraz", "ve", "u.":
		return e
	}
	return 0
}

// maxNameJoinLen bounds the bytes of the joining words ("oraz"). A word
// strings.EqualFold pairs with one of them is no longer: the runes folding
// alike with their letters are as long in UTF-8 as the letters (the longer
// ones, the Kelvin sign and the long s, fold with k and s, which none
// holds).
const maxNameJoinLen = 4

// appendNameList appends to out the parts of a credit split at commas and
// joining words, each trimmed, the empty ones dropped.
func appendNameList(out []string, s string) []string {
	seg := 0
	for i := 0; i < len(s); {
		if isSpaceRE(s[i]) {
			q := skipSpaceRE(s, i)
			if n := nameSepAt(s, q); n > 0 {
				out = appendNamePart(out, s[seg:i])
				seg = skipSpaceRE(s, q+n)
				i = seg
				continue
			}
			if e := nameJoinAt(s, q); e > 0 {
				out = appendNamePart(out, s[seg:i])
				seg = skipSpaceRE(s, e)
				i = seg
				continue
			}
			i = q
			continue
		}
		if n := nameSepAt(s, i); n > 0 {
			out = appendNamePart(out, s[seg:i])
			seg = skipSpaceRE(s, i+n)
			i = seg
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return appendNamePart(out, s[seg:])
}

// appendNamePart trims a part and appends it when something is left. A
// NUL splits it too: the expression's replacement was one.
func appendNamePart(out []string, p string) []string {
	for {
		q := p
		nul := strings.IndexByte(p, 0)
		if nul >= 0 {
			q, p = p[:nul], p[nul+1:]
		}
		// A part opening and closing with ASCII bytes other than the
		// ASCII ones of the set has nothing to trim: the other runes of
		// the set open and close with bytes past ASCII.
		if q != "" && !(q[0] < utf8.RuneSelf && q[len(q)-1] < utf8.RuneSelf && !namePartTrimmed(q[0]) && !namePartTrimmed(q[len(q)-1])) {
			q = strings.Trim(q, namePartTrim)
		}
		if q != "" {
			out = append(out, q)
		}
		if nul < 0 {
			return out
		}
	}
}

// fieldSpaceASCII reports the ASCII white space of unicode.IsSpace.
func fieldSpaceASCII(c byte) bool { return c == ' ' || c-'\t' < 5 }

// namePartTrim is what appendNamePart trims from a part's ends.
const namePartTrim = " \t-–—·•"

// namePartTrimmed reports the ASCII bytes of namePartTrim.
func namePartTrimmed(c byte) bool { return c == ' ' || c == '\t' || c == '-' }

// lookupLower is m[strings.ToLower(s)] without the copy for short keys.
func lookupLower[V any](m map[string]V, s string) V {
	var buf [64]byte
	return m[string(lowerKey(buf[:], s))]
}

// forFields calls f with each field of s as strings.Fields splits it,
// until f returns false, without building the slice.
func forFields(s string, f func(w string) bool) {
	// An ASCII byte is white space as unicode.IsSpace tells it when it
	// is one of "\t\n\v\f\r ": only the runes past ASCII are decoded.
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if fieldSpaceASCII(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if fieldSpaceASCII(c) {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if !f(s[i:j]) {
			return
		}
		i = j
	}
}
