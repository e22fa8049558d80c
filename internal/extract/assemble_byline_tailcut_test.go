package extract

import (
	"math/rand"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// bylineTailRE is the expression cutBylineTail replaced, kept as its
// reference: it finds the links author boxes print after the name
// ("Jane Doe Weitere Beiträge", "Jane Doe Follow").
var bylineTailRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)[\s|·•]*(?:weitere\s+beiträge|alle\s+beiträge|alle\s+artikel|mehr\s+artikel|more\s+articles|more\s+stories|view\s+all\s+posts|all\s+posts|follow|folgen|profil|profile)\s*$`)
})

// TestCutBylineTailAgrees compares cutBylineTail with the expression on
// strings made of the phrases' words in every case (the Kelvin sign for
// k, the long s for s, Ä), the separators and the white space around
// them (\v, which \s leaves out, too), other words glued or not, and
// bytes that are no valid UTF-8.
func TestCutBylineTailAgrees(t *testing.T) {
	pieces := []string{"Jane", "Doe", "un", "x", "é", "profi", "all", "view", "more", "mehr", "alle", "weitere",
		"posts", "POSTS", "poſts", "Posts", "stories", "ſtories", "articles", "artikel", "arti\u212Ael", "ARTIKEL",
		"beiträge", "BEITRÄGE", "Beiträge", "beitrage", "follow", "Follow", "FOLLOW", "folgen", "profil", "Profile",
		"profile", "PROFILe", "followe", " ", "  ", "\t", "\n", "\v", "\f", "\r", "|", "·", "•", "-", ",",
		"\xc3", "\xe2\x80", "\xf0\x90", "\x80", "\xb7", "\xa2"}
	rng := rand.New(rand.NewSource(3))
	hits := 0
	for range 300000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want := bylineTailRE().ReplaceAllString(s, "")
		if got := cutBylineTail(s); got != want {
			t.Fatalf("cutBylineTail(%q) = %q, the expression gives %q", s, got, want)
		}
		if want != s {
			hits++
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d strings cut: the phrases are not exercised", hits)
	}
}
