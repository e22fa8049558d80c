package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The date readers (dateLine, sideDate, dateUnderTitle) ask of nearly
// every short element whether its text holds two digits, and nested
// elements (<p><span><a>) have their text read once per level. The first
// question about an element reads its subtree once and marks, for it and
// every element below it, where the walk of metaTextDigits meets its
// first and second digit; the questions after that are looked up.
//
// metaTextDigits(n, max, false) counts the digits of the pieces whose walk
// starts while no more than max bytes were read (more() is checked before
// each piece, and a piece is counted whole); so it holds two digits when
// the piece of the second starts at most max bytes in, one when only the
// first's does.

// digitMarks are the offsets, in bytes the walk read before them, of the
// pieces holding an element's first and second digit (noDigit: none).
type digitMarks struct {
	first, second int32
	known         bool
}

const noDigit = int32(1<<31 - 1)

// digitLimit bounds the bytes one read takes in: no reader asks about
// more, and a short element wrapping a large subtree costs no more than
// the walk it replaces. Elements cut short are not marked, unless they
// hold both digits already; the one asked about is answered all the same,
// a digit past the limit being past every max.
const digitLimit = 400

// digitMemo holds the marks of the subtree read last. The walk asks in
// document order, so once it leaves that subtree it never comes back: one
// window, reused, holds all the marks it will look up.
type digitMemo struct {
	lo    int // the document-order index of marks[0]
	marks []digitMarks
}

// digits is metaTextDigits(n, max, false) for the element n at
// document-order index pos.
func (d *digitMemo) digits(n *html.Node, pos, max int) int {
	if max > digitLimit {
		return metaTextDigits(n, max, false)
	}
	var mk digitMarks
	if i := pos - d.lo; i >= 0 && i < len(d.marks) && d.marks[i].known {
		mk = d.marks[i]
	} else {
		d.lo, d.marks = pos, d.marks[:0]
		_, mk.first, mk.second, _, _ = d.read(n, pos, 0)
	}
	switch {
	case int(mk.second) <= max:
		return 2
	case int(mk.first) <= max:
		return 1
	}
	return 0
}

// mark records the marks of the element at index idx.
func (d *digitMemo) mark(idx int, first, second int32) {
	i := idx - d.lo
	if i >= cap(d.marks) {
		grown := make([]digitMarks, len(d.marks), max(2*cap(d.marks), i+1, 64))
		copy(grown, d.marks)
		d.marks = grown
	}
	for len(d.marks) <= i {
		d.marks = append(d.marks, digitMarks{})
	}
	d.marks[i] = digitMarks{first, second, true}
}

// read reads the subtree of n, the element at index idx when n is an
// element, base bytes into the read, and marks its elements. It returns
// the bytes the walk of n puts, its marks relative to n's start, the
// index after n's subtree, and whether the read stopped short of its end
// at digitLimit (the index is then of no use). The walk's choices are
// metaWalk's with spaced unset.
func (d *digitMemo) read(n *html.Node, idx int, base int32) (size, first, second int32, next int, cut bool) {
	first, second = noDigit, noDigit
	switch n.Type {
	case html.TextNode:
		switch countDigits(n.Data) {
		case 2:
			first, second = 0, 0
		case 1:
			first = 0
		}
		return int32(len(n.Data)), first, second, idx, false
	case html.ElementNode:
		next = idx + 1
		switch n.DataAtom {
		case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Script:
			// The metadata walk asks nothing of the elements below:
			// counted only, to keep the indexes.
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				next += metaCount(c)
			}
			if n.DataAtom == atom.Script && metaJSONScript(n) {
				// Read whole after one check: every piece starts at 0.
				k := 0
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					size += int32(len(c.Data))
					if k < 2 {
						k = min(2, k+countDigits(c.Data))
					}
				}
				if k > 0 {
					first = 0
				}
				if k > 1 {
					second = 0
				}
			}
			d.mark(idx, first, second)
			return size, first, second, next, false
		case atom.Button, atom.Select:
			// Nothing of their text counts for them or their ancestors,
			// but the walk asks about the elements inside: read whole
			// (no base reaches the limit), as a cut here would leave the
			// index of what follows unknown.
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				_, _, _, next, _ = d.read(c, next, -1<<30)
			}
			d.mark(idx, noDigit, noDigit)
			return 0, noDigit, noDigit, next, false
		case atom.Br, atom.P, atom.Div, atom.Li, atom.Td, atom.Th:
			size = 1
		}
	default:
		next = idx
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if base+size > digitLimit {
			cut = true
			break
		}
		var cs, cf, c2 int32
		var ccut bool
		cs, cf, c2, next, ccut = d.read(c, next, base+size)
		if cf != noDigit {
			if first == noDigit {
				first = size + cf
				if c2 != noDigit {
					second = size + c2
				}
			} else if second == noDigit {
				second = size + cf
			}
		}
		size += cs
		if ccut {
			cut = true
			break
		}
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.P, atom.Div, atom.Li, atom.Td, atom.Th:
			size++
		}
		if !cut || second != noDigit {
			d.mark(idx, first, second)
		}
	}
	return size, first, second, next, cut
}

// countDigits counts the ASCII and full-width digits of s, up to 2, as
// metaWalk.put does.
func countDigits(s string) int {
	k := 0
	for i := 0; i < len(s) && k < 2; i++ {
		if !digitLead[s[i]] {
			continue
		}
		if s[i] <= '9' {
			k++
		} else if i+2 < len(s) && s[i+1] == 0xBC && 0x90 <= s[i+2] && s[i+2] <= 0x99 {
			k++
			i += 2
		}
	}
	return k
}
