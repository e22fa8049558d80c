package extract

// Nearly every line the byline expressions match opens with one of a few
// words: "By", "von" (bylinePrefix) and "Posted by" (bylineLabel). For
// those, in ASCII, the match is known without running the expression,
// whose backtracking over its many alternatives costs microseconds a
// line. Every other line is left to the expression.

// isRegexpSpace is \s in the expressions: [\t\n\f\r ].
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// spaceRun returns the end of the run of \s starting at i.
func spaceRun(s string, i int) int {
	for i < len(s) && isRegexpSpace(s[i]) {
		i++
	}
	return i
}

// asciiFoldPrefix reports whether s opens with word (lower-case ASCII
// letters) in any case of its ASCII letters.
func asciiFoldPrefix(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := 0; i < len(word); i++ {
		if s[i]|0x20 != word[i] {
			return false
		}
	}
	return true
}

// bylinePrefixIndex is bylinePrefix().FindStringIndex(s).
func bylinePrefixIndex(s string) []int {
	// "by" and "von" followed by a space: no alternative before them in
	// the expression opens with their letters, and the trailing \s+ takes
	// the whole run of spaces.
	for _, w := range [...]string{"by", "von"} {
		if asciiFoldPrefix(s, w) && len(s) > len(w) && isRegexpSpace(s[len(w)]) {
			return []int{0, spaceRun(s, len(w))}
		}
	}
	return bylinePrefix().FindStringIndex(s)
}

// bylineLabelIndex is bylineLabel().FindStringIndex(s).
func bylineLabelIndex(s string) []int {
	// "posted", spaces, "by", spaces: "post\s+author" cannot match
	// "posted", and "by" is the only word of the list after the verbs
	// that opens with b.
	if asciiFoldPrefix(s, "posted") {
		if i := spaceRun(s, 6); i > 6 && asciiFoldPrefix(s[i:], "by") {
			if j := spaceRun(s, i+2); j > i+2 {
				return []int{0, j}
			}
		}
	}
	return bylineLabel().FindStringIndex(s)
}
