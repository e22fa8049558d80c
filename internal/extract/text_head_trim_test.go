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
