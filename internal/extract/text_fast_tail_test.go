package extract

import (
	"math/rand"
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

// A textHeadKeys gate turns away only lines whose lower-cased copy opens
// with none of its phrases.
func TestTextHeadKeysAgree(t *testing.T) {
	lists := [][]string{textFilingHeads, textBodyTailHeads, {"über den autor", "ab", "x"}}
	for _, list := range lists {
		g := newTextHeadKeys(list)
		lines := []string{"", "Ab", "The story", "Über uns", "ÜBER DEN AUTOR", "\u212aeine", "This is it"}
		for _, p := range list {
			lines = append(lines, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:]+" more", p[:len(p)/2])
		}
		for _, s := range lines {
			want := false
			for _, p := range list {
				if strings.HasPrefix(strings.ToLower(s), p) {
					want = true
				}
			}
			if want && !g.maybe(s) {
				t.Errorf("maybe(%q) = false, but the lower-cased line opens with a phrase of %q", s, list[0])
			}
		}
	}
	if g := newTextHeadKeys(textFilingHeads); g.maybe("The story goes on") || g.maybe("Das Ende naht") {
		t.Error("a line opening with no phrase passed the filing gate")
	}
}

// The licence gate lets through every line whose lower-cased copy holds
// a mark, in any case, and turns away a line with none of its pairs.
func TestTextMayHoldLicence(t *testing.T) {
	for _, p := range textLicenceMarks {
		for _, s := range []string{p, strings.ToUpper(p), "Texte stehen unter " + strings.ToUpper(p[:1]) + p[1:] + " BY-SA", "Ü " + p} {
			l := tLine{text: s, fold: strings.ToLower(s) == textASCIILower(s)}
			if !textMayHoldLicence(&l) {
				t.Errorf("textMayHoldLicence(%q) = false", s)
			}
		}
	}
	if l := (tLine{text: "Der Bürgermeister sprach.", fold: false}); textMayHoldLicence(&l) {
		t.Error("a line with no licence mark passed the gate")
	}
}

func textASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = textFoldByte(c)
	}
	return string(b)
}

// TestTextTrimClosedLeadAgrees compares textTrimClosedLead with
// strings.TrimLeft on strings of the cut set's runes, their neighbours
// and pieces of them.
func TestTextTrimClosedLeadAgrees(t *testing.T) {
	pieces := []string{" ", ".", "!", "…", "\xe2\x80", "\xe2", "\x80\xa6", "‥", "—", "a", "\t", "?", "…x", "\xa6"}
	rng := rand.New(rand.NewSource(13))
	for range 100000 {
		var b strings.Builder
		for range rng.Intn(7) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := textTrimClosedLead(s), strings.TrimLeft(s, " .!…"); got != want {
			t.Fatalf("textTrimClosedLead(%q) = %q, strings.TrimLeft gives %q", s, got, want)
		}
	}
}
