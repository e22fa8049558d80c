package extract

import (
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

// textSameWords reports whether a and b have the same letters and digits,
// case, spacing and punctuation aside.
//
// The letters and digits of both are read in step, lower-cased, with no
// copy of either: the first that differ answer.
func textSameWords(a, b string) bool {
	i, j := 0, 0
	for {
		var ra, rb rune
		ra, i = textNextWordRune(a, i)
		rb, j = textNextWordRune(b, j)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
	}
}

// textNextWordRune returns the first letter or digit of s from i,
// lower-cased, and the index past it, or -1 and len(s).
func textNextWordRune(s string, i int) (rune, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if l := textWordBytes[c]; l != 0 {
				return rune(l), i
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r), i
		}
	}
	return -1, len(s)
}
