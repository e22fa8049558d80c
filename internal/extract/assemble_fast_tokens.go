package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The field choosers compare short strings (titles, deks, credits) by
// their word tokens many times per page. tokens builds a slice and
// overlap a map for every comparison; these helpers give the same
// answers with the tokens kept on the stack.

// tokenSep reports whether r (already lower-cased) ends a token, as
// tokens splits.
func tokenSep(r rune) bool {
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z')
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// tokenCount is len(tokens(s)) without building the tokens:
// strings.ToLower maps rune by rune with unicode.ToLower, so the same
// mapping here splits s where tokens splits its lower-cased copy.
func tokenCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if tokenSep(unicode.ToLower(r)) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// tokensOver reports whether s holds more than n tokens (tokenCount(s)
// > n), reading s only up to its token n+1: a description of many words
// is told from a site's tagline by its first few.
func tokensOver(s string, n int) bool {
	c, in := 0, false
	for _, r := range s {
		if tokenSep(unicode.ToLower(r)) {
			in = false
		} else if !in {
			in = true
			if c++; c > n {
				return true
			}
		}
	}
	return false
}

// appendTokens appends the tokens of lowered (a lower-cased string) to
// dst, as tokens would return them.
func appendTokens(dst []string, lowered string) []string {
	start := -1
	for i, r := range lowered {
		if tokenSep(r) {
			if start >= 0 {
				dst = append(dst, lowered[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, lowered[start:])
	}
	return dst
}

// overlap returns how much of a's tokens b holds (0..1) and the Dice
// coefficient of the two token bags.
func overlap(a, b string) (contain, dice float64) {
	var bufA, bufB [32]string
	ta := appendTokens(bufA[:0], strings.ToLower(a))
	tb := appendTokens(bufB[:0], strings.ToLower(b))
	return overlapTokens(ta, tb)
}

// overlapTokens is overlap on token lists already made. Short lists,
// the common case, are matched pair by pair (a token of b used once),
// which counts the same common tokens as a bag would.
func overlapTokens(ta, tb []string) (contain, dice float64) {
	if len(ta) == 0 || len(tb) == 0 {
		return 0, 0
	}
	common := 0
	if len(tb) <= 64 && len(ta)*len(tb) <= 4096 {
		var used uint64
		for _, t := range ta {
			for j, u := range tb {
				if used&(1<<uint(j)) == 0 && u == t {
					used |= 1 << uint(j)
					common++
					break
				}
			}
		}
	} else {
		bag := make(map[string]int, len(tb))
		for _, t := range tb {
			bag[t]++
		}
		for _, t := range ta {
			if bag[t] > 0 {
				bag[t]--
				common++
			}
		}
	}
	return float64(common) / float64(len(ta)), 2 * float64(common) / float64(len(ta)+len(tb))
}

// tokenMemo keeps the token lists of the texts a chooser compares with
// several others (the headline with every dek, each description with
// the others and with every dek), so that each is lower-cased and split
// once. The zero value is ready to use.
type tokenMemo struct {
	texts []string
	lists [][]string
}

// of returns the tokens of s, as appendTokens gives them.
func (m *tokenMemo) of(s string) []string {
	for i, t := range m.texts {
		if t == s {
			return m.lists[i]
		}
	}
	l := appendTokens(nil, strings.ToLower(s))
	m.texts = append(m.texts, s)
	m.lists = append(m.lists, l)
	return l
}

// overlap is overlap(a, b) on the tokens kept.
func (m *tokenMemo) overlap(a, b string) (contain, dice float64) {
	return overlapTokens(m.of(a), m.of(b))
}
