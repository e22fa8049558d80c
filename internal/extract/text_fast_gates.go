package extract

import (
	"strings"
)

// The footer readers of the text path (textPostedDate, textEditedDate)
// run a case-insensitive expression over every line under the body run,
// and almost no line holds one of its words. A gate looks, in one pass
// with the phrase matcher of text_fast.go, for a piece of ASCII letters
// that every alternative of the expression holds: where none is found
// the expression cannot match and is not run. (?i) folds 's' with 'ſ'
// (U+017F) and 'k' with the Kelvin sign (U+212A), the only runes beyond
// ASCII that fold with an ASCII letter: a line with either of them is
// always let through.

// textGateMatcher holds the pieces of the gated expressions, one group
// each.
var textGateMatcherLazy textLazy[textMatcher]

func textGateMatcher() *textMatcher {
	return textGateMatcherLazy.get(func() *textMatcher {
		return newTextMatcher(map[uint8][]string{
			// posted, published, veröffentlicht, gepostet, publiziert, publié,
			// publicado, pubblicato, geplaatst, gepubliceerd, publicerad,
			// publiceret, opublikowano.
			textGatePosted: {"post", "publi", "pubbli", "ffentlicht", "geplaatst"},
			// last edited/modified/updated, zuletzt am/geändert/bearbeitet/
			// aktualisiert, dernière fois, última/ultima vez/modifica, laatst
			// bewerkt, senast ändrad/redigerad.
			textGateEdited: {"last", "zuletzt", "derni", "ltima", "laatst", "senast"},
		})
	})
}

const (
	textGatePosted uint8 = 1 << iota
	textGateEdited
)

// textFoldsBeyondASCII reports whether s holds a rune beyond ASCII that
// (?i) folds with an ASCII letter: 'ſ' or the Kelvin sign.
func textFoldsBeyondASCII(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// textPostedMay reports whether textPostedWords can match s: false means
// it cannot.
func textPostedMay(s string) bool {
	return textGateMatcher().scan(s, textGatePosted) != 0 || textFoldsBeyondASCII(s)
}

// textEditedMay reports whether textEditedWords can match s: false means
// it cannot.
func textEditedMay(s string) bool {
	return textGateMatcher().scan(s, textGateEdited) != 0 || textFoldsBeyondASCII(s)
}
