package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-dev/extract/internal/model"
)

// dekOutsideBody returns the Article whose fields dropRepeats removes from
// the body: without its dek when the dek was printed inside the body (its
// candidate stands after the first block). A standfirst the text path
// finds as the first paragraph of the run, set apart by the credit and
// date lines under it, is both the dek and the body's lead, and the body
// keeps it.
func dekOutsideBody(cands []candidate, a *model.Article) *model.Article {
	if a.Dek == "" {
		return a
	}
	for _, k := range cands {
		if k.field == fieldDek && k.pos >= 1 && cleanField(k.value) == a.Dek {
			b := *a
			b.Dek = ""
			return &b
		}
	}
	return a
}

// textLeadExcerpt returns the lead paragraph of the body as an excerpt, or
// "": the first block when it is a paragraph of prose (a sentence of some
// length), cut after the sentence that passes textExcerptRunes.
func textLeadExcerpt(blocks []block) string {
	if len(blocks) == 0 {
		return ""
	}
	t := blocks[0].text
	n := utf8.RuneCountInString(t)
	if n < 60 || !strings.ContainsAny(t, ".!?。！？") {
		return ""
	}
	switch blocks[0].kind {
	case model.KindParagraph, "":
	case model.KindItem:
		// Paragraphs printed without blank lines between read as list
		// items; one of two sentences or more is prose all the same.
		if n < 100 || !strings.Contains(t, ". ") {
			return ""
		}
	default:
		return ""
	}
	// A description is a sentence or two: cut at the first sentence end
	// past textExcerptRunes.
	runes := 0
	for i, r := range t {
		runes++
		if runes < textExcerptRunes || !strings.ContainsRune(".!?。！？", r) {
			continue
		}
		if j := i + utf8.RuneLen(r); j == len(t) || t[j] == ' ' || r >= 0x3000 {
			return t[:j]
		}
	}
	return t
}

// textExcerptRunes is how long an excerpt runs before it may end at a
// sentence end.
const textExcerptRunes = 200

// textSameWords reports whether a and b have the same letters and digits,
// case, spacing and punctuation aside.
func textSameWords(a, b string) bool {
	keep := func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}
	return strings.Map(keep, a) == strings.Map(keep, b)
}
