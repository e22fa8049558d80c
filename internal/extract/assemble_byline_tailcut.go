package extract

import (
	"unicode"
	"unicode/utf8"
)

// cutBylineTail returns bylineTailRE().ReplaceAllString(v, ""): v without
// the link an author box prints after the name ("Jane Doe | Follow").
// The expression, unanchored at its start, was tried from every byte of
// every candidate the gate let through; this reads the end of v
// backwards once per phrase. The expression's match ends at the end of v
// (its phrases end with a letter, then only \s); it starts at the
// leftmost byte from which the separators [\s|·•] and then a phrase
// reach that end, which is where the run of separators before the
// phrase matched furthest left begins.
func cutBylineTail(v string) string {
	e := len(v)
	for e > 0 && reSpace(v[e-1]) {
		e--
	}
	best := -1
	for _, words := range bylineTailPhrases {
		a, ok := foldSuffixWords(v[:e], words)
		if !ok {
			continue
		}
		for a > 0 {
			if c := v[a-1]; reSpace(c) || c == '|' {
				a--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(v[:a])
			if r != '·' && r != '•' {
				break
			}
			a -= n
		}
		if best < 0 || a < best {
			best = a
		}
	}
	if best < 0 {
		return v
	}
	return v[:best]
}

// bylineTailPhrases are bylineTailRE's phrases, split at their \s+.
var bylineTailPhrases = [][]string{
	{"weitere", "beiträge"}, {"alle", "beiträge"}, {"alle", "artikel"}, {"mehr", "artikel"},
	{"more", "articles"}, {"more", "stories"}, {"view", "all", "posts"}, {"all", "posts"},
	{"follow"}, {"folgen"}, {"profil"}, {"profile"},
}

// reSpace reports the bytes \s stands for in an expression: \t \n \f \r
// and space.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// foldSuffixWords reports whether s ends with the words, one or more \s
// between them, each rune matched as (?i) matches it (its whole orbit
// of simple case folding: 'k' matches the Kelvin sign, 's' the long s),
// and returns where the first word starts. Words hold no \s, so the \s
// between two words are all those before the later one.
func foldSuffixWords(s string, words []string) (int, bool) {
	e := len(s)
	for i := len(words) - 1; i >= 0; i-- {
		if i < len(words)-1 {
			j := e
			for j > 0 && reSpace(s[j-1]) {
				j--
			}
			if j == e {
				return 0, false
			}
			e = j
		}
		w := words[i]
		for k := len(w); k > 0; {
			p, pn := utf8.DecodeLastRuneInString(w[:k])
			if e == 0 {
				return 0, false
			}
			r, rn := utf8.DecodeLastRuneInString(s[:e])
			if !foldRuneEq(r, p) {
				return 0, false
			}
			k -= pn
			e -= rn
		}
	}
	return e, true
}

// foldRuneEq reports whether r is p or in p's orbit of simple case
// folding, as a (?i) literal p matches it. A byte that is no valid UTF-8
// reads as U+FFFD, which p, a letter, never is.
func foldRuneEq(r, p rune) bool {
	if r == p {
		return true
	}
	if r == utf8.RuneError {
		return false
	}
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}
