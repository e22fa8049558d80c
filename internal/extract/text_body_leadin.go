package extract

import "strings"

// textLeadInAfter returns the run's end moved over the line just under
// it when that line is a sentence that leads in to what follows with a
// colon ("As usual, the manual knows the answer. In short:"): the text
// goes on there in a list or a listing, and the sentence is the
// article's even when the list is not taken. A label of a few words
// ("Share this:", "Tags:") is no such sentence.
func textLeadInAfter(lines []tLine, orig []tClass, end int) int {
	if end <= 0 || end >= len(lines) || lines[end-1].class != tGood {
		return end
	}
	l := &lines[end]
	if orig[end] != tShort || !textLeadInShape(l) {
		return end
	}
	// What it leads in to is printed under it: a line of a list or a
	// listing, not a row of share buttons or a link away.
	if end+1 >= len(lines) || orig[end+1] != tShort || textFlagged(&lines[end+1]) {
		return end
	}
	l.class = tGood
	return end + 1
}

// textFlagged reports whether l carries a flag of chrome, a date or a
// credit.
func textFlagged(l *tLine) bool {
	return l.boiler || l.tail || l.comment || l.footer || l.date || l.repeated || l.thread || l.isCredit()
}

// textLeadInWords is the fewest words of a sentence that leads in.
const textLeadInWords = 6

// textLeadInsWithin marks good the sentences inside the run [start, end)
// that lead in to a listing with a colon ("And you then tried this from
// the other module:"): set among the listing's short lines, they were
// taken for its chrome.
func textLeadInsWithin(lines []tLine, orig []tClass, start, end int) {
	for i := start + 1; i < end-1; i++ {
		l := &lines[i]
		if l.class != tGood && orig[i] == tShort && textLeadInShape(l) {
			l.class = tGood
		}
	}
}

// textLeadInShape reports whether l is a sentence of some words that
// ends in a colon and carries no flag of chrome.
func textLeadInShape(l *tLine) bool {
	return l.words >= textLeadInWords && strings.HasSuffix(l.text, ":") && l.punct >= 2 && !textFlagged(l)
}
