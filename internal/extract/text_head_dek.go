package extract

import (
	"strings"
	"unicode"

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
