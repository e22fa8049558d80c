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
