package extract

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// The gates only save work: wherever the expression matches, the gate
// lets the line through.
func TestTextFooterGatesNeverReject(t *testing.T) {
	gates := []struct {
		name string
		re   *regexp.Regexp
		may  func(string) bool
	}{
		{"posted", textPostedWords(), textPostedMay},
		{"edited", textEditedWords(), textEditedMay},
	}
	var lines []string
	for _, w := range []string{"posted", "published", "veröffentlicht", "gepostet", "publiziert", "publié",
		"publicado", "pubblicato", "geplaatst", "gepubliceerd", "publicerad", "publiceret", "opublikowano",
		"last edited", "last\tmodified", "last  updated", "zuletzt am", "zuletzt geändert", "zuletzt bearbeitet",
		"zuletzt aktualisiert", "dernière fois", "última vez", "ultima modifica", "laatst bewerkt",
		"senast ändrad", "senast redigerad", "Diese Seite wurde zuletzt am 3. Mai 2021 geändert"} {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], "This page was " + w + " on 3 May 2021.",
			"x" + w, w + "x", strings.ReplaceAll(w, "s", "\u017f"), strings.ReplaceAll(w, "S", "\u017f"),
			strings.ReplaceAll(strings.ToUpper(w), "K", "\u212a")} {
			lines = append(lines, v)
		}
	}
	shut := 0
	check := func(s string) {
		for _, g := range gates {
			if !g.may(s) {
				shut++
				if g.re.MatchString(s) {
					t.Errorf("%s: the gate shuts out %q, which the expression matches", g.name, s)
				}
			}
		}
	}
	for _, s := range lines {
		check(s)
	}
	forCorpusLines(t, check)
	if shut == 0 {
		t.Error("the gates shut out nothing")
	}
	for _, s := range []string{"The government announced new rules", "Share this article", "Related"} {
		for _, g := range gates {
			if g.may(s) {
				t.Errorf("%s: the gate lets %q through", g.name, s)
			}
		}
	}
}

// The gates let through any line with 'ſ' or the Kelvin sign, as these are
// the only runes beyond ASCII that (?i) folds with an ASCII letter.
func TestTextFoldsBeyondASCIIComplete(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r >= 0x80 && !textFoldsBeyondASCII(string(r)) {
				t.Errorf("%q folds with %q, and the gates do not let it through", r, c)
			}
		}
	}
}
