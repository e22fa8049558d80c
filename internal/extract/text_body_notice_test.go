package extract

import (
	"strings"
	"testing"
)

// The site's disclosure of its affiliate links, printed with the
// article, is left out of the body; a paragraph that speaks of a
// commission, and the post's dated first line that carries the
// disclosure, are kept.
func TestTextDropDisclosures(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Garden", "Kitchen", "",
		"How to keep a lemon tree through the winter", "",
		"This post may contain affiliate links. If you buy through them, we may receive a small commission at no cost to you.", "",
		"A lemon tree in a pot can live for decades if it spends the cold months in a bright room that stays cool, between eight and twelve degrees, and gets only a little water every two weeks.", "",
		"The city's planning commission will decide next month whether the old greenhouse in the park may be turned into a winter home for the potted trees of the neighbourhood, as the gardeners asked.", "",
		"In spring, bring the tree out slowly: a few hours in the shade at first, then a little more sun each day, so that its leaves do not burn before they are used to the light again.", "",
		"Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.", "",
		"Share this", "Facebook",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"A lemon tree in a pot", "planning commission", "bring the tree out slowly"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
	for _, bad := range []string{"affiliate links", "Provision vom Händler"} {
		if strings.Contains(body, bad) {
			t.Errorf("disclosure %q kept in body:\n%s", bad, body)
		}
	}
	dated := []block{{text: "By Ann on 3 May 2023 | 4 Comments. This post may contain affiliate links."}, {text: "Text."}}
	if got := textDropDisclosures(dated); len(got) != 2 {
		t.Errorf("the post's dated first line dropped: %v", got)
	}
}
