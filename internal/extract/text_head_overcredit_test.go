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

// The site's name may stand between the title and its date line; a run of
// one-word menu items there is a menu, and the line above it no title.
func TestTextOverCreditPastOneLabel(t *testing.T) {
	title := "Digital identity: the plans of the ministry for all citizens!"
	standfirst := "The council will rebuild the old bridge over the river, and a ferry will carry pedestrians and cyclists across the water"
	page := strings.Join([]string{"Tip of the day", "Video tip", "Contact", title, "example-news.ch", "November 6, 2023", "Politics/Transport", standfirst, "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
	page = strings.Join([]string{"Grilling with gas", "Italian pork fillet with potatoes", "Balloon", "Search", "Contact", "November 29, 2022", standfirst, "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != standfirst {
		t.Errorf("headline = %q, want the line over the body", got)
	}
}
