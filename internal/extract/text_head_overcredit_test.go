package extract

import (
	"strings"
	"testing"
)

// The standfirst stands under a long share bar, under the credit and
// date lines, under the title: the title is the headline, however far up
// the bar pushes it.
func TestTextOverCreditPastShareBar(t *testing.T) {
	title := "New bridge opens to walkers and cyclists"
	page := strings.Join([]string{
		"News", "Events", "Giving", "Campus Life", "Research & Innovation",
		title,
		"By", "Jane Doe", "Date", "February 5, 2020",
		"Share", "Facebook", "Twitter", "LinkedIn", "Reddit", "Whatsapp", "Email", "Print",
		"The council will rebuild the old bridge over the river, and a ferry will carry pedestrians and cyclists across the water",
		"",
		textTestBody,
	}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
}
