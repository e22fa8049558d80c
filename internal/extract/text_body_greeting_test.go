package extract

import (
	"strings"
	"testing"
)

// A post written as a letter opens with its greeting on a line of its
// own: the greeting is the post's first paragraph, not part of the
// header.
func TestTextBodyGreeting(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Archive", "About",
		"",
		"Time to say goodbye",
		"",
		"Dear readers,",
		"",
		"nine years ago I started this little blog about fixing old computers, and since then I have written more articles and recorded more videos than I ever thought I would, most of them late at night.",
		"",
		"Since then much has changed, and my new projects take up all the time I used to spend here, so I have decided, with a heavy heart, to stop writing for this site and to leave the old articles online.",
		"",
		"Imprint", "Privacy",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.HasPrefix(body, "Dear readers,") {
		t.Errorf("greeting missing from the body's start:\n%s", body)
	}
}

func TestTextGreetingAbove(t *testing.T) {
	for s, want := range map[string]bool{
		"Dear readers,":               true,
		"Liebe Leserinnen und Leser,": true,
		"Hola a todos,":               true,
		"London,":                     false, // one word: a place before a date
		"Posted on 3 May,":            false,
		"and so, as we said,":         false,
		"Dear friends and colleagues of the old club,": false,
	} {
		lines := []tLine{{text: s, blankAfter: true}, {text: "A paragraph follows here, long enough to be one."}}
		for i := range lines {
			lines[i].measure()
		}
		lines[0].blankAfter = true
		if got := textGreetingAbove(lines, 1) == 0; got != want {
			t.Errorf("textGreetingAbove(%q) = %v, want %v", s, got, want)
		}
	}
}

// A heading that introduces the first paragraph with a colon ("Key
// points of the ruling:") opens the body; a label over the share
// buttons does not.
func TestTextBodyHeadingAbove(t *testing.T) {
	page := func(label string) string {
		return strings.Join([]string{
			"Home", "Rulings", "Contact",
			"",
			"Court: a recipe site answers for its users' photos",
			"",
			"12 November 2009",
			"",
			label,
			"",
			"The operator of a site to which others upload recipes for anyone to read is liable for the photos among them when it checks what is uploaded and presents it as its own content to the public.",
			"",
			"The court found that the operator had made the recipes its own: it showed them under its own name and logo, checked each before it went online and claimed the rights to use them further.",
			"",
			"Imprint", "Privacy",
		}, "\n")
	}
	if body := textBodyOf(t, page("Key points of the ruling:")); !strings.HasPrefix(body, "Key points of the ruling:") {
		t.Errorf("heading missing from the body's start:\n%s", body)
	}
	if body := textBodyOf(t, page("Beitrag weiterempfehlen:")); strings.Contains(body, "weiterempfehlen") {
		t.Errorf("share label kept in body:\n%s", body)
	}
}
