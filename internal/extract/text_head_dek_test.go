package extract

import (
	"strings"
	"testing"
)

func TestDekInsideBodyStays(t *testing.T) {
	lead := "The council decided on Tuesday to rebuild the old crossing."
	for pos, keep := range map[int]bool{0: false, 1: true} {
		p := &page{
			blocks: []block{{kind: "p", text: lead}, {kind: "p", text: "Work starts in spring."}},
			cands: []candidate{
				{field: fieldHeadline, origin: originVisible, value: "Bridge vote"},
				{field: fieldDek, origin: originVisible, value: lead, pos: pos},
			},
		}
		a := assemble(p, Options{})
		if a.Dek != lead {
			t.Errorf("pos %d: dek %q", pos, a.Dek)
		}
		if got := len(a.Paragraphs) == 2; got != keep {
			t.Errorf("pos %d: paragraphs %q", pos, a.Paragraphs)
		}
	}
}

func TestTextLeadDek(t *testing.T) {
	standfirst := "The council decided on Tuesday to rebuild the old crossing over the river, after a decade of petitions from residents on both banks and two failed votes in the chamber."
	page := "Home\nNews\n\nCouncil votes to rebuild river bridge\n\n" + standfirst + "\nBy Jane Doe\n12 March 2024\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := assemble(p, Options{})
	if a.Dek != standfirst {
		t.Errorf("dek %q", a.Dek)
	}
	if len(a.Paragraphs) == 0 || a.Paragraphs[0] != standfirst {
		t.Errorf("the standfirst left the body: %q", a.Paragraphs)
	}
	// A first paragraph that runs on into the next is no standfirst: it
	// is the body's lead, and the page shows no dek (the contract's dek is
	// never just the first paragraph).
	page = "Home\nNews\n\nCouncil votes to rebuild river bridge\n12 March 2024\n\n" + standfirst + "\n\n" + textTestBody
	if p, err = readText(page, Options{}); err != nil {
		t.Fatal(err)
	}
	if d := candValues(p, fieldDek); len(d) != 0 {
		t.Errorf("dek %q", d)
	}
	if a := assemble(p, Options{}); len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], "The council decided") {
		t.Errorf("the lead left the body: %q", a.Paragraphs)
	}
}

func TestTextLeadDekShapes(t *testing.T) {
	standfirst := "The council decided on Tuesday to rebuild the old crossing over the river, after a decade of petitions from residents on both banks and two failed votes in the chamber."
	for _, page := range []string{
		// The picture and its caption under the standfirst.
		"Home\nNews\n\nCouncil votes to rebuild river bridge\n12 March 2024\n\n" + standfirst + "\nThe old bridge at dusk. Photo: Jane Doe/AFP\n\n" + textTestBody,
		// A one-word label and the headline printed again above it.
		"Home\nNews\n\nCouncil votes to rebuild river bridge\n12 March 2024\nTop\nCouncil votes to rebuild river bridge\n\n" + standfirst + "\nBy Jane Doe\n\n" + textTestBody,
	} {
		p, err := readText(page, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := candValues(p, fieldDek); len(d) == 0 || d[0] != standfirst {
			t.Errorf("dek %q in\n%s", d, page[:100])
		}
	}
}
