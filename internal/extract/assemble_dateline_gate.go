package extract

import (
	"unicode"
	"unicode/utf8"
)

// The two dateline expressions run on the first paragraphs of every page,
// and nearly all of them open with a sentence, which the first word rules
// out: both expressions begin with a capitalised word read to its end (no
// rune of the word's class can follow it in either), after which only a
// separator and a capital, or spaces and one of ",/(" or a dash, may come.
// mayDateline and mayTitleDateline check just that, so they refuse only
// what the expressions cannot match.

// mayDateline is false when datelineRE cannot match s.
func mayDateline(s string) bool {
	return datelineOpening(s, func(r rune) bool {
		return unicode.IsUpper(r) || unicode.Is(unicode.M, r) || r == '\'' || r == '’' || r == '.'
	}, 0, true)
}

// mayTitleDateline is false when titleDatelineRE cannot match s.
func mayTitleDateline(s string) bool {
	return datelineOpening(s, func(r rune) bool {
		return unicode.IsLower(r) || unicode.Is(unicode.M, r) || r == '\'' || r == '’'
	}, 1, false)
}

// datelineOpening reads a capital, then the longest run of runes in word
// (at least min of them), and reports whether what follows may go on
// with a dateline: a space or hyphen before another capital, or spaces
// then a comma, a bracket, a dash or, when slash is set, a slash.
func datelineOpening(s string, word func(rune) bool, min int, slash bool) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	p, k := n, 0
	for p < len(s) {
		r, n := utf8.DecodeRuneInString(s[p:])
		if !word(r) {
			break
		}
		p += n
		k++
	}
	if k < min || p >= len(s) {
		return false
	}
	if c := s[p]; c == ' ' || c == '-' {
		if r, _ := utf8.DecodeRuneInString(s[p+1:]); unicode.IsUpper(r) {
			return true
		}
	}
	for p < len(s) && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\f' || s[p] == '\r') {
		p++
	}
	if p >= len(s) {
		return false
	}
	switch s[p] {
	case ',', '(', '-':
		return true
	case '/':
		return slash
	case 0xE2: // "—" and "–" are E2 80 94 and E2 80 93
		return len(s) >= p+3 && s[p+1] == 0x80 && (s[p+2] == 0x94 || s[p+2] == 0x93)
	}
	return false
}
