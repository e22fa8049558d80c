package extract

import (
	"strings"
	"testing"
)

// A count of comments with only the readers' names under it, no dates or
// reply links, still opens the comments: the long comments are not the
// article's.
func TestTextBodyCountOverNames(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Blog", "Contact",
		"",
		"Why We Rebuilt the Garden Shed",
		"",
		"Last spring the old garden shed finally gave up: the roof leaked, the door would not close and the floor had gone soft in one corner where the rain came in every winter for years.",
		"",
		"We took it down board by board and kept whatever wood was still sound, which turned out to be more than half of it, and used it again for the walls of the new one.",
		"",
		"The new shed has a proper roof with an overhang, a door that closes, and a floor on bricks so that the air can move under it and the wood stays dry through the wet months.",
		"",
		"{ 14 comments }",
		"Martha Green",
		"We did the same with our shed two years ago and I can only agree with everything you write here, especially about keeping the floor off the ground so that it stays dry and does not rot away.",
		"Oliver Stone",
		"What kind of roof did you choose in the end? We are still wondering whether felt is good enough for a shed that stands under trees and gets all their leaves and needles through the autumn.",
		"Martha Green",
		"Felt worked well for us, but we clean it twice a year and that makes all the difference, as the leaves keep the water on the roof and the felt wears out much faster where they lie for weeks.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "The new shed has a proper roof") {
		t.Errorf("article missing from body:\n%s", body)
	}
	for _, bad := range []string{"We did the same", "What kind of roof", "Felt worked well"} {
		if strings.Contains(body, bad) {
			t.Errorf("comment %q kept in body:\n%s", bad, body)
		}
	}
}
