package extract

import (
	"strings"
	"testing"
)

// A title with its date line right over it, and none under it, is the
// headline over a menu item repeated elsewhere on the page.
func TestTextDateOverTitle(t *testing.T) {
	title := "Council votes for the river crossing"
	page := strings.Join([]string{
		"Press releases", "News", "Letters from the president",
		"Press releases",
		"31.01.2022",
		title,
		"",
		textTestBody,
	}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
	// A line with figures of its own under a date line gains nothing.
	page = strings.Replace(page, title, "Free until 19:34", 1)
	if got := textHeadlineOf(t, page); got == "Free until 19:34" {
		t.Errorf("headline = %q", got)
	}
}
