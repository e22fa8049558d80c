package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// textHeadGateCases are lines the gates of the header's readers must not
// misread: labels in other cases, runes that fold to ASCII letters (the
// long s, the Kelvin sign), stops far from and near the end.
var textHeadGateCases = []string{
	"", "b", "By Jane Doe", "BY JANE DOE", "bY jane", "ſcritto da Jane Doe", "Scritto da Jane Doe", "\u212aelvin",
	"Von Max Muster, dpa", "TEXT VON Jane Doe", "Escrito por Ana", "ByJ.R. Stone", "Author: Jane", "\xffby Jane",
	"Das Hermelin. Reuters", "A long first sentence goes on and on and on and on and on and on. Then AFP",
	"Ends with a stop. ", ". AP", "Share: ", "Written by", "Posted  by:", "Text", "ТЕКСТ", "İ by", "ABC AUTOR",
}

// TestTextLeadLabelGate holds textLabeledCredit's first-byte gate to the
// loop it spares: a line the gate turns away opens with no label.
func TestTextLeadLabelGate(t *testing.T) {
	check := func(s string) {
		if len(s) >= 2 && textLeadLabelFirst[s[0]|0x20]>>(s[1]|0x20-'a')&1 != 0 {
			return
		}
		for _, label := range textLeadLabels {
			if len(s) > len(label) && strings.EqualFold(s[:len(label)], label) {
				t.Fatalf("the gate turns away %q, which opens with %q", s, label)
			}
		}
	}
	for _, s := range textHeadGateCases {
		check(s)
	}
	for r := rune(0); r < 0x3000; r++ {
		for _, label := range textLeadLabels {
			check(string(r) + label[1:] + " Jane Doe")
			check(label[:1] + string(r) + label[2:] + " Jane Doe")
			check(strings.ToUpper(label[:1]) + string(r) + label[2:] + " Jane Doe")
		}
	}
	// The gate lets every label through, in any case.
	for _, label := range textLeadLabels {
		for _, c := range []string{label, strings.ToUpper(label), strings.ToUpper(label[:1]) + label[1:], label[:1] + strings.ToUpper(label[1:])} {
			if s := c + " Jane Doe"; textLeadLabelFirst[s[0]|0x20]>>(s[1]|0x20-'a')&1 == 0 {
				t.Errorf("the gate turns away the label %q", c)
			}
		}
	}
	forCorpusLines(t, check)
}

// textCreditAfterSentenceSlow is textCreditAfterSentence as it was, the
// whole line searched for its last stop.
func textCreditAfterSentenceSlow(s string) bool {
	i := strings.LastIndex(s, ". ")
	if i <= 0 || len(s)-i > 60 {
		return false
	}
	tail := strings.TrimSpace(s[i+2:])
	if r, _ := utf8.DecodeLastRuneInString(tail); tail == "" || textSentenceEnd(r) {
		return false
	}
	for _, part := range strings.FieldsFunc(tail, func(r rune) bool { return r == '/' || r == ',' || r == '|' }) {
		if isAgency(strings.TrimSpace(part)) {
			return true
		}
	}
	return false
}

// textLabelTailSlow is textLabelTail with strings.ToLower.
func textLabelTailSlow(l *tLine) bool {
	if l.words == 0 || l.words > 3 || l.runes > 30 {
		return false
	}
	t := strings.TrimRight(l.text, " :：/／")
	i := strings.LastIndexByte(t, ' ')
	return textLabelTails[strings.ToLower(t[i+1:])]
}

func TestTextHeadGatesAsSlow(t *testing.T) {
	check := func(s string) {
		if got, want := textCreditAfterSentence(s), textCreditAfterSentenceSlow(s); got != want {
			t.Fatalf("textCreditAfterSentence(%q) = %v, want %v", s, got, want)
		}
		for _, l := range textSplitLines(s) {
			if got, want := textLabelTail(&l), textLabelTailSlow(&l); got != want {
				t.Fatalf("textLabelTail(%q) = %v, want %v", l.text, got, want)
			}
		}
	}
	for _, s := range textHeadGateCases {
		check(s)
		// The stop at every distance from the end.
		for k := 55; k <= 66; k++ {
			check("Caption of a photo. " + strings.Repeat("x", k-2) + ". Reuters")
			check("Caption. " + strings.Repeat("Wort ", k/5) + "Reuters / AFP")
			check("Caption. " + strings.Repeat("AFP, ", k/5) + strings.Repeat("x", k%5) + "AP")
		}
	}
	// A credit of agencies that reaches 60 bytes back to the stop.
	far := false
	for n := 8; n <= 14; n++ {
		s := "Caption. " + strings.Repeat("AFP, ", n) + "AP"
		far = far || textCreditAfterSentenceSlow(s) && len(s)-strings.LastIndex(s, ". ") > 50
	}
	if !far {
		t.Error("no case reads a credit far from its stop")
	}
	forCorpusLines(t, check)
}

// TestTextChromeGatesAsSlow holds textCaptionOf (its prefixes looked up by
// the first byte) and textNavPromptOf (its affiliate notes gated by the
// line's byte pairs) to the readers of the lower-cased text, over the
// corpus lines and lines made to open with each credit prefix and to hold
// each disclosure, in other cases.
func TestTextChromeGatesAsSlow(t *testing.T) {
	check := func(s string) {
		lines := textSplitLines(s)
		for i := range lines {
			l := &lines[i]
			l.measure()
			if got, want := textCaptionOf(l), textCaptionLower(l.text, strings.ToLower(l.text)); got != want {
				t.Fatalf("textCaptionOf(%q) = %v, want %v", l.text, got, want)
			}
			if got, want := textNavPromptOf(l), textNavPrompt(l.text); got != want {
				t.Fatalf("textNavPromptOf(%q) = %v, want %v", l.text, got, want)
			}
			if textAffiliateNote(l.text) && !textAffiliateMay(l.lowGrams()) {
				t.Fatalf("the byte pairs of %q shut out the disclosure it holds", l.text)
			}
		}
	}
	for _, s := range textHeadGateCases {
		check(s)
	}
	for _, p := range textCreditPrefixes {
		for _, c := range []string{p, strings.ToUpper(p), strings.ToUpper(p[:1]) + p[1:]} {
			check(c + " Jane Doe")
			check("(" + c + " Jane Doe)")
			check(c + " Voting on the future of the town hall")
		}
	}
	for k := range textNavPrompts {
		for _, c := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
			check(c)
			check("› " + c + " …")
			check("» " + c + ":")
			check(c + " |")
		}
	}
	for _, p := range textAffiliateNotes {
		for _, c := range []string{p, strings.ToUpper(p), "This post holds an " + p + " to a shop", strings.ReplaceAll(p, "i", "İ"), strings.ReplaceAll(p, "k", "\u212a")} {
			check(c)
			check(c + ".")
		}
	}
	forCorpusLines(t, check)
}

// textCrumbsUngated is textCrumbs with no gate: the trail reader itself.
func textCrumbsUngated(s string) string {
	if utf8.RuneCountInString(s) > 120 {
		return ""
	}
	return textCrumbsRead(s)
}

// TestTextCrumbGateAsUngated holds textCrumbMarksMay to the reader it
// spares: a line it turns away is no trail.
func TestTextCrumbGateAsUngated(t *testing.T) {
	check := func(s string) {
		if !textCrumbMarksMay(s) && textCrumbsUngated(s) != "" {
			t.Fatalf("the gate turns away the trail %q (%q)", s, textCrumbsUngated(s))
		}
	}
	for _, s := range textHeadGateCases {
		check(s)
	}
	marks := []string{"/", "›", ">", "»", "→", "::", ":", "|", "к", "ú", "\xba", "\xbb", "\x92", "\xe2\x80", " "}
	for _, a := range marks {
		for _, b := range marks {
			check("Home " + a + " Welt " + b + " Amerika")
			check(a + "Start" + b + b + "Politik" + a)
			check("Start" + a + a + " Politik")
		}
	}
	trails := 0
	forCorpusLines(t, func(s string) {
		check(s)
		if textCrumbMarksMay(s) && textCrumbs(s) != "" {
			trails++
		}
	})
	if trails == 0 {
		t.Log("no trail among the lines read")
	}
}

// TestTextNavTrimAsTrim holds textNavTrim to strings.Trim, over the marks
// it trims, their bytes apart, bad bytes and letters.
func TestTextNavTrimAsTrim(t *testing.T) {
	check := func(s string) {
		if got, want := textNavTrim(s), strings.Trim(s, " .:…»›>|"); got != want {
			t.Fatalf("textNavTrim(%q) = %q, want %q", s, got, want)
		}
	}
	parts := []string{" ", ".", ":", "…", "»", "›", ">", "|", "\xe2", "\x80", "\xa6", "\xc2", "\xbb", "\xba", "a", "Menü", "\xff", "«", "‹", "→"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, p := range parts {
			walk(s+p, n-1)
		}
	}
	walk("", 4)
	forCorpusLines(t, check)
}

// TestTextLabelTrimAsTrimRight holds textLabelTrim to strings.TrimRight
// over every string of four of its marks, their bytes apart, bad bytes and
// letters, and the corpus lines.
func TestTextLabelTrimAsTrimRight(t *testing.T) {
	check := func(s string) {
		if got, want := textLabelTrim(s), strings.TrimRight(s, " :：/／"); got != want {
			t.Fatalf("textLabelTrim(%q) = %q, want %q", s, got, want)
		}
	}
	parts := []string{" ", ":", "：", "／", "/", "\xef", "\xbc", "\x9a", "\x8f", "a", "Von", "\xff", "·"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, p := range parts {
			walk(s+p, n-1)
		}
	}
	walk("", 4)
	forCorpusLines(t, check)
}
