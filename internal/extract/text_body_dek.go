package extract

import "strings"

// The standfirst the header took as the dek, printed just above the
// article's first paragraph, is the article's opening: the body keeps
// it, as the HTML path keeps the standfirst it shows. A subtitle with
// the credit or date line under it belongs to the header block
// (headline, subtitle, "AGENCY | Updated: ..."), and the body opens
// under that line.

// textDekBlock returns, as a body block, the dek the header read from a
// line just above the run, when the body does not hold it yet. When the
// body opens with the dek (or gets it), the dek's candidate stands
// before the body's second block, as a standfirst the body keeps does,
// and assemble leaves it in the body.
func textDekBlock(lines []tLine, start int, blocks []block, cands []candidate) (block, bool) {
	dek, at := "", -1
	for k, c := range cands {
		if c.field == fieldDek && c.origin == originVisible {
			dek, at = c.value, k
		}
	}
	if dek == "" || strings.Count(dek, " | ") >= 2 || strings.HasPrefix(dek, "*") {
		// A trail of links, or a note on advertising, is no opening
		// of the article.
		return block{}, false
	}
	line := -1
	for i := start - 1; i >= max(0, start-textHeadWindow); i-- {
		if lines[i].text == dek {
			line = i
			break
		}
	}
	if line < 0 {
		return block{}, false
	}
	for j := line + 1; j < start && !lines[line].endStop; j++ {
		// A subtitle (no sentence) over the credit is the header's; a
		// standfirst of sentences is the article's opening wherever the
		// credit stands.
		if l := &lines[j]; l.date || l.runes <= maxBylineRunes && (textDateLine(l) || l.isCredit()) {
			return block{}, false
		}
	}
	for k, b := range blocks {
		if b.text == dek {
			if k == 0 {
				// The body opens with it: a lead the run trimmed and
				// gave back.
				cands[at].pos = 1
			}
			return block{}, false
		}
	}
	cands[at].pos = 1
	return block{kind: "p", text: dek}, true
}
