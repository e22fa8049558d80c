package extract

import (
	"strings"
	"unicode/utf8"
)

// The author's biography under the article, printed without a box
// header or a name line over it ("Will Knight is a senior writer for
// ...", "Inga Buller ist Head of Social & Community bei ..."): a
// paragraph among the last of the body that opens with the name the
// header credits, over nothing but short lines.

// textBioBlocks is how many of the last blocks are read for the
// biography; textBioTailMax the longest block that may follow it.
const (
	textBioBlocks  = 3
	textBioTailMax = 150
)

// textCutBio returns blocks without the credited author's biography at
// their end.
func textCutBio(blocks []block, cands []candidate) []block {
	var names []string
	for _, c := range cands {
		if c.field == fieldByline {
			for _, n := range splitAuthors(c.value) {
				if strings.Count(n, " ") >= 1 {
					names = append(names, n)
				}
			}
		}
	}
	if len(names) == 0 || len(blocks) < 2 {
		return blocks
	}
	prose := 0
	for i := range blocks {
		if i < len(blocks)-textBioBlocks {
			prose += utf8.RuneCountInString(blocks[i].text)
			continue
		}
		b := blocks[i].text
		if prose >= textBoxProse && utf8.RuneCountInString(b) <= textBoxBio && textOpensWithName(b, names) && textShortAfter(blocks[i+1:]) {
			return blocks[:i]
		}
		prose += utf8.RuneCountInString(b)
	}
	return blocks
}

// textOpensWithName reports whether s opens with one of the names,
// followed by a space or a comma ("Jane Doe is ...", "Jane Doe, born
// ...").
func textOpensWithName(s string, names []string) bool {
	for _, n := range names {
		if strings.HasPrefix(s, n) && len(s) > len(n) && (s[len(n)] == ' ' || s[len(n)] == ',') {
			return true
		}
	}
	return false
}

// textShortAfter reports whether every block is short: a link, a
// label, a line of icons, no paragraph of the article.
func textShortAfter(blocks []block) bool {
	for _, b := range blocks {
		if utf8.RuneCountInString(b.text) > textBioTailMax {
			return false
		}
	}
	return true
}
