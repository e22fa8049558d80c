package extract

import (
	"strings"
	"unicode/utf8"
)

// bylineSegment split every line holding a separator rune with the
// expression bylineSeparators, \s+[|·•~]\s+|\s{2,}|\s*[|]\s*, which costs
// more than the rest of the line's reading. appendBylineParts splits as it
// does, by hand, on the lines bylineSegment gives it: folded, with no
// white space but single spaces, where only a bar and the spaces beside it
// or a dot or tilde between two spaces can match. Any other line goes to
// the expression.

// appendBylineParts appends to out the parts of s as
// bylineSeparators().Split(s, -1) gives them.
func appendBylineParts(out []string, s string) []string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return append(out, bylineSeparators().Split(s, -1)...)
		}
	}
	beg := 0 // where the part being read begins: the end of the last match
	for i := 0; i < len(s); {
		c := s[i]
		n := 0 // the separator rune's length at s[i:], 0 when none
		switch {
		case c == '|' || c == '~':
			n = 1
		case c == 0xC2 && strings.HasPrefix(s[i:], "·"):
			n = 2
		case c == 0xE2 && strings.HasPrefix(s[i:], "•"):
			n = 3
		}
		if n == 0 {
			i++
			continue
		}
		// A space before the rune is the match's unless the last match
		// took it; the one after is read greedily.
		before := i > beg && s[i-1] == ' '
		after := i+n < len(s) && s[i+n] == ' '
		switch {
		case c == '|':
			// \s+[|]\s+, or \s*[|]\s* with either space missing.
		case before && after:
			// \s+[·•~]\s+.
		default:
			i += n
			continue
		}
		start, end := i, i+n
		if before {
			start--
		}
		if after {
			end++
		}
		out = append(out, s[beg:start])
		beg, i = end, end
	}
	return append(out, s[beg:])
}

// bylineScanASCII answers, for a line of ASCII, bylineSegment's first two
// questions in one pass that reads eight bytes at a time: whether the
// line is folded (metaFolded: no white space at its ends, none but single
// spaces inside) and whether it holds a separator rune (bylineSepChars;
// "·" and "•" are past ASCII); and bylineWhole's askChars question, for
// every part of the line: whether it holds a "?" or a "!". read is false
// when s is empty, begins or ends with a space, or holds a byte past
// ASCII: the caller then asks metaSpace and bylineSepChars.
func bylineScanASCII(s string) (folded, sep, ask, read bool) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false, false, false, false
	}
	folded = true
	prevSpace := false // the byte before i is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if x&highBits != 0 {
			return false, false, false, false
		}
		sp := bytesEqual8(x, ' ')
		// A space after a space, \t \n \v \f \r: not folded.
		if sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 || bytesBetween8(x, '\t', '\r') != 0 {
			folded = false
		}
		if bytesEqual8(x, '|')|bytesEqual8(x, '~') != 0 {
			sep = true
		}
		if bytesEqual8(x, '?')|bytesEqual8(x, '!') != 0 {
			ask = true
		}
		prevSpace = sp>>63 != 0
	}
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return false, false, false, false
		case c == ' ':
			if prevSpace {
				folded = false
			}
		case '\t' <= c && c <= '\r':
			folded = false
		case c == '|' || c == '~':
			sep = true
		case c == '?' || c == '!':
			ask = true
		}
		prevSpace = c == ' '
	}
	return folded, sep, ask, true
}

// bytesEqual8 returns the high bit of each byte of x, eight ASCII bytes,
// that is c: a byte equal to c is zero after the xor, and only a zero
// byte keeps its high bit clear after 0x7f is added (no sum carries).
func bytesEqual8(x uint64, c byte) uint64 {
	z := x ^ uint64(c)*eachByte
	return ^((z + 0x7f*eachByte) | z) & highBits
}

// bytesBetween8 returns the high bit of each byte of x, eight ASCII
// bytes, from lo to hi.
func bytesBetween8(x uint64, lo, hi byte) uint64 {
	ge := x + uint64(0x80-lo)*eachByte
	gt := x + uint64(0x80-hi-1)*eachByte
	return ge &^ gt & highBits
}
