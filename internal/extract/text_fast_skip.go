package extract

// textSkipMatcher finds which groups of phrases occur in a string: the
// flags look for the copyright, cookie and chrome phrases, of six bytes
// or more, in every line of the page, prose mostly, where the sliding
// window of textMatcher moves by four bytes at once.
type textSkipMatcher struct {
	m   *textMatcher
	all uint8
}

// newTextSkipMatcher builds a matcher of the lists, each the phrases of
// its group; every phrase is lower case, of 3 bytes or more.
func newTextSkipMatcher(lists map[uint8][]string) *textSkipMatcher {
	w := &textSkipMatcher{m: newTextMatcher(lists)}
	w.all = w.m.present
	return w
}

// scan returns the groups of the phrases occurring in s (lower-cased, or
// ASCII in any case).
func (w *textSkipMatcher) scan(s string) uint8 {
	return w.m.scan(s, w.all)
}

// scanFor returns the groups in want of the phrases occurring in s: the
// window slides by the shortest phrase of those groups only, and stops
// once all of them are found.
func (w *textSkipMatcher) scanFor(s string, want uint8) uint8 {
	return w.m.scan(s, want)
}

// textFlagMatcher holds the phrases flag looks for in every line: the
// copyright, cookie and chrome phrases (the consent words, looked for
// only in a line that names a cookie, stay with textLineMatcher).
var textFlagMatcherLazy textLazy[textSkipMatcher]

func textFlagMatcher() *textSkipMatcher {
	return textFlagMatcherLazy.get(func() *textSkipMatcher {
		return newTextSkipMatcher(map[uint8][]string{
			textGroupCopy:   textCopyPhrases,
			textGroupCookie: {"cookie"},
			textGroupBoiler: textBoilerPhrases,
		})
	})
}
