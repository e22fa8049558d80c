package extract

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
