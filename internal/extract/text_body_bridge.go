package extract

import "strings"

// textBridgeBlocks takes into the body a block the run holds between two
// paragraphs that the classes left out: the rows of a table, the lines
// of a listing or of a list of amounts, printed as one block (no empty
// line inside it) of short lines that mostly hold a number or code
// punctuation. Chrome inside the run (share bars, dates, repeated
// labels) is flagged and stays out; so does a block of plain short
// phrases, which a menu or a list of links may be.
func textBridgeBlocks(lines []tLine, start, end int) {
	for i := start; i < end; {
		if lines[i].class == tGood {
			i++
			continue
		}
		j := i
		for j < end && lines[j].class != tGood {
			j++
		}
		if i > start && j < end && textBridgeable(lines[i:j]) {
			for k := i; k < j; k++ {
				lines[k].class = tGood
			}
		}
		i = j
	}
}

// textBridgeable reports whether the lines are one block of rows.
func textBridgeable(block []tLine) bool {
	if len(block) < textBridgeMin || len(block) > textBridgeMax {
		return false
	}
	rows := 0
	for k := range block {
		l := &block[k]
		if k > 0 && l.blankBefore || l.boiler || l.tail || l.comment || l.footer || l.date || l.thread || l.repeated || l.eff() > textBridgeLine {
			return false
		}
		if l.digits > 0 || strings.ContainsAny(l.text, textBridgeMarks) {
			rows++
		}
	}
	return rows*2 >= len(block)
}

// textBridgeMin and textBridgeMax bound the lines of a block taken in;
// textBridgeLine is the longest of its lines; textBridgeMarks the
// punctuation of code.
const (
	textBridgeMin   = 2
	textBridgeMax   = 20
	textBridgeLine  = 120
	textBridgeMarks = "(){}[]=;<>$#_/\\"
)
