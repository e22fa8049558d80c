package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textRunInKicker returns the headline h without a kicker the copied text
// ran into it with no separator ("Interne Unterlagen im Netz Daten von
// Rheinmetall gehackt"), or h unchanged. The words before the title alone
// cannot tell a kicker from the title's own opening (nor can a line that
// prints the rest alone, or "Kicker: Other words": pages print shortened
// titles and the kicker of a headline that keeps it), so the page must set
// the kicker off after the title elsewhere: the tab's "Title - Kicker", a
// trail ending "» Kicker".
func textRunInKicker(lines []tLine, h int, t string) string {
	if strings.Count(t, " ") < 2 {
		return t
	}
	// The kicker is the first one to five words; the cuts are read off t
	// in place.
	at := 0
	for k := 1; k <= 5; k++ {
		i := strings.IndexByte(t[at:], ' ')
		if i < 0 {
			break
		}
		at += i
		p, r := t[:at], t[at+1:]
		at++
		if p == "" || r == "" || !textRunInSplit(p, r) {
			continue
		}
		// A line that ends with p ends with its last byte: the others are
		// passed over without a call.
		last := p[len(p)-1]
		for j := range lines {
			if x := lines[j].text; j == h || len(x) <= len(p) || x[len(x)-1] != last {
				continue
			}
			if textRunInEcho(lines[j].text, p) {
				return r
			}
		}
		if h > 0 && textRunInAbove(lines[h-1].text, p) {
			return r
		}
	}
	return t
}

// textRunInSplit reports whether p then r may be a kicker and a title run
// together: the kicker ends on a word, not a separator or a joining word's
// comma, and the title opens as a title does, capitalised, with a digit or
// a quote.
func textRunInSplit(p, r string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(r)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"„“«‚'", first)
}

// textRunInEcho reports whether line x shows p to be a kicker: x ends with
// it after a separator.
func textRunInEcho(x, p string) bool {
	if head, ok := strings.CutSuffix(x, p); ok && head != "" {
		for _, sep := range []string{" - ", " – ", " — ", " | ", " » ", " > ", " › ", " / "} {
			if strings.HasSuffix(head, sep) {
				return true
			}
		}
	}
	return false
}

// textRunInAbove reports whether x, the line just over the headline, is the
// title shortened with p set off before a colon as its kicker, as the tab
// or a teaser prints it ("Kind krank: Was Arbeitgeber wissen müssen" over
// "Kind krank Was Arbeitgeber über die Rechte von Eltern wissen müssen").
func textRunInAbove(x, p string) bool {
	rest, ok := strings.CutPrefix(x, p)
	return ok && strings.HasPrefix(rest, ": ") && len(rest) > 2
}
