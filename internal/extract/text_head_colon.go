package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textColonKicker returns the headline h with the kicker printed on the
// line over it when that kicker ends with a colon, which leads into the
// title ("Tanz in der Lokremise:" over "Mit allen Wassern gewaschen"): the
// two are one title set on two lines. A label ("Aktualisiert:", "Tags:")
// is one or two words; a date or credit line is not a kicker.
func textColonKicker(lines []tLine, h int, t string) string {
	if h == 0 {
		return t
	}
	k := &lines[h-1]
	if !strings.HasSuffix(k.text, ":") || strings.HasSuffix(k.text, "::") || k.words < 3 || k.words > 10 || k.date || k.digits > 0 || k.boiler || k.tail || k.comment {
		return t
	}
	if r, _ := utf8.DecodeRuneInString(k.text); !unicode.IsUpper(r) {
		return t
	}
	if textDateLine(k) || k.isCredit() || strings.HasSuffix(t, ":") {
		return t
	}
	return k.text + " " + t
}
