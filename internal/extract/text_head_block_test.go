package extract

import "testing"

func TestTextHeadlineQuoted(t *testing.T) {
	// A headline that is a quotation opens with a guillemet; a link that
	// points on ("Next »", "« Older posts") does not close one.
	page := "Home\nPolitics\nBridge\n»We have waited twelve years for this bridge«\nBy Jane Doe\n12 March 2024\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "»We have waited twelve years for this bridge«" {
		t.Errorf("headline %q", got)
	}
	for s, want := range map[string]bool{
		"«Wir waren fast 40 Tage in Quarantäne»":                  true,
		"« Il y a, d’abord, le poids de la géographie ». Sur les": true,
		"Next »":            false,
		"« Older posts":     false,
		"» Mehr lesen":      false,
		"»Kurz« und bündig": false,
		"»frag.jetzt«":      true,
	} {
		if got := textQuoted(s); got != want {
			t.Errorf("textQuoted(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"Jane Doe: «Love knows no pause in the city»": true,
		"Weiterlesen »": false,
		"Older posts «": false,
	} {
		if got := textQuoteEnds(s); got != want {
			t.Errorf("textQuoteEnds(%q) = %v", s, got)
		}
	}
}

func TestTextCaptionNotTitle(t *testing.T) {
	// A credit word that ends a compound, or a label over a title of some
	// words, does not make the line a caption.
	for s, want := range map[string]bool{
		"Neuer Blick auf das „Blue Marble“-Foto: ICON simuliert das Klimasystem": false,
		"VIDEO: Voting on the council's future":                                  false,
		"Video: dpa":                                                             true,
		"Die Brücke im Winter (Foto: Jane Doe)":                                  true,
		"Amazon vans in the city. Photo: Reuters":                                true,
	} {
		if got := textCaptionLine(s); got != want {
			t.Errorf("textCaptionLine(%q) = %v", s, got)
		}
	}
}

func TestTextCreditUnderLabelLine(t *testing.T) {
	// "By" over the name: the pair is a credit line, which marks the title
	// over it as the headline, and gives the byline.
	page := "Home\nWorld\nCouncil votes to rebuild river bridge\nBy\nJane Doe\nShare\nTweet\nEmail\nPrint\nSave\nListen\nA prototype of the ferry at the harbour in spring\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h := candValues(p, fieldHeadline); len(h) == 0 || h[0] != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", h)
	}
	if b := candValues(p, fieldByline); len(b) == 0 || b[0] != "Jane Doe" {
		t.Errorf("byline %q", b)
	}
	// A language menu: "DE" reads as a label, "EN" is no name under it.
	ls := textSplitLines("DE\nEN\nFR\nby\ndelta201\nVon\nTine\nAutor:\ntlow")
	for i := range ls {
		ls[i].measure()
	}
	for i, want := range map[int]bool{0: false, 3: true, 5: false, 7: true} {
		if got := textLabelName(&ls[i], &ls[i+1]); got != want {
			t.Errorf("textLabelName(%q, %q) = %v", ls[i].text, ls[i+1].text, got)
		}
	}
}

func TestTextHeadlineOverCredit(t *testing.T) {
	// Headline, credit and date, then the standfirst right over the body:
	// the standfirst shares the body's words and stands nearest, but the
	// title over the credit is the headline and the standfirst its dek.
	page := "Home\nNews\nCouncil backs new bridge\nBy Jane Doe\n12 March 2024\nFerry service free of charge for both banks during two years of works\nShare\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h := candValues(p, fieldHeadline); len(h) == 0 || h[0] != "Council backs new bridge" {
		t.Errorf("headline %q", h)
	}
	if d := candValues(p, fieldDek); len(d) == 0 || d[0] != "Ferry service free of charge for both banks during two years of works" {
		t.Errorf("dek %q", d)
	}
	// A label of two words over the date is no headline over the title
	// under it.
	page = "Home\nNews\nJane Doe\n12 March 2024\nCouncil votes to rebuild the old river bridge at last\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild the old river bridge at last" {
		t.Errorf("headline %q", got)
	}
}

func TestTextCreditInner(t *testing.T) {
	// The name after a credit label inside a meta line, or ahead of an
	// update note, as a date line holds them beside its date.
	for in, want := range map[string]string{
		"Posted in Datenschutz by damianduchamps":         "damianduchamps",
		"words written by Kanae Nakamine • Art by Koichi": "Kanae Nakamine",
		"von Fatima in Gefühle, Popkultur":                "Fatima",
		"Verfasst von: mitundvoneinander":                 "mitundvoneinander",
		"Evgenia Karp Zuletzt geändert":                   "Evgenia Karp",
		"Posted in News":                                  "",
		"Zuletzt geändert":                                "",
		"Stars (1 / 1)":                                   "",
		"by":                                              "",
		"Sport by the river in the city of Hamburg":       "",
	} {
		if got := textCreditIn(in); got != want {
			t.Errorf("textCreditIn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextLabeledCredit(t *testing.T) {
	// A credit label and names with more after them, or run into the
	// label: the names.
	for in, want := range map[string]string{
		"By Jessica Holly, Gail Levy, 7 News":               "Jessica Holly, Gail Levy",
		"ByJ.R. Stone":                                      "J.R. Stone",
		"PorRodolfo Costa":                                  "Rodolfo Costa",
		"Por Mariano Martín mmartin@example.com":            "Mariano Martín",
		"Text von Christian Seiler Illustration von Markus": "Christian Seiler Illustration",
		"By the river":                                      "",
		"Bypass Road":                                       "",
		"Vonovia SE":                                        "",
		"Parker Solar Probe":                                "",
		"Von: det/dpa":                                      "",
	} {
		if got := textLabeledCredit(in); got != want {
			t.Errorf("textLabeledCredit(%q) = %q, want %q", in, got, want)
		}
	}
	page := "Home\nCouncil votes to rebuild river bridge\nPor Jane Doe jdoe@example.com\n12 March 2024\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b := candValues(p, fieldByline); len(b) == 0 || b[0] != "Jane Doe" {
		t.Errorf("byline %q", b)
	}
}

func TestTextHeadlineKickerHeadDek(t *testing.T) {
	// Kicker, headline and dek: the headline has its dek under it, so the
	// shorter line over it is a kicker, not the headline.
	page := "Home\nPolitics\nBridge works in the city\n»We have waited twelve years for this bridge«\nResidents of both banks greet the council's vote with relief after a decade of petitions.\nBy Jane Doe\n12 March 2024\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "»We have waited twelve years for this bridge«" {
		t.Errorf("headline %q", got)
	}
}

func TestTextHeadlineTrailEcho(t *testing.T) {
	// The trail above ends with the title (here run together with its
	// last crumb): the title is the headline, not the label over it nor
	// the line under it.
	page := "Home\nStartseiteNewsRiver bridge rebuilt\nLocal news\nRiver bridge rebuilt\nCouncil answers a decade of petitions from both banks\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "River bridge rebuilt" {
		t.Errorf("headline %q", got)
	}
	ls := textSplitLines("Home » News » River bridge to be rebuilt\nRiver bridge to be rebuilt\nAlternatives to BestCrypt\nBestCrypt\n500g / Filter / Whole beans\n1kg / Filter / Whole beans\nWhole beans")
	for i := range ls {
		ls[i].measure()
	}
	for i, want := range map[int]bool{1: true, 3: false, 6: false} {
		if got := textTrailEcho(ls, 0, i); got != want {
			t.Errorf("textTrailEcho(%q) = %v", ls[i].text, got)
		}
	}
}

func TestTextHeadlineLeadTwice(t *testing.T) {
	// The kicker is the title's own lead printed again before it.
	for in, want := range map[string]string{
		"Wurmkiste Wurmkiste selber bauen":           "Wurmkiste selber bauen",
		"Patch Notes Patchnotes 4.47.4 - Bugfix":     "Patchnotes 4.47.4 - Bugfix",
		"Bora Bora lagoon reopens":                   "Bora Bora lagoon reopens",
		"Council votes to rebuild river bridge":      "Council votes to rebuild river bridge",
		"Bridge Bridges of the river city to reopen": "Bridge Bridges of the river city to reopen",
	} {
		ls := textSplitLines(in)
		for i := range ls {
			ls[i].measure()
		}
		if got := textUnkicked(ls, 0); got != want {
			t.Errorf("textUnkicked(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextLoneHandle(t *testing.T) {
	// All a date line holds beside its date: a handle is the credit, a
	// capitalised word, a weekday or a date label is not.
	for s, want := range map[string]bool{
		"reineckefuchs": true,
		"mh":            true,
		"HansEhrlich":   true,
		"jdoe_42":       true,
		"Politik":       false,
		"lundi":         false,
		"am":            false,
		"Stand":         false,
		"posted":        false,
		"Jane Doe":      false,
	} {
		if got := textLoneHandle(s); got != want {
			t.Errorf("textLoneHandle(%q) = %v", s, got)
		}
	}
	page := "Home\nCouncil votes to rebuild river bridge\njdoe — 12. März 2024\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b := candValues(p, fieldByline); len(b) == 0 || b[0] != "jdoe" {
		t.Errorf("byline %q", b)
	}
}

func TestTextCreditInRunPastPicture(t *testing.T) {
	// The credit under the standfirst and the picture, inside the run; the
	// name under a "Credit" label is the photographer's.
	page := "Home\nCouncil votes to rebuild river bridge\n\n" +
		"The council has decided to rebuild the old bridge over the river after a decade of petitions from residents of both banks, who had asked for a safe crossing for pedestrians, cyclists and the school buses.\n\n" +
		"The old bridge over the river at dawn, seen from the northern bank, where the ferry will land during the two years that the works are expected to last, according to the plans of the council.\n" +
		"Credit...\nJane Roe/Reuters\nBy Jane Doe\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b := candValues(p, fieldByline); len(b) == 0 || b[0] != "By Jane Doe" {
		t.Errorf("byline %q", b)
	}
	if !textPictureLabel("Credit...") || !textPictureLabel("Foto:") || textPictureLabel("Von") {
		t.Errorf("textPictureLabel")
	}
}

func TestTextHeadlineAgainNoDek(t *testing.T) {
	// The headline printed again under it, spaced otherwise, is no dek.
	page := "Home\nBridges: Council votes to rebuild river bridge\nBridges : Council votes to rebuild river bridge\n12 March 2024\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldDek); len(d) != 0 {
		t.Errorf("dek %q", d)
	}
}
