package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listCredits returns the body positions at which the page prints the
// credits of a list of other pieces: three or more different credits at
// one place further down than the headline's box ("By Jane Doe", "By Tom
// Roe", "By Ann Poe" under the teasers of "More stories"). An article
// prints one credit line; the bylines of a teaser list name the authors
// of the pieces it links to. Credits by the headline (positions 0 and 1)
// are never a list: a page may print each of its authors in an element
// of its own there.
func listCredits(list []candidate) map[int]bool {
	// Only a place with three credits or more can hold three different
	// ones: the credits are counted by place before any is cleaned and
	// folded (most pages have one or two credits under the headline).
	n := 0
	for _, k := range list {
		if k.pos > 1 && k.origin >= originMarkup {
			n++
		}
	}
	if n < 3 {
		return nil
	}
	perPos := make(map[int]int, n)
	for _, k := range list {
		if k.pos > 1 && k.origin >= originMarkup {
			perPos[k.pos]++
		}
	}
	var seen map[int]map[string]bool
	var out map[int]bool
	for _, k := range list {
		if k.pos <= 1 || k.origin < originMarkup || perPos[k.pos] < 3 {
			continue
		}
		key := foldKey(cleanByline(k.value))
		if key == "" {
			continue
		}
		if seen == nil {
			seen = map[int]map[string]bool{}
		}
		at := seen[k.pos]
		if at == nil {
			at = map[string]bool{}
			seen[k.pos] = at
		}
		at[key] = true
		if len(at) == 3 {
			if out == nil {
				out = map[int]bool{}
			}
			out[k.pos] = true
		}
	}
	return out
}

// dropAvatarInitials removes the initials an author box prints before the
// name in place of a missing photo ("LP Luana Patriolino" gives "Luana
// Patriolino"): a first word of capitals only that spells the first
// letters of the words after it.
func dropAvatarInitials(v string) string {
	first, rest, ok := strings.Cut(v, " ")
	if !ok {
		return v
	}
	n := utf8.RuneCountInString(first)
	if n < 2 || n > 3 {
		return v
	}
	words := strings.Fields(rest)
	if len(words) < n {
		return v
	}
	i := 0
	for _, r := range first {
		if !unicode.IsUpper(r) {
			return v
		}
		w, _ := utf8.DecodeRuneInString(words[i])
		if w != r {
			return v
		}
		i++
	}
	return strings.TrimSpace(rest)
}

// addCoAuthors completes a printed credit that names one of the article's
// structured authors but not the others ("Jane Doe" printed, "Jane Doe"
// and "Tom Roe" in the metadata): pages print each author in an element
// of their own, and the credit read is the first of them. Only names of
// two words or more are added, at most two, so that a desk or a long
// list of contributors is not run into a person's credit.
func addCoAuthors(v string, names []string) string {
	if len(names) < 2 || len(names) > 3 {
		return v
	}
	var missing []string
	for _, n := range names {
		if len(strings.Fields(n)) < 2 {
			return v
		}
		if contain, _ := overlap(plainLetters(n), plainLetters(v)); contain < 0.5 {
			missing = append(missing, n)
		}
	}
	if len(missing) == 0 || len(missing) == len(names) {
		return v
	}
	return v + " and " + strings.Join(missing, " and ")
}

// outvotedAuthors returns the credit printed by the headline when it names
// none of the most trusted metadata's authors but those another metadata
// source gives ("Jane Doe" printed, microdata and <meta> saying "Jane
// Doe" and "Tom Roe", JSON-LD naming someone else): the structured data
// then holds a stale or template author, and the page and its other
// sources agree on the article's own. "" when no such credit is printed.
func outvotedAuthors(c cands, keys, names, visible []string, near []bool) string {
	if len(names) == 0 {
		return ""
	}
	trusted := map[string]bool{}
	for _, n := range names {
		trusted[strings.ToLower(n)] = true
	}
	var others []string
	for _, k := range c[fieldAuthor] {
		if k.origin == originVisible || strings.Contains(k.value, "://") || isEmail(k.value) {
			continue
		}
		for _, n := range splitAuthors(k.value) {
			if !trusted[strings.ToLower(n)] {
				others = append(others, n)
			}
		}
	}
	for i, v := range visible {
		if !near[i] {
			continue
		}
		var named []string
		for _, n := range others {
			if contain, _ := overlap(plainLetters(n), plainLetters(v)); contain >= 0.5 {
				named = append(named, n)
			}
		}
		if len(named) == 0 {
			continue
		}
		var rest []string
		seen := map[string]bool{}
		for _, n := range others {
			if k := strings.ToLower(n); !seen[k] {
				seen[k] = true
				rest = append(rest, n)
			}
		}
		return addCoAuthors(cutAfterNames(v, named, keys), rest)
	}
	return ""
}

// hostName reports a credit segment that is a web address's host alone
// ("Sciencewire.example", "example.co.uk"): the site the credit names after its
// author ("by Jane Doe, Example.org"), which pages without a site name
// in their metadata do not let the site-name rule see.
func hostName(s string) bool {
	s = strings.TrimSpace(s)
	dot := strings.LastIndexByte(s, '.')
	if dot < 2 || len(s)-dot-1 < 2 || len(s)-dot-1 > 6 {
		return false
	}
	for _, r := range s[dot+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	for _, r := range s[:dot] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// markupNames returns the author names the page's markup gives by the
// headline (rel=author, class=author), where a name stands alone.
func markupNames(c cands) []string {
	var out []string
	for _, k := range c[fieldAuthor] {
		if k.origin == originMarkup && k.pos >= 0 && k.pos <= 1 {
			out = append(out, k.value)
		}
	}
	return out
}

// cutRolePrefix drops the one word of a job a credit prints before a name
// the markup gives alone ("Site-Experte Robin Tschöpe" beside "Robin
// Tschöpe"), as cleanByline drops the job after a name: a compound with a
// hyphen or a known role. A credit
// label stays ("Von Expertin Jana Berg" gives "Von Jana Berg"), and so do
// abbreviated titles ("Dr. Jana Berg"): they are part of how the name is
// printed.
func cutRolePrefix(v string, names []string) string {
	for _, n := range names {
		if len(strings.Fields(n)) < 2 || !strings.HasSuffix(strings.ToLower(v), strings.ToLower(n)) || len(v) == len(n) {
			continue
		}
		head := strings.Fields(v[:len(v)-len(n)])
		label := ""
		if len(head) == 2 && creditLabels[strings.ToLower(head[0])] {
			label, head = head[0]+" ", head[1:]
		}
		if len(head) != 1 || strings.HasSuffix(head[0], ".") || !unicode.IsUpper(firstRune(head[0])) {
			continue
		}
		if !strings.Contains(head[0], "-") && !isRole(head[0]) {
			// A first name before the one the markup gives ("Anna"
			// before "Maria Berg"), not a job.
			continue
		}
		return label + v[len(v)-len(n):]
	}
	return v
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
