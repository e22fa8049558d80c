package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// creditLine reads the first runes of nearly every short element of a
// page. leadWalk is metaWalk's lead reader alone, spaced, as
// metaCreditLead reads: the same pieces to the same place, without the
// text buffer metaWalk carries (cleared on every call) or a switch on
// the reader per piece, and with the space bytes of ASCII text told from
// a table.
type leadWalk struct {
	size    int // bytes of the pieces read so far
	lead    [6]rune
	nlead   int
	pending bool // white space since the last rune kept
}

// leadMax is metaCreditLead's limit: metaLead(n, 200, true, 6).
const leadMax = 200

func (w *leadWalk) more() bool { return w.size <= leadMax && w.nlead < len(w.lead) }

// space is put(" ").
func (w *leadWalk) space() {
	w.size++
	w.pending = true
}

func (w *leadWalk) put(s string) {
	w.size += len(s)
	for i := 0; i < len(s) && w.nlead < len(w.lead); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
			if asciiFieldSpace[r] {
				w.pending = true
				continue
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
			if unicode.IsSpace(r) {
				w.pending = true
				continue
			}
		}
		if w.pending && w.nlead > 0 {
			w.lead[w.nlead] = ' '
			w.nlead++
			if w.nlead >= len(w.lead) {
				return
			}
		}
		w.pending = false
		w.lead[w.nlead] = r
		w.nlead++
	}
}

// walk is metaWalk.walk with spaced set: every element puts a space at
// each end.
func (w *leadWalk) walk(n *html.Node) {
	if !w.more() {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.put(n.Data)
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Button, atom.Select:
			return
		case atom.Script:
			if metaJSONScript(n) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					w.put(c.Data)
				}
			}
			return
		}
		w.space()
	}
	for c := n.FirstChild; c != nil && w.more(); c = c.NextSibling {
		w.walk(c)
	}
	if n.Type == html.ElementNode {
		w.space()
	}
}

// creditMemo remembers the credit filters' answers for the lead read
// last: nested elements (<p><span><a>) open with the same runes, and two
// in five of the leads the filters are asked about on the dev pages are
// the one asked about just before.
type creditMemo struct {
	lead          [6]rune
	n             int // len of the lead + 1; 0 before the first
	label, prefix bool
}

// creditMay returns the label and prefix filters' may(lead).
func (c *creditMemo) creditMay(lead []rune) (label, prefix bool) {
	if c.n == len(lead)+1 && c.lead == leadArray(lead) {
		return c.label, c.prefix
	}
	fs := creditFilters()
	label, prefix = fs[0].may(lead), fs[1].may(lead)
	c.lead, c.n, c.label, c.prefix = leadArray(lead), len(lead)+1, label, prefix
	return label, prefix
}

// leadArray is lead in an array, zero past its end.
func leadArray(lead []rune) (a [6]rune) {
	copy(a[:], lead)
	return a
}
