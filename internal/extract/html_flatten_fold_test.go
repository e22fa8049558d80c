package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// foldedCore skips the white space around the words eight spaces or tabs
// at a time; what it keeps must be the text trimmed of htmlSpace, rune by
// rune, whatever the mix and length of the runs.
func TestFoldedCoreTrimsAsRunes(t *testing.T) {
	pieces := []string{" ", "  ", "        ", "\t", "\t\t\t\t\t\t\t\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2003",
		"word", "Wörter", "東京", ",", ".", "a.b", "\u00ad"}
	r := rand.New(rand.NewSource(9))
	var c runeCounts
	checked := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(8); k > 0; k-- {
			p := pieces[r.Intn(len(pieces))]
			b.WriteString(strings.Repeat(p, 1+r.Intn(12)))
		}
		s := b.String()
		left := strings.TrimLeftFunc(s, htmlSpace)
		i := len(s) - len(left)
		mid := strings.TrimRightFunc(left, htmlSpace)
		lead, gotMid, trail, ok := foldedCore(s, &c)
		if !ok {
			continue
		}
		checked++
		if gotMid != mid || lead != (i > 0) || trail != (i+len(mid) < len(s)) {
			t.Fatalf("foldedCore(%q) = %v, %q, %v; want %v, %q, %v", s, lead, gotMid, trail, i > 0, mid, i+len(mid) < len(s))
		}
	}
	if checked < 2000 {
		t.Errorf("only %d texts read as folded: the test checks too little", checked)
	}
}
