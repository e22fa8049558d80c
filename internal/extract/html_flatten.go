package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-dev/extract/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML body reader works on a flattened copy of the document made in
// one walk: a table of elements (parent links, tag, what their class and id
// say) and the list of text blocks in reading order, each owned by its
// nearest block-level element. Scoring and filtering then run over these
// slices instead of walking the tree again, and the tree itself is never
// changed, so the metadata reader may see it before or after.

// hElem is one element of the document, in document order. Index 0 is a
// virtual root standing for the document node.
type hElem struct {
	// No pointers: the table is allocated without scanning and the
	// collector never walks it.
	parent int32
	tag    atom.Atom
	flags  uint8
	// The sums over the text blocks beneath the element.
	runes, links int32
	paras        int32   // blocks that read like paragraphs
	score        float32 // Readability-like content score
}

// Element flags.
const (
	efChrome   uint8 = 1 << iota // navigation, footer, share bar, comments...
	efPositive                   // class or id reads as the article itself
	efQuote                      // blockquote: its blocks are quotes
	efList                       // ul/ol/dl
	efWeak                       // looks like chrome, unless it holds an article's paragraphs
	efHard                       // chrome whatever it holds (comments, related)
)

// hBlock is one run of text inside a block-level element.
type hBlock struct {
	kind  model.Kind
	text  string
	owner int32 // the element whose own text this is
	order int32 // document-order index of the last element opened before the text (as meta.go counts)
	runes int32 // letters and digits, CJK counted as they are
	links int32 // of runes, those inside <a>
	cjk   int32 // of runes, those of CJK scripts
	punct int32 // commas and sentence ends
	level int8  // heading level 1-6 for kind h, else 0
	// markup: most of the text is HTML tags shown as text (a broken
	// widget, an escaped embed code), not prose
	markup bool
}

// flat is the flattened document.
type flat struct {
	elems  []hElem
	blocks []hBlock

	// the block being collected: a scratch buffer reused from block to
	// block, copied out once per block (a strings.Builder starts over
	// from nothing, growing several times, for every block)
	buf      []byte
	bufOwner int32
	bufKind  model.Kind
	bufLevel int8
	bufOrder int32
	bufRunes int32
	bufLinks int32
	bufCJK   int32
	bufPunct int32
	space    bool // a space is pending before the next word
	inPre    int
	inLink   int
	order    int32 // elements seen, counted as meta.go counts them

	classMemo map[string]uint8 // what a class value says, see html_flatten_class.go
	scratch   runeCounts       // foldedCore's counts

	// nodes, when not nil, gets each element's node, in step with elems:
	// tests name the elements chosen by them (flatten leaves it nil).
	nodes []*html.Node
}

// walkCtx is what an element passes to its children.
type walkCtx struct {
	owner int32 // nearest block-level element
	kind  model.Kind
	level int8
}

func flatten(doc *html.Node) *flat {
	f := newFlat()
	f.walkDoc(doc)
	return f
}

func newFlat() *flat {
	// Sized for a common page: growing from nothing showed in profiles.
	f := &flat{elems: make([]hElem, 1, 512), blocks: make([]hBlock, 0, 256), classMemo: make(map[string]uint8, 128)}
	f.elems[0] = hElem{parent: -1}
	return f
}

// walkDoc flattens the document into f, made by newFlat.
func (f *flat) walkDoc(doc *html.Node) {
	f.walkChildren(doc, walkCtx{owner: 0, kind: model.KindParagraph})
	f.flush()
	for i := range f.blocks {
		b := &f.blocks[i]
		if b.kind == model.KindHeading && b.wlen() > 200 {
			// Pages style whole paragraphs as headings; a heading is short.
			b.kind, b.level = model.KindParagraph, 0
		}
		if b.kind != model.KindCode && strings.Contains(b.text, "<") {
			b.markup = markupText(b.text)
		}
	}
}

func (f *flat) walkChildren(n *html.Node, ctx walkCtx) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			f.text(c.Data, ctx)
		case html.ElementNode:
			f.element(c, ctx)
		}
	}
}

// skipTag reports the elements whose content is never article text.
// <noscript> is read: with scripts off, as the page was saved, its content
// is what a reader sees (blogs put the whole post there). Ruby annotations
// (<rt>) would split every word of a Japanese text.
func skipTag(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Rt, atom.Rp, atom.Template, atom.Svg,
		atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Select, atom.Option,
		atom.Button, atom.Input, atom.Textarea, atom.Audio, atom.Video, atom.Picture, atom.Map,
		atom.Datalist, atom.Dialog, atom.Label, atom.Menu, atom.Figcaption:
		return true
	}
	return false
}

// blockTag reports the elements that start a new text block (a switch:
// a map lookup per element showed in profiles).
func blockTag(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Body, atom.P, atom.Div, atom.Section, atom.Article, atom.Main,
		atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption,
		atom.Figure, atom.Form, atom.Fieldset, atom.Address, atom.Center, atom.Details,
		atom.Summary, atom.Legend, atom.Hr, atom.Hgroup:
		return true
	}
	return false
}

// headingLevel is 1-6 for <h1>-<h6>, else 0.
func headingLevel(a atom.Atom) int8 {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (f *flat) element(n *html.Node, ctx walkCtx) {
	f.order++
	var attrs blockAttrs
	if !skipTag(n.DataAtom) {
		attrs.read(n)
	}
	if skipTag(n.DataAtom) || attrs.hidden {
		// Count the elements inside as meta.go does, so that document-order
		// indexes stay comparable.
		f.order += htmlCountElements(n)
		switch n.DataAtom {
		case atom.Rt, atom.Rp, atom.Template, atom.Script, atom.Style, atom.Head:
		default:
			// Replaced content (a video, a form control) still splits the text.
			f.space = true
		}
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if f.inPre == 0 {
			f.buf = append(f.buf, '\n')
			f.space = false
		} else {
			f.buf = append(f.buf, '\n')
		}
		return
	case atom.Img, atom.Wbr:
		return
	}
	if !blockTag(n.DataAtom) && n.DataAtom != 0 {
		f.inline(n, ctx)
		return
	}
	if n.DataAtom == 0 && !isBlockCustom(n) {
		f.inline(n, ctx)
		return
	}
	// A block element: a new element record and a new text block.
	f.flush()
	idx := int32(len(f.elems))
	e := hElem{parent: ctx.owner, tag: n.DataAtom}
	e.flags = f.classFlagsFrom(n, &attrs)
	if headingLevel(n.DataAtom) > 1 {
		// Subheadings carry anchors for a table of contents ("nav_..."),
		// not roles.
		e.flags &^= efWeak
	}
	switch n.DataAtom {
	case atom.Nav:
		e.flags |= efChrome
	case atom.Footer, atom.Aside, atom.Header:
		e.flags |= efWeak
	case atom.Blockquote:
		e.flags |= efQuote
	case atom.Ul, atom.Ol, atom.Dl:
		e.flags |= efList
	}
	if r := attrs.role; r != "" {
		switch strings.ToLower(r) {
		case "navigation", "menu", "menubar", "search", "toolbar":
			e.flags |= efChrome
		case "banner", "contentinfo", "complementary", "dialog", "alert":
			e.flags |= efWeak
		case "main", "article":
			e.flags |= efPositive
			e.flags &^= efChrome | efWeak
		}
	}
	f.elems = append(f.elems, e)
	if f.nodes != nil {
		f.nodes = append(f.nodes, n)
	}
	child := walkCtx{owner: idx, kind: ctx.kind, level: 0}
	switch n.DataAtom {
	case atom.Li:
		child.kind = model.KindItem
		if p := f.elems[ctx.owner]; p.tag == atom.Ol {
			child.kind = model.KindOrdered
		}
	case atom.Blockquote:
		child.kind = model.KindQuote
	case atom.Pre:
		child.kind = model.KindCode
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		child.kind = model.KindHeading
		child.level = headingLevel(n.DataAtom)
	case atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Tbody, atom.Tr, atom.Div, atom.Section,
		atom.Article, atom.Main, atom.Body, atom.Html, atom.Form, atom.Figure:
		// Containers: keep a surrounding list or quote kind, otherwise plain.
		if ctx.kind == model.KindHeading {
			child.kind = model.KindParagraph
		}
	}
	if ctx.kind == model.KindCode {
		child.kind = model.KindCode
	}
	if n.DataAtom == atom.Pre {
		f.inPre++
	}
	f.bufOwner, f.bufKind, f.bufLevel = idx, child.kind, child.level
	f.walkChildren(n, child)
	f.flush()
	if n.DataAtom == atom.Pre {
		f.inPre--
	}
	f.bufOwner, f.bufKind, f.bufLevel = ctx.owner, ctx.kind, ctx.level
}

// inline walks an inline element: its text joins the current block.
func (f *flat) inline(n *html.Node, ctx walkCtx) {
	link := n.DataAtom == atom.A
	if link {
		f.inLink++
	}
	f.walkChildren(n, ctx)
	if link {
		f.inLink--
	}
}

// isBlockCustom reports whether an unknown (custom) element should be read
// as a block: custom elements wrap whole sections as often as words.
func isBlockCustom(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTag(c.DataAtom) {
			return true
		}
	}
	return false
}

// text appends a text node to the current block, folding white space.
func (f *flat) text(s string, ctx walkCtx) {
	if len(f.buf) == 0 {
		f.bufOrder = f.order
	}
	if f.inPre > 0 {
		f.buf = append(f.buf, s...)
		f.count(s)
		return
	}
	if lead, mid, trail, ok := foldedCore(s, &f.scratch); ok {
		// The words are already set apart by single spaces: the word loop
		// below would write mid as it is, and count it word by word as
		// count does the whole (a space stands between no digits).
		if lead {
			f.space = true
		}
		if mid != "" {
			if f.space && len(f.buf) > 0 && f.buf[len(f.buf)-1] != '\n' {
				f.buf = append(f.buf, ' ')
			}
			f.space = false
			f.buf = append(f.buf, mid...)
			f.bufRunes += f.scratch.n
			f.bufCJK += f.scratch.cjk
			f.bufPunct += f.scratch.p
			if f.inLink > 0 {
				f.bufLinks += f.scratch.n
			}
		}
		if trail {
			f.space = true
		}
		return
	}
	f.textWords(s)
}

// textWords appends s word by word, folding white space and dropping
// invisibles.
func (f *flat) textWords(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if htmlSpace(r) {
			f.space = true
			s = s[size:]
			continue
		}
		// the next word
		end := size
		wide := r >= utf8.RuneSelf
		for end < len(s) {
			if c := s[end]; c < utf8.RuneSelf {
				if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
					break
				}
				end++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(s[end:])
			if htmlSpace(r2) {
				break
			}
			wide = true
			end += s2
		}
		if f.space && len(f.buf) > 0 {
			if last := f.buf[len(f.buf)-1]; last != '\n' {
				f.buf = append(f.buf, ' ')
			}
		}
		f.space = false
		w := s[:end]
		// The invisibles are all outside ASCII.
		if wide && strings.ContainsAny(w, invisibles) {
			w = stripInvisibles(w)
		}
		f.buf = append(f.buf, w...)
		f.count(w)
		s = s[end:]
	}
}

// invisibles are the characters a browser does not show inside a word:
// soft hyphens (German and Dutch pages hyphenate with them), zero-width
// spaces and joiners, the byte order mark.
const invisibles = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

func stripInvisibles(w string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(invisibles, r) {
			return -1
		}
		return r
	}, w)
}

// foldedCore splits s into the white space it opens with, the words, and
// the white space it ends with, and reports whether the words are set
// apart by single ASCII spaces only and hold no invisibles: text the word
// loop of text would copy as it is. It counts the words as count does on
// the way, into c.
func foldedCore(s string, c *runeCounts) (lead bool, mid string, trail bool, ok bool) {
	// The white space around the words (the indentation between tags
	// makes most text nodes) is skipped a byte at a time, one table load
	// a byte; runes above ASCII take the general test.
	i := 0
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf {
			if !asciiWhite[b] {
				break
			}
			// Indentation comes in runs of spaces or tabs: eight at a
			// time (a comparison with a constant is one load).
			if b == ' ' && i+8 <= len(s) && s[i:i+8] == "        " || b == '\t' && i+8 <= len(s) && s[i:i+8] == "\t\t\t\t\t\t\t\t" {
				i += 8
				continue
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !htmlSpace(r) {
			break
		}
		i += size
	}
	j := len(s)
	for j > i {
		if b := s[j-1]; b < utf8.RuneSelf {
			if !asciiWhite[b] {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[i:j])
		if !htmlSpace(r) {
			break
		}
		j -= size
	}
	mid = s[i:j]
	prevSpace := false
	var n, cjk, p int32
	for k := 0; k < len(mid); {
		b := mid[k]
		if asciiAlnum[b] {
			// a run of letters and digits, counted in one tight loop
			start := k
			for k++; k < len(mid) && asciiAlnum[mid[k]]; k++ {
			}
			n += int32(k - start)
			prevSpace = false
			continue
		}
		if b < utf8.RuneSelf {
			switch {
			case b == ' ':
				if prevSpace {
					return false, "", false, false
				}
				prevSpace = true
				k++
				continue
			case b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
				return false, "", false, false
			case b == ',' || b == '.' || b == '!' || b == '?' || b == ';':
				// as count: not a point or comma between digits
				if !((b == '.' || b == ',') && k > 0 && k+1 < len(mid) && isDigit(mid[k-1]) && isDigit(mid[k+1])) {
					p++
				}
			}
			prevSpace = false
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(mid[k:])
		if htmlSpace(r) || strings.ContainsRune(invisibles, r) {
			return false, "", false, false
		}
		dn, dc, dp := wideRune(r)
		n, cjk, p = n+dn, cjk+dc, p+dp
		prevSpace = false
		k += size
	}
	c.n, c.cjk, c.p = n, cjk, p
	return i > 0, mid, j < len(s), true
}

// asciiWhite marks the ASCII white space htmlSpace accepts, and
// asciiAlnum the ASCII letters and digits count counts: tables of the
// byte loops of foldedCore (bytes above ASCII are marked in neither).
var asciiWhite, asciiAlnum = func() (w, a [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		w[c] = htmlSpace(rune(c))
		a[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return w, a
}()

// wideRune is what a rune above ASCII adds to count's figures: a letter
// or digit (CJK apart, which also weighs more), or the sentence mark of a
// script other than Latin.
func wideRune(r rune) (n, cjk, p int32) {
	switch {
	case cjkRune(r):
		return 1, 1, 0
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return 1, 0, 0
	}
	switch r {
	case '，', '。', '、', '！', '？', '；', '،', '؟', '।', '·':
		return 0, 0, 1
	}
	return 0, 0, 0
}

// runeCounts are count's figures for one text.
type runeCounts struct{ n, cjk, p int32 }

func htmlSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x3000:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

func (f *flat) count(w string) {
	var n, cjk, p int32
	for i := 0; i < len(w); {
		c := w[i]
		if asciiAlnum[c] {
			// a run of letters and digits, counted in one tight loop
			j := i + 1
			for j < len(w) && asciiAlnum[w[j]] {
				j++
			}
			n += int32(j - i)
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			if c == ',' || c == '.' || c == '!' || c == '?' || c == ';' {
				// A point or comma between digits is a number's
				// ("3078.02", "1,500"): price lists and stock tickers
				// are not sentences.
				if !((c == '.' || c == ',') && i > 0 && i+1 < len(w) && isDigit(w[i-1]) && isDigit(w[i+1])) {
					p++
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		dn, dc, dp := wideRune(r)
		n, cjk, p = n+dn, cjk+dc, p+dp
		i += size
	}
	f.bufRunes += n
	f.bufCJK += cjk
	f.bufPunct += p
	if f.inLink > 0 {
		f.bufLinks += n
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func cjkRune(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || // kana
		r >= 0x3400 && r <= 0x4dbf || r >= 0x4e00 && r <= 0x9fff || // han
		r >= 0xac00 && r <= 0xd7af || // hangul
		r >= 0xf900 && r <= 0xfaff || r >= 0x20000 && r <= 0x2fa1f
}

// flush ends the block being collected. Text split by two or more line
// breaks becomes separate blocks: pages that lay out paragraphs with
// <br><br> mean them as paragraphs.
func (f *flat) flush() {
	if len(f.buf) == 0 || f.bufRunes == 0 {
		f.resetBuf()
		return
	}
	b := hBlock{kind: f.bufKind, owner: f.bufOwner, order: f.bufOrder, level: f.bufLevel}
	if f.bufKind == model.KindCode {
		b.text = string(bytes.Trim(f.buf, "\n"))
		b.runes, b.links, b.cjk, b.punct = f.bufRunes, f.bufLinks, f.bufCJK, f.bufPunct
		f.blocks = append(f.blocks, b)
		f.resetBuf()
		return
	}
	if bytes.IndexByte(f.buf, '\n') < 0 {
		b.text = string(bytes.TrimSpace(f.buf))
		b.runes, b.links, b.cjk, b.punct = f.bufRunes, f.bufLinks, f.bufCJK, f.bufPunct
		f.blocks = append(f.blocks, b)
		f.resetBuf()
		return
	}
	// Split on blank lines; keep single breaks as line breaks inside a
	// paragraph. Link counts are shared out by length.
	parts := splitParas(string(f.buf))
	total := f.bufRunes
	for _, p := range parts {
		nb := b
		nb.text = p
		nb.runes, nb.cjk, nb.punct = htmlCount(p)
		if total > 0 {
			nb.links = int32(int64(f.bufLinks) * int64(nb.runes) / int64(total))
		}
		if nb.runes > 0 {
			f.blocks = append(f.blocks, nb)
		}
	}
	f.resetBuf()
}

func (f *flat) resetBuf() {
	f.buf = f.buf[:0]
	f.bufRunes, f.bufLinks, f.bufCJK, f.bufPunct = 0, 0, 0, 0
	f.space = false
}

// splitParas splits text on runs of two or more line breaks and trims each
// line.
func splitParas(s string) []string {
	lines := strings.Split(s, "\n")
	var out []string
	var cur []string
	blank := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			blank++
			continue
		}
		if blank > 0 && len(cur) > 0 {
			// a single break between lines stays a line break; more split
			if blank >= 1 && len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
				cur = cur[:0]
			}
		}
		blank = 0
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

func htmlCount(s string) (n, cjk, p int32) {
	var f flat
	f.count(s)
	return f.bufRunes, f.bufCJK, f.bufPunct
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func htmlCountElements(n *html.Node) int32 {
	// By hand rather than with n.Descendants, whose iterators cost two
	// indirect calls a node: skipped subtrees (scripts, hidden menus,
	// templates) hold a good part of a page's elements.
	var k int32
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
		if c.FirstChild != nil {
			k += htmlCountElements(c)
		}
	}
	return k
}

// styleHides reports a style that hides its element, spaces and case
// aside: "display: none", "VISIBILITY:hidden". Pages set "border:none" or
// "overflow:hidden" on many elements: ASCII styles are searched in place.
func styleHides(v string) bool {
	if !metaASCII(v) {
		s := strings.ToLower(strings.ReplaceAll(v, " ", ""))
		return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
	}
	return containsLowerNoSpace(v, "display:none") || containsLowerNoSpace(v, "visibility:hidden")
}

// containsLowerNoSpace reports whether the ASCII s, lower-cased and with
// its spaces (' ' only) removed, contains the lower-case word w.
func containsLowerNoSpace(s, w string) bool {
	for i := 0; i < len(s); i++ {
		j, k := i, 0
		for k < len(w) && j < len(s) {
			c := s[j]
			if c == ' ' {
				if k == 0 {
					break
				}
				j++
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[k] {
				break
			}
			j++
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

func hiddenClass(v string) bool {
	// ASCII: fold each word's case into a small buffer rather than a new
	// string; the words to find are 4 to 18 bytes long. The same pass
	// meets any byte above ASCII, and sends the value to the Unicode
	// reading then: a word found before it ends at ASCII white space, as
	// strings.Fields ends it there, so both readings agree on it.
	var low [18]byte
	for i := 0; i < len(v); {
		for i < len(v) && asciiWhite[v[i]] {
			i++
		}
		start := i
		for i < len(v) && !classBreak[v[i]] {
			i++
		}
		if i < len(v) && v[i] >= utf8.RuneSelf {
			return hiddenClassLower(v)
		}
		if n := i - start; n >= 4 && n <= len(low) && hiddenLengths&(1<<n) != 0 && hiddenFirst[v[start]] {
			for k := 0; k < n; k++ {
				c := v[start+k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				low[k] = c
			}
			if hiddenWord(string(low[:n])) {
				return true
			}
		}
	}
	return false
}

// classBreak marks the bytes that end a word of a class value for
// hiddenClass: ASCII white space and every byte above ASCII.
var classBreak = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || asciiWhite[c]
	}
	return t
}()

// hiddenLengths and hiddenFirst are the lengths and the first letters
// (either case) of hiddenWord's words: most class words have neither.
const hiddenLengths = 1<<4 | 1<<6 | 1<<7 | 1<<9 | 1<<14 | 1<<15 | 1<<17 | 1<<18

var hiddenFirst = func() (t [256]bool) {
	for _, c := range "hdsiove" {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func hiddenWord(t string) bool {
	switch t {
	case "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "d-none", "invisible", "element-invisible", "offscreen":
		return true
	}
	return false
}

func hiddenClassLower(v string) bool {
	for t := range strings.FieldsSeq(v) {
		if hiddenWord(strings.ToLower(t)) {
			return true
		}
	}
	return false
}

// markupText reports a text of which tags ("<a href=...>", "</div>") make
// half or more.
func markupText(s string) bool {
	tags := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '<' || i+1 >= len(s) {
			continue
		}
		c := s[i+1]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!') {
			continue
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			break
		}
		tags += end + 1
		i += end
	}
	return tags*2 >= len(s)
}
