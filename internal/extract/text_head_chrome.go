package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textNavPrompts are whole lines of a site's navigation that read like
// titles: accessibility links, menu toggles and "you are here" labels, in
// the languages the corpus of chrome phrases covers.
var textNavPrompts = map[string]bool{
	"toggle navigation": true, "navigation": true, "main navigation": true, "main menu": true, "menu": true,
	"open menu": true, "close menu": true, "close this search box": true, "close search": true, "search": true,
	"you are here": true, "skip navigation": true, "skip to main content": true, "jump to navigation": true,
	"navigation überspringen": true, "zur navigation": true, "zur suche": true, "hauptnavigation": true,
	"hauptmenü": true, "menü": true, "menü öffnen": true, "menü schließen": true, "suche": true,
	"sie sind hier": true, "sie befinden sich hier": true, "metanavigation": true,
	"vous êtes ici": true, "aller au contenu": true, "aller au menu": true, "rechercher": true,
	"usted está aquí": true, "está aquí": true, "saltar al contenido": true, "buscar": true,
	"sei qui": true, "vai al contenuto": true, "cerca": true, "você está aqui": true, "pesquisar": true,
	"u bent hier": true, "zoeken": true, "jesteś tutaj": true, "szukaj": true, "вы здесь": true, "поиск": true,
	"sign up": true, "sign in": true, "log in": true, "join now": true, "anmelden": true, "registrieren": true,
}

// textNavPrompt reports whether a line is one of textNavPrompts, case and
// trailing punctuation aside, a pager ("1 Beitrag • Seite 1 von 1",
// "Page 2 of 5") or an affiliate disclosure.
func textNavPrompt(s string) bool {
	return textNavPromptMay(s, ^uint64(0), false)
}

// textNavPromptOf is textNavPrompt(l.text), the affiliate disclosures
// looked for only in a line that holds all byte pairs of one of them
// (lowGrams), which most lines do not.
func textNavPromptOf(l *tLine) bool {
	g := ^uint64(0)
	if len(l.text) <= 300 {
		g = l.lowGrams()
	}
	return textNavPromptMay(l.text, g, l.fold)
}

// textNavPromptMay is textNavPrompt(s), given g, textGrams of s
// lower-cased (or all bits): an affiliate disclosure is looked for only
// when g holds all pairs of one. fold: s folds (tLine.fold), and
// lower-cases to its bytes with the ASCII capitals folded, so that a
// prompt it is has its length and first byte.
func textNavPromptMay(s string, g uint64, fold bool) bool {
	// The short texts looked up are lower-cased on the stack.
	var buf [textLowerBuf]byte
	if len(s) <= 40 {
		t := textNavTrim(s)
		if (!fold || t != "" && textNavKeyLens[textFoldByte(t[0])]>>len(t)&1 != 0) && textNavPrompts[string(textLowerAppend(buf[:0], t))] {
			return true
		}
	}
	// textPager ends with \d+$: a line that does not end with a digit is
	// no pager, and the expression need not run.
	if len(s) <= 60 && s != "" && '0' <= s[len(s)-1] && s[len(s)-1] <= '9' && textPager.MatchString(s) {
		return true
	}
	if len(s) <= 300 && textAffiliateMay(g) && textAffiliateNote(s) {
		return true
	}
	// "Sie sind hier: Aktuelles Presseinformationen ...": a trail after
	// its label.
	if i := textLabelColon(s); i > 0 {
		return textNavHere[string(textLowerAppend(buf[:0], strings.TrimSpace(s[:i])))]
	}
	return false
}

// textNavKeyLens holds, for each first byte of textNavPrompts, the
// lengths of the prompts that open with it, a bit each.
var textNavKeyLens = func() (t [256]uint64) {
	for k := range textNavPrompts {
		t[k[0]] |= 1 << len(k)
	}
	return t
}()

// textNavTrim is strings.Trim(s, " .:…»›>|"), with the marks beyond ASCII
// matched as bytes: a string opens (or ends) with their bytes only where
// it opens (or ends) with the rune, which strings.Trim decodes.
func textNavTrim(s string) string {
	// Most lines neither open nor end with a byte of those marks.
	if s == "" || textNavTrimBytes[s[0]]&1 == 0 && textNavTrimBytes[s[len(s)-1]]&2 == 0 {
		return s
	}
	for s != "" {
		switch c := s[0]; {
		case c == ' ' || c == '.' || c == ':' || c == '>' || c == '|':
			s = s[1:]
			continue
		case strings.HasPrefix(s, "…"):
			s = s[len("…"):]
			continue
		case strings.HasPrefix(s, "»"):
			s = s[len("»"):]
			continue
		case strings.HasPrefix(s, "›"):
			s = s[len("›"):]
			continue
		}
		break
	}
	for s != "" {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '.' || c == ':' || c == '>' || c == '|':
			s = s[:len(s)-1]
			continue
		case strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
			continue
		case strings.HasSuffix(s, "»"):
			s = s[:len(s)-len("»")]
			continue
		case strings.HasSuffix(s, "›"):
			s = s[:len(s)-len("›")]
			continue
		}
		break
	}
	return s
}

// textNavHere are the "you are here" labels that lead a breadcrumb trail.
var textNavHere = map[string]bool{
	"you are here": true, "sie sind hier": true, "sie befinden sich hier": true, "vous êtes ici": true,
	"usted está aquí": true, "está aquí": true, "sei qui": true, "você está aqui": true, "u bent hier": true,
	"jesteś tutaj": true, "вы здесь": true,
}

// textURLLine reports whether a line is a web address: the date in its
// path ("https://example.com/2020/01/15/story") is the linked page's.
func textURLLine(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) && strings.Count(s, " ") <= 1
}

// textTagList reports whether a line is a list of tags or categories: three
// items or more between commas, each of a few capitalised words, most of
// one or two, with no sentence end ("ARD, Demonstrationen, Neu,
// Tagesschau, Top-Thema"; "Artikel, Unsere Forschung, Veranstaltungen").
func textTagList(s string) bool {
	// The items are read in place, as strings.Split(s, ", ") would give
	// them, with no slice of them built.
	if !textCommaSpaces2(s) || utf8.RuneCountInString(s) > 200 || strings.ContainsAny(s, "()") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); textSentenceEnd(r) {
		return false
	}
	short, n := 0, 0
	for rest, more := s, true; more; n++ {
		var p string
		p, rest, more = strings.Cut(rest, ", ")
		f := textFieldCount(p, 5)
		if f == 0 || f > 4 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		if f <= 2 {
			short++
		}
	}
	return short*3 >= n*2
}

// textUnkicked returns the headline line h without a kicker run into it
// that is its own lead word printed again as the title begins ("Wurmkiste
// Wurmkiste selber bauen", "Patch Notes Patchnotes 4.47.4").
func textUnkicked(lines []tLine, h int) string {
	t := lines[h].text
	// Only the first seven words are compared, and whether an eighth
	// follows: they are cut on the stack (textFirstFields), and all of
	// them only for the answer.
	var fb [8]string
	f := textFirstFields(fb[:0], t)
	// The words are squashed on the stack (textSquashJoin).
	var la, lb, tmp [textLowerBuf]byte
	for k := 1; k <= 3 && k+2 <= len(f); k++ {
		lead := textSquashJoin(la[:0], tmp[:0], f[:k])
		if len(lead) < 5 {
			continue
		}
		// The same words, spaces and hyphens aside, in whole words.
		for m := 1; m <= k+1 && k+m < len(f); m++ {
			if string(textSquashJoin(lb[:0], tmp[:0], f[k:k+m])) == string(lead) {
				return strings.Join(strings.Fields(t)[k:], " ")
			}
		}
	}
	return t
}

// textFirstFields appends to dst the first fields of s as strings.Fields
// cuts them, up to cap(dst).
func textFirstFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s) && len(dst) < cap(dst); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 && len(dst) < cap(dst) {
		dst = append(dst, s[start:])
	}
	return dst
}

// textSquash lower-cases s and drops its spaces and hyphens: "Patch Notes"
// and "Patchnotes" are one word.
func textSquash(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// textPager is a pager's line: "Seite 1 von 1", "Page 2 of 5", with the
// count of posts a forum prints beside it.
var textPager = regexp.MustCompile(`(?i)^(?:\d+ (?:beitrag|beiträge|posts?|replies|antworten|messages?) [•·|-] )?(?:seite|page|página|pagina|strona) \d+ (?:von|of|de|di|z) \d+$`)

// textFlaggedTitle reports whether line i, which a chrome phrase or a tag
// flagged ("Interview mit Rainer Teuber – #OutInChurch"), is the title
// all the same: the trail just above ends with it and a credit or date
// line stands right under it, as under a headline.
func textFlaggedTitle(lines []tLine, i int, credit func(int) bool) bool {
	l := &lines[i]
	if l.footer || l.words < 3 || i+1 >= len(lines) || !textTitleLike(l) || textDekLike(l) {
		return false
	}
	if n := &lines[i+1]; !credit(i+1) && !n.date && !textDateLine(n) {
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		u := lines[j].text
		if len(u) > len(l.text)+3 && strings.HasSuffix(u, " "+l.text) {
			return true
		}
	}
	return false
}

// textAffiliateNotes mark a shop's or a publisher's disclosure of its
// affiliate links ("When you buy through links on our site, we may earn an
// affiliate commission").
var textAffiliateNotes = []string{"affiliate commission", "affiliate link", "we may earn a commission", "we may earn an affiliate",
	"provision erhalten", "affiliate-link", "partnerlinks"}

// textAffiliateNote reports whether s is such a disclosure: whether
// strings.ToLower(s) contains one of textAffiliateNotes, read without the
// copy (textASCIIPhrases).
func textAffiliateNote(s string) bool {
	return textAffiliateMatcher().has(s)
}

// textAffiliateGrams holds textGrams of each of textAffiliateNotes.
var textAffiliateGrams = func() []uint64 {
	gs := make([]uint64, len(textAffiliateNotes))
	for i, p := range textAffiliateNotes {
		gs[i] = textGrams(p)
	}
	return gs
}()

// textAffiliateMay reports whether a line whose lower case has the byte
// pairs g may hold one of textAffiliateNotes.
func textAffiliateMay(g uint64) bool {
	for _, m := range textAffiliateGrams {
		if g&m == m {
			return true
		}
	}
	return false
}

// textCommaSpaces2 reports whether strings.Count(s, ", ") >= 2, asking
// IndexByte for the commas and stopping at the second ", ".
func textCommaSpaces2(s string) bool {
	n := 0
	for i := 0; ; {
		k := strings.IndexByte(s[i:], ',')
		if k < 0 || i+k+1 >= len(s) {
			return false
		}
		i += k + 1
		if s[i] == ' ' {
			if n++; n == 2 {
				return true
			}
			i++
		}
	}
}

// textNavTrimBytes marks with 1 the bytes that open a mark textNavTrim
// trims, with 2 those that end one.
var textNavTrimBytes = func() (t [256]uint8) {
	for _, m := range []string{" ", ".", ":", ">", "|", "…", "»", "›"} {
		t[m[0]] |= 1
		t[m[len(m)-1]] |= 2
	}
	return t
}()
