package extract

import "strings"

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
