package extract

import (
	"strings"
	"unicode/utf8"
)

// withTime runs the time expression after nearly every date it reads
// (timeAfterPossible lets through only what can match, and nearly all of
// it does), and that run is the largest part of findDate's cost on the
// lines that hold a date. timeAfterFind reads the common shapes by hand:
// "T07:46:00+02:00", ", 10:49 pm", " 9:57 AM EDT", " 13.10 Uhr". Each
// optional part of the expression after the hour and minutes can be
// taken or left without the whole failing, so the expression takes each
// as far as it goes, in order; within each, one reading at most fits.
// Where a reading is not that simple (a word before the hour, a zone
// written "UTC+5:30", a letter outside ASCII where a zone may stand) it
// says so, and the expression is run. TestTimeAfterAsExpression holds it
// to the expression.

// timeAfterLoc is dateRE()["timeAfter"].FindStringSubmatchIndex(rest).
func timeAfterLoc(rest string) []int {
	if loc, ok := timeAfterFind(rest); ok {
		return loc
	}
	return dateRE()["timeAfter"].FindStringSubmatchIndex(rest)
}

// timeAfterFind is dateRE()["timeAfter"].FindStringSubmatchIndex(rest)
// when ok; when not ok, the expression must be run.
func timeAfterFind(rest string) (loc []int, ok bool) {
	// ^(?:\s*[,|/\-–—•·]?\s*(?:(?i:at|um|...)\s+)?|T)
	p := 0
	if rest != "" && rest[0] == 'T' {
		// No word of the first branch opens with a "t", and it cannot
		// reach a digit past the "T": only the second branch reads on.
		p = 1
	} else {
		p = skipSpaceRE(rest, 0)
		for _, sep := range [...]string{",", "|", "/", "-", "–", "—", "•", "·"} {
			if len(rest)-p >= len(sep) && rest[p:p+len(sep)] == sep {
				p = skipSpaceRE(rest, p+len(sep))
				break
			}
		}
		if !digitAt(rest, p) {
			// A word before the hour ("at", "um", "a las"), or no time.
			var known bool
			if p, known = hourWordAt(rest, p); !known {
				return nil, false
			}
			if p < 0 {
				return nil, true
			}
		}
	}
	// (\d{1,2})(?:(:)(\d{2})|([.hH])(\d{2}))
	if !hourAt(rest, p) {
		return nil, true
	}
	loc = make([]int, 18)
	for i := range loc {
		loc[i] = -1
	}
	loc[0] = 0
	// Two digits are taken when there are two: hourAt then passed them,
	// as a digit after the first opens no minutes.
	h := oneOrTwoDigits(rest, p)
	loc[2], loc[3] = p, h
	if rest[h] == ':' {
		loc[4], loc[5], loc[6], loc[7] = h, h+1, h+1, h+3
	} else {
		loc[8], loc[9], loc[10], loc[11] = h, h+1, h+1, h+3
	}
	e := h + 3
	// (?::(\d{2})(?:[.,]\d+)?)?
	if e < len(rest) && rest[e] == ':' && digitAt(rest, e+1) && digitAt(rest, e+2) {
		loc[12], loc[13] = e+1, e+3
		e += 3
		if e < len(rest) && (rest[e] == '.' || rest[e] == ',') && digitAt(rest, e+1) {
			e += 2
			for digitAt(rest, e) {
				e++
			}
		}
	}
	// (?:\s*((?i:[ap])\.?\s?(?i:m)\.?))?
	if a := skipSpaceRE(rest, e); a < len(rest) && isAnyOf(rest[a], "aApP") {
		m := a + 1
		if m < len(rest) && rest[m] == '.' {
			m++
		}
		if m < len(rest) && isSpaceRE(rest[m]) {
			m++
		}
		if m < len(rest) && (rest[m] == 'm' || rest[m] == 'M') {
			m++
			if m < len(rest) && rest[m] == '.' {
				m++
			}
			loc[14], loc[15] = a, m
			e = m
		}
	}
	// (?:\s*(?:Uhr|h|Uhr\.))?: "Uhr" comes first and always does for
	// "Uhr.", as nothing after it can fail.
	if u := skipSpaceRE(rest, e); len(rest)-u >= 3 && rest[u:u+3] == "Uhr" {
		e = u + 3
	} else if u < len(rest) && rest[u] == 'h' {
		e = u + 1
	}
	// (?:\s*(Z\b|[+-]\d{2}:?\d{2}\b|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?\b|\p{Lu}{2,5}\b))?
	if z := skipSpaceRE(rest, e); z < len(rest) {
		end, known := zoneAt(rest, z)
		if !known {
			return nil, false
		}
		if end > z {
			loc[16], loc[17] = z, end
			e = end
		}
	}
	loc[1] = e
	return loc, true
}

// zoneAt reads the zone alternatives of the time expression at s[z:] and
// returns the end of the one that matches (z when none does); known is
// false for the readings left to the expression.
func zoneAt(s string, z int) (end int, known bool) {
	c := s[z]
	if c >= utf8.RuneSelf {
		// A capital outside ASCII may open \p{Lu}{2,5}.
		return z, false
	}
	if c == 'Z' && !wordByteAt(s, z+1) {
		return z + 1, true
	}
	if c == '+' || c == '-' {
		if digitAt(s, z+1) && digitAt(s, z+2) {
			m := z + 3
			if m < len(s) && s[m] == ':' {
				m++
			}
			if digitAt(s, m) && digitAt(s, m+1) && !wordByteAt(s, m+2) {
				return m + 2, true
			}
		}
		return z, true
	}
	if len(s)-z >= 3 && (s[z:z+3] == "UTC" || s[z:z+3] == "GMT") {
		if m := spaceREAt(s, z+3); m < len(s) && (s[m] == '+' || s[m] == '-') {
			// An offset after UTC: the expression's own reading.
			return z, false
		}
	}
	// \p{Lu}{2,5}\b over ASCII capitals: a run too long or running into
	// a word byte has no boundary after any of its lengths.
	n := 0
	for n < 5 && z+n < len(s) && 'A' <= s[z+n] && s[z+n] <= 'Z' {
		n++
	}
	if z+n < len(s) && s[z+n] >= utf8.RuneSelf {
		return z, false
	}
	if n >= 2 && !wordByteAt(s, z+n) {
		return z + n, true
	}
	return z, true
}

// wordByteAt reports an ASCII word byte ([0-9A-Za-z_]) at s[i], the
// expressions' \w, which \b sets against the rest.
func wordByteAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// hourWordAt reads the words the time expression allows before the hour,
// (?i:at|um|à|a las|a la|alle|ore|om|kl\.?|klo|o|saat|в|às|as|h|godz\.?|ob)\s+,
// at rest[p:], which holds no digit: it returns where the hour must
// start, or -1 when the expression cannot match. At most one word can be
// followed by white space at p, so the order of the alternatives does
// not matter. A byte outside ASCII in the word, which may be one of the
// others or fold to an ASCII letter (the Kelvin sign, the long s), is
// left to the expression (known false).
func hourWordAt(rest string, p int) (hour int, known bool) {
	word := func(i int) (int, bool) {
		j := i
		for j < len(rest) && asciiLetter(rest[j]) {
			j++
		}
		return j, j == len(rest) || rest[j] < utf8.RuneSelf
	}
	if p >= len(rest) {
		return -1, true
	}
	if rest[p] >= utf8.RuneSelf {
		return 0, false
	}
	j, ok := word(p)
	if !ok {
		return 0, false
	}
	if j-p > 4 {
		// Longer than every word: "saat", "alle", "godz".
		return -1, true
	}
	var buf [8]byte
	q := -1
	switch w := lowerKey(buf[:0], rest[p:j]); string(w) {
	case "at", "um", "alle", "ore", "om", "klo", "o", "saat", "as", "h", "ob":
		q = j
	case "kl", "godz":
		q = j
		if q < len(rest) && rest[q] == '.' {
			q++
		}
	case "a":
		// "a la", "a las": one space, as the expression writes it.
		if j < len(rest) && rest[j] == ' ' {
			k, ok := word(j + 1)
			if !ok {
				return 0, false
			}
			if w2 := lowerKey(buf[:0], rest[j+1:k]); string(w2) == "la" || string(w2) == "las" {
				q = k
			}
		}
	}
	if q < 0 || q >= len(rest) || !isSpaceRE(rest[q]) {
		return -1, true
	}
	if h := skipSpaceRE(rest, q); digitAt(rest, h) {
		return h, true
	}
	return -1, true
}

// digitColonDigits reports a digit, a colon and two digits in s: the
// (\d{1,2}):(\d{2}) the time expression read before a date needs.
func digitColonDigits(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		if digitAt(s, i-1) && digitAt(s, i+1) && digitAt(s, i+2) {
			return true
		}
		j := strings.IndexByte(s[i+1:], ':')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
