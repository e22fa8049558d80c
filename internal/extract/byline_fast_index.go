package extract

import "strings"

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

// foldPrefixBytes reports whether s opens with word, lower case, its
// ASCII letters in either case and every other byte as it is.
func foldPrefixBytes(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := 0; i < len(word); i++ {
		c, w := s[i], word[i]
		if w-'a' < 26 {
			c |= 0x20
		}
		if c != w {
			return false
		}
	}
	return true
}

// bylinePrefixWords are the first alternative of bylinePrefix, before
// \s+by; bylinePrefixShort the words of its next ones, in its order.
var (
	bylinePrefixWords = [...]string{"written", "reported", "posted", "story", "words", "text", "reporting", "compiled", "edited"}
	bylinePrefixShort = [...]string{"by", "von", "vom", "par", "por", "door", "di", "av", "af", "de"}
)

// bylinePrefixTail returns the end of bylinePrefix's closing
// (?:\s+|$|[:：/／]\s*) read at s[i:], or -1 when it cannot be read there.
func bylinePrefixTail(s string, i int) int {
	switch {
	case i == len(s):
		return i
	case isRegexpSpace(s[i]):
		return spaceRun(s, i)
	case s[i] == ':' || s[i] == '/':
		return spaceRun(s, i+1)
	case strings.HasPrefix(s[i:], "：") || strings.HasPrefix(s[i:], "／"):
		return spaceRun(s, i+len("："))
	}
	return -1
}

// bylinePrefixIndex is bylinePrefix().FindStringIndex(s).
func bylinePrefixIndex(s string) []int {
	// The expression's alternatives are tried in its order, and the
	// first that reads on to its tail is its match: "Written by",
	// "Posted by:", then "by", "von", "par", "de"... The words hold no
	// letter the Kelvin sign or the long s folds to but k and s, which
	// are only read as ASCII here: a line that holds them goes to the
	// expression, as does every line these do not open.
	for _, w := range bylinePrefixWords {
		if foldPrefixBytes(s, w) {
			if i := spaceRun(s, len(w)); i > len(w) && foldPrefixBytes(s[i:], "by") {
				if e := bylinePrefixTail(s, i+2); e >= 0 {
					return []int{0, e}
				}
			}
			break
		}
	}
	for _, w := range bylinePrefixShort {
		if foldPrefixBytes(s, w) {
			if e := bylinePrefixTail(s, len(w)); e >= 0 {
				return []int{0, e}
			}
		}
	}
	return bylinePrefix().FindStringIndex(s)
}

// bylineLabelVerbs are the verbs of bylineLabel's second alternative,
// (?:verbs)\s+(?:von|by|par|por|da|door|am|on), and bylineLabelPreps the
// words after them, in its order.
var (
	bylineLabelVerbs = [...]string{"veröffentlicht", "geschrieben", "verfasst", "gespeichert", "erstellt", "eingestellt", "gepostet", "posted", "published", "written", "submitted", "publié", "publicado", "pubblicato", "écrit", "escrito", "scritto", "geplaatst", "geschreven"}
	bylineLabelPreps = [...]string{"von", "by", "par", "por", "da", "door", "am", "on"}
)

// bylineLabelIndex is bylineLabel().FindStringIndex(s).
func bylineLabelIndex(s string) []int {
	// A verb, white space, a word after it, then white space or the end:
	// "Posted by", "Written by", "Posted on", "Veröffentlicht am". Only
	// "post\s+author" comes before in the expression, which no verb's
	// line can match ("post" then white space), and no two verbs nor two
	// words after them open one line: the first read whole is the match.
	// Letters past ASCII are read as they are, not in their other case:
	// a line the verbs do not open so goes to the expression.
	for _, v := range bylineLabelVerbs {
		if !foldPrefixBytes(s, v) {
			continue
		}
		if i := spaceRun(s, len(v)); i > len(v) {
			for _, p := range bylineLabelPreps {
				if !foldPrefixBytes(s[i:], p) {
					continue
				}
				j := i + len(p)
				if j == len(s) {
					return []int{0, j}
				}
				if k := spaceRun(s, j); k > j {
					return []int{0, k}
				}
			}
		}
		break
	}
	return bylineLabel().FindStringIndex(s)
}
