package extract

import (
	"strings"
	"testing"
)

// A photo essay: one paragraph, then captions that end in a photo credit
// and so read as near-good lines only, with chrome above and below. The
// captions are the article.
func TestTextChainOfCaptionsIsProse(t *testing.T) {
	page := strings.Join([]string{
		"Home", "World", "Sport", "Share:", "Facebook", "Twitter", "",
		"Lanterns over the old harbour",
		"",
		"Every autumn the fishing town hangs paper lanterns along its harbour wall, and this year the lights stayed up for a whole week while the boats were kept in port by the storms that came in from the west.",
		"",
		"Lantern makers Ana Lopes, Rui Costa, Tiago Braga prepare lanterns. (Ana Ruiz/Reuters Pictures)",
		"",
		"A small boy carries a paper lantern along the quay at dusk. (Ana Ruiz/Reuters)",
		"",
		"Two women fix a string of lights to the old harbour wall. (Ana Ruiz/Reuters)",
		"",
		"The lanterns are reflected in the still water of the inner basin. (Tom Berg/AP)",
		"",
		"An old fisherman mends his nets under the lights of the quay. (Tom Berg/AP)",
		"",
		"TAGS", "Harbour", "« PREVIOUS", "NEXT",
	}, "\n")
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range p.blocks {
		got = append(got, b.text)
	}
	body := strings.Join(got, "\n")
	for _, want := range []string{"still water of the inner basin", "mends his nets"} {
		if !strings.Contains(body, want) {
			t.Errorf("caption %q missing from body:\n%s", want, body)
		}
	}
	if strings.Contains(body, "PREVIOUS") {
		t.Errorf("chrome kept in body:\n%s", body)
	}
}

// A list of recent comments has no empty line between its items: its
// sentences stay chrome however many there are.
func TestTextChainNeedsParagraphs(t *testing.T) {
	page := strings.Join([]string{
		"Lanterns over the old harbour",
		"",
		"Every autumn the fishing town hangs paper lanterns along its harbour wall, and this year the lights stayed up for a whole week while the boats were kept in port by the storms that came in from the west.",
		"",
		"The town council says the festival will return next year with more boats and a longer programme of music on the quay, and the harbour master has promised to keep the inner basin open.",
		"",
		"Archives", "Links", "Contact", "Imprint", "Donate", "Newsletter", "Login", "Search",
		"Recent Comments",
		"Mara: Thank you for the lovely pictures of the harbour this year, they made my whole day.",
		"Jon: We went there last week with the children and the lanterns were already gone.",
		"Pia: I would like to know who made the big red lantern that hung on the quay.",
		"Lev: The storm last night took down half of the lights on the wall again, sadly.",
	}, "\n")
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range p.blocks {
		if strings.Contains(b.text, "lanterns were already gone") {
			t.Errorf("recent comment taken into the body: %q", b.text)
		}
	}
}
