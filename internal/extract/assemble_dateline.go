package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// titleDatelineRE reads a dateline set in ordinary case ("Москва —",
// "Berlin (dpa) -", "Москва, 5 марта —"): one to three capitalised
// words, then an optional ", date" and "(agency)", then a dash and what
// follows it.
var titleDatelineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,2})(,\s*[^—–\-:()]{1,40}?)?\s*(\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+(\S+)`)
})

// titleDateline returns the place of a dateline in ordinary case opening
// a first paragraph. Capitalised words before a dash open many sentences
// ("Jane Doe – the mayor"), so the dateline must carry what only a
// dateline does: a date after the place, or a news agency in brackets or
// right after the dash.
func titleDateline(s string) string {
	if !mayTitleDateline(s) {
		return ""
	}
	m := titleDatelineRE().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	place := m[1]
	if utf8.RuneCountInString(place) < 3 || isAgency(place) {
		return ""
	}
	if m[2] != "" {
		if d, ok := findDate(m[2]); ok && d.end-d.start >= len(strings.TrimLeft(m[2], ", "))/2 {
			return place
		}
		if dayAndMonth(strings.TrimLeft(m[2], ", ")) {
			return place
		}
	}
	if m[3] != "" && agencyLike(strings.Trim(m[3], "()")) {
		return place
	}
	if agencyLike(strings.TrimRight(m[4], ".,:;")) {
		return place
	}
	return ""
}

// agencyLike reports a known news agency, or a short word in capitals
// ("ТАСС", "РИА"), the form agencies are cited in.
func agencyLike(s string) bool {
	if isAgency(s) {
		return true
	}
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// dayAndMonth reports a date given without a year ("5 марта", "Oct 18"):
// two words, one a day number, the other letters only.
func dayAndMonth(s string) bool {
	w := strings.Fields(s)
	if len(w) != 2 {
		return false
	}
	day := func(x string) bool {
		x = strings.TrimRight(x, ".")
		n := atoi(x)
		return len(x) <= 2 && n >= 1 && n <= 31
	}
	word := func(x string) bool {
		x = strings.TrimRight(x, ".")
		for _, r := range x {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		return utf8.RuneCountInString(x) >= 3
	}
	return day(w[0]) && word(w[1]) || word(w[0]) && day(w[1])
}
