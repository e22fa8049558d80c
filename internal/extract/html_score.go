package extract

import (
	"github.com/extract-dev/extract/internal/model"
	"golang.org/x/net/html/atom"
)

// Choosing the container of the article: every paragraph-like block gives
// points to the elements above it (its parent fully, its grandparent half,
// further ancestors less), points that grow with the block's length and
// punctuation. An element's score is then cut by its link density and by
// chrome around it; the best element is the article, joined by those of
// its siblings that score near it (a body split in parts by an ad or an
// inset). The idea is Readability's.

// wlen is a block's length in Latin-letter equivalents: a CJK character
// carries about as much as a short word.
func (b *hBlock) wlen() int32 { return b.runes + 2*b.cjk }

func (b *hBlock) linkDensity() float32 {
	if b.runes == 0 {
		return 0
	}
	return float32(b.links) / float32(b.runes)
}

// tagWeight is an element's starting score, from its tag.
func tagWeight(t atom.Atom) float32 {
	switch t {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// isPara reports a block that reads as a paragraph of text.
func (b *hBlock) isPara() bool {
	return b.wlen() >= 25 && b.kind != model.KindHeading && b.linkDensity() <= 0.5 && !b.markup
}

// score fills the elements' sums and scores.
func (f *flat) score() {
	E := f.elems
	// Each block's figures go to its element, then every element's sums
	// to its parent: a parent precedes its children in the table, so one
	// pass from the end adds an element's sums once its children's are
	// in (each block used to climb the whole way to the root itself).
	for i := range f.blocks {
		b := &f.blocks[i]
		e := &E[b.owner]
		e.runes += b.runes
		e.links += b.links
		if b.isPara() {
			e.paras++
		}
	}
	for i := len(E) - 1; i > 0; i-- {
		e, p := &E[i], &E[E[i].parent]
		p.runes += e.runes
		p.links += e.links
		p.paras += e.paras
	}
	// Weak chrome that holds paragraphs of text is not chrome, and no
	// chrome holds most of the page's paragraphs: that is a layout wrapper
	// named for what stands beside the article ("content-sidebar-wrap").
	// A wrapper is told from a big comment section by what it holds: an
	// element named as content that holds most of its paragraphs.
	pos := make([]int32, len(E))
	for i := len(E) - 1; i > 0; i-- {
		e := &E[i]
		if e.flags&efPositive != 0 && e.flags&(efWeak|efChrome|efList) == 0 {
			pos[i] = max(pos[i], e.paras)
		}
		pos[e.parent] = max(pos[e.parent], pos[i])
	}
	for i := range E {
		e := &E[i]
		if e.flags&(efWeak|efChrome) == 0 || e.flags&efHard != 0 {
			continue
		}
		if e.paras >= 3 && pos[i] >= 3 && pos[i]*2 >= e.paras {
			e.flags &^= efChrome | efWeak
			continue
		}
		if e.flags&efWeak != 0 && (e.paras == 0 || e.paras == 1 && e.runes < 400 || e.links*10 > e.runes*3) {
			e.flags |= efChrome
		}
	}
	hasChild := make([]bool, len(E))
	for i := 1; i < len(E); i++ {
		if p := E[i].parent; p >= 0 {
			hasChild[p] = true
		}
	}
	for i := range f.blocks {
		b := &f.blocks[i]
		if !b.isPara() {
			continue
		}
		wl := b.wlen()
		s := 1 + float32(b.punct) + min(float32(wl)/100, 3)
		if b.kind == model.KindOrdered || b.kind == model.KindItem {
			s /= 2
		}
		level := 0
		start := E[b.owner].parent
		if hasChild[b.owner] && tagWeight(E[b.owner].tag) == 5 {
			// Text set loose in a container beside block children is
			// the container's own paragraphs (Readability wraps it in
			// <p>): the container earns their points in full.
			start = b.owner
		}
		for e := start; e > 0 && level < 5; e = E[e].parent {
			if E[e].flags&efChrome != 0 && E[e].tag != atom.Body && E[e].tag != atom.Html {
				// Chrome keeps the points of what it holds: comments or a
				// sidebar must not lift the page wrapper above the article.
				break
			}
			div := float32(1)
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float32(level * 3)
			}
			if E[e].score == 0 {
				E[e].score = tagWeight(E[e].tag) + classWeight(E[e].flags, E[e].paras)
				if E[e].score == 0 {
					E[e].score = 0.001
				}
			}
			E[e].score += s / div
			level++
		}
	}
}

func classWeight(fl uint8, paras int32) float32 {
	var w float32
	if fl&efChrome != 0 {
		w -= 25
	}
	if fl&efPositive != 0 && fl&efList == 0 {
		// A content-named box of one paragraph (a disclaimer, a teaser)
		// is not the article's container: the bonus grows with the
		// paragraphs held, full from three. A list named for posts or
		// stories ("recent-posts", "news-list") lists teasers of them.
		w += min(25, 10*float32(paras))
	}
	return w
}

// finalScore is an element's score cut by link density and chrome above.
func (f *flat) finalScore(i int32) float32 {
	e := &f.elems[i]
	if e.score == 0 {
		return 0
	}
	s := e.score
	if e.runes > 0 {
		s *= 1 - float32(e.links)/float32(e.runes)
	}
	if f.inChrome(i) {
		s *= 0.2
	}
	return s
}

// inChrome reports whether the element or one of its ancestors below <body>
// is chrome.
func (f *flat) inChrome(i int32) bool {
	for e := i; e > 0; e = f.elems[e].parent {
		el := &f.elems[e]
		if el.tag == atom.Body || el.tag == atom.Html {
			return false
		}
		if el.flags&efChrome != 0 {
			return true
		}
	}
	return false
}

// chooseContainer returns the selected elements: the best container and
// the siblings joined to it. It returns nil when nothing scored.
func (f *flat) chooseContainer() []int32 {
	E := f.elems
	best, bestScore := int32(-1), float32(0)
	scores := make([]float32, len(E))
	for i := range E {
		s := f.finalScore(int32(i))
		scores[i] = s
		if s > bestScore {
			best, bestScore = int32(i), s
		}
	}
	if best < 0 {
		return nil
	}
	// Climb while the parent keeps most of the score: the best element is
	// often one part of a body the parent holds whole.
	last := bestScore
	threshold := bestScore / 3
	for p := E[best].parent; p > 0; p = E[p].parent {
		if E[p].tag == atom.Body || E[p].tag == atom.Html {
			break
		}
		ps := scores[p]
		if ps == 0 {
			continue
		}
		if ps < threshold {
			break
		}
		if ps > last {
			best = p
			bestScore = ps
			break
		}
		last = ps
	}
	sel := []int32{best}
	parent := E[best].parent
	if parent <= 0 {
		return sel
	}
	sibThreshold := max(10, bestScore*0.2)
	for i := int32(1); i < int32(len(E)); i++ {
		if i == best || E[i].parent != parent {
			continue
		}
		if scores[i] >= sibThreshold && !f.inChrome(i) {
			sel = append(sel, i)
		}
	}
	return sel
}

// blockValue is a block's worth as article text: positive for prose,
// negative for short lines, link lists and chrome. The container of the
// article is the element whose blocks add up to the most, the tightest
// subtree that takes in the prose and leaves out the menus (the maximum
// subsequence idea of Pasternack and Roth, applied to DOM subtrees).
func (f *flat) blockValue(b *hBlock) float32 {
	wl := float32(b.wlen())
	ld := b.linkDensity()
	if f.inChrome(b.owner) || b.markup {
		return -wl*0.5 - 10
	}
	v := wl*(1-2*ld) - 5 - 20*ld + 8*float32(min(b.punct, 10))
	if b.kind == model.KindHeading {
		v = min(v, 0)
	}
	return v
}

// chooseByValue returns the element whose subtree has the greatest value.
func (f *flat) chooseByValue() int32 {
	E := f.elems
	sum := make([]float32, len(E))
	for i := range f.blocks {
		b := &f.blocks[i]
		v := f.blockValue(b)
		for e := b.owner; e >= 0; e = E[e].parent {
			sum[e] += v
		}
	}
	best, bestV := int32(-1), float32(0)
	for i := 1; i < len(E); i++ {
		if sum[i] >= bestV && sum[i] > 0 {
			best, bestV = int32(i), sum[i]
		}
	}
	return best
}
