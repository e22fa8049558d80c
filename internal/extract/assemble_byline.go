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

// cutAfterNames ends a printed credit with the last metadata author it
// names when what follows is not a credit: the site's name, a job, the
// post's categories, or two fields or more of a signature ("von Jane Doe
// Blog, Umwelt, Vegan", "Jane Doe, Staff Writer", "Jane Doe, Maps
// Marketing, Examplecorp"). One field else may be a name the metadata
// left out ("Jane Doe, John Roe" with only Jane Doe in the metadata) and
// stays.
func cutAfterNames(v string, names, keys []string) string {
	lv := strings.ToLower(v)
	end := -1
	for _, n := range names {
		ln := strings.ToLower(n)
		if ln == "" || len(ln) != len(n) {
			continue // a case fold that changes lengths would misplace the cut
		}
		if i := strings.LastIndex(lv, ln); i >= 0 {
			end = max(end, i+len(ln))
		}
	}
	if end < 0 || end == len(v) {
		return v
	}
	// Cut only at a word's end.
	if r, _ := utf8.DecodeRuneInString(v[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return v
	}
	const seps = " ,;|·•-–—("
	rest := strings.Trim(v[end:], seps)
	var parts []string
	for _, p := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '|' || r == '/' }) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	switch {
	case len(parts) == 0:
		return v
	case len(parts) >= 2, matchesSite(rest, keys), isRole(parts[0]):
		return strings.TrimRight(v[:end], seps)
	}
	return v
}
