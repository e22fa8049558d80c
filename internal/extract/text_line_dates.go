package extract

// textDateMemo is one answer of textFindDate kept by the page's arena.
type textDateMemo struct {
	m  dateMatch
	ok bool
}

// findDate is textFindDate of the line's text, read once a page for each
// text: flag, the header's roles, its dated titles and its posted and
// edited lines ask it of the same short lines, and a reading costs
// thousands of instructions where a look-up costs tens. The answer is
// keyed by the text, so a line copied keeps finding it.
func (l *tLine) findDate() (dateMatch, bool) {
	a := l.arena
	if a == nil {
		return textFindDate(l.text)
	}
	if d, ok := a.dates[l.text]; ok {
		return d.m, d.ok
	}
	m, ok := textFindDate(l.text)
	if a.dates == nil {
		a.dates = make(map[string]textDateMemo)
	}
	a.dates[l.text] = textDateMemo{m, ok}
	return m, ok
}
