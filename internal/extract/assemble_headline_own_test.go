package extract

import (
	"strings"
	"testing"
)

func ownH1Page(title, h1 string) string {
	para := "<p>The harbour bridge opened again to traffic on Monday morning after eight months of repairs to its deck and cables, the council said.</p>"
	return `<html><head><title>` + title + `</title></head><body><header><h1 class="logo">Gazette</h1></header><article><h1>` + h1 + `</h1>` +
		strings.Repeat(para, 4) + `</article></body></html>`
}

func TestHeadlineOwnH1OverUnrelatedTitle(t *testing.T) {
	for _, tc := range []struct{ title, h1, want string }{
		// The title names the site's section; the article's h1 shares
		// nothing with it.
		{"Startseite", "Harbour bridge reopens after repairs", "Harbour bridge reopens after repairs"},
		// A kicker over the title is the same headline told otherwise:
		// the title rules settle it.
		{"Bridge reopens after repairs", "Infrastructure Bridge reopens after repairs", "Bridge reopens after repairs"},
		// Soft hyphens in the h1 are no part of its words.
		{"Bridge reopens after repairs - Gazette", "Bridge re\u00adopens after re\u00adpairs", "Bridge reopens after repairs"},
	} {
		a, err := Extract([]byte(ownH1Page(tc.title, tc.h1)), "page.html", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != tc.want {
			t.Errorf("title %q, h1 %q: headline %q, want %q", tc.title, tc.h1, a.Headline, tc.want)
		}
	}
}

func TestDekLabelRow(t *testing.T) {
	for s, want := range map[string]bool{
		"Printers • Labels • Service":                                                true,
		"Politics | Blog | Mail | Archive":                                           true,
		"Summit expected in Budapest as Washington touts diplomatic gains":           false,
		"Two sides | one question":                                                   false,
		"The council met on Tuesday | and agreed on nothing at all | said the mayor": false,
	} {
		if got := labelRow(s); got != want {
			t.Errorf("labelRow(%q) = %v, want %v", s, got, want)
		}
	}
}
