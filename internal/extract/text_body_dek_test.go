package extract

import (
	"strings"
	"testing"
)

// The standfirst under the headline is the article's opening: the body
// keeps it, as the HTML path does, and the article still gives it as
// the dek.
func TestTextBodyKeepsStandfirst(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Sport", "Teams", "Contact", "Bulletin", "Reports",
		"World championships POSTPONED",
		"01.02.2022 General",
		"Rumours of recent weeks now confirmed by world federation officials in Lausanne",
		"The pandemic still has a massive influence on international sporting events. The world championships, which were to take place in May, will now be held a year later, the federation said on Friday.",
		"",
		"The championships were first planned for the summer of last year and had already been moved once. The national teams will now prepare for the continental championships in August instead.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.HasPrefix(body, "Rumours of recent weeks") {
		t.Errorf("standfirst missing from the body's start:\n%s", body)
	}
	a, err := Extract([]byte(page), "page.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], "Rumours of recent weeks") {
		t.Errorf("standfirst dropped from the article's paragraphs: %q", a.Paragraphs)
	}
}

// A dek read from a line above the run that the body does not hold is
// given to the body; a trail of links taken for the dek is not.
func TestTextDekBlock(t *testing.T) {
	lines := textSplitLines("Headline of the story\nA standfirst the run did not take in\nFirst paragraph of the story.")
	blocks := []block{{kind: "p", text: "First paragraph of the story."}}
	cands := []candidate{{field: fieldDek, origin: originVisible, value: "A standfirst the run did not take in"}}
	b, ok := textDekBlock(lines, 2, blocks, cands)
	if !ok || b.text != cands[0].value || cands[0].pos != 1 {
		t.Errorf("textDekBlock = %v, %v (dek pos %d), want the standfirst before the body", b, ok, cands[0].pos)
	}
	trail := []candidate{{field: fieldDek, origin: originVisible, value: "Politics | Blog | Letters | All clear?"}}
	lines = textSplitLines("Headline\n" + trail[0].value + "\nFirst paragraph of the story.")
	if _, ok := textDekBlock(lines, 2, blocks, trail); ok {
		t.Error("a trail of links given to the body as its standfirst")
	}
}
