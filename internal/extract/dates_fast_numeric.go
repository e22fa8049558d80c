package extract

// The numeric shapes of findDate, year first ("2025-10-18") and year last
// ("18.10.2025"), are read on every line with a year and a separator
// after or before it, and on every machine time the metadata gives; the
// backtracker clears its state and walks its program for each start it
// tries. Their expressions have no choice that can go two ways: a part of
// one or two digits is followed by what a digit cannot be, and an
// optional white space by what white space cannot be, so the longest
// reading at a start is the only one. isoFind and numFind return what
// FindStringSubmatchIndex of the expression returns, the same match and
// submatches; TestDateNumericAsExpression holds them to it.

// isoFind is dateRE()["iso"].FindStringSubmatchIndex(s):
//
//	(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})
func isoFind(s string) []int {
	for p := 0; p+8 <= len(s); p++ {
		if !isDateSep(s[p+4]) || !fourDigits(s, p) {
			continue
		}
		a := p + 5
		if !digitAt(s, a) {
			continue
		}
		b := oneOrTwoDigits(s, a)
		if b >= len(s) || !isDateSep(s[b]) || !digitAt(s, b+1) {
			continue
		}
		e := oneOrTwoDigits(s, b+1)
		return []int{p, e, p, p + 4, p + 4, p + 5, a, b, b, b + 1, b + 1, e}
	}
	return nil
}

// numFind is dateRE()["num"].FindStringSubmatchIndex(s):
//
//	(\d{1,2})\s?([./-])\s?(\d{1,2})\s?([./-])\s?(\d{4})
func numFind(s string) []int {
	for p := 0; p+8 <= len(s); p++ {
		if !isDigitByte(s[p]) {
			continue
		}
		a := oneOrTwoDigits(s, p)
		sep1 := spaceREAt(s, a)
		if sep1 >= len(s) || !isDateSep(s[sep1]) {
			continue
		}
		b := spaceREAt(s, sep1+1)
		if !digitAt(s, b) {
			continue
		}
		c := oneOrTwoDigits(s, b)
		sep2 := spaceREAt(s, c)
		if sep2 >= len(s) || !isDateSep(s[sep2]) {
			continue
		}
		y := spaceREAt(s, sep2+1)
		if !fourDigits(s, y) {
			continue
		}
		return []int{p, y + 4, p, a, sep1, sep1 + 1, b, c, sep2, sep2 + 1, y, y + 4}
	}
	return nil
}

// isDateSep reports the separators [-/.] (and [./-]) of the numeric shapes.
func isDateSep(c byte) bool { return c == '-' || c == '/' || c == '.' }

// oneOrTwoDigits returns the end of (\d{1,2}) at s[i:], s[i] a digit: a
// second digit is taken when there is one.
func oneOrTwoDigits(s string, i int) int {
	if digitAt(s, i+1) {
		return i + 2
	}
	return i + 1
}

// spaceREAt returns the end of \s? at s[i:].
func spaceREAt(s string, i int) int {
	if i < len(s) && isSpaceRE(s[i]) {
		return i + 1
	}
	return i
}
