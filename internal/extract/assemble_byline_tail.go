package extract

import (
	"unicode/utf8"

	"github.com/extract-dev/extract/internal/model"
)

// tailCredit returns the credit an article prints as its own last lines
// when nothing else names an author: a labelled credit line and nothing
// more ("Text: Jana Berg", "Von: Jana Berg", "Posted by Jana Berg on
// Monday") among the last three paragraphs, or a last paragraph that is
// a person's name with a middle initial ("Jana T. Berg"). The label or
// the initial is what tells a signature from a closing sentence or a
// subheading in title case ("Contacting Us"); "" when there is none.
func tailCredit(blocks []block) string {
	for i, n := len(blocks)-1, 0; i >= 0 && n < 3; i-- {
		b := blocks[i]
		if b.kind != model.KindParagraph && b.kind != "" {
			continue
		}
		n++
		t := cleanField(b.text)
		if t == "" || utf8.RuneCountInString(t) > maxBylineRunes {
			continue
		}
		if creditLabelled(t) && isBylineWhole(t) {
			return cleanByline(t)
		}
		if n == 1 && personCredit(t) {
			return t
		}
	}
	return ""
}
