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
	// A credit line with its date, and a ticker of dated titles, stay
	// date lines.
	for _, s := range []string{"An article by Jane Doe, published on 28 January 2015", "28 January 2015 anna Leave a comment"} {
		l := textSplitLines(s)
		l[0].measure()
		l[0].flag()
		if textDatedTitle(&l[0]) {
			t.Errorf("%q read as a dated title", s)
		}
	}
}
