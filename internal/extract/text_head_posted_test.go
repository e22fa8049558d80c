package extract

import (
	"strings"
	"testing"
)

func textPublished(t *testing.T, page string) string {
	t.Helper()
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.cands {
		if c.field == fieldPublished {
			return c.value
		}
	}
	return ""
}

// A blog post with no date over it says under it when it was posted.
func TestTextPostedFooterDate(t *testing.T) {
	body := []string{
		"Home", "Archive", "About", "",
		"Why the river floods in spring",
		"",
		"Every spring the snow on the hills melts within a few weeks, and the water that the frozen ground cannot take runs into the river all at once, which is why the meadows by the bridge are under water.",
		"",
		"The town has built a wall along the bank, but the old mill race still carries the water into the lower streets when the river is high, and the council has been asked to close it for good.",
		"",
		"Share", "Print", "Email", "Related posts",
	}
	page := strings.Join(append(body, "This entry was posted on March 17, 2014 by anna in Town, Weather. Bookmark the permalink.", "Leave a reply"), "\n")
	if got := textPublished(t, page); got != "2014-03-17" {
		t.Errorf("published = %q, want 2014-03-17", got)
	}
	// An update note is not the publication, and a date far from the
	// verb is another clause's.
	for _, foot := range []string{
		"This entry was last updated on March 17, 2014 by anna.",
		"Your email address will not be published. Comments are closed since the storm of March 17, 2014.",
	} {
		lines := textSplitLines(strings.Join(append(body, foot), "\n"))
		if v, ok := textPostedDate(lines, len(lines)-1); ok {
			t.Errorf("%q: posted date %q", foot, v)
		}
	}
	lines := textSplitLines(strings.Join(append(body, "Dieser Beitrag wurde am 17. März 2014 von anna in Stadt veröffentlicht."), "\n"))
	if v, ok := textPostedDate(lines, len(lines)-1); !ok || v != "2014-03-17" {
		t.Errorf("German footer: posted date %q, %v", v, ok)
	}
}

// A wiki page has no date but the footer that says when it was last
// edited, far under the article; a date the footer does not tie to the
// edit is not taken.
func TestTextEditedFooterDate(t *testing.T) {
	head := []string{
		"Main page", "Recent changes", "Random page", "",
		"Meeting of the garden club",
		"",
		"The garden club meets on the first Wednesday of every month in the back room of the library, where members swap seeds, plan the spring planting and share what the last season taught them.",
		"",
		"Anyone who lives in the town may join; bring a cutting or a packet of seeds, and the club will find you a bed in the allotment behind the school for the coming season.",
		"",
	}
	var tail []string
	for i := 0; i < 30; i++ {
		tail = append(tail, "Category "+strings.Repeat("x", i%5+1))
	}
	page := strings.Join(append(append(append([]string{}, head...), tail...), "This page was last edited on 29 January 2020, at 13:22.", "Privacy policy"), "\n")
	if got := textPublished(t, page); !strings.HasPrefix(got, "2020-01-29") {
		t.Errorf("published = %q, want 2020-01-29", got)
	}
	page = strings.Join(append(append(append([]string{}, head...), tail...), "Copyright 29 January 2020, last edited by the club.", "Privacy policy"), "\n")
	if got := textPublished(t, page); strings.HasPrefix(got, "2020-01-29") {
		t.Errorf("date before the edit words taken: %q", got)
	}
}
