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
	if l.eff() > textNoticeMax {
		return false
	}
	if l.fold && !textLicenceFinder.in(l.text) {
		// A line that folds lower-cases by its ASCII capitals alone, so
		// it holds a mark only as the finder reads it, capitals folded:
		// one pass over the line, no lower-cased copy, no byte pairs.
		return false
	}
	if !textMayHoldLicence(l) {
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
	} else if !textDisclosureFinder.in(s) {
		// A block that folds holds a phrase only as the finder reads it,
		// capitals folded.
		return false
	}
	return textDisclosureMatcher().scan(s, 1) != 0
}

// textDisclosureFinder finds textDisclosurePhrases in a block that folds,
// read by the rare letters they hold.
var textDisclosureFinder = newTextFoldFinder(textDisclosurePhrases, "zvfm")

// textLicenceFinder finds textLicenceMarks in a line that folds.
var textLicenceFinder = newTextFoldFinder(textLicenceMarks, "v0yg")

// textFoldFinder finds phrases, in ASCII and lower case, in a string
// whose ASCII capitals it folds as it reads. Each phrase is looked for by
// one of its letters, a rare one (an anchor): strings.IndexByte finds the
// anchor in either case, many bytes at a time, and only there is the
// phrase around it compared. A string is read once per anchor and case.
type textFoldFinder struct {
	anchors []byte // each in the cases it is looked for
	byte    [256][]textAnchored
	// next holds, by anchor, the bytes after it in the phrases (ASCII
	// folded), or all for a phrase that ends with its anchor: most
	// anchors found are turned away by the byte after them.
	next [256]*[256]bool
}

// textAnchored is a phrase and the offset of its anchor in it.
type textAnchored struct {
	p   string
	off int
}

// newTextFoldFinder anchors each phrase on the first of the letters of
// rare that it holds, or on its first byte.
func newTextFoldFinder(phrases []string, rare string) *textFoldFinder {
	f := &textFoldFinder{}
	for _, p := range phrases {
		off := 0
		for k := 0; k < len(rare); k++ {
			if i := strings.IndexByte(p, rare[k]); i >= 0 {
				off = i
				break
			}
		}
		c := p[off]
		cases := []byte{c}
		if 'a' <= c && c <= 'z' {
			cases = append(cases, c-'a'+'A')
		}
		for _, b := range cases {
			if f.byte[b] == nil {
				f.anchors = append(f.anchors, b)
				f.next[b] = &[256]bool{}
			}
			f.byte[b] = append(f.byte[b], textAnchored{p: p, off: off})
			if off+1 < len(p) {
				n := p[off+1]
				f.next[b][n] = true
				if 'a' <= n && n <= 'z' {
					f.next[b][n-'a'+'A'] = true
				}
			} else {
				for k := range f.next[b] {
					f.next[b][k] = true
				}
			}
		}
	}
	return f
}

// in reports whether s, its ASCII capitals folded, contains a phrase.
func (f *textFoldFinder) in(s string) bool {
	for _, b := range f.anchors {
		for k := 0; k < len(s); {
			j := strings.IndexByte(s[k:], b)
			if j < 0 {
				break
			}
			at := k + j
			k = at + 1
			if k < len(s) && !f.next[b][s[k]] {
				continue
			}
			for _, a := range f.byte[b] {
				if at >= a.off && textHasFoldPrefix(s[at-a.off:], a.p) {
					return true
				}
			}
		}
	}
	return false
}

// textFoldsAsIs reports whether strings.ToLower(s) changes only the ASCII
// capitals of s: s is valid UTF-8 and no rune beyond ASCII lower-cases.
func textFoldsAsIs(s string) bool {
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time: a block is mostly ASCII.
		for i+8 <= len(s) && textWord8(s[i:])&0x8080808080808080 == 0 {
			i += 8
		}
		if i >= len(s) {
			break
		}
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

// textWord8 returns the first eight bytes of s (at least eight long) as
// a little-endian word.
func textWord8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
