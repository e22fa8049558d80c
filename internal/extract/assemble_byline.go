package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// personOverDesk replaces a credit that names only a desk, an agency or
// initials ("Redaktion", "Staff", "LN") with a printed credit that names a
// person, when the page prints one: the desk is how a site credits what
// nobody signed, and the initials are a name's short form; a page that
// also prints a full name credits that person.
func personOverDesk(chosen string, visible []string) string {
	if !deskCredit(chosen) {
		return chosen
	}
	for _, v := range visible {
		if personCredit(v) {
			return v
		}
	}
	return chosen
}

// deskCredit reports a credit of one desk or agency name, or of one word
// of two to four capitals.
func deskCredit(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if isAgency(s) {
		return true
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// personCredit reports a credit that reads as one person's name: two to
// four capitalised words without digits, none a role or an agency. Such
// words also make link labels ("Weitere Artikel", "Read More"), so the
// credit must show it names someone: a credit label ("By", "Von") or a
// middle initial ("Jane T. Doe").
func personCredit(s string) bool {
	labelled := false
	w := strings.Fields(s)
	if len(w) > 1 && creditLabels[strings.ToLower(w[0])] {
		w, labelled = w[1:], true
		s = strings.Join(w, " ")
	}
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	initial := false
	for _, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) || strings.ContainsFunc(x, unicode.IsDigit) || isAgency(x) {
			return false
		}
		if utf8.RuneCountInString(x) == 2 && strings.HasSuffix(x, ".") {
			initial = true
		}
	}
	if isRole(s) || isAgency(s) || !looksLikeName(s) {
		return false
	}
	return labelled || initial
}

// creditLabels are the words credit lines open with.
var creditLabels = map[string]bool{"by": true, "von": true, "par": true, "por": true, "di": true, "door": true, "av": true, "af": true, "przez": true, "автор:": true, "by:": true, "von:": true, "par:": true, "por:": true}
