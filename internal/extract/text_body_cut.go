package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// textPostMetaLines takes back the comment header of a post's own meta
// line: a line that credits the post and counts or invites its comments
// ("August 6, 2012 by Ann Lee 2 Comments", "2012 Leave a Comment Written
// by Ann Lee") opens the post, not its comments. A list of teasers
// prints such a line under each title; a line with another of its kind
// near it is left as it is.
func textPostMetaLines(lines []tLine) {
	for i := range lines {
		if !textCommentCredit(&lines[i]) {
			continue
		}
		alone := true
		for j := max(0, i-textMetaSpan); j < min(len(lines), i+textMetaSpan+1); j++ {
			if j != i && textCommentCredit(&lines[j]) {
				alone = false
				break
			}
		}
		if alone {
			lines[i].comment = false
			lines[i].boiler = true
		}
	}
}

// textCommentCredit reports whether l is a comment header that credits
// an author: "by" (or "von", "par", "por") before a capitalised name.
func textCommentCredit(l *tLine) bool {
	if !l.comment || l.runes > maxBylineRunes {
		return false
	}
	for _, w := range []string{"by ", "By ", "von ", "par ", "por "} {
		k := strings.Index(l.text, w)
		if k >= 0 && (k == 0 || l.text[k-1] == ' ') && k+len(w) < len(l.text) {
			r, _ := utf8.DecodeRuneInString(l.text[k+len(w):])
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// textMetaSpan is how many lines around a post's meta line are read for
// another of its kind.
const textMetaSpan = 4
