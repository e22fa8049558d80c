package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// metaChromeWordList is metaChromeWord as a plain list: the reference the
// letter-by-letter version must agree with.
func metaChromeWordList(p string) bool {
	if len(p) < 2 {
		return false
	}
	for _, w := range []string{"comment", "recommend", "advert", "breadcrumb", "newsletter", "navig", "sidebar", "outbrain", "taboola", "disqus", "related", "trending"} {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	switch strings.TrimSuffix(p, "s") {
	case "nav", "navbar", "menu", "popular", "mostread", "promo", "ad", "cookie", "consent", "share", "sharing", "social", "reply", "replie", "footer-links", "subnav", "topnav":
		return true
	}
	return false
}

func TestMetaChromeWordByLetter(t *testing.T) {
	words := []string{"comment", "recommend", "advert", "breadcrumb", "newsletter", "navig", "sidebar", "outbrain", "taboola", "disqus",
		"related", "trending", "nav", "navbar", "menu", "popular", "mostread", "promo", "ad", "cookie", "consent", "share", "sharing",
		"social", "reply", "replie", "footer-links", "subnav", "topnav", "s", "", "a", "promoted", "navn", "header", "content"}
	var texts []string
	for _, w := range words {
		texts = append(texts, w, w+"s", w+"ss", w+"x", w+"list", "x"+w)
		if len(w) > 1 {
			texts = append(texts, w[:len(w)-1], w[1:])
		}
	}
	r := rand.New(rand.NewPCG(7, 11))
	const letters = "abcdefmnoprstuvlixyz0123-"
	for range 50000 {
		b := make([]byte, 2+r.IntN(9))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		texts = append(texts, string(b))
	}
	hits := 0
	for _, s := range texts {
		got, want := metaChromeWord(s), metaChromeWordList(s)
		if got != want {
			t.Errorf("metaChromeWord(%q) = %v, want %v", s, got, want)
		}
		if want {
			hits++
		}
	}
	if hits == 0 {
		t.Error("no text is a chrome word: the test reads one side only")
	}
}
