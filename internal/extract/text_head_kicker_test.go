package extract

import "testing"

func TestTextHeadlineUnderKicker(t *testing.T) {
	// A short section label over the headline shares the body's words and
	// stands as near the credit, but the longer title under it is the
	// headline.
	page := "Home\nNews\n\nRiver bridge\nDecades of waiting come to an end\nBy Jane Doe\n12 March 2024\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Decades of waiting come to an end" {
		t.Errorf("headline %q", got)
	}
	// A row of menu items under a short title is no headline.
	ls := textSplitLines("Bridge\nIntro - Bridge - Ferry - Contact\nCouncil votes to rebuild the bridge")
	for i := range ls {
		ls[i].measure()
	}
	if textKicker(&ls[0], &ls[1]) || !textKicker(&ls[0], &ls[2]) {
		t.Errorf("textKicker: menu row %v, title %v", textKicker(&ls[0], &ls[1]), textKicker(&ls[0], &ls[2]))
	}
}

func TestTextHeadlineUnderCapsKicker(t *testing.T) {
	// A label set in capitals over a headline that is not: the label is
	// the kicker, not a headline with its dek under it.
	page := "Home\n\nTHE RIVER BRIDGE REBUILT\nCouncil votes to go ahead after twelve years of petitions\n12 March 2024\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to go ahead after twelve years of petitions" {
		t.Errorf("headline %q", got)
	}
}

func TestTextHeadlineOverSentenceDek(t *testing.T) {
	// A short headline over a long sentence: the sentence is its dek, even
	// though it is longer and has the date line under it.
	page := "Home\n\nBridge vote\nThe council decided on Tuesday to rebuild the old crossing, after a decade of petitions from both banks.\n12 March 2024\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h := candValues(p, fieldHeadline); len(h) == 0 || h[0] != "Bridge vote" {
		t.Errorf("headline %q", h)
	}
	if d := candValues(p, fieldDek); len(d) == 0 || d[0] != "The council decided on Tuesday to rebuild the old crossing, after a decade of petitions from both banks." {
		t.Errorf("dek %q", d)
	}
}

func TestTextBylineNotMenuWord(t *testing.T) {
	for page, want := range map[string]string{
		// A capitalised word in a menu of such words is a section.
		"Council votes to rebuild the old river bridge\nEurope\nAmerica\nAsia\n\n" + textTestBody: "",
		// After a bare "Von", one word is the name.
		"Council votes to rebuild the old river bridge\nVon\nRobert\n12. März 2024\n\n" + textTestBody: "Robert",
	} {
		p, err := readText(page, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if b := candValues(p, fieldByline); len(b) > 0 {
			got = b[0]
		}
		if got != want {
			t.Errorf("byline %q, want %q", got, want)
		}
	}
}

func TestTextHeadlineGluedKicker(t *testing.T) {
	// A teaser line runs the kicker into the headline; the headline is
	// printed alone just under it.
	page := "Home\n\nLocal News Council votes to rebuild river bridge\n12 March 2024\nCouncil votes to rebuild river bridge\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", got)
	}
}
