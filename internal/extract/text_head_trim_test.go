package extract

import (
	"strings"
	"testing"
)

// trimmedStart measures the lines of page, classes them as given (the
// run is all of them) and returns the text of the line textTrimRun
// starts the body with.
func trimmedStart(t *testing.T, page []string, classes []tClass) string {
	t.Helper()
	lines := textSplitLines(strings.Join(page, "\n"))
	if len(lines) != len(classes) {
		t.Fatalf("%d lines, %d classes", len(lines), len(classes))
	}
	for i := range lines {
		lines[i].measure()
		lines[i].class = classes[i]
	}
	start, _ := textTrimRun(lines, classes, 0, len(lines))
	return lines[start].text
}

func TestTextTrimRunCrumbs(t *testing.T) {
	// A breadcrumb trail, a kicker and the headline open the run: the
	// trail does not use up the two title lines the trimming takes off.
	page := []string{
		"Home » Weather » Why the river rose so fast this spring",
		"WEATHER, RIVERS",
		"Why the river rose so fast this spring",
		strings.Split(textTestBody, "\n\n")[0],
		strings.Split(textTestBody, "\n\n")[1],
	}
	got := trimmedStart(t, page, []tClass{tGood, tGood, tGood, tGood, tGood})
	if got != page[3] {
		t.Errorf("body starts with %q", got)
	}
}

func TestTextTrimRunQuestion(t *testing.T) {
	body := strings.Split(textTestBody, "\n\n")
	// A short question is a title, though most of its words are function
	// words.
	page := []string{"How high are the rates for a loan from the bank?", body[0], body[1]}
	if got := trimmedStart(t, page, []tClass{tGood, tGood, tGood}); got != body[0] {
		t.Errorf("body starts with %q", got)
	}
	// Under a date line, a question opens the body.
	lines := textSplitLines(strings.Join([]string{"By Jane Doe | 12 March 2024", page[0], body[0], body[1]}, "\n"))
	for i := range lines {
		lines[i].measure()
		lines[i].flag()
		lines[i].class = tGood
	}
	classes := []tClass{tBad, tGood, tGood, tGood}
	if start, _ := textTrimRun(lines, classes, 1, len(lines)); lines[start].text != page[0] {
		t.Errorf("body starts with %q", lines[start].text)
	}
}

func TestTextTrimRunTitleOverCredit(t *testing.T) {
	body := strings.Split(textTestBody, "\n\n")
	// A title heavy with function words, with the credit under it, is the
	// headline, not the first paragraph.
	page := []string{"La agenda con que el consejo busca salir de la crisis del puente y del río", "Isabel Caro y José Miguel Wilson", body[0], body[1]}
	if got := trimmedStart(t, page, []tClass{tGood, tGood, tGood, tGood}); got != body[0] {
		t.Errorf("body starts with %q", got)
	}
}
