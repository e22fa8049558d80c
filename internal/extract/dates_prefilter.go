package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findDate runs on every short text the readers meet that holds a year,
// and its regular expressions cost some 40,000 instructions a string. The
// numeric and CJK shapes need bytes that one scan finds: where those are
// missing the expression cannot match and is not run. Each scan is a
// necessary condition of its expression only, so results do not change.

// digitsThen reports four ASCII digits followed by one of the bytes in
// next: the "2025-" that the ISO shape (\d{4})([-/.]) needs.
func digitsThen(s, next string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			run++
			continue
		}
		if run >= 4 && isAnyOf(c, next) {
			return true
		}
		run = 0
	}
	return false
}

// digitsAfter reports a run of at least four ASCII digits right after one
// of the bytes in prev, or after one of them and one white space byte of
// the regexp class \s: the ".2025" or "/ 2025" that the numeric shape
// ([./-])\s?(\d{4}) needs.
func digitsAfter(s, prev string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) || i > 0 && isDigitByte(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j-i >= 4 && i > 0 {
			if isAnyOf(s[i-1], prev) || i > 1 && isAnyOf(s[i-1], " \t\n\f\r") && isAnyOf(s[i-2], prev) {
				return true
			}
		}
		i = j
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isAnyOf(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// The word-month shapes (dmy, mdy, ymd) cost the most: each runs a
// \p{L}+ expression over the whole string. They can only succeed on a
// month name (a whole run of letters, or, after a day, the end of a run
// led by an ordinal suffix: "1ermai") placed as each shape places it, and
// one pass over the runs of letters tells which shapes are possible.

// dateGates says, for each family of dateFamilies, where in a string it
// can begin to find a date: -1 where it cannot find one at all, else a
// byte offset at or before the start of every date it can read. A gate
// may only save work: results never change.
type dateGates [10]int

const (
	gateISO = iota
	gateNum
	gateCJK
	gateDMY
	gateMDY
	gateYMD
	gateShortYear
	gateDWMY
	gateTwoDigitYear
	gateMDYGlued
)

// scanDateGates makes one pass over s for the bytes each family needs.
func scanDateGates(s string) dateGates {
	g := dateGates{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1}
	run, year := 0, false
	// iso: four digits, then a separator (digitsThen); num: four digits
	// after a separator, perhaps and white space (digitsAfter); numAfter:
	// the run being read opened so.
	iso, num, numAfter := false, false, false
	var all byte // every byte of s or-ed together: the CJK shape needs one past ASCII
	var high uint64
	for i := 0; i < len(s); {
		// Eight bytes without a digit after a byte that is none, most of
		// a line, change nothing but the bytes past ASCII seen: they are
		// read in one word; any other eight, byte by byte.
		if run == 0 && i+8 <= len(s) {
			x := load8(s, i)
			h := x & highBits
			if bytesBetween8(x&^highBits, '0', '9')&^h == 0 {
				high |= h
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; i++ {
			c := s[i]
			all |= c
			if isDigitByte(c) {
				if run == 0 {
					numAfter = i > 0 && (isDateSep(s[i-1]) || i > 1 && isSpaceRE(s[i-1]) && isDateSep(s[i-2]))
				}
				run++
				if run == 4 {
					year = true
					num = num || numAfter
				}
				// "dd.dd.dd": the short-year shape's bytes.
				if g[gateShortYear] < 0 && i >= 7 && run >= 2 && s[i-2] == '.' && isDigitByte(s[i-3]) && isDigitByte(s[i-4]) && s[i-5] == '.' && isDigitByte(s[i-6]) && isDigitByte(s[i-7]) {
					g[gateShortYear] = 0
				}
			} else {
				iso = iso || run >= 4 && isDateSep(c)
				// Two digits after a dot or a slash end the short forms.
				if run == 2 && i >= 3 && g[gateTwoDigitYear] < 0 {
					g[gateTwoDigitYear] = shortYearStart(s, i-3)
				}
				run = 0
			}
		}
	}
	if run == 2 && len(s) >= 3 && g[gateTwoDigitYear] < 0 {
		g[gateTwoDigitYear] = shortYearStart(s, len(s)-3)
	}
	if !year {
		return g
	}
	// The ISO, numeric and CJK families keep their own scans, now run
	// only on the strings these say can hold their shapes.
	if iso {
		g[gateISO] = 0
	}
	if num {
		g[gateNum] = 0
	}
	if all >= utf8.RuneSelf || high != 0 {
		g[gateCJK] = 0
	}
	monthGates(s, &g)
	return g
}

// monthGates sets the gates of the word-month shapes from the runs of
// letters in s that name a month. Each shape's expression is then run
// from the earliest place one of its dates could start, not from the
// start of a long line.
func monthGates(s string, g *dateGates) {
	mt := monthNames()
	open := func(f, at int) {
		if g[f] < 0 || at < g[f] {
			g[f] = at
		}
	}
	for i := 0; i < len(s); {
		// ASCII bytes, most of a line, are read without decoding:
		// unicode.IsLetter holds for the ASCII letters alone.
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiLetter(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
			i += n
			continue
		}
		a, runes := i, 0
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiLetter(c) {
					break
				}
				runes++
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			runes++
			i += n
		}
		b := i
		if runes < mt.minRunes || runes > mt.maxRunes+2 {
			continue
		}
		word := s[a:b]
		_, whole := mt.number(word)
		stripped := false
		if digitAt(s, a-1) {
			for _, suf := range ordinalSuffixes {
				if len(word) > len(suf) && strings.HasPrefix(word, suf) {
					if _, ok := mt.number(word[len(suf):]); ok {
						stripped = true
						break
					}
				}
			}
		}
		if !whole && !stripped {
			continue
		}
		// After the month of "18 October 2025" and "18 de octubre del
		// 2025": a dot, a comma, white space, a dash or the year.
		if b < len(s) && (isAnyOf(s[b], ".,-") || isSpaceRE(s[b]) || isDigitByte(s[b])) {
			if stripped || a > 0 && (isAnyOf(s[a-1], ".-") || isSpaceRE(s[a-1]) || isDigitByte(s[a-1]) || strings.HasSuffix(s[:a], "°")) {
				open(gateDMY, dayStart(s, a))
			}
		}
		if !whole {
			continue
		}
		// "31 Donnerstag Okt 2019": white space, a weekday, white space,
		// perhaps a dot, the day.
		if j := weekdayDayStart(s, a); j >= 0 {
			open(gateDWMY, j)
		}
		// "October 18": the month, perhaps a dot, white space, a digit.
		j := b
		if j < len(s) && s[j] == '.' {
			j++
		}
		if k := skipSpaceRE(s, j); k > j && digitAt(s, k) {
			// "Feb 182009": five or six digits ending in a year.
			e := k
			for e < len(s) && isDigitByte(s[e]) {
				e++
			}
			n := e - k
			if (n == 1 || n == 2) && yearAfterDay(s, e) {
				open(gateMDY, a)
			}
			if (n == 5 || n == 6) && (s[e-4:e-2] == "19" || s[e-4:e-2] == "20") {
				open(gateMDYGlued, a)
			}
		}
		// "2025 October 18", "2025. október 18.": a digit, perhaps a dot,
		// white space, the month.
		j = a
		for j > 0 && isSpaceRE(s[j-1]) {
			j--
		}
		if j < a {
			if j > 0 && s[j-1] == '.' {
				j--
			}
			// The year has four digits, and the day follows the month
			// after perhaps a dot and white space: "12 March 2014" is no
			// year-first date.
			if digitAt(s, j-1) {
				e := j
				for j > 0 && isDigitByte(s[j-1]) {
					j--
				}
				k := b
				if k < len(s) && s[k] == '.' {
					k++
				}
				if q := skipSpaceRE(s, k); e-j >= 4 && q > k && digitAt(s, q) {
					open(gateYMD, j)
				}
			}
		}
	}
}

// asciiLetter reports an ASCII letter, the only ASCII runes unicode.IsLetter
// holds for.
func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// weekdayDayStart walks back from the month at s[a:] over a weekday to
// the day before it, as the day-weekday-month shape reads them, and
// returns where its match can start, or -1 when there is no weekday.
func weekdayDayStart(s string, a int) int {
	j := a
	for j > 0 && isSpaceRE(s[j-1]) {
		j--
	}
	if j == a {
		return -1
	}
	if j > 0 && s[j-1] == ',' {
		j--
	}
	if j > 0 && s[j-1] == '.' {
		j--
	}
	w := j
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= n
	}
	if w == j || !isWeekday(s[w:j]) {
		return -1
	}
	j = w
	k := j
	for k > 0 && isSpaceRE(s[k-1]) {
		k--
	}
	if k == j {
		return -1
	}
	if k > 0 && s[k-1] == '.' {
		k--
	}
	if !digitAt(s, k-1) {
		return -1
	}
	for k > 0 && isDigitByte(s[k-1]) {
		k--
	}
	return k
}

// shortYearStart reads back from the separator at s[i] before a
// two-digit year to where "1.11.23", "30/10/23" or "03.Mär.19" would
// start, and returns -1 when the bytes before it have not that shape.
func shortYearStart(s string, i int) int {
	sep := s[i]
	if sep != '.' && sep != '/' {
		return -1
	}
	j := i
	if digitAt(s, j-1) {
		for j > 0 && isDigitByte(s[j-1]) {
			j--
		}
	} else if sep == '.' {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !unicode.IsLetter(r) {
				break
			}
			j -= n
		}
		if j == i {
			return -1
		}
	} else {
		return -1
	}
	if j == 0 || s[j-1] != sep || !digitAt(s, j-2) {
		return -1
	}
	j--
	for j > 0 && isDigitByte(s[j-1]) {
		j--
	}
	return j
}

// dayStart walks back from the month at s[a:] over what the day-month
// shape allows before it (the day's digits, an ordinal suffix, a dot, a
// dash, "de", white space) to where its match can start at the earliest.
func dayStart(s string, a int) int {
	for a > 0 {
		c := s[a-1]
		switch {
		case isDigitByte(c) || isSpaceRE(c) || isAnyOf(c, ".-stndrheDE"):
			a--
		case a >= 2 && s[a-2] == 0xc2 && (c == 0xba || c == 0xb0): // º, °
			a -= 2
		default:
			return a
		}
	}
	return a
}

// ordinalSuffixes are the letters the day-month shape allows between the
// day and the month, as its expression lists them.
var ordinalSuffixes = [...]string{"st", "nd", "rd", "th", "er", "e", "º"}

// isSpaceRE reports the white space of the expressions' \s: [\t\n\f\r ].
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpaceRE returns the index of the first byte at or after i that is
// not \s white space.
func skipSpaceRE(s string, i int) int {
	for i < len(s) && isSpaceRE(s[i]) {
		i++
	}
	return i
}

// timeAfterPossible reports whether the time expression read after a date
// can match at the start of rest: it needs the hour and minutes (hourAt)
// after white space, a separator and at most two words ("a las"), or
// after a "T". Most dates are followed by a comma, a word or a count, and
// no expression runs.
func timeAfterPossible(rest string) bool {
	if rest == "" {
		return false
	}
	if rest[0] == 'T' {
		// No word of the expression starts with a "T": only its own
		// branch can read on.
		return hourAt(rest, 1)
	}
	i := skipSpaceRE(rest, 0)
	for _, sep := range [...]string{",", "|", "/", "-", "–", "—", "•", "·"} {
		if strings.HasPrefix(rest[i:], sep) {
			i = skipSpaceRE(rest, i+len(sep))
			break
		}
	}
	for w := 0; ; w++ {
		if digitAt(rest, i) {
			return hourAt(rest, i)
		}
		if w == 2 {
			return false
		}
		j := i
		for j < len(rest) {
			r, n := utf8.DecodeRuneInString(rest[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		if j == i {
			return false
		}
		if j < len(rest) && rest[j] == '.' {
			j++
		}
		k := skipSpaceRE(rest, j)
		if k == j {
			return false
		}
		i = k
	}
}

// hourAt reports whether the time expression's (\d{1,2})(?:(:)(\d{2})|([.hH])(\d{2}))
// can match at s[i:]: one or two digits, a separator, two digits.
func hourAt(s string, i int) bool {
	for k := 1; k <= 2 && digitAt(s, i+k-1); k++ {
		j := i + k
		if j < len(s) && isAnyOf(s[j], ":.hH") && digitAt(s, j+1) && digitAt(s, j+2) {
			return true
		}
	}
	return false
}

// lowerKey returns s in lower case as strings.ToLower gives it, written
// into buf when it fits so that a map lookup with it allocates nothing.
func lowerKey(buf []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	b := buf[:0]
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return b
	}
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// yearAfterDay reports whether the day of "October 18, 2025" that ends at
// s[e] is followed as the mdy expression needs: perhaps an ordinal
// suffix, perhaps a comma, white space, four digits. Header lines such
// as "January 2011" have none of it, and skip that expression.
func yearAfterDay(s string, e int) bool {
	if e+2 <= len(s) {
		switch s[e : e+2] {
		case "st", "nd", "rd", "th":
			e += 2
		}
	}
	if e < len(s) && s[e] == ',' {
		e++
	}
	q := skipSpaceRE(s, e)
	if q == e || q+4 > len(s) {
		return false
	}
	for _, c := range []byte(s[q : q+4]) {
		if !isDigitByte(c) {
			return false
		}
	}
	return true
}
