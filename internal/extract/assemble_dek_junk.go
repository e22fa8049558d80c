package extract

import (
	"regexp"
	"strings"
	"sync"
)

// notArticleDek reports a dek or description text that says nothing of
// the article whatever the page's markup calls it: a template left
// unrendered, a script's data, a CMS's stand-in text, the credit line, or
// the site describing itself (its name, its tagline) rather than the
// article.
func notArticleDek(s, site, headline string) bool {
	if strings.Contains(s, "{{") || strings.Contains(s, "{%") || strings.Contains(s, "<%") || strings.Contains(s, "${") {
		// "{{ seomatic.helper.extractTextFromField(entry.teaser) }}"
		return true
	}
	if t := strings.TrimSpace(s); (strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")) && strings.Contains(t, `":`) {
		// A JSON object that a styled element's script held.
		return true
	}
	if isPlaceholderDek(s) {
		return true
	}
	if isBylineWhole(s) || isBylineWhole(cutAside(s)) {
		// "Written by Staff Report", "Par Didier Roy (Les blogs, 21 juin 2018)".
		return true
	}
	if creditOpening(s) {
		// "by Jane Doe November 8, 2023 | 6:03 pm Share: ...": the meta
		// line of credit, date and share buttons.
		return true
	}
	if labelRow(s) {
		// "Drucker • Etiketten • Service": the site's offer, not a
		// sentence about the article.
		return true
	}
	return isSiteTagline(s, site, headline)
}

// labelRow reports a line of three or more short labels set apart by
// bullets or bars.
func labelRow(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '•' || r == '|' || r == '·' })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) > 3 {
			return false
		}
	}
	return true
}

// cutAside returns s without a closing aside in brackets ("Par Didier
// Roy (Planète Asie, 21 juin 2018)" gives "Par Didier Roy"), or "" when
// there is none.
func cutAside(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ")") {
		return ""
	}
	i := strings.LastIndex(t, "(")
	if i <= 0 {
		return ""
	}
	return strings.TrimSpace(t[:i])
}

// placeholderDeks are texts blog software writes in the description of a
// post that has no excerpt of its own.
var placeholderDeks = []string{
	"visit the post for more",
}

// isPlaceholderDek reports a CMS's stand-in description.
func isPlaceholderDek(s string) bool {
	k := strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".…! "))
	for _, p := range placeholderDeks {
		if k == p {
			return true
		}
	}
	return false
}

// hostWordRE finds a word that is a host name ("buehnenblatt.de",
// "example.com"): sites name themselves so in their taglines.
var hostWordRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[\p{L}\p{N}-]{2,}\.(?:[a-z]{2,3}|info|news|online|media|blog)\b`)
})

// isSiteTagline reports the site describing itself: its name alone, or a
// short line naming the site ("buehnenblatt.de - das unabhängige
// Theaterportal", "++ example.de Blaulicht ++") that shares no word with
// the headline. An article's description names its subject, and a
// site-wide description is the same on every page of the site.
func isSiteTagline(s, site, headline string) bool {
	key := foldKey(s)
	if key == "" {
		return false
	}
	siteKey := foldKey(site)
	if siteKey != "" && key == siteKey {
		return true
	}
	if tokensOver(s, 8) {
		return false
	}
	named := len(siteKey) >= 4 && strings.Contains(key, siteKey) || hostWordRE().MatchString(s)
	if !named {
		return false
	}
	words := tokens(s)
	head := map[string]bool{}
	for _, w := range tokens(headline) {
		head[w] = true
	}
	for _, w := range words {
		if len([]rune(w)) >= 4 && head[w] && !strings.Contains(siteKey, w) {
			return false
		}
	}
	return true
}

// creditOpening reports a text that opens with a credit printed before a
// date ("by Jane Doe November 8, 2023 ..."), whatever follows: the
// article's meta line, which a standfirst never opens with.
func creditOpening(s string) bool {
	m, ok := findDate(s)
	if !ok || m.start == 0 || m.start > 80 {
		return false
	}
	before := strings.TrimRight(s[:m.start], " \t|·•-–—,:;/")
	return creditLabelled(before) && isBylineWhole(before)
}
