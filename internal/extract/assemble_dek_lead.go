package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// setLead reads the first paragraphs of text after a headline and keeps
// the first one set wholly in bold or italics (leadDek judges it). A
// caption or a teaser may come before the standfirst; the assembler
// takes a dek only by the body's start.
func (m *metaReader) setLead(n *html.Node, pos int) {
	if m.leadsRead >= 3 || m.lead != "" || len(m.h1s) == 0 || n.DataAtom != atom.P {
		return
	}
	t := metaText(n, 800)
	k := utf8.RuneCountInString(t)
	if k < 40 {
		// A date or a label line before the body.
		return
	}
	m.leadsRead++
	if k <= 600 && metaSetApart(n) {
		m.lead, m.leadPos = t, pos+metaCount(n)
	}
}

// leadDek adds the paragraph setLead kept as a dek candidate when the
// page's description repeats it: news sites print their standfirst
// ("Vorspann") so, as the body's first paragraph set in bold. It stands
// where it ends, so that the body keeps it too. Set apart by its type
// alone it could be a warning or an editor's note; the description says
// it is the summary. out holds all the page's candidates, JSON-LD ones
// included.
func (m *metaReader) leadDek(out []candidate) []candidate {
	if m.lead == "" {
		return out
	}
	lead := tokens(m.lead)
	for _, c := range out {
		if c.field != fieldDescription {
			continue
		}
		// The description may be the paragraph cut short ("...").
		d := tokens(cleanField(c.value))
		in, _ := overlapTokens(lead, d)
		back, _ := overlapTokens(d, lead)
		if in >= 0.9 && back >= 0.9 {
			return append(out, candidate{field: fieldDek, origin: originVisible, value: metaSpace(m.lead), pos: m.leadPos})
		}
	}
	return out
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
