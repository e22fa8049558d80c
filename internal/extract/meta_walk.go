package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaWalk reads an element's text as metaWalkText describes it (the same
// pieces, in the same order, stopping at the same place) for one reader
// at a time: the text itself or its digits (leadWalk reads the first
// runes creditLine asks for). The readers
// run for most elements of a page; a struct with a mode costs no
// allocation where closures over the reader's state cost several per
// element.
type metaWalk struct {
	max    int
	spaced bool
	mode   uint8
	size   int // bytes of the pieces read so far

	// walkText: the pieces, in small while they fit, then in big. The
	// buffers sit in the struct, which stays on the caller's stack: a
	// slice field over a caller's array would send the array to the heap.
	small  [256]byte
	nsmall int
	big    []byte
	// walkDigits: ASCII and full-width digits, up to 2
	digits int
}

// The readers of metaWalk.
const (
	walkText uint8 = iota
	walkDigits
)

// more reports whether the walk goes on: not past max bytes, and the
// reader not yet done.
func (w *metaWalk) more() bool {
	if w.size > w.max {
		return false
	}
	switch w.mode {
	case walkDigits:
		return w.digits < 2
	}
	return true
}

func (w *metaWalk) put(s string) {
	w.size += len(s)
	switch w.mode {
	case walkText:
		if w.big == nil && w.nsmall+len(s) <= len(w.small) {
			w.nsmall += copy(w.small[w.nsmall:], s)
			return
		}
		if w.big == nil {
			w.big = append(make([]byte, 0, 2*(w.nsmall+len(s))), w.small[:w.nsmall]...)
		}
		w.big = append(w.big, s...)
	case walkDigits:
		for i := 0; i < len(s) && w.digits < 2; i++ {
			// Most bytes are neither: one look-up passes them.
			if !digitLead[s[i]] {
				continue
			}
			if s[i] <= '9' {
				w.digits++
			} else if i+2 < len(s) && s[i+1] == 0xBC && 0x90 <= s[i+2] && s[i+2] <= 0x99 {
				// U+FF10..U+FF19: CJK pages write dates in full-width
				// digits ("２０２５年１０月１８日"), which findDate reads.
				w.digits++
				i += 2
			}
		}
	}
}

// digitLead marks the ASCII digits and 0xEF, the first byte of the
// full-width ones.
var digitLead = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t[0xEF] = true
	return t
}()

func (w *metaWalk) walk(n *html.Node) {
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
			// Scripts hold code, not text; JSON-LD is read whole.
			if metaJSONScript(n) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					w.put(c.Data)
				}
			}
			return
		case atom.Br, atom.P, atom.Div, atom.Li, atom.Td, atom.Th:
			w.put(" ")
		default:
			if w.spaced {
				w.put(" ")
			}
		}
	}
	for c := n.FirstChild; c != nil && w.more(); c = c.NextSibling {
		w.walk(c)
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.P, atom.Div, atom.Li, atom.Td, atom.Th:
			w.put(" ")
		default:
			if w.spaced {
				w.put(" ")
			}
		}
	}
}

func metaTextOf(n *html.Node, max int, spaced bool) string {
	w := metaWalk{max: max, spaced: spaced, mode: walkText}
	w.walk(n)
	// The pieces are folded where they lie, then copied once: the spaces
	// the walk puts at element bounds leave most texts unfolded, and
	// folding a string made of them cost a second copy.
	if w.big != nil {
		return string(metaFoldBytes(w.big))
	}
	return string(metaFoldBytes(w.small[:w.nsmall]))
}

// asciiFieldSpace marks the ASCII white space strings.Fields splits at.
var asciiFieldSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// metaFoldBytes is metaSpace in place: b's fields, as strings.Fields splits
// them, joined by single spaces in b's first bytes. Each space written
// stands for at least one byte of white space read, so the writes never
// pass the reads.
func metaFoldBytes(b []byte) []byte {
	w := 0
	gap := false // white space since the last byte kept
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if asciiFieldSpace[c] {
				gap = true
				i++
				continue
			}
			if gap && w > 0 {
				b[w] = ' '
				w++
			}
			gap = false
			b[w] = c
			w++
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			gap = true
			i += n
			continue
		}
		if gap && w > 0 {
			b[w] = ' '
			w++
		}
		gap = false
		w += copy(b[w:], b[i:i+n])
		i += n
	}
	return b[:w]
}

// metaTextDigits counts the ASCII and full-width digits of
// metaTextOf(n, max, spaced), up to 2, without building the text. findDate
// needs at least two digits (hasYear), so an element with fewer is no date
// line.
func metaTextDigits(n *html.Node, max int, spaced bool) int {
	w := metaWalk{max: max, spaced: spaced, mode: walkDigits}
	w.walk(n)
	return w.digits
}

// metaCreditLead returns the first 6 runes of metaTextOf(n, 200, true),
// white space folded as metaSpace does, in the caller's buffer, read by
// leadWalk (meta_fast_lead.go) without building the text.
func metaCreditLead(n *html.Node, buf *[6]rune) []rune {
	var w leadWalk
	w.walk(n)
	*buf = w.lead
	return buf[:w.nlead]
}
