package extract

// textCutAtTail ends the run [start, end) at the first "Related" or "Most
// read" header it crosses when the prose under the header is much less
// than the article's above it: a short run of teasers or an author's box
// that the run took in. Prose under such a header that outweighs the
// article above it is the article continuing past an inline list.
func textCutAtTail(lines []tLine, start, end int) int {
	above := 0
	for i := start; i < end; i++ {
		l := &lines[i]
		if l.tail && above >= textBodyTailProse {
			under := 0
			for j := i + 1; j < end; j++ {
				if lines[j].class == tGood {
					under += lines[j].eff()
				}
			}
			if under*textCutRatio < above {
				return i
			}
			return end
		}
		if l.class == tGood {
			above += l.eff()
		}
	}
	return end
}

// textCutRatio is how many times the prose above a list header must
// outweigh the prose under it for the run to end there.
const textCutRatio = 2
