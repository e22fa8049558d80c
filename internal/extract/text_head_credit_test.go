package extract

import "testing"

func TestTextBylineShapes(t *testing.T) {
	const head = "Council votes to rebuild the old river bridge\n"
	for page, want := range map[string]string{
		// A label on its own line, the name under it.
		head + "Kommentar von\nJane Doe\n12. März 2024\n\n" + textTestBody: "Jane Doe",
		// A label and a handle in lower case.
		head + "von flerche\n12. März 2024\n\n" + textTestBody: "von flerche",
		// A name beside the date, under a standfirst the run took in.
		head + "\nThe council decided on Tuesday to rebuild the crossing, after a decade of petitions from residents on both banks of the river, and the work that is to start in the spring will be paid for by the city and the region together.\nJane Doe\n12 March 2024\n\n" + textTestBody: "Jane Doe",
		// A name in title case among the paragraphs is a subheading.
		head + "\nThe council decided on Tuesday to rebuild the crossing, after a decade of petitions from residents on both banks of the river, and the work that is to start in the spring will be paid for by the city and the region together.\nPublic Works Department\n\n" + textTestBody: "",
		// A label and name under the article.
		head + "\n" + textTestBody + "\n\nAutor\nJane Doe\n\nImpressum": "Jane Doe",
	} {
		p, err := readText(page, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if b := candValues(p, fieldByline); len(b) > 0 {
			got = b[0]
		}
		if got != want {
			t.Errorf("byline %q, want %q in\n%s", got, want, page[:120])
		}
	}
}

func TestTextCreditLabelLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Von":                 true,
		"By":                  true,
		"Autor:":              true,
		"Kommentar von":       true,
		"Geschrieben von":     true,
		"Jane Doe":            false,
		"Mehr von uns gibt's": false,
		"Zurück":              false,
	} {
		ls := textSplitLines(s)
		ls[0].measure()
		if got := textCreditLabelLine(&ls[0]); got != want {
			t.Errorf("textCreditLabelLine(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]string{
		"von flerche":   "von flerche",
		"by marc_01":    "by marc_01",
		"von der Stadt": "",
		"by the way":    "",
	} {
		if got := textLabeledHandle(s); got != want {
			t.Errorf("textLabeledHandle(%q) = %q", s, got)
		}
	}
}

func TestTextCreditInMetaLine(t *testing.T) {
	for in, want := range map[string]string{
		// What a date line holds beside its date.
		"Alexander Roll 1 Kommentar Inklusion, Kapitalismus": "Alexander Roll",
		"karstenruppert Schreibe einen Kommentar":            "karstenruppert",
		"Allgemein Schreibe einen Kommentar":                 "",
		"the Leave a comment":                                "",
	} {
		if got := textCreditIn(in); got != want {
			t.Errorf("textCreditIn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextLabeledName(t *testing.T) {
	for in, want := range map[string]string{
		"Interview: Julia Lauter":       "Julia Lauter",
		"Kommentar: Max Muster":         "Max Muster",
		"Foto: Jane Doe":                "",
		"Interview: Warum wir streiken": "",
	} {
		if got := textLabeledName(in); got != want {
			t.Errorf("textLabeledName(%q) = %q, want %q", in, got, want)
		}
	}
	page := "Council votes to rebuild river bridge\nInterview: Jane Doe\n12 March 2024\n\n" + textTestBody
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b := candValues(p, fieldByline); len(b) == 0 || b[0] != "Jane Doe" {
		t.Errorf("byline %q", b)
	}
}
