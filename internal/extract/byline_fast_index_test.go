package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func checkBylineIndexes(t *testing.T, s string) {
	t.Helper()
	if got, want := bylinePrefixIndex(s), bylinePrefix().FindStringIndex(s); !slices.Equal(got, want) {
		t.Fatalf("bylinePrefixIndex(%q) = %v, the expression says %v", s, got, want)
	}
	if got, want := bylineLabelIndex(s), bylineLabel().FindStringIndex(s); !slices.Equal(got, want) {
		t.Fatalf("bylineLabelIndex(%q) = %v, the expression says %v", s, got, want)
	}
}

// TestBylineIndexesRandom compares the fast openings with the expressions
// on random strings made of their pieces.
func TestBylineIndexesRandom(t *testing.T) {
	pieces := []string{"by", "BY", "By", "bY", "von", "VON", "Vom", "posted", "POSTED", "Posted", "post",
		"author", "ſ", "b", "y", "v", "o", "n", " ", "  ", "\t", "\n", "\v", "\u00a0", ":", "/", "Jane", "x", "on", "de",
		"written", "Written", "WRITTEN", "Veröffentlicht", "VERÖFFENTLICHT", "écrit", "Écrit", "am", "AM", "door", "da", "par", "Por", "di", "af", "av", "vom",
		"text", "texte", "Text", "reported", "reporting", "edited", "：", "／", "by:", "submitted", "published", "more from", "post", "\u212a", "d"}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		n := 1 + rng.Intn(6)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkBylineIndexes(t, b.String())
	}
	for _, s := range []string{"By Jane Doe", "by  \t Jane", "von lupa", "Posted by Seth Godin", "posted\tby\n x", "by", "by ", "Posted by", "Posted by "} {
		checkBylineIndexes(t, s)
	}
}

// TestBylineIndexesCorpus compares them on the lines of a quarter of the
// text pages of the corpus.
func TestBylineIndexesCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "dev", "text", "*.txt"))
	if len(files) == 0 {
		t.Skip("no text corpus in ../../../shared/corpus/dev/text")
	}
	for i, f := range files {
		if i%4 != 1 {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			checkBylineIndexes(t, strings.TrimSpace(line))
		}
	}
}
