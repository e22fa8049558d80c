package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-dev/extract/internal/model"
	"golang.org/x/net/html/atom"
)

// readHTML is the HTML path: one parse, the metadata read from the whole
// tree, then the body found by scoring a flattened copy of the document
// (see html_flatten.go and html_score.go) and filtered block by block
// (html_filter.go).
func readHTML(text string, opts Options) (*page, error) {
	doc, err := parseHTML(text)
	if err != nil {
		return nil, errorf("parse html: %w", err)
	}
	// The metadata reader needs the page whole (scripts with JSON-LD, the
	// header with the byline); the body reader never changes the tree.
	cands := htmlMeta(doc, opts)
	f := flatten(doc)
	f.score()
	chosen := f.body(newLeadKeys(cands))
	p := &page{cands: cands}
	orders := make([]int32, 0, len(chosen))
	for _, i := range chosen {
		b := &f.blocks[i]
		p.blocks = append(p.blocks, block{kind: b.kind, text: b.text})
		orders = append(orders, b.order)
	}
	// Visible and markup candidates carry the document-order index of their
	// element; the assembler wants the index of the first body block after
	// them.
	for i := range p.cands {
		c := &p.cands[i]
		if c.pos < 0 {
			continue
		}
		c.pos = sort.Search(len(orders), func(j int) bool { return orders[j] >= int32(c.pos) })
	}
	return p, nil
}

// leadKeys is what the metadata says of the text above the body: the
// folded headline texts (visible and from metadata; the body reader knows
// the headline shown by them when the page sets it in a tag other than
// <h1>) and the page's descriptions.
type leadKeys struct {
	titles map[string]bool
	descs  []string
}

func newLeadKeys(cands []candidate) *leadKeys {
	k := &leadKeys{titles: make(map[string]bool, 4)}
	for i := range cands {
		switch cands[i].field {
		case fieldHeadline:
			if t := foldKey(cands[i].value); t != "" {
				k.titles[t] = true
			}
		case fieldDescription:
			k.descs = append(k.descs, cands[i].value)
		}
	}
	return k
}

// isTitle reports whether a heading repeats one of the page's headlines.
func (k *leadKeys) isTitle(b *hBlock) bool {
	return k != nil && len(k.titles) > 0 && b.wlen() < 400 && k.titles[foldKey(b.text)]
}

// isDescription reports whether a block is the page's description whole.
// Such a standfirst is the dek the assembler shows from the metadata; in
// the body too it would only make the description the body's opening.
func (k *leadKeys) isDescription(b *hBlock) bool {
	if k == nil {
		return false
	}
	for _, d := range k.descs {
		if isFirstParagraph(d, []block{{text: b.text}}) {
			return true
		}
	}
	return false
}

// body returns the indexes of the blocks that make the article body;
// keys tell the headline and the descriptions (see leadKeys), nil none.
func (f *flat) body(keys *leadKeys) []int {
	// Two views of the container: Readability's scores favour several
	// paragraphs of prose under a content-named element; the summed block
	// values favour the subtree that takes in all the prose and leaves the
	// menus out. When one lies inside the other, the larger one holds the
	// whole article (a body split by an inset, a recipe whose ingredients
	// sit beside its steps); when they part, the scores decide.
	sel := f.chooseContainer()
	v := f.chooseByValue()
	if v > 0 && len(sel) > 0 && v != sel[0] && f.isAncestor(v, sel[0]) {
		sel = []int32{v}
	} else if len(sel) == 0 && v > 0 {
		sel = []int32{v}
	} else if v > 0 && len(sel) > 0 && !f.isAncestor(sel[0], v) {
		// The two views part close by: the article is split between
		// them (a standfirst box and the paragraphs under it, a body
		// whose column also holds link lists); their nearest common
		// element holds both.
		if l := f.nearCommon(v, sel[0], 2); l > 0 {
			sel = []int32{l}
		}
	}
	inSel := f.selected(sel)
	out := f.pick(sel, inSel, efChrome, keys)
	if len(out) == 0 && len(sel) > 0 {
		// Everything in the container sat under chrome: the chrome was a
		// wrapper after all ("row articleSidebar"). Only comments and
		// related boxes still count.
		out = f.pick(sel, inSel, efHard, keys)
	}
	if len(out) == 0 && v > 0 && (len(sel) == 0 || sel[0] != v) {
		// The scores chose a box with nothing to keep (a header of
		// short lines lifted by its name, over a body cut short by a
		// paywall): the subtree of greatest value is the fallback.
		out = f.pick([]int32{v}, f.selected([]int32{v}), efChrome, keys)
	}
	return out
}

// selected marks the elements of sel in a table indexed by element: the
// walks up from each block ask of every ancestor whether it is selected,
// which a table answers with one load where a map hashed the index.
func (f *flat) selected(sel []int32) []bool {
	in := make([]bool, len(f.elems))
	for _, s := range sel {
		in[s] = true
	}
	return in
}

// pick returns the body blocks of the chosen container, leaving out those
// under elements with any of the chrome flags in mask.
func (f *flat) pick(sel []int32, inSel []bool, mask uint8, keys *leadKeys) []int {
	keep := make([]bool, len(f.blocks))
	if len(sel) == 0 {
		// Nothing scored (a page of short lines): keep what is not chrome
		// and reads as text.
		for i := range f.blocks {
			b := &f.blocks[i]
			keep[i] = !f.inChrome(b.owner) && b.linkDensity() < 0.5
		}
	}
	var up []selPath
	if len(sel) > 0 {
		up = f.selPaths(inSel, mask)
		parent := f.elems[sel[0]].parent
		for i := range f.blocks {
			b := &f.blocks[i]
			keep[i] = up[b.owner].under && !f.inFormOf(up, b.owner) || f.siblingPara(b, parent)
			if !keep[i] && b.runes < 60 && b.kind == model.KindHeading && up[b.owner].any {
				// a chrome heading inside the container may open the comments
				keep[i] = isCommentHead(b.text)
			}
		}
	}
	teasers := f.teaserRuns()
	var out []int
	var kept int32
	// dropped counts, for the last kept block, the link-heavy blocks of the
	// container dropped after it: a short line that only introduced them
	// ("Read also:", "Related", "Über den Autor") goes with them.
	dropped := 0
	// total is the prose the container holds; once most of it is kept, a
	// comment or "related" section inside the container ends the article.
	var total, seen int32
	for i := range f.blocks {
		if keep[i] && f.blocks[i].isPara() {
			total += f.blocks[i].wlen()
		}
	}
	for i := range f.blocks {
		b := &f.blocks[i]
		if !keep[i] {
			if len(sel) > 0 && len(out) > 0 && up[b.owner].any {
				if b.linkDensity() > 0.5 {
					dropped++
				}
				if seen*10 >= total*7 && kept >= 500 && f.hardAbove(b.owner, inSel) {
					break
				}
			}
			continue
		}
		if b.isPara() {
			seen += b.wlen()
		}
		if b.runes < 60 && b.links == 0 && isCommentHead(b.text) {
			// The comments begin: what follows answers the article. Before
			// much text is kept the heading may only be out of place; it is
			// never a line of the article.
			if kept >= 200 {
				break
			}
			continue
		}
		// A teaser list set apart from the article's paragraphs (not
		// their siblings) follows the article; one among them is the
		// article (a post that lists talks or links with notes).
		teaser := teasers[i] && len(out) > 0 && f.elems[b.owner].parent != f.elems[f.blocks[out[0]].owner].parent
		if !f.goodBlock(b) || teaser {
			if (b.linkDensity() > 0.5 || teaser) && len(out) > 0 {
				dropped++
			}
			continue
		}
		if dropped >= 1 && introLine(&f.blocks[out[len(out)-1]]) {
			out = out[:len(out)-1]
		}
		dropped = 0
		out = append(out, i)
		kept += b.wlen()
	}
	// A lone line is the whole post (a note over the photos or links it
	// shows), not an introduction to what follows it.
	if dropped >= 1 && len(out) > 0 && introLine(&f.blocks[out[len(out)-1]]) && !f.loneText(out) {
		out = out[:len(out)-1]
	}
	out = f.dropWeakTail(out, inSel)
	out = f.dropWeakHead(out, inSel)
	out = dropMetaLines(f.blocks, out)
	out = f.trimEdges(f.blocks, out)
	out = f.addLead(out, keys)
	return trimHeadings(f.blocks, out)
}

// dropWeakTail drops the last blocks of the body while they sit in a box
// whose class reads as chrome unless it holds an article (an author box,
// a byline, a rating: efWeak) and that holds no more than two paragraphs:
// after the article such a box is its frame ("Jane Doe is the founder of
// ...", the author's long biography that escaped the length test).
func (f *flat) dropWeakTail(out []int, inSel []bool) []int {
	var total int32
	for _, i := range out {
		total += f.blocks[i].wlen()
	}
	n, tail := len(out), int32(0)
	for n > 1 {
		b := &f.blocks[out[n-1]]
		w := f.weakBox(b.owner, inSel)
		if w < 0 || f.elems[w].paras > 2 || f.weakBox(f.blocks[out[0]].owner, inSel) == w {
			break
		}
		tail += b.wlen()
		n--
	}
	// The frame is small beside the article; a body mostly in such
	// boxes (a gallery's captions, a post set in widgets) is the article.
	if tail*3 > total {
		return out
	}
	return out[:n]
}

// dropWeakHead is dropWeakTail at the top of the body: a short box of
// weak chrome (a byline box, a rating, a caption) before the article. A
// standfirst (leadBlock) there is the article's and ends the search.
func (f *flat) dropWeakHead(out []int, inSel []bool) []int {
	var total int32
	for _, i := range out {
		total += f.blocks[i].wlen()
	}
	n, head := 0, int32(0)
	for n < len(out)-1 {
		b := &f.blocks[out[n]]
		w := f.weakBox(b.owner, inSel)
		if w < 0 || f.elems[w].paras > 2 || f.weakBox(f.blocks[out[len(out)-1]].owner, inSel) == w || leadBlock(b) {
			break
		}
		head += b.wlen()
		n++
	}
	if head*3 > total {
		return out
	}
	return out[n:]
}

// weakBox returns the nearest element above e, inside the selection, with
// the weak chrome flag, or -1.
func (f *flat) weakBox(e int32, inSel []bool) int32 {
	for ; e > 0 && !inSel[e]; e = f.elems[e].parent {
		if f.elems[e].flags&efWeak != 0 {
			return e
		}
	}
	return -1
}

// loneText reports whether the last of the kept blocks is the only one
// that is not a heading.
func (f *flat) loneText(out []int) bool {
	for _, i := range out[:len(out)-1] {
		if f.blocks[i].kind != model.KindHeading {
			return false
		}
	}
	return true
}

// nearCommon returns the nearest common ancestor of a and b when it lies
// at most up levels above each and is neither chrome nor the page's
// <body>; otherwise -1.
func (f *flat) nearCommon(a, b int32, up int) int32 {
	for x, i := a, 0; x > 0 && i <= up; x, i = f.elems[x].parent, i+1 {
		for y, j := b, 0; y > 0 && j <= up; y, j = f.elems[y].parent, j+1 {
			if x != y {
				continue
			}
			if t := f.elems[x].tag; t == atom.Body || t == atom.Html || f.inChrome(x) {
				return -1
			}
			return x
		}
	}
	return -1
}

// teaserRuns marks the blocks of teaser lists: three or more blocks in a
// row, each a linked title line over an unlinked excerpt ("Related posts",
// "More from the site"). An article's own list items seldom open with a
// whole line of link.
func (f *flat) teaserRuns() []bool {
	mark := make([]bool, len(f.blocks))
	run := 0
	for i := 0; i <= len(f.blocks); i++ {
		if i < len(f.blocks) && teaserBlock(&f.blocks[i]) {
			run++
			continue
		}
		if run >= 3 {
			for k := i - run; k < i; k++ {
				mark[k] = true
			}
		}
		run = 0
	}
	return mark
}

// teaserBlock reports a block whose first line is a link and whose other
// lines, an excerpt, are not.
func teaserBlock(b *hBlock) bool {
	nl := strings.IndexByte(b.text, '\n')
	if nl < 0 || b.links == 0 || b.kind == model.KindCode {
		return false
	}
	first, _, _ := htmlCount(b.text[:nl])
	if first < 10 || b.runes-first < 30 {
		return false
	}
	return b.links >= first*4/5 && b.links <= first+12
}

// isAncestor reports whether a is b or one of its ancestors.
func (f *flat) isAncestor(a, b int32) bool {
	for e := b; e >= 0; e = f.elems[e].parent {
		if e == a {
			return true
		}
	}
	return false
}

// selPath is what the walks up from an element to the selected subtree
// find (see selPaths).
type selPath struct {
	under bool  // in the selected subtree, with no element flagged by mask between
	any   bool  // in the selected subtree
	sel   int32 // the nearest selected element at or above e, or -1
	form  int32 // the <form> nearest the selection between e and it (or the root), or -1
}

// selPaths answers for every element at once whether it lies in the
// selected subtree with no element flagged by mask between (under), in
// it at all (any), and in a form inside it (inFormOf): pick asked them of
// every block, each a walk up to the selection or the root, while a parent's answers give its children's in one pass over
// the elements (a parent comes before its children). Like the walks,
// they never count the root (element 0) as selected.
func (f *flat) selPaths(sel []bool, mask uint8) []selPath {
	up := make([]selPath, len(f.elems))
	if len(up) > 0 {
		up[0] = selPath{sel: -1, form: -1}
	}
	for e := 1; e < len(f.elems); e++ {
		el := &f.elems[e]
		if sel[e] {
			up[e] = selPath{under: true, any: true, sel: int32(e), form: -1}
			continue
		}
		p := up[0]
		if el.parent > 0 {
			p = up[el.parent]
		}
		u := selPath{under: p.under && el.flags&mask == 0, any: p.any, sel: p.sel, form: p.form}
		if u.form < 0 && el.tag == atom.Form {
			u.form = int32(e)
		}
		up[e] = u
	}
	return up
}

// inFormOf reports, from selPaths, whether element e lies in a <form>
// inside the selected subtree: a rating, subscription or comment form set
// in the article's container. A form around the whole page (ASP.NET wraps
// every page in one) lies above the selection and does not count, nor
// does a form that holds most of the selection's paragraphs (a shop wraps
// a product's description in its order form).
func (f *flat) inFormOf(up []selPath, e int32) bool {
	p := up[e]
	if p.form < 0 {
		return false
	}
	if p.sel < 0 {
		return true
	}
	n := f.elems[p.form].paras
	return !(n >= 2 && n*2 >= f.elems[p.sel].paras)
}

// hardAbove reports whether element e lies in hard chrome (comments,
// related links) inside the selected subtree.
func (f *flat) hardAbove(e int32, sel []bool) bool {
	for ; e > 0 && !sel[e]; e = f.elems[e].parent {
		if f.elems[e].flags&efHard != 0 {
			return true
		}
	}
	return false
}

// siblingPara reports a block that is not in a scored element but sits
// beside the chosen container and reads as a paragraph of the same text.
func (f *flat) siblingPara(b *hBlock, parent int32) bool {
	if parent <= 0 {
		return false
	}
	o := b.owner
	if o != parent {
		if f.elems[o].parent != parent || f.elems[o].tag != atom.P || f.elems[o].flags&efChrome != 0 {
			return false
		}
	}
	ld := b.linkDensity()
	wl := b.wlen()
	if wl > 80 && ld < 0.25 {
		return true
	}
	return wl > 20 && ld == 0 && htmlSentenceEnd(b.text)
}

func htmlSentenceEnd(s string) bool {
	return strings.Contains(s, ". ") || strings.HasSuffix(s, ".") || strings.ContainsAny(s, "。！？")
}

// introLine reports a short block that can only introduce what follows
// it: a heading, or a line ending in a colon or without a sentence.
func introLine(b *hBlock) bool {
	if b.wlen() > 120 {
		return false
	}
	if b.kind == model.KindHeading {
		return true
	}
	t := strings.TrimSpace(b.text)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return true
	}
	// A question or an exclamation is a sentence of the text too, at the
	// end of the line or inside it ("Wonderful video! Created by ...").
	// A line that stops on a comma, a small word or an ellipsis runs on
	// into the link after it ("Now as to those missing IMF billions,
	// <a>...</a>"); a title or a label ends on a name or a noun.
	if b.wlen() >= 25 && runsOn(t) {
		return false
	}
	// A label or a title is a few words; ten or more without a colon
	// are a line of the text, whatever their last mark (an emoji, a
	// name).
	if !fewWords(t, 9) {
		return false
	}
	e := strings.TrimRight(t, " \"”»“'’)")
	return !htmlSentenceEnd(t) && !strings.HasSuffix(e, "?") && !strings.HasSuffix(e, "!") &&
		!strings.Contains(t, "! ") && !strings.Contains(t, "? ")
}

// runsOn reports a line whose end leaves the sentence open: a comma, an
// ellipsis or a last word in small letters.
func runsOn(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	if r == ',' || r == '…' || r == '،' || r == '，' {
		return true
	}
	w := t[strings.LastIndexByte(t, ' ')+1:]
	r, _ = utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// dropMetaLines drops date lines anywhere in the body and bylines among
// its leading short blocks: the metadata reader takes them from the page.
func dropMetaLines(blocks []hBlock, idx []int) []int {
	out := idx[:0]
	lead := true
	for _, i := range idx {
		b := &blocks[i]
		if b.wlen() >= 150 {
			lead = false
		}
		if b.wlen() < 80 && b.kind != model.KindHeading {
			if dateLine(b.text) || lead && isByline(b.text) {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}

// dateLine reports a line that is a date and little else: "05. Februar
// 2020", "Updated 19:49, 3 April 2020".
func dateLine(s string) bool {
	if !strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		return false
	}
	m, ok := findDate(s)
	if !ok {
		return false
	}
	rest := s[:m.start] + s[m.end:]
	n, _, _ := htmlCount(rest)
	return n <= 12
}

// addLead adds the standfirst that pages set between the headline and the
// body container, often in the article's <header> ("intro", "excerpt",
// "deck"): paragraphs of prose found walking back from the body to the
// headline, an <h1> or the heading that repeats a headline of the
// metadata (pages set the headline in an <h2> when the site's name holds
// the <h1>). Without a headline close above the body nothing is added.
func (f *flat) addLead(idx []int, keys *leadKeys) []int {
	if len(idx) == 0 {
		return idx
	}
	var lead []int
	// strict: the walk met only what the first form of this rule let by
	// (an <h1> over paragraphs of prose, nothing linked longer than a
	// credit between). A standfirst found beyond it that the description
	// repeats is left to the assembler, which shows it as the dek.
	strict := true
	for i, n := idx[0]-1, 0; i >= 0 && n < 15; i, n = i-1, n+1 {
		b := &f.blocks[i]
		if b.kind == model.KindHeading && (b.level == 1 || keys.isTitle(b)) {
			strict = strict && (b.level == 1 || f.reachesH1(i-1, 14-n))
			out := make([]int, 0, len(lead)+len(idx))
			for k := len(lead) - 1; k >= 0; k-- {
				l := &f.blocks[lead[k]]
				if strict && proseLead(l) || !keys.isDescription(l) {
					out = append(out, lead[k])
				}
			}
			if len(out) == 0 {
				return idx
			}
			return append(out, idx...)
		}
		if f.elems[b.owner].flags&efHard != 0 {
			return idx
		}
		// Short runs of links (share buttons, a section label) sit
		// between a standfirst and its body; a list of links does not,
		// and an image or embed shown as code is neither.
		if b.linkDensity() > 0.5 && b.wlen() > 20 && !creditLine(b) {
			if b.wlen() > 40 && !b.markup {
				return idx
			}
			strict = false
		}
		if b.markup {
			continue
		}
		if leadBlock(b) && !isBoilerplate(b.text) && f.elems[b.owner].flags&(efChrome|efWeak) == 0 &&
			(proseLead(b) || !dateLine(b.text) && !creditLine(b)) {
			lead = append(lead, i)
		}
	}
	return idx
}

// reachesH1 reports whether the first form of addLead, walking back from
// block i with budget blocks left, would have reached an <h1>.
func (f *flat) reachesH1(i, budget int) bool {
	for ; i >= 0 && budget > 0; i, budget = i-1, budget-1 {
		b := &f.blocks[i]
		if b.kind == model.KindHeading && b.level == 1 {
			return true
		}
		if f.elems[b.owner].flags&efHard != 0 || b.linkDensity() > 0.5 && b.wlen() > 20 && !creditLine(b) {
			return false
		}
	}
	return false
}

// proseLead reports a paragraph of prose, the standfirst the first form
// of addLead took.
func proseLead(b *hBlock) bool {
	return b.wlen() >= 80 && b.linkDensity() < 0.2 && b.punct > 0
}

// leadBlock reports a block that reads as a standfirst: a paragraph of
// prose, or a shorter one that is a whole sentence, or a sentence set as a
// heading.
func leadBlock(b *hBlock) bool {
	if proseLead(b) {
		return true
	}
	if b.kind == model.KindHeading {
		return proseHeading(b) && b.links == 0
	}
	if b.wlen() < 40 || b.links > 0 {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(b.text), " \"”»“'’)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") ||
		strings.HasSuffix(t, "…") || strings.ContainsAny(t, "。！？")
}

// creditLine reports a short line of the article's own metadata: its
// date or its author, often linked, that pages set between the
// standfirst and the body.
func creditLine(b *hBlock) bool {
	if b.wlen() >= 150 || b.kind == model.KindHeading {
		return false
	}
	if m, ok := findDate(b.text); ok {
		// a date and a few words (the author, a comment count), not a
		// link whose address holds a date
		n, _, _ := htmlCount(b.text[:m.start] + b.text[m.end:])
		return n <= 60 && !strings.Contains(b.text, "/")
	}
	return isByline(b.text)
}

// trimEdges drops the short lines that are not sentences before the first
// and after the last paragraph of prose: labels, contact lines, "About the
// author", a category, an image link. Inside the body such lines are kept
// (a schedule, a sign-off), and so are list items (ingredients) anywhere;
// at its edges the other short lines are the container's frame.
func (f *flat) trimEdges(blocks []hBlock, idx []int) []int {
	frame := func(b *hBlock) bool {
		if b.wlen() >= 50 || b.kind == model.KindCode || b.kind == model.KindItem || b.kind == model.KindOrdered {
			return false
		}
		t := strings.TrimRight(b.text, " \"”»“'’)")
		return !htmlSentenceEnd(t) && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "…")
	}
	end := len(idx)
	for end > 0 && frame(&blocks[idx[end-1]]) && blocks[idx[end-1]].kind != model.KindHeading {
		end--
	}
	// A sign-off ("Euer Hans", "x Franzi", a closing line of a poem) is a
	// plain unlinked paragraph beside the last one, in the same element;
	// the frame sits in boxes of its own or is a label or a link.
	if end > 0 {
		last := &f.elems[blocks[idx[end-1]].owner]
		for end < len(idx) {
			b := &blocks[idx[end]]
			t := strings.TrimSpace(b.text)
			if b.kind != model.KindParagraph || b.links > 0 || f.elems[b.owner].parent != last.parent ||
				f.elems[b.owner].tag != last.tag || strings.HasSuffix(t, ":") || isBoilerplate(t) {
				break
			}
			end++
		}
	}
	end = f.lineRun(blocks, idx, end)
	start := 0
	for start < end && frame(&blocks[idx[start]]) && blocks[idx[start]].kind != model.KindHeading && !opensText(&blocks[idx[start]]) {
		start++
	}
	// A greeting ("Hallo ihr Lieben,") opens the first paragraph's element
	// as a sign-off closes the last one's.
	if start < end {
		first := &f.elems[blocks[idx[start]].owner]
		for start > 0 {
			b := &blocks[idx[start-1]]
			if b.kind != model.KindParagraph || b.links > 0 || f.elems[b.owner].parent != first.parent ||
				f.elems[b.owner].tag != first.tag || !strings.HasSuffix(strings.TrimSpace(b.text), ",") {
				break
			}
			start--
		}
	}
	return idx[start:end]
}

// opensText reports a line that introduces the text under it, a clause
// ending in a colon ("Sarmad asked a variant of a perennial question:"),
// not a one-word label ("Price:", "Auteur :").
func opensText(b *hBlock) bool {
	t := strings.TrimSpace(b.text)
	return b.wlen() >= 20 && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && !fewWords(t, 2)
}

// lineRun extends the body's end over a run of four or more short plain
// lines set right after its last paragraph, inside that paragraph's
// element or in elements like it beside it: a list written with line
// breaks (a recipe's ingredients, a schedule), perhaps under a label
// ending in a colon. The frame after a body is a line or two, in boxes of
// its own.
func (f *flat) lineRun(blocks []hBlock, idx []int, end int) int {
	if end == 0 || end == len(idx) {
		return end
	}
	last := blocks[idx[end-1]].owner
	up, tag := f.elems[last].parent, f.elems[last].tag
	n := end
	for n < len(idx) {
		b := &blocks[idx[n]]
		p := f.elems[b.owner].parent
		if b.kind != model.KindParagraph || b.links > 0 || b.wlen() >= 80 || b.owner != last && p != last && (p != up || f.elems[b.owner].tag != tag) {
			break
		}
		t := strings.TrimSpace(b.text)
		if n > end && strings.HasSuffix(t, ":") || isBoilerplate(t) || dateLine(t) || isByline(t) {
			break
		}
		n++
	}
	if n-end < 4 {
		return end
	}
	return n
}

// proseHeading reports a heading that reads as a sentence of the text:
// pages set pull quotes, standfirsts and closing lines in heading tags.
func proseHeading(b *hBlock) bool {
	if b.wlen() < 40 {
		return false
	}
	if _, ok := findDate(b.text); ok {
		// "A version of this article appeared in print on 11/08/2012"
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(b.text), " \"”»“'’)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "…")
}

// headsSection reports whether the heading at idx[k] stands over a
// subheading of a deeper rank that itself heads text, and is no credit
// set as a heading ("Von Claudia Lindner").
func headsSection(blocks []hBlock, idx []int, k int) bool {
	if k == 0 || k+2 >= len(idx) {
		// at the top of the body a heading over another is the title
		// over its standfirst
		return false
	}
	h, sub, text := &blocks[idx[k]], &blocks[idx[k+1]], &blocks[idx[k+2]]
	return sub.level > h.level && text.kind != model.KindHeading && !isByline(h.text)
}

// trimHeadings drops subheadings that head nothing: the last blocks of the
// body and headings followed only by other headings.
func trimHeadings(blocks []hBlock, idx []int) []int {
	out := idx[:0]
	for k, i := range idx {
		if blocks[i].kind == model.KindHeading && !proseHeading(&blocks[i]) {
			// A heading over a subheading heads its section ("Contents"
			// over "Year 3"); one over a heading of its rank heads nothing.
			next := k + 1
			if next >= len(idx) || blocks[idx[next]].kind == model.KindHeading && !headsSection(blocks, idx, k) {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}
