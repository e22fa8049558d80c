package extract

import (
	"strings"
	"testing"
)

// The run may open on a teaser and a photo credit and take in the header
// under them: the title over its date line inside the run is the
// headline, the teaser over it the standfirst shown.
func TestTextRunHeadline(t *testing.T) {
	title := "Council will rebuild the old river bridge after all"
	teaser := "The council wants the old bridge over the river rebuilt before the winter, and residents of both banks will pay for it with a new toll on every crossing."
	page := strings.Join([]string{
		"Skip to content",
		"Independent news since 2009",
		"",
		teaser,
		"",
		"Photo: Jane Doe, CC0 1.0 Universal",
		"Transport",
		"6 November 2023 / 09:18",
		title,
		"",
		textTestBody,
	}, "\n")
	if got := textHeadlineOf(t, page); got != title {
		t.Errorf("headline = %q, want %q", got, title)
	}
	a, err := Extract([]byte(page), "page.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dek != teaser {
		t.Errorf("dek = %q, want the teaser", a.Dek)
	}
	// The lead printed again under the headline makes the teaser its
	// excerpt: no dek.
	lines := textSplitLines(strings.Join([]string{teaser, "Transport", "6 November 2023", title, "06.11.23 - " + teaser, textTestBody}, "\n"))
	for i := range lines {
		lines[i].measure()
		lines[i].flag()
		lines[i].class = tGood
	}
	if d := textRunTeaser(lines, 0, 3); d >= 0 {
		t.Errorf("teaser %q taken for the dek over its own lead", lines[d].text)
	}
	if d := textRunTeaser(lines[:4], 0, 3); d != 0 {
		t.Errorf("teaser = %d, want 0 when no lead repeats it", d)
	}
	// A strong title over the run keeps the headline.
	page = strings.Join([]string{"Home", "Council votes to rebuild river bridge", "By Jane Doe", "", teaser, "", "Transport", "6 November 2023", "Subsidies for the ferry: what the council decided", "", textTestBody}, "\n")
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline = %q, want the title over the run", got)
	}
}
