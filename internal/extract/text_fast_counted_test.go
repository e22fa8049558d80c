package extract

import (
	"strings"
	"testing"
)

// TestTextMayNameComments checks the gate before textCountedComments: it
// lets through every line that counts comments, each comment word in
// its cases, before or after its count.
func TestTextMayNameComments(t *testing.T) {
	counted, turned := 0, 0
	lines := []string{"Share 12", "12 shares", "Page 3 of 7", "Comment 2020 policy", "2 Kommentare"}
	for w := range textCommentWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			lines = append(lines, "12 "+v, v+" (3)", "{ 18 "+v+"… read them }", v+": 0", "x"+v+" 4")
		}
	}
	for _, s := range lines {
		l := tLine{text: s}
		l.measure()
		t0 := textForMatch(&l)
		if textCountedComments(t0, l.words) {
			counted++
			if !textMayNameComments(&l) {
				t.Errorf("textMayNameComments(%q) turns away a count of comments", s)
			}
		} else if !textMayNameComments(&l) {
			turned++
		}
	}
	if counted == 0 || turned == 0 {
		t.Fatalf("cases not exercised: %d counted, %d turned away", counted, turned)
	}
}
