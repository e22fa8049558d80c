package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// textNoticeMax is the longest line read as a licence notice.
const textNoticeMax = 400

// textLicenceMarks name a free licence; textLicenceWords say that a work
// is published under one.
var (
	textLicenceMarks = []string{"creative commons", "cc-by", "cc by", "cc0", "gnu free documentation"}
	textLicenceWords = []string{
		"licensed under", "lizenziert unter", "steht unter", "stehen unter", "published under", "veröffentlicht unter",
		"unter der lizenz", "sous licence", "en licence", "sous la licence", "bajo licencia", "bajo una licencia",
		"sotto licenza", "sotto una licenza", "licencjonowany na", "na licencji",
	}
)

// textNoticeLine reports whether l says under which licence the site's
// texts or pictures are published ("Texte auf dieser Webseite stehen
// unter einer Creative Commons ...", "This work is licensed under a
// Creative Commons ..."): the site's notice, printed with the article,
// which the run keeps and textBlocks leaves out. A line that speaks of
// a licence without publishing under it is the text's.
func textNoticeLine(l *tLine) bool {
	if l.eff() > textNoticeMax || !textMayHoldLicence(l) {
		return false
	}
	low := l.lowered()
	return textHasAny(low, textLicenceMarks) && textHasAny(low, textLicenceWords)
}

// textHasAny reports whether s contains one of the phrases.
func textHasAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// textNavHeads open a link to the blog's previous or next post.
var textNavHeads = []string{
	"previous post", "next post", "previous article", "next article", "article suivant", "article précédent",
	"billet suivant", "billet précédent", "vorheriger beitrag", "nächster beitrag", "vorheriger artikel",
	"nächster artikel", "entrada anterior", "entrada siguiente", "artículo anterior", "artículo siguiente",
	"articolo precedente", "articolo successivo", "poprzedni wpis", "następny wpis",
}

// textNavMax is the longest line read as a link to another post.
const textNavMax = 250

// textPostNavLine reports whether l links to the previous or next post:
// an arrow before or after another post's title ("← Older title",
// "Newer title →", "Older → Newer", "« Older | Main | Newer »"), or a
// label ("Article suivant
// <title>").
func textPostNavLine(l *tLine) bool {
	if l.eff() > textNavMax {
		return false
	}
	if strings.HasPrefix(l.text, "← ") || strings.HasSuffix(l.text, " →") {
		return true
	}
	if (strings.HasPrefix(l.text, "« ") || strings.HasSuffix(l.text, " »")) && strings.Contains(l.text, " | ") {
		// "« Older title | Main | Newer title »"
		return true
	}
	if !textNavKeys().maybe(l.text) {
		return false
	}
	low := l.lowered()
	for _, p := range textNavHeads {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// textDisclosurePhrases say that the site earns from the links of the
// page: the disclosure of affiliate links or advertisers that a site
// prints with each article.
var textDisclosurePhrases = []string{
	"affiliate link", "affiliate-link", "affiliatelink", "affiliate advertising", "amazon associate",
	"receive compensation", "receive a commission", "receive a small commission", "earn a commission",
	"earn a small commission", "of our advertisers", "advertisers do not influence", "advertising disclosure",
	"provision vom händler", "eine kleine provision", "enlaces de afiliados", "enlaces de afiliación",
	"liens d'affiliation", "liens affiliés", "link di affiliazione", "linki afiliacyjne",
}

// textDisclosureMax is the longest block read as a disclosure, in bytes: a
// paragraph of the text may speak of such links at length.
const textDisclosureMax = 300

// textDropDisclosures leaves out of the body the blocks that disclose
// that the site earns from the page's links ("This post may contain
// affiliate links ...", "Für Links auf dieser Seite erhält ... eine
// Provision vom Händler"): the site's notice, printed with each article.
func textDropDisclosures(blocks []block) []block {
	out := blocks[:0]
	for i, b := range blocks {
		if len(b.text) <= textDisclosureMax && textDisclosure(b.text) {
			if _, dated := findDate(b.text); i == 0 && dated {
				// The post's own line, which dates it ("By Ann on 3
				// May 2023 | This post may contain affiliate links"):
				// the date is read from the body's first lines.
				out = append(out, b)
			}
			continue
		}
		out = append(out, b)
	}
	return out
}

// textDisclosureMatcher looks for textDisclosurePhrases in one pass over
// a block, not one strings.Contains a phrase.
var textDisclosureMatcher = sync.OnceValue(func() *textMatcher {
	return newTextMatcher(map[uint8][]string{1: textDisclosurePhrases})
})

// textDisclosure reports whether s holds a phrase of
// textDisclosurePhrases, case aside. Every short block of the body is
// asked: one that lower-cases by folding its ASCII capitals is read as it
// stands, as the matcher folds them as it reads, with no copy made.
func textDisclosure(s string) bool {
	if !textFoldsAsIs(s) {
		s = strings.ToLower(s)
	}
	return textDisclosureMatcher().scan(s, 1) != 0
}

// textFoldsAsIs reports whether strings.ToLower(s) changes only the ASCII
// capitals of s: s is valid UTF-8 and no rune beyond ASCII lower-cases.
func textFoldsAsIs(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}
