package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta reads the metadata candidates of an HTML document: JSON-LD,
// OpenGraph, <meta>, microdata, <time>, rel=author and the visible headline,
// dek, byline and date lines. It must see the unmodified tree, before the
// body reader drops chrome.
//
// Candidates from metadata have pos -1. Visible and markup candidates carry
// their element's document-order index, so the assembler can compare them
// with each other (earlier = nearer the top); the HTML path may remap them
// to body-block indexes.
func htmlMeta(doc *html.Node, opts Options) []candidate {
	m := &metaReader{}
	m.walk(doc)
	return m.cands
}

// metaReader collects candidates during one walk of a document.
type metaReader struct {
	cands []candidate
	n     int // elements seen, the document-order index
}

func (m *metaReader) add(f field, o origin, v string, pos int) {
	v = metaSpace(v)
	if v == "" {
		return
	}
	m.cands = append(m.cands, candidate{field: f, origin: o, value: v, pos: pos})
}

func (m *metaReader) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		m.n++
		m.element(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.walk(c)
	}
}

func (m *metaReader) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		m.add(fieldLanguage, originMeta, metaAttr(n, "lang"), -1)
	case atom.Title:
		m.add(fieldTitle, originMeta, metaText(n), -1)
	case atom.Meta:
		m.meta(n)
	case atom.H1:
		m.add(fieldHeadline, originVisible, metaText(n), m.n)
	case atom.Time:
		if dt := metaAttr(n, "datetime"); dt != "" {
			m.add(fieldPublished, originMarkup, dt, m.n)
		}
	}
}

func (m *metaReader) meta(n *html.Node) {
	key := strings.ToLower(metaAttr(n, "property"))
	if key == "" {
		key = strings.ToLower(metaAttr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(metaAttr(n, "itemprop"))
	}
	v := metaAttr(n, "content")
	if key == "" || v == "" {
		return
	}
	if f, o, ok := metaField(key); ok {
		m.add(f, o, v, -1)
	}
}

// metaField maps a <meta> property or name to a field.
func metaField(key string) (field, origin, bool) {
	switch key {
	case "og:title":
		return fieldHeadline, originOpenGraph, true
	case "og:description":
		return fieldDescription, originOpenGraph, true
	case "og:site_name":
		return fieldSiteName, originOpenGraph, true
	case "og:url":
		return fieldURL, originOpenGraph, true
	case "og:image":
		return fieldImage, originOpenGraph, true
	case "article:published_time":
		return fieldPublished, originOpenGraph, true
	case "article:modified_time":
		return fieldModified, originOpenGraph, true
	case "article:section":
		return fieldSection, originOpenGraph, true
	case "author":
		return fieldAuthor, originMeta, true
	case "description":
		return fieldDescription, originMeta, true
	}
	return 0, 0, false
}

// metaAttr returns the value of n's attribute key ("" when absent).
func metaAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// metaText returns the text under n, without scripts and styles.
func metaText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// metaSpace folds runs of white space to one space and trims the ends.
func metaSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
