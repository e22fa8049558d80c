package extract

import (
	"strings"
	"testing"
)

// A title that names the day of its event is the headline, not the
// page's date line, when the post's own date line stands under it.
func TestTextDatedTitle(t *testing.T) {
	title := "Workshop: Rivers and towns in the early modern period (12 and 13 March 2015, Leiden)"
	page := strings.Join([]string{
		"Blog of the project", "About the blog", "Imprint", "Search for:", "",
		title,
		"28 January 2015 anna Leave a comment",
		"",
		"The project on the water boards of the lowlands holds a workshop on the ways towns lived with their rivers, from the building of dykes to the rights of the mills along the banks.",
		"",
		"Papers will look at the records of the boards, at the maps drawn for the disputes between towns and at the letters of the engineers who were called in when the rivers changed their course.",
		"",
	}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
	if got := textPublished(t, page); got != "2015-01-28" {
		t.Errorf("published = %q, want 2015-01-28", got)
	}
	// The credit line under it may be the longer one.
	title = "Report on the river bridge vote of 22.04.2020 – what now?"
	page = strings.Join([]string{
		"home: today: shop: week: podcast: search: contact:",
		"Jane Doe",
		"Jane Doe / 22.04.2020 / 06:15 / Photo: Example.com / 150 / comments / print this page / send it to a friend",
		"Read aloud",
		title,
		"",
		textTestBody,
	}, "\n")
	lines := textSplitLines(page)
	for i := range lines {
		lines[i].measure()
		lines[i].flag()
	}
	role := []int{roleNone, roleText, roleDate, roleText, roleDate}
	textTitleDates(lines, 0, 5, role)
	if role[4] != roleText || role[2] != roleDate {
		t.Errorf("roles %v: want the title a title line and the credit a date line", role)
	}
	// A credit line with its date, a post's meta line, an entry of a
	// ticker of dated titles and a row of categories stay date lines.
	for _, s := range []string{"An article by Jane Doe, published on 28 January 2015", "28 January 2015 anna Leave a comment",
		"[ 5 February 2020 ] How to add a user with the PowerShell News", "26 | 01 | 2022 Switzerland | Practice | Video"} {
		l := textSplitLines(s)
		l[0].measure()
		l[0].flag()
		if textDatedTitle(&l[0]) {
			t.Errorf("%q read as a dated title", s)
		}
	}
}
