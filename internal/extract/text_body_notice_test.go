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

// textDisclosure must find what the plain reading finds, lower-cased
// copy and strings.Contains, on blocks that fold as they stand and on
// those that do not (capitals beyond ASCII, the Kelvin sign, bytes that
// are no UTF-8).
func TestTextDisclosureAgrees(t *testing.T) {
	blocks := []string{
		"This post may contain Affiliate Links, which means we earn a commission.",
		"AS AN AMAZON ASSOCIATE I EARN FROM QUALIFYING PURCHASES.",
		"Für Links auf dieser Seite erhält die Redaktion EINE KLEINE PROVISION VOM HÄNDLER.",
		"Für Links auf dieser Seite erhält die Redaktion eine kleine Provision vom Händler.",
		"Nous utilisons des LIENS AFFILIÉS dans cet article.",
		"Nous utilisons des liens affiliés dans cet article.",
		"Amazon \u212Associate", // the Kelvin sign lower-cases to k
		"affiliate\xff link", "affiliate link\xff", "\xffaffiliate link",
		"The affiliated club won the league.", "Our advertisers", "OF OUR ADVERTISERS",
		"", "ab", "Enlaces de AFILIACIÓN", "ОБ АВТОРЕ affiliate-link",
	}
	for _, b := range blocks {
		want := textHasAny(strings.ToLower(b), textDisclosurePhrases)
		if got := textDisclosure(b); got != want {
			t.Errorf("textDisclosure(%q) = %v, want %v", b, got, want)
		}
	}
	for _, p := range textDisclosurePhrases {
		for _, b := range []string{p, strings.ToUpper(p), "x " + p + " y", strings.ToUpper(p[:1]) + p[1:]} {
			if want := textHasAny(strings.ToLower(b), textDisclosurePhrases); !textDisclosure(b) || !want {
				t.Errorf("textDisclosure(%q) = false, strings.Contains finds a phrase: %v", b, want)
			}
		}
	}
}
