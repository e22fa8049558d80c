package extract

import (
	"strings"
	"testing"
)

// The gate may only let through what the lower-cased copy could match:
// every line it turns away ends with no phrase of textBodyTailEnds, and
// the lines ending with one pass it, in any case.
func TestTextTailEndMaybeAgrees(t *testing.T) {
	lines := []string{"Weitere Themen", "Related stories", "Ende.", "", "ok", "ab:"}
	for _, p := range textBodyTailEnds {
		lines = append(lines,
			"Das könnte Sie "+p, strings.ToUpper("x "+p)+":", "Topics you "+p+" …",
			"X "+p+" more", strings.ToUpper(p[:1])+p[1:], // a phrase not at the end
			strings.ReplaceAll("Y "+p, "k", "\u212a")) // Kelvin sign lower-cases to k
	}
	for _, s := range lines {
		want := textBodyTailEnd(textTrimHeadMarks(strings.ToLower(s)))
		if want && !textTailEndMaybe(s) {
			t.Errorf("textTailEndMaybe(%q) = false, but the lower-cased line ends with a phrase", s)
		}
	}
	for _, s := range []string{"Weitere Themen", "Related stories", "Sport"} {
		if textTailEndMaybe(s) {
			t.Errorf("textTailEndMaybe(%q) = true, want the line turned away", s)
		}
	}
	if !textTailEndMaybe("Diese Artikel könnten Sie auch interessieren:") {
		t.Error("a header ending with a phrase was turned away")
	}
}

// Every phrase passes the gate in any case, and the lines it turns away
// are no phrase once lower-cased.
func TestTextClosedMaybeAgrees(t *testing.T) {
	lines := []string{"", "...", "Reply", "Sport news", "\u212aeine Kommentare"}
	for p := range textClosedPhrases {
		lines = append(lines, p, strings.ToUpper(p), "… "+strings.ToUpper(p[:1])+p[1:]+".")
	}
	for _, s := range lines {
		want := textClosedPhrases[strings.Trim(strings.ToLower(s), " .!…")]
		if want && !textClosedMaybe(s) {
			t.Errorf("textClosedMaybe(%q) = false, but the line is a phrase", s)
		}
	}
	if textClosedMaybe("Home") || textClosedMaybe("Weather") || textClosedMaybe("") {
		t.Error("a line opening with no phrase's letter passed the gate")
	}
}
