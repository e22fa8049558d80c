package extract

import (
	"strings"
	"testing"
)

// A trail with doubled marks is a trail: its line is the section, not the
// headline under it.
func TestTextCrumbsDoubledMarks(t *testing.T) {
	if got := textCrumbs("Home ›› Politics at a glance ›› Politics"); got != "Politics at a glance / Politics" {
		t.Errorf("textCrumbs = %q", got)
	}
	title := "Court: the trial of the former minister goes on"
	page := strings.Join([]string{"Community", "Events", "Weather", "Home ›› Politics at a glance ›› Politics", "14 February 2012", "Print", "Politics", title, "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
}

// "Text & Fotos: Jane Doe" credits the pictures too: a credit line, not a
// title, however many words it has.
func TestTextWordsAndPicturesCredit(t *testing.T) {
	for _, s := range []string{"Text & Fotos: Ivan Muster 0 337", "Text and photos: Jane Doe"} {
		if !textCaptionLine(s) {
			t.Errorf("%q not read as a credit", s)
		}
	}
	page := strings.Join([]string{"Newsletter", "Login", "26 | 01 | 2022 Switzerland | Practice | Video", "Text & Fotos: Ivan Muster 0 337", "Winter pike on the lake", "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != "Winter pike on the lake" {
		t.Errorf("headline = %q, want Winter pike on the lake", got)
	}
}

// A line that opens with an ellipsis ends a line above it (a menu's
// "About…" and its items "… the sheep", "… this site") or a teaser: no
// title.
func TestTextEllipsisLineNoTitle(t *testing.T) {
	page := strings.Join([]string{"Links", "About…", "… the bridge over the river", "… the drawings", "… this site and the council", "The old river bridge", "Bridges", "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != "The old river bridge" {
		t.Errorf("headline = %q, want The old river bridge", got)
	}
}

// A letter's salutation over its text is no title: the line over it is.
func TestTextSalutationNoTitle(t *testing.T) {
	page := strings.Join([]string{"Time to say goodbye.", "Dear visitors,", "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != "Time to say goodbye." {
		t.Errorf("headline = %q, want Time to say goodbye.", got)
	}
}

// The page's title in its tab form, a kicker before it, stands over the
// headline printed nearer the body without the kicker: the latter is the
// headline.
func TestTextNearerCopyOfTitle(t *testing.T) {
	title := "Council: the old bridge will be rebuilt - the ferry runs until then"
	page := strings.Join([]string{
		"You are here:", "Daily News Home", "Politics",
		"Bridges: Council - the old bridge will be rebuilt, the ferry runs until then",
		"5 comments", "More", "close",
		"04.05.20 14:50",
		"Bridges",
		title,
		"",
		textTestBody,
	}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
}

// On a page set in capitals, a short label in capitals over a longer
// title in capitals is its kicker, not a headline over its dek.
func TestTextCapitalKicker(t *testing.T) {
	title := "BRIDGE 2022: COUNCIL VOTES TO REBUILD THE OLD RIVER BRIDGE AFTER ALL - MAYOR SPEAKS OF A GOOD DAY"
	page := strings.Join([]string{"VIDEOS", "RESULTS", "TEAM", "ATHLETES", "BRIDGE 2022 IN TOWN", title, "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
}
