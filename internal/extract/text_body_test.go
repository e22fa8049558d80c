package extract

import (
	"strings"
	"testing"
)

// textBodyOf reads page and returns its body blocks joined by newlines.
func textBodyOf(t *testing.T, page string) string {
	t.Helper()
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range p.blocks {
		got = append(got, b.text)
	}
	return strings.Join(got, "\n")
}

// The items of a list a sentence introduces with a colon belong to the
// text, the long one with few function words too.
func TestTextBodyListUnderColon(t *testing.T) {
	page := strings.Join([]string{
		"About", "Services", "Contact", "Loading",
		"Home > Spring Workshop: Pruning Fruit Trees",
		"Spring Workshop: Pruning Fruit Trees",
		"Tweet",
		"",
		"Join us for our free spring workshop with the orchard keeper, Ada Moss, and our very own gardener, Tom Reed. In this workshop we will cover:",
		"",
		"5 key pruning cuts, including heading cuts, thinning cuts, renewal cuts and summer pruning",
		"Why these cuts are so important for a healthy harvest",
		"How to quickly find out which branches of your own trees to take",
		"",
		"After registering you will receive a letter with the address of the orchard.",
		"",
		"Space is limited so sign up today!",
		"",
		"March 6, 2024",
		"Tweet",
		"Most Popular",
		"Ten Roses for a Shady Corner", "Compost in Winter", "The Best Spades", "Seeds to Sow in May", "Hedges",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"5 key pruning cuts", "Why these cuts", "Space is limited"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Compost in Winter") {
		t.Errorf("teaser kept in body:\n%s", body)
	}
}

// A post of one short paragraph with many comments under it: the post is
// the body, not the longest comment.
func TestTextBodyShortPostOverComments(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Archives", "Videos", "Subscribe",
		"",
		"The Garden Blog",
		"",
		"12 May: The old rose of the chapel",
		"",
		"by Ann Lee on May 12, 2024",
		"",
		"Whenever you walk past the chapel in the hills, I ask you to stop for a minute and look at the old rose by its door.",
		"",
		"Previous post: Nine ways to water less",
		"",
		"Next post: Seeds worth keeping",
		"",
		"{ 4 comments… read them below or add one }",
		"",
		"Mara Holt May 14, 2024 at 10:16 pm",
		"",
		"I went there last week with my mother, who had not left the house since her illness, and when she saw the old rose by the door of the chapel she began to talk again about the garden of her childhood, the roses her father grew, and the summer she spent there as a girl.",
		"",
		"Reply",
		"",
		"Jon Berg May 13, 2024 at 6:30 pm",
		"",
		"I never knew there was a chapel up there. It is now on my list of places to go this summer.",
		"",
		"Reply",
		"",
		"Pia Lind May 13, 2024 at 1:24 am",
		"",
		"Thank you for the lovely picture.",
		"",
		"Reply",
		"",
		"Leave a Comment",
		"Name *", "E-mail *", "Website",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "look at the old rose by its door") {
		t.Errorf("post missing from body:\n%s", body)
	}
	if strings.Contains(body, "garden of her childhood") {
		t.Errorf("comment taken into the body:\n%s", body)
	}
}
