package extract

// The short-year shapes, "18.10.25" and "03.Mär.19", ran their expressions
// over every line holding a dotted date: "18.10.2025" holds "18.10.20",
// which the short-year gate lets through, and the backtracker then tried
// every start of the line. Their shapes have one reading at a start: a
// part of one or two digits is followed by a dot, which a digit cannot
// be, and the run of letters by a dot, which a letter cannot be, so the
// longest part is the only one that can go on. dmyyFind and dmonyyFind
// return what FindStringSubmatchIndex of the expression returns, the same
// match and submatches; TestDateShortAsExpression holds them to it.

// dmyyFind is dateRE()["dmyy"].FindStringSubmatchIndex(s):
//
//	(\d{2})\.(\d{2})\.(\d{2})
func dmyyFind(s string) (dateLoc, bool) {
	for p := 0; p+8 <= len(s); p++ {
		if s[p+2] != '.' || s[p+5] != '.' || !isDigitByte(s[p]) || !isDigitByte(s[p+1]) ||
			!isDigitByte(s[p+3]) || !isDigitByte(s[p+4]) || !isDigitByte(s[p+6]) || !isDigitByte(s[p+7]) {
			continue
		}
		return dateLoc{p, p + 8, p, p + 2, p + 3, p + 5, p + 6, p + 8}, true
	}
	return dateLoc{}, false
}

// dmonyyFind is dateRE()["dmonyy"].FindStringSubmatchIndex(s):
//
//	(\d{1,2})\.(\p{L}+)\.(\d{2})
func dmonyyFind(s string) (dateLoc, bool) {
	for p := 0; p+5 <= len(s); p++ {
		if !isDigitByte(s[p]) {
			continue
		}
		// Two digits are tried first; one digit then has a digit, not
		// a dot, after it.
		d := oneOrTwoDigits(s, p)
		if d >= len(s) || s[d] != '.' {
			continue
		}
		a := d + 1
		b := lettersRun(s, a)
		if b == a || b >= len(s) || s[b] != '.' || !digitAt(s, b+1) || !digitAt(s, b+2) {
			continue
		}
		return dateLoc{p, b + 3, p, d, a, b, b + 1, b + 3}, true
	}
	return dateLoc{}, false
}
