package extract

import "testing"

func TestTextCaptionWithAgency(t *testing.T) {
	for s, want := range map[string]bool{
		"Penguins on the ice in Antarctica on 11 February. EFE":    true,
		"The mayor at the opening of the bridge. Jane Doe/Reuters": true,
		"Council votes to rebuild the bridge. Work starts in May":  false,
		"Why the A.P. Giannini bridge matters":                     false,
	} {
		if got := textCaptionLine(s); got != want {
			t.Errorf("textCaptionLine(%q) = %v", s, got)
		}
	}
	// The caption nearest the body is not the headline.
	page := "Council votes to rebuild river bridge\n12 March 2024\nThe old bridge over the river at dusk, seen from the east bank. AFP\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", got)
	}
}

func TestTextHeadlineNotInNumberedList(t *testing.T) {
	// An ingredient list between the title and the method: its lines
	// share the method's words, the title is further up.
	page := "Home\n\nBaked apple crumble\n\nIngredients\n4 apples from the river orchard\n200 g flour\n100 g butter, cold\n2 tbsp sugar\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Baked apple crumble" {
		t.Errorf("headline %q", got)
	}
}

func TestTextLeadOpensWithDate(t *testing.T) {
	lead := "27.1.2022 – The council voted on Tuesday to rebuild the old bridge over the river, a project that has been discussed for more than a decade and that residents of both banks have asked for in several petitions."
	// Today's date in the site's header is not the article's; the date
	// its lead opens with is.
	page := "Thursday, 3 February 2022\nHome\nNews\nSport\nWeather\nContact\nCouncil votes to rebuild river bridge\n\n" + lead + "\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldPublished); len(d) == 0 || d[0] != "2022-01-27" {
		t.Errorf("published %q", d)
	}
	for s, want := range map[string]bool{
		lead: true,
		"Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit": true,
		"Wir suchen zum 1. April 2016 eine Kollegin für unser Team in München":        false,
		"The council met on Tuesday and said that on 27 January 2022 the work starts": false,
	} {
		if _, got := textOpeningDate(s); got != want {
			t.Errorf("textOpeningDate(%q) = %v", s, got)
		}
	}
}

func TestTextHeadlineNotNavPrompt(t *testing.T) {
	// A menu prompt over the date and credit lines is no headline, though
	// it stands where a headline does.
	page := "Home\nClose this search box.\nNovember 1, 2023\nBy Jane Doe\nWorks begin at the crossing\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Works begin at the crossing" {
		t.Errorf("headline %q", got)
	}
	for s, want := range map[string]bool{
		"Toggle navigation": true, "Sie sind hier:": true, "Search the archive of river crossings": false,
		"Sie sind hier: Aktuelles Presseinformationen Land zahlt für die Brücke": true,
		"Interview: Warum wir streiken":                                          false,
	} {
		if got := textNavPrompt(s); got != want {
			t.Errorf("textNavPrompt(%q) = %v", s, got)
		}
	}
}

func TestTextURLLineNoDate(t *testing.T) {
	// A link under the headline carries its page's date in the path; the
	// article's date is the date line above.
	page := "Home\n\n22. Januar 2020\nCouncil votes to rebuild river bridge\nhttps://example.com/2020/01/15/other-story\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldPublished); len(d) == 0 || d[0] != "2020-01-22" {
		t.Errorf("published %q", d)
	}
	if !textURLLine("https://example.com/2020/01/15/other-story") || textURLLine("Read more at https://example.com today") {
		t.Error("textURLLine")
	}
}

func TestTextTagList(t *testing.T) {
	for s, want := range map[string]bool{
		"ARD, Demonstrationen, Neu, Tagesschau, Top-Thema":  true,
		"Artikel, Unsere Forschung, Veranstaltungen":        true,
		"Banane, Bananen, Banana (Musa spp. paradisica)":    false,
		"Kim, Trump, Putin: who wins the summit?":           false,
		"Council votes to rebuild river bridge, ferry free": false,
	} {
		if got := textTagList(s); got != want {
			t.Errorf("textTagList(%q) = %v", s, got)
		}
	}
	// The post's tags over the body are no headline.
	page := "Home\n\nWorks begin at the crossing\nBridge, Council, River, Ferry, Spring\n12 March 2024\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Works begin at the crossing" {
		t.Errorf("headline %q", got)
	}
}

func TestTextDateLineGluedYear(t *testing.T) {
	// A blog's date with the day run into the year is the article's.
	page := "Home\n\nCouncil votes to rebuild river bridge\nApr 042013\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldPublished); len(d) == 0 || d[0] != "2013-04-04" {
		t.Errorf("published %q", d)
	}
}
