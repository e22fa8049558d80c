package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// setLead reads the first paragraph of text after a headline: when it is
// set wholly in bold or italics and the page's description repeats it, it
// is the standfirst printed as the body's first paragraph (news sites set
// their "Vorspann" so), a dek candidate standing where it ends, so that
// the body keeps it too. Set apart by its type alone it could be a
// warning or an editor's note; the description says it is the summary.
func (m *metaReader) setLead(n *html.Node, pos int) {
	if m.leadRead || len(m.h1s) == 0 || n.DataAtom != atom.P {
		return
	}
	t := metaText(n, 800)
	k := utf8.RuneCountInString(t)
	if k < 40 {
		// A caption, a date or a label line before the body.
		return
	}
	m.leadRead = true
	if k > 600 || !metaSetApart(n) {
		return
	}
	key := foldKey(t)
	for _, c := range m.cands {
		if c.field == fieldDescription && foldKey(c.value) == key {
			m.add(fieldDek, originVisible, t, pos+metaCount(n))
			return
		}
	}
}

// metaSetApart reports a paragraph whose text all sits in <strong>, <b>,
// <em> or <i> children.
func metaSetApart(p *html.Node) bool {
	set := false
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Strong || c.DataAtom == atom.B || c.DataAtom == atom.Em || c.DataAtom == atom.I:
			set = set || strings.TrimSpace(metaText(c, 10)) != ""
		case c.DataAtom == atom.Br || c.DataAtom == atom.Img:
		default:
			return false
		}
	}
	return set
}
