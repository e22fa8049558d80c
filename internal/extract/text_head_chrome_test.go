package extract

import (
	"strings"
	"testing"
)

// A forum's pager and the account prompts are chrome: the topic's title
// above them is the headline.
func TestTextPagerAndAccountPrompts(t *testing.T) {
	for _, s := range []string{"1 Beitrag • Seite 1 von 1", "12 posts • Page 1 of 2", "Page 2 of 5", "Sign up", "Join now"} {
		if !textNavPrompt(s) {
			t.Errorf("%q not read as chrome", s)
		}
	}
	for _, s := range []string{"Seite an Seite von Anfang an", "Page one of the report"} {
		if textNavPrompt(s) {
			t.Errorf("%q read as chrome", s)
		}
	}
	page := strings.Join([]string{
		"Forum index", "Unanswered topics", "FAQ",
		"What is free software",
		"Reply", "Print view", "Search Advanced search",
		"1 Beitrag • Seite 1 von 1",
		"r23", "Posts: 1626", "Website Facebook Twitter", "Quote",
		"Post by r23 » 21.01.2009, 05:42",
		"",
		"Free software is software that gives its users the freedom to run, study, share and change it, and the word free speaks of that freedom, not of the price that may be asked for a copy.",
		"",
		"The licences that grant these freedoms differ in what they ask of those who pass the software on, and the forum keeps a list of them with a short note on each.",
	}, "\n")
	if got := textHeadlineOf(t, page); got != "What is free software" {
		t.Errorf("headline = %q, want What is free software", got)
	}
}

// A title flagged as chrome for its hashtag is the headline when the
// trail above ends with it and the credit stands under it.
func TestTextFlaggedTitleUnderTrail(t *testing.T) {
	title := "Interview with the new organist – #OutInChurch"
	page := strings.Join([]string{
		"Politics", "Abroad", "Community",
		"Home Society Community " + title,
		title,
		"by Jane Doe, editor",
		"24 January 2022",
		"Share on Facebook Share on Twitter Share by email",
		"Photo: J. Doe",
		"",
		textTestBody,
	}, "\n")
	lines := textSplitLines(page)
	for i := range lines {
		lines[i].measure()
		lines[i].flag()
	}
	if !lines[4].boiler {
		t.Skip("the hashtag no longer flags the line: nothing to test")
	}
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
}

// A publisher's affiliate disclosure over the article is chrome, however
// much it reads like a standfirst.
func TestTextAffiliateNote(t *testing.T) {
	note := "Bridge News is supported by its readers. When you buy through links on our site, we may earn an affiliate commission. Learn more"
	if !textNavPrompt(note) {
		t.Errorf("%q not read as chrome", note)
	}
	title := "THE OLD RIVER BRIDGE REVIEW"
	page := strings.Join([]string{"Games", "Hardware", note, "Home Reviews Bridges The Old River Bridge", "87", title,
		"A council rebuilds an old bridge in this quiet and careful building game.", "By Jane Doe 11 February 2020", "COMMENTS", "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
}
