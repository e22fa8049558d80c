package extract

import (
	"strings"
	"testing"
)

// The lead filters may only reject lines the expressions cannot match.
func TestBoilerLeadsKeepMatches(t *testing.T) {
	lines := []string{
		"advertisement", "  » share this article on facebook", "read more", "© 2024 the times",
		"photo: reuters", "photos courtesy of nasa", "sign up for our newsletter", "*werbung:",
		"related stories:", "this article was originally published", "¿te ha sido útil?",
		"реклама", "广告", "— top —", "no ratings yet", "the minister said on tuesday",
		"a", "", "12 comments", "über den autor",
	}
	fs := boilerLeads()
	for _, l := range lines {
		var buf [boilerLeadRunes]rune
		lead := leadRunes(l, buf[:])
		if boilerLine.MatchString(l) && !fs[0].may(lead) {
			t.Errorf("boilerLine filter rejects %q, which it matches", l)
		}
		if boilerStart.MatchString(l) && !fs[1].may(lead) {
			t.Errorf("boilerStart filter rejects %q, which it matches", l)
		}
	}
	// The filter must reject something, or it saves nothing.
	var buf [boilerLeadRunes]rune
	if fs[1].may(leadRunes(strings.ToLower("The minister said on Tuesday"), buf[:])) {
		t.Errorf("boilerStart filter keeps an ordinary sentence")
	}
}

// hasWordOf finds a boilerplate phrase wherever a search for each finds
// it: at the start, inside and at the end of a line, and not a phrase cut
// short by the line's end.
func TestBoilerPhraseSetAsContains(t *testing.T) {
	lines := []string{"", "a", "©", "photo © jane doe", "ap photo", "cap photos", "ap phot",
		"the minister said", "reuters", "(reuters/jane doe)", "/reuters", "sign up", "sign up for",
		"read our privacy policy.", "privacy polic", "datenschutzerklärung", "datenschutzerklärun",
		"istoc", "via istock", "tous droits réservés", "requires javascript"}
	for _, p := range boilerPhrases {
		lines = append(lines, p, "x "+p, p+" x", p[:len(p)-1], p[1:])
	}
	set := boilerPhraseSet()
	for _, l := range lines {
		want := false
		for _, p := range boilerPhrases {
			if strings.Contains(l, p) {
				want = true
			}
		}
		if got := hasWordOf(set, l); got != want {
			t.Errorf("hasWordOf(%q) = %v, strings.Contains finds a phrase: %v", l, got, want)
		}
	}
}
