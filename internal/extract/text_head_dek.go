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
// "" (see textExcerptOf).
func textLeadExcerpt(blocks []block) string {
	// Past a credit line, a short line, or a photo caption with its credit
	// under it, at the head of the run.
	for k := 0; k < min(5, len(blocks)); k++ {
		t := blocks[k].text
		if k+1 < len(blocks) && len(blocks[k+1].text) < 120 && textCaptionLine(blocks[k+1].text) {
			k++
			continue
		}
		n := utf8.RuneCountInString(t)
		if n < 60 || textCaptionLine(t) || n <= maxBylineRunes && isByline(t) {
			continue
		}
		if v := textExcerptOf(blocks[k]); v != "" {
			return v
		}
	}
	// All short or captions: the lead as it stands.
	if len(blocks) > 0 && utf8.RuneCountInString(blocks[0].text) >= 60 {
		return textExcerptOf(blocks[0])
	}
	return ""
}

// textExcerptOf returns the excerpt of a lead block, or "": a paragraph of
// prose (a sentence of some length), cut after the sentence that passes
// textExcerptRunes.
func textExcerptOf(b block) string {
	t := b.text
	n := utf8.RuneCountInString(t)
	if !strings.ContainsAny(t, ".!?。！？") {
		return ""
	}
	switch b.kind {
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
