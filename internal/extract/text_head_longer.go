package extract

import "strings"

// textLongerBelow returns the line just under the headline h (one or two
// lines down, above the body) that prints h again and goes on after a comma
// or a dash ("D.O.Ca. Rioja" over "D.O.Ca. Rioja, Spanien", "Teil 49" over
// "Teil 49 – Büssing-NAG"): the short line is the page's label or the tab's
// form, the long one the title as set. Or h.
func textLongerBelow(lines []tLine, lo, start int, role []int, h int) int {
	t := lines[h].text
	for j := h + 1; j <= h+2 && j < start; j++ {
		if role[j-lo] != roleText || textDekLike(&lines[j]) {
			continue
		}
		rest, ok := strings.CutPrefix(lines[j].text, t)
		if !ok {
			continue
		}
		for _, sep := range []string{", ", " – ", " - ", " — "} {
			if strings.HasPrefix(rest, sep) && len(rest) > len(sep) {
				return j
			}
		}
	}
	return h
}
