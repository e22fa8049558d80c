package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBodyQuantities reports whether a run of short lines is a list of
// quantities, as a recipe's ingredients are ("350 g Zucker", "1 Pck.
// Backpulver", "½ cup milk"): most of its lines open with an amount and
// a few words after it. A menu or a list of teasers opens its lines with
// words, a ranked list with "1." and a year list with years.
func textBodyQuantities(run []tLine) bool {
	qty := 0
	for i := range run {
		if textQuantityLine(&run[i]) {
			qty++
		}
	}
	return qty >= textQtyLines && qty*10 >= len(run)*textQtyShare
}

// textQtyLines is the fewest lines of amounts that make a list of
// quantities, textQtyShare the tenths of the run they must be.
const (
	textQtyLines = 4
	textQtyShare = 5
)

// textQuantityLine reports whether the line opens with an amount
// ("350 g", "1/2", "½", "2-3") followed by at most six words.
func textQuantityLine(l *tLine) bool {
	if l.words < 2 || l.words > 7 {
		return false
	}
	s := l.text
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf && !('0' <= c && c <= '9' || c == '/' || c == ',' || c == '-') {
		// Most lines open with an ASCII letter: no amount, told
		// without decoding a rune.
		return false
	}
	amount := 0
	for amount < len(s) {
		r, n := utf8.DecodeRuneInString(s[amount:])
		if !('0' <= r && r <= '9' || r == '/' || r == ',' || r == '-' || r == '–' || unicode.Is(unicode.No, r) || r == '⁄') {
			break
		}
		amount += n
	}
	if amount == 0 || amount >= len(s) || s[amount] != ' ' {
		// "1." ranks, "2012" runs on into a word or stands alone.
		return false
	}
	num := s[:amount]
	if len(num) == 4 && (strings.HasPrefix(num, "19") || strings.HasPrefix(num, "20")) {
		// A year.
		return false
	}
	// "18 Aug: Swansea (h)" dates a fixture, not an amount.
	next, _, _ := strings.Cut(s[amount+1:], " ")
	_, month := monthNumber(strings.TrimRight(next, ":,."))
	return !month
}
