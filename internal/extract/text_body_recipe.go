package extract

import (
	"strings"
	"unicode"

	"github.com/extract-dev/extract/internal/model"
)

// A recipe prints its ingredients as a list of short lines ("200 g
// Zucker", "1 Prise Salz") under a colon header, and its steps apart,
// often with times, servings and nutrition lines between: the run takes
// the steps, and the list, a run of short lines, is left above it.

// textRecipeGap is how many lines may stand between the list and the
// run; textListLine the longest line of the list; textListTail the most
// items without an amount under its last amount; textRecipeShare the
// tenths of its items that give an amount.
const (
	textListTail    = 2
	textRecipeGap   = 25
	textListLine    = 80
	textRecipeShare = 7
)

// textIngredients returns, as body blocks, the list of quantities that
// stands above the run starting at top, with nothing between them but
// short lines.
func textIngredients(lines []tLine, top int) []block {
	// A table of nutrients ("488,90 g") may stand between: a stretch
	// that is no list gives way to the next one above it.
	for from := top - 1; from >= max(0, top-textRecipeGap); {
		s, e, ok := textIngredientsFrom(lines, from, top)
		if ok {
			out := make([]block, 0, e-s)
			for i := s; i < e; i++ {
				k := model.KindItem
				if strings.HasSuffix(lines[i].text, ":") {
					k = model.KindParagraph
				}
				out = append(out, block{kind: k, text: lines[i].text})
			}
			return out
		}
		if s < 0 {
			return nil
		}
		from = s - 1
	}
	return nil
}

// textIngredientsFrom reads the stretch of short lines around the
// nearest amount at or above line from, and reports whether it is a
// list of ingredients [s, e). s is -1 when no amount stands there.
func textIngredientsFrom(lines []tLine, from, top int) (s, e int, ok bool) {
	q := -1
	for i := from; i >= max(0, top-textRecipeGap); i-- {
		l := &lines[i]
		if l.comment || l.tail || l.footer || l.class == tGood && l.eff() >= textBodyTailProse {
			return -1, -1, false
		}
		if textQuantityLine(l) {
			q = i
			break
		}
	}
	if q < 0 {
		return -1, -1, false
	}
	// Up over the items and the headers of the list's sections ("Für
	// den Teig:", "For the filling:"); a header ends the list unless
	// another section's last amount stands over it.
	s = q
	for s > 0 {
		l, up := &lines[s], &lines[s-1]
		if !textListItemLine(up) {
			break
		}
		if l.blankBefore && !strings.HasSuffix(up.text, ":") {
			break
		}
		s--
		if strings.HasSuffix(up.text, ":") && (s == 0 || !textQuantityLine(&lines[s-1])) {
			break
		}
	}
	// Down over the items without an amount under the last one
	// ("Mandelsplitter", "Salz und Pfeffer").
	e = q + 1
	for e < min(top, q+1+textListTail) && !lines[e].blankBefore && textListItemLine(&lines[e]) && !strings.HasSuffix(lines[e].text, ":") {
		e++
	}
	items, qty, headed := 0, 0, false
	for i := s; i < e; i++ {
		if strings.HasSuffix(lines[i].text, ":") {
			headed = true
			continue
		}
		items++
		if textQuantityLine(&lines[i]) {
			qty++
		}
	}
	// A list of counts ("314 posts", "2 hours ago in ...") has no
	// header, and lines without a number between its counts.
	return s, e, headed && qty >= textQtyLines && qty*10 >= items*textRecipeShare
}

// textListItemLine reports whether l may be a line of a list of
// ingredients: short, and no chrome. A line of no letter or digit (an
// icon font's glyph, a lone dash) parts two lists as an empty line does.
func textListItemLine(l *tLine) bool {
	return l.eff() < textListLine && !l.boiler && !l.comment && !l.tail && !l.footer && !l.date && !l.repeated && textHasAlnum(l.text)
}

// textHasAlnum reports whether s holds a letter or a digit.
func textHasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
