package extract

import (
	"strings"
	"testing"
)

// textHeadlineOf runs the text path on a page and returns its first
// headline candidate.
func textHeadlineOf(t *testing.T, page string) string {
	t.Helper()
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h := candValues(p, fieldHeadline); len(h) > 0 {
		return h[0]
	}
	return ""
}

// textTestBody is a body of three paragraphs about a bridge.
var textTestBody = strings.Join([]string{
	"The council voted on Tuesday to rebuild the old bridge over the river, a project that has been discussed for more than a decade and that residents of both banks have asked for in several petitions.",
	"Work is expected to start in the spring and to last about two years, during which a ferry will carry pedestrians and cyclists across the water at no charge.",
	"The mayor said the cost would be shared with the regional government, and that the contract would be awarded after an open tender in which local firms could take part.",
}, "\n\n")

func TestTextHeadlineSharesBodyWords(t *testing.T) {
	// The menu item is nearer the body, but the headline's words come back
	// in the paragraphs.
	page := "Home\n\nCouncil votes to rebuild river bridge\n\nLatest stories\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", got)
	}
}

func TestTextHeadlineSkipsCaption(t *testing.T) {
	page := "Council votes to rebuild river bridge\n\nThe old bridge at dusk. (Photo: Jane Doe)\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", got)
	}
	for s, want := range map[string]bool{
		"The old bridge at dusk. (Photo: Jane Doe)":      true,
		"Das Hermelin im Winter (mlharing / iStock.com)": true,
		"Council votes to rebuild river bridge":          false,
	} {
		if got := textCaptionLine(s); got != want {
			t.Errorf("textCaptionLine(%q) = %v", s, got)
		}
	}
}

func TestTextContentWords(t *testing.T) {
	got := strings.Join(textContentWords("The Bridge is OLD, 2024; 新桥梁"), " ")
	if got != "bridge 2024 新桥 桥梁" {
		t.Errorf("content words %q", got)
	}
	f, n := textShared("Rebuild the bridge now", map[string]bool{"bridge": true})
	if n != 2 || f != 0.5 {
		t.Errorf("shared %v of %d", f, n)
	}
}

func TestTextHeadlineNotLowerCase(t *testing.T) {
	// A run of tags in lower case, nearer the body and sharing its words,
	// is not the headline.
	page := "Council votes to rebuild river bridge\n\nBy Jane Doe\n\nbridge council river vote spring ferry\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", got)
	}
}

func TestTextCreditIn(t *testing.T) {
	for in, want := range map[string]string{
		"Helmut Rubik 0":                             "Helmut Rubik",
		"by marc | Leave a comment":                  "by marc",
		"von freeman1984 · in Uncategorized":         "von freeman1984",
		"Marie Merlet | lundi":                       "Marie Merlet",
		"Uncategorized · Leave a comment":            "",
		"in Allgemein | Hinterlasse einen Kommentar": "",
	} {
		if got := textCreditIn(in); got != want {
			t.Errorf("textCreditIn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextBylineNameInHeader(t *testing.T) {
	// A bare name some lines under the headline, past share buttons, is
	// the credit; a lone category word beside a date is not.
	page := "Council votes to rebuild river bridge\n\nShare\nTweet\nEmail\nPrint\nJane Doe\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b := candValues(p, fieldByline); len(b) == 0 || b[0] != "Jane Doe" {
		t.Errorf("byline %q", b)
	}
	if got := textCreditIn("Standard"); got != "" {
		t.Errorf("textCreditIn(Standard) = %q", got)
	}
}

func TestTextFindDateLoose(t *testing.T) {
	for in, want := range map[string]string{
		"26 | 01 | 2022 Schweiz | Praxis":      "2022-01-26",
		"29 / Dezember / 2022":                 "2022-12-29",
		"miércoles, 4 de mayo de 202200:00 hs": "2022-05-04",
		"06/11/20230 Kommentare":               "2023-11-06",
		"Feb 182009":                           "2009-02-18",
		"Anglertalkhejfish7. Januar 20220":     "2022-01-07",
		"12345 users | 12 | 2022":              "",
	} {
		m, ok := textFindDate(in)
		got := ""
		if ok {
			got = m.day()
			if m.start > m.end || m.end > len(in) {
				t.Errorf("%q: span %d-%d outside the line", in, m.start, m.end)
			}
		}
		if got != want {
			t.Errorf("textFindDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextHeadlineAboveLongHeader(t *testing.T) {
	// A headline with its credit, then thirty lines of share buttons and
	// facts before the body.
	var chrome []string
	for i := 0; i < 30; i++ {
		chrome = append(chrome, "Share")
	}
	page := "Menu\n\nCouncil votes to rebuild river bridge\nBy Jane Doe\n\n" + strings.Join(chrome, "\n") + "\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", got)
	}
}

func TestTextDateWithHeadline(t *testing.T) {
	// The date under the headline is the publication's; the one on a line
	// of facts nearer the body is a date the page speaks of.
	page := "Council votes to rebuild river bridge\n3 March 2024\n\nShare\nDate: 31/08/2019\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldPublished); len(d) == 0 || !strings.HasPrefix(d[0], "2024-03-03") {
		t.Errorf("published %q", d)
	}
}

func TestTextEmbedLine(t *testing.T) {
	for s, want := range map[string]bool{
		"— Hertha BSC (@HerthaBSC) June 1, 2017": true,
		"By Jane Doe, June 1, 2017":              false,
	} {
		if got := textEmbedLine(s); got != want {
			t.Errorf("textEmbedLine(%q) = %v", s, got)
		}
	}
}

func TestTextHeaderLooseDate(t *testing.T) {
	page := "Council votes to rebuild river bridge\nvon Jane Doe\n29 / Dezember / 2022\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldPublished); len(d) == 0 || d[0] != "2022-12-29" {
		t.Errorf("published %q", d)
	}
}

func TestTextDateUnderBody(t *testing.T) {
	// A page whose only date is in the post's footer, past a list of
	// related titles.
	var related []string
	for i := 0; i < 14; i++ {
		related = append(related, "Another story about the town")
	}
	page := "Council votes to rebuild river bridge\n\n" + textTestBody + "\n\nRelated\n" + strings.Join(related, "\n") + "\nposted by Jane Doe on 28.01.2022 06:00\n"
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldPublished); len(d) == 0 || !strings.HasPrefix(d[0], "2022-01-28") {
		t.Errorf("published %q", d)
	}
}

func TestTextHeadlineNotOneWord(t *testing.T) {
	page := "Council votes to rebuild the bridge\n\nMenu\nSearch\nBridge\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild the bridge" {
		t.Errorf("headline %q", got)
	}
}

func TestTextHeadlineStackedLabel(t *testing.T) {
	// A label line above the headline, shorter, but sharing nothing with
	// the body and with no date under it, is not the headline.
	page := "Advertising and sponsorship options here\nCouncil votes to rebuild the old river bridge?\n5. November 2021 admin News 0\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild the old river bridge?" {
		t.Errorf("headline %q", got)
	}
}
