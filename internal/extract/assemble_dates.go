package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// headerDate is the last resort for the timestamp when no candidate gave a
// date: a date printed right beside the headline in a visible line (the
// header block read as one line, "Headline 25. Januar 2022 (Agency)", or a
// teaser of this very article, "10.11.2021 Headline"), else a date opening
// the first body paragraph as a header ("Press release of 25 January 2022 |
// Berlin – ..."). Paths that read the header as one run of text leave the
// date inside it; its place next to the headline is what says it is the
// article's.
func headerDate(c cands, headline string, blocks []block) string {
	if h := strings.TrimSpace(headline); utf8.RuneCountInString(h) >= 8 {
		for _, f := range []field{fieldDek, fieldHeadline, fieldByline, fieldDateline} {
			for _, k := range c.of(f, originVisible) {
				if d := dateBesideHeadline(k.value, h); d != "" {
					return d
				}
			}
		}
	}
	// A title or description that ends with its date ("Headline (Notizia
	// del 14 Gennaio 2020)", "Pressemitteilung vom 3. Mai 2021"): the page
	// dates the article where it names it.
	for _, f := range []field{fieldTitle, fieldHeadline, fieldDescription} {
		for _, k := range c[f] {
			if k.pos >= 0 {
				continue
			}
			if d := closingDate(k.value); d != "" {
				return d
			}
		}
	}
	for i, b := range blocks {
		if i >= 3 {
			break
		}
		if b.kind != "" && b.kind != "p" {
			continue
		}
		if d := openingHeaderDate(b.text); d != "" {
			return d
		}
	}
	// A line that says which date it gives ("Veröffentlichung: 04.02.2022",
	// "Issue Published: 7 April 2020") among the first blocks.
	for i, b := range blocks {
		if i >= 3 {
			break
		}
		for _, line := range strings.Split(b.text, "\n") {
			if d := labelledPublication(line); d != "" {
				return d
			}
		}
	}
	return ""
}

// publicationLabels are the labels that introduce a publication date.
const publicationLabels = `(?:issue\s+|first\s+|e-?)?published(?:\s+on)?|publication\s+date|date\s+published|ver(?:ö|oe)ffentlicht(?:\s+am)?|ver(?:ö|oe)ffentlichung(?:sdatum)?|erschienen(?:\s+am)?|publi(?:é|e)\s+le|mis\s+en\s+ligne(?:\s+le)?|mise\s+en\s+ligne(?:\s+le)?|date\s+de\s+publication|publicado(?:\s+el)?|fecha\s+de\s+publicaci(?:ó|o)n|pubblicato(?:\s+il)?|gepubliceerd(?:\s+op)?|opublikowano|опубликовано|publicerad|publisert|julkaistu`

// publicationLabelRE finds a label that introduces a publication date at
// the start of a line.
var publicationLabelRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:` + publicationLabels + `)\s*[:：]?\s*`)
})

// publicationLabelEndRE finds a publication label that ends a text, right
// before a date ("... Letzte Änderung: 31.10.2023 Erschienen am: ").
var publicationLabelEndRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i:(?:^|[^\pL])(?:` + publicationLabels + `))\s*[:：]?\s*$`)
})

// labelledPublication returns the date a line gives after a publication
// label, when the date follows the label directly.
func labelledPublication(line string) string {
	line = strings.TrimSpace(line)
	if len(line) > 80 {
		return ""
	}
	loc := publicationLabelRE().FindStringIndex(line)
	if loc == nil {
		return ""
	}
	rest := line[loc[1]:]
	if m, ok := findDate(rest); ok && m.start == 0 {
		return m.day()
	}
	return ""
}

// headerTrim is what may stand between a headline and its date.
const headerTrim = " \t\"'“”„«»’|·•,:;–—-"

// dateBesideHeadline returns the date that follows or precedes the
// headline in v with nothing but punctuation between them.
func dateBesideHeadline(v, h string) string {
	i := strings.Index(v, h)
	if i < 0 {
		return ""
	}
	after := strings.TrimLeft(v[i+len(h):], headerTrim)
	if m, ok := findDate(after); ok && m.start == 0 {
		return m.iso
	}
	before := strings.TrimRight(v[:i], headerTrim)
	if before == "" {
		return ""
	}
	// The date must end the text before the headline, and that text must be
	// short: a teaser's date, not a date somewhere in a longer line.
	start := max(0, len(before)-40)
	for start > 0 && !utf8.RuneStart(before[start]) {
		start--
	}
	tail := before[start:]
	if m, ok := findDate(tail); ok && m.end == len(tail) {
		return m.iso
	}
	// A one-word kicker between the date and the headline ("02.02.2022
	// A-Frauen Headline"), as teasers set the section there.
	if i := strings.LastIndexByte(before, ' '); i > 0 && utf8.RuneCountInString(before[i+1:]) <= 20 {
		rest := strings.TrimRight(before[:i], headerTrim)
		if m, ok := findDate(rest); ok && m.end == len(rest) && len(rest)-m.start <= 40 {
			return m.iso
		}
	}
	return ""
}

// openingHeaderDate returns a date that a paragraph opens with as a
// header: within its first words, and followed by a separator (a bar, a
// dash, a bracket) rather than by a sentence.
func openingHeaderDate(s string) string {
	if len(s) > 60 {
		s = s[:60]
	}
	m, ok := findDate(s)
	if !ok || m.start > 40 {
		return ""
	}
	if strings.ContainsAny(s[:m.start], ".!?:;") {
		return ""
	}
	rest := strings.TrimLeft(s[m.end:], " \t")
	// A date in brackets ahead of the text, "(21. November 2022) Prices
	// rose ...", "Town, (12.11.2021). The ...": set off as the report's
	// date, not a date the sentence speaks of.
	if strings.HasSuffix(strings.TrimRight(s[:m.start], " \t"), "(") && strings.HasPrefix(rest, ")") {
		return m.iso
	}
	for _, sep := range []string{"|", "–", "—", "- ", "(", "·", "•", "„", "«", "“", "\""} {
		if strings.HasPrefix(rest, sep) {
			return m.iso
		}
	}
	return ""
}

// closingDate returns the date a text ends with, brackets and final
// punctuation aside.
func closingDate(s string) string {
	if d := openingTitleDate(s); d != "" {
		return d
	}
	s = strings.TrimRight(s, " .)]")
	start := max(0, len(s)-40)
	for start > 0 && !utf8.RuneStart(s[start]) {
		start--
	}
	tail := s[start:]
	if m, ok := findDate(tail); ok && m.end == len(tail) && !m.hasTime() {
		return m.day()
	}
	return ""
}

// openingTitleDate returns the date a title opens with, set off from the
// rest by a separator ("23.01.2022 - Headline").
func openingTitleDate(s string) string {
	m, ok := findDate(s)
	if !ok || m.start != 0 {
		return ""
	}
	rest := s[m.end:]
	if t := strings.TrimLeft(rest, " "); len(t) < len(rest) && len(t) > 0 && strings.ContainsRune("-–—|:·•", []rune(t)[0]) {
		return m.day()
	}
	return ""
}

// cutOpeningDate removes a date and its separator from the start of a
// title ("23.01.2022 - Headline" gives "Headline") when two words or more
// are left.
func cutOpeningDate(s string) string {
	if openingTitleDate(s) == "" {
		return s
	}
	m, _ := findDate(s)
	rest := strings.TrimLeft(s[m.end:], " -–—|:·•")
	if tokenCount(rest) < 2 {
		return s
	}
	return rest
}

// farDatesOnly reports whether every publication candidate is a visible
// date far below the headline (a list or a comment further down), which
// a title's own date beats.
func farDatesOnly(c cands) bool {
	list := c[fieldPublished]
	if len(list) == 0 {
		return false
	}
	for _, k := range list {
		if k.pos < 0 || k.pos <= 2 || k.origin != originVisible {
			return false
		}
	}
	return true
}

// titleDate returns the date a title or structured headline opens or
// closes with.
func titleDate(c cands) string {
	for _, f := range []field{fieldTitle, fieldHeadline} {
		for _, k := range c[f] {
			if k.pos < 0 {
				if d := closingDate(k.value); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// labelledFirst puts first the date that a shown candidate's publication
// label introduces ("Published On May 10, 2022") when the first shown
// date is later: a header's today's date or a teaser's stands before the
// article's labelled one, and a page cannot show its publication after
// that date.
func labelledFirst(list []candidate, shown []dateMatch) []dateMatch {
	if len(shown) < 2 {
		return shown
	}
	for _, k := range list {
		if !publicationLabelRE().MatchString(k.value) {
			continue
		}
		m, ok := findDate(k.value)
		if !ok {
			continue
		}
		if shown[0].day() > m.day() {
			return append([]dateMatch{m}, shown...)
		}
		return shown
	}
	return shown
}

// shownPublished returns the publication candidates printed by the
// headline (shownCands) less those the page shows as something else, as
// long as another is left: the very line the page also marks as its update
// when a machine-readable date by the headline gives another day (a meta
// line printing "29. Dezember 2022" as dateModified before "30. Dezember
// 2022" as datePublished, both read as dates), and a date
// inside the headline itself ("Results: Town, 19.5.2007"), the day of the
// event it reports rather than of the report. And a first shown machine
// time that the page prints as another day, which the metadata gives too,
// goes with every shown date of its day (outvotedMark). A date closing
// the standfirst shown by the headline is a shown date too: pages print
// it there, and a reader that takes the standfirst whole leaves it inside.
func shownPublished(c cands) []candidate {
	list := shownCands(c[fieldPublished])
	for _, k := range shownCands(c.of(fieldDek, originVisible)) {
		if d := closingShownDate(k.value); d != "" {
			list = append(list, candidate{field: fieldPublished, origin: originVisible, value: d, pos: k.pos})
		}
	}
	if len(list) < 2 {
		return list
	}
	mods := shownCands(c[fieldModified])
	heads := shownCands(c.of(fieldHeadline, originVisible))
	outvotedDay := outvotedMark(list, c[fieldPublished])
	var keep []candidate
	for _, k := range list {
		if k.origin == originVisible && (sameShown(k, mods) && markedOther(k, list) || inHeadline(k.value, heads)) {
			continue
		}
		if outvotedDay != "" {
			if d, ok := findDate(k.value); ok && d.day() == outvotedDay {
				continue
			}
		}
		keep = append(keep, k)
	}
	if len(keep) == 0 {
		return list
	}
	return keep
}

// sameShown reports whether list holds k's printed text at k's place.
func sameShown(k candidate, list []candidate) bool {
	for _, o := range list {
		if o.origin == originVisible && o.pos == k.pos && o.value == k.value {
			return true
		}
	}
	return false
}

// markedOther reports whether list holds a machine-readable date (a <time
// datetime>, an itemprop) of another day than k's.
func markedOther(k candidate, list []candidate) bool {
	m, ok := findDate(k.value)
	if !ok {
		return false
	}
	for _, o := range list {
		if o.origin != originMarkup && o.origin != originMicrodata {
			continue
		}
		if d, ok := findDate(o.value); ok && d.day() != m.day() {
			return true
		}
	}
	return false
}

// inHeadline reports whether a headline of heads contains the date v.
func inHeadline(v string, heads []candidate) bool {
	for _, h := range heads {
		if len(h.value) > len(v) && strings.Contains(h.value, v) {
			return true
		}
	}
	return false
}

// outvotedMark returns the day of the first shown date when that is a
// machine time (a <time datetime>, an itemprop) no metadata gives, while
// the page prints another day that its metadata gives ('Berlin,
// 28.10.2021' and og 2021-10-28 against a hidden itemprop time of
// 2021-10-27T20:35): two sources outvote one.
func outvotedMark(list, all []candidate) string {
	if len(list) == 0 || list[0].origin != originMarkup && list[0].origin != originMicrodata {
		return ""
	}
	first, ok := findDate(list[0].value)
	if !ok {
		return ""
	}
	meta := map[string]bool{}
	for _, k := range all {
		if k.pos < 0 {
			if d, ok := findDate(k.value); ok {
				meta[d.day()] = true
			}
		}
	}
	if meta[first.day()] {
		return ""
	}
	for _, k := range list {
		if k.origin != originVisible {
			continue
		}
		if d, ok := findDate(k.value); ok && d.day() != first.day() && meta[d.day()] {
			return first.day()
		}
	}
	return ""
}

// closingShownDate returns the text of the date a standfirst ends with,
// glued to its last sentence or set apart ("... its recovery?Monday, 6
// January 2020").
func closingShownDate(s string) string {
	s = strings.TrimRight(s, " .)]")
	start := max(0, len(s)-40)
	for start > 0 && !utf8.RuneStart(s[start]) {
		start--
	}
	tail := s[start:]
	m, ok := findDate(tail)
	if !ok || m.end != len(tail) {
		return ""
	}
	// Set apart from the text, not the end of its sentence ("... was
	// held on 6 January 2020."): after a sentence's end or a separator,
	// a weekday aside.
	before := strings.TrimRight(tail[:m.start], " ,")
	if i := strings.LastIndexAny(before, " ?!.|"); i >= 0 && isWeekday(strings.ToLower(before[i+1:])) {
		before = strings.TrimRight(before[:i+1], " ")
	}
	if before != "" {
		r, _ := utf8.DecodeLastRuneInString(before)
		if !strings.ContainsRune("?!.|–—-·•", r) {
			return ""
		}
	}
	return tail[m.start:m.end]
}
