package extract

import "strings"

// textIntroUnder reports whether one of the first lines of a run of
// short lines is a sentence that introduces a list with a colon ("There
// are many reasons to survey a tree:"), under a subheading or two: the
// run is the text's list, not a menu. A label of a word or two ("Tags:",
// "Share:") introduces no list of the text.
func textIntroUnder(run []tLine) bool {
	for k := 1; k < min(len(run), textIntroDepth); k++ {
		l := &run[k]
		if l.words >= textIntroWords && strings.HasSuffix(l.text, ":") {
			return true
		}
	}
	return false
}

// textIntroDepth is how many lines of a short run are read for the
// sentence that introduces it; textIntroWords the fewest words of that
// sentence.
const (
	textIntroDepth = 3
	textIntroWords = 8
)
