package extract

import "testing"

// tokenMemo.overlap must give overlap's figures, for texts seen for the
// first time and again.
func TestTokenMemoMatchesOverlap(t *testing.T) {
	s := tokenSamples()[:400]
	var m tokenMemo
	for pass := 0; pass < 2; pass++ {
		for i := 0; i+1 < len(s); i++ {
			a, b := s[i], s[(i*7+3)%len(s)]
			gc, gd := m.overlap(a, b)
			wc, wd := overlap(a, b)
			if gc != wc || gd != wd {
				t.Fatalf("pass %d: tokenMemo.overlap(%q, %q) = %v, %v, want %v, %v", pass, a, b, gc, gd, wc, wd)
			}
		}
	}
}
