package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// appendNamePartTrim is appendNamePart trimming every part, kept as the
// reference of the parts whose ends say there is nothing to trim.
func appendNamePartTrim(out []string, p string) []string {
	for {
		q := p
		nul := strings.IndexByte(p, 0)
		if nul >= 0 {
			q, p = p[:nul], p[nul+1:]
		}
		if q = strings.Trim(q, " \t-–—·•"); q != "" {
			out = append(out, q)
		}
		if nul < 0 {
			return out
		}
	}
}

// TestAppendNamePartAsTrim holds appendNamePart to trimming every part,
// on random parts over the set's runes, their bytes alone, and letters.
func TestAppendNamePartAsTrim(t *testing.T) {
	pieces := []string{" ", "\t", "-", "–", "—", "·", "•", "a", "Jane", "é", "\xe2", "\x80", "\x94", "\xc2", "\xb7", "\x00", "x-y", ".", "\n"}
	rng := rand.New(rand.NewSource(13))
	for i := 0; i < 300000; i++ {
		var b strings.Builder
		n := rng.Intn(6)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := appendNamePart(nil, s), appendNamePartTrim(nil, s); !slices.Equal(got, want) {
			t.Fatalf("appendNamePart(%q) = %q, want %q", s, got, want)
		}
	}
}
