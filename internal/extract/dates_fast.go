package extract

import (
	"unicode"
	"unicode/utf8"
)

// The day-month and month-day expressions of findDate cost the most of
// its readers on the lines that do hold a date: the backtracker clears
// its state and walks the program for every start it tries. Their shapes
// are simple enough to read by hand: dmyFind and mdyFind return what
// FindStringSubmatchIndex of the expression returns, the same match and
// submatches, trying the same alternatives in the same order (leftmost
// start, then Perl preference). TestDateFastAsExpression holds them to
// it on the corpus lines and on every short string over the bytes that
// matter.

// dateLoc is a match and its three submatches, as the expressions give
// them: [start, end, a, a', b, b', c, c'].
type dateLoc [8]int

// scanDatesFunc is scanDates with a hand-written reader in place of the
// expression. The match goes to read by value, as an array: a slice
// handed to a function value escapes, and every match tried cost an
// allocation.
func scanDatesFunc(find func(string) (dateLoc, bool), s string, from, limit, skipTo int, read func(loc dateLoc) (dateMatch, bool)) (dateMatch, bool) {
	return scanFound(find, s, from, limit, skipTo, read)
}

// scanFound is the one loop of scanDates, scanLocs and scanDatesFunc, over
// a match held in a slice (from an expression) or in an array (from a
// hand-written reader).
func scanFound[L []int | dateLoc](find func(string) (L, bool), s string, from, limit, skipTo int, read func(loc L) (dateMatch, bool)) (dateMatch, bool) {
	if limit >= 0 && from > limit {
		return dateMatch{}, false
	}
	for off := from; off < len(s); {
		loc, ok := find(s[off:])
		if !ok {
			return dateMatch{}, false
		}
		for i := 0; i < len(loc); i++ {
			if loc[i] >= 0 {
				loc[i] += off
			}
		}
		if limit >= 0 && loc[0] > limit {
			return dateMatch{}, false
		}
		if m, ok := read(loc); ok {
			return m, true
		}
		off = loc[0] + 1
		if skipTo >= 0 {
			off = loc[2*skipTo+1]
		}
	}
	return dateMatch{}, false
}

// spacesRE returns the index after the run of \s white space at s[i:].
func spacesRE(s string, i int) int {
	for i < len(s) && isSpaceRE(s[i]) {
		i++
	}
	return i
}

// lettersRun returns the index after the run of \p{L} letters at s[i:]
// (i itself when there is none).
func lettersRun(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}

// foldByteIs reports whether s[i] is the ASCII letter c (lower case) in
// either case, as (?i) reads "de" and "del".
func foldByteIs(s string, i int, c byte) bool {
	return i < len(s) && (s[i] == c || s[i] == c-('a'-'A'))
}

// fourDigits reports whether s[i:i+4] are ASCII digits.
func fourDigits(s string, i int) bool {
	return i+4 <= len(s) && isDigitByte(s[i]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3])
}

// dmySuffixes are the expression's (?:st|nd|rd|th|er|e|º|°), in its order.
var dmySuffixes = [...]string{"st", "nd", "rd", "th", "er", "e", "º", "°"}

// dmyFind is dateRE()["dmy"].FindStringSubmatchIndex(s):
//
//	(\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\.?(?:\s+(?i:de)\s+|\s*-\s*|\s*)(\p{L}+)\.?(?:,\s*|\s+(?i:del?)\s+|\s*-\s*|\s*)(\d{4})
//
// Each white space run is taken whole (a shorter one leaves white space
// where a letter, a digit, "d" or "-" must follow) and so is the month's
// run of letters (a shorter one leaves a letter where none of what
// follows may stand); the day's digits, the suffix, the dots and the
// separators are tried in the expression's order.
func dmyFind(s string) (dateLoc, bool) {
	for p := 0; p < len(s); p++ {
		if !isDigitByte(s[p]) {
			continue
		}
		for n := 2; n >= 1; n-- {
			if n == 2 && !digitAt(s, p+1) {
				continue
			}
			if m, ok := dmyAfterDay(s, p, p+n); ok {
				return m, true
			}
		}
	}
	return dateLoc{}, false
}

// dmyAfterDay reads on from the day s[p:q].
func dmyAfterDay(s string, p, q int) (dateLoc, bool) {
	// Every way on opens with a suffix (a letter, "º", "°"), a dot, white
	// space, a dash or the month's first letter: a day followed by a
	// digit, a comma, another sign or nothing, as most digits of a line
	// are, tries none of them.
	if q >= len(s) {
		return dateLoc{}, false
	}
	if c := s[q]; c < utf8.RuneSelf && !asciiLetter(c) && c != '.' && c != '-' && !isSpaceRE(c) {
		return dateLoc{}, false
	}
	for k := 0; k <= len(dmySuffixes); k++ {
		q2 := q
		if k < len(dmySuffixes) {
			suf := dmySuffixes[k]
			if len(s)-q < len(suf) || s[q] != suf[0] || s[q:q+len(suf)] != suf {
				continue
			}
			q2 = q + len(suf)
		}
		for dot := 1; dot >= 0; dot-- {
			q3 := q2
			if dot == 1 {
				if q2 >= len(s) || s[q2] != '.' {
					continue
				}
				q3++
			}
			// (?:\s+(?i:de)\s+|\s*-\s*|\s*)
			for alt := 0; alt < 3; alt++ {
				a := spacesRE(s, q3)
				switch alt {
				case 0:
					if a == q3 || !foldByteIs(s, a, 'd') || !foldByteIs(s, a+1, 'e') {
						continue
					}
					b := spacesRE(s, a+2)
					if b == a+2 {
						continue
					}
					a = b
				case 1:
					if a >= len(s) || s[a] != '-' {
						continue
					}
					a = spacesRE(s, a+1)
				}
				if m, ok := dmyMonth(s, p, q, a); ok {
					return m, true
				}
			}
		}
	}
	return dateLoc{}, false
}

// dmyMonth reads on from the month's start at s[a:].
func dmyMonth(s string, p, q, a int) (dateLoc, bool) {
	b := lettersRun(s, a)
	if b == a {
		return dateLoc{}, false
	}
	for dot := 1; dot >= 0; dot-- {
		c := b
		if dot == 1 {
			if b >= len(s) || s[b] != '.' {
				continue
			}
			c++
		}
		// (?:,\s*|\s+(?i:del?)\s+|\s*-\s*|\s*)
		for alt := 0; alt < 5; alt++ {
			y := -1
			switch alt {
			case 0:
				if c < len(s) && s[c] == ',' {
					y = spacesRE(s, c+1)
				}
			case 1, 2: // "del", then "de"
				e := spacesRE(s, c)
				if e == c || !foldByteIs(s, e, 'd') || !foldByteIs(s, e+1, 'e') {
					break
				}
				e += 2
				if alt == 1 {
					if !foldByteIs(s, e, 'l') {
						break
					}
					e++
				}
				if f := spacesRE(s, e); f > e {
					y = f
				}
			case 3:
				if e := spacesRE(s, c); e < len(s) && s[e] == '-' {
					y = spacesRE(s, e+1)
				}
			case 4:
				y = spacesRE(s, c)
			}
			if y >= 0 && fourDigits(s, y) {
				return dateLoc{p, y + 4, p, q, a, b, y, y + 4}, true
			}
		}
	}
	return dateLoc{}, false
}

// mdyFind is dateRE()["mdy"].FindStringSubmatchIndex(s):
//
//	(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})
//
// A match starting inside a run of letters goes on as one starting at
// the run's first letter does, so only the first letter of each run (and
// the start of s) need be tried.
func mdyFind(s string) (dateLoc, bool) {
	for p := 0; p < len(s); {
		b := lettersRun(s, p)
		if b == p {
			_, n := utf8.DecodeRuneInString(s[p:])
			p += n
			continue
		}
		if m, ok := mdyAfterMonth(s, p, b); ok {
			return m, true
		}
		p = b
	}
	return dateLoc{}, false
}

// mdySuffixes are the expression's (?:st|nd|rd|th), in its order.
var mdySuffixes = [...]string{"st", "nd", "rd", "th"}

// mdyAfterMonth reads on from the month s[p:b].
func mdyAfterMonth(s string, p, b int) (dateLoc, bool) {
	for dot := 1; dot >= 0; dot-- {
		c := b
		if dot == 1 {
			if b >= len(s) || s[b] != '.' {
				continue
			}
			c++
		}
		d := spacesRE(s, c)
		if d == c || !digitAt(s, d) {
			continue
		}
		for n := 2; n >= 1; n-- {
			if n == 2 && !digitAt(s, d+1) {
				continue
			}
			e := d + n
			for k := 0; k <= len(mdySuffixes); k++ {
				e2 := e
				if k < len(mdySuffixes) {
					suf := mdySuffixes[k]
					if len(s)-e < len(suf) || s[e:e+len(suf)] != suf {
						continue
					}
					e2 += len(suf)
				}
				for comma := 1; comma >= 0; comma-- {
					f := e2
					if comma == 1 {
						if f >= len(s) || s[f] != ',' {
							continue
						}
						f++
					}
					y := spacesRE(s, f)
					if y > f && fourDigits(s, y) {
						return dateLoc{p, y + 4, p, b, d, e, y, y + 4}, true
					}
				}
			}
		}
	}
	return dateLoc{}, false
}
