package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta reads the metadata candidates of an HTML document: JSON-LD
// (meta_jsonld.go), OpenGraph, <meta> and Dublin Core, microdata, <time>,
// rel=author and canonical links, and the visible headline, dek, byline,
// date and breadcrumb elements. It must see the unmodified tree, before the
// body reader drops chrome.
//
// Candidates from metadata have pos -1. Visible and markup candidates carry
// their element's document-order index (elements counted in pre-order from
// 1, as html_flatten.go counts them); the HTML path maps them to body-block
// indexes.
func htmlMeta(doc *html.Node, opts Options) []candidate {
	m := &metaReader{}
	m.walk(doc, metaCtx{})
	m.afterH1()
	out := append(m.jsonld.candidates(), m.cands...)
	out = m.leadDek(out)
	if m.scriptDate != "" {
		// Last of all: trusted only when nothing else dates the page.
		out = append(out, candidate{field: fieldPublished, origin: originVisible, value: m.scriptDate, pos: -1})
	}
	if !metaDated(out) {
		// Last resorts, read in the page's chrome (sideDate): a labelled
		// publication day, else the page's one <time> with a machine
		// time (a sidebar of other posts holds several).
		m.sideFlush()
		if m.sideDay != "" {
			out = append(out, candidate{field: fieldPublished, origin: originVisible, value: m.sideDay, pos: -1})
		} else if m.sideTimes == 1 && m.sideTimeV != "" {
			out = append(out, candidate{field: fieldPublished, origin: originMarkup, value: m.sideTimeV, pos: -1})
		}
	}
	return out
}

// metaDated reports whether a candidate gives a publication or update
// time.
func metaDated(list []candidate) bool {
	for _, k := range list {
		if k.field == fieldPublished || k.field == fieldModified {
			return true
		}
	}
	return false
}

// scriptDateRE finds a publication time under a well-known key in the
// JSON state a page's scripts carry ("published_at":"2019-03-02T06:22:28").
var scriptDateRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`"(?:datePublished|publishedAt|published_at|publishDate|publish_date|date_published|firstPublished|first_published_at)"\s*:\s*"(\d{4}-\d\d-\d\d(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?)"`)
})

// metaReader collects candidates during one walk of a document.
type metaReader struct {
	// twitterLabels holds the twitter:labelN values seen, for the
	// twitter:dataN that follows ("Written by" / "Jane Doe").
	twitterLabels map[string]string
	cands         []candidate
	jsonld        jsonldReader
	n             int // elements seen, the document-order index

	// scriptDate is the first publication time found in a script's JSON
	// state, outside JSON-LD.
	scriptDate string
	// sideDay is the first labelled publication day read in the page's
	// chrome (sideDate), and sideLater the elements whose reading
	// sideDate put off.
	sideDay   string
	sideLater []sideItem
	// sideTimes counts the <time> elements of the page's chrome, and
	// sideTime is the machine time of the first.
	sideTimes int
	sideTimeV string

	// h1s are the visible <h1> elements, for the dek that follows one.
	h1s   []*html.Node
	h1pos []int // their document-order indexes
	// leadsRead counts the paragraphs read after a headline; lead is the
	// first set in bold, standing before element leadPos (setLead).
	leadsRead int
	lead      string
	leadPos   int

	// dates holds findDate's answers for the texts read so far: nested
	// elements (<div><p><span>date</span></p></div>) give the same text
	// over and over, and about half the texts a page's walk reads for a
	// date are repeats.
	dates map[string]metaDate

	// digitMarks answers the date readers' question whether an
	// element's text holds two digits (meta_fast_digits.go).
	digitMarks digitMemo
	// credit remembers creditLine's filter answers for the last lead
	// (meta_fast_lead.go).
	credit creditMemo
}

type metaDate struct {
	d  dateMatch
	ok bool
}

// findDate is findDate, remembered per page.
func (m *metaReader) findDate(s string) (dateMatch, bool) {
	if r, ok := m.dates[s]; ok {
		return r.d, r.ok
	}
	d, ok := findDate(s)
	if m.dates == nil {
		m.dates = map[string]metaDate{}
	}
	m.dates[s] = metaDate{d, ok}
	return d, ok
}

// metaCtx is what the walk knows about an element's ancestors.
type metaCtx struct {
	chrome   bool   // inside navigation, footer, sidebar, comments or related lists
	article  bool   // inside <article> or <main>, where a <footer> is the article's own
	claimed  bool   // inside an element already taken as a byline, date or dek
	itemtype string // the nearest microdata item type, lower case
}

func (m *metaReader) add(f field, o origin, v string, pos int) {
	v = metaSpace(v)
	if v == "" {
		return
	}
	m.cands = append(m.cands, candidate{field: f, origin: o, value: v, pos: pos})
}

func (m *metaReader) walk(n *html.Node, ctx metaCtx) {
	if n.Type == html.ElementNode {
		m.n++
		ctx = m.element(n, ctx)
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg:
			// Nothing visible below; count the elements so that indexes
			// stay those of the whole tree.
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				m.n += metaCount(c)
			}
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.walk(c, ctx)
	}
}

// metaCount counts the elements of a subtree.
func metaCount(n *html.Node) int {
	k := 0
	if n.Type == html.ElementNode {
		k = 1
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += metaCount(c)
	}
	return k
}

// element reads one element and returns the context for its children.
func (m *metaReader) element(n *html.Node, ctx metaCtx) metaCtx {
	pos := m.n
	a := readMetaAttrs(n)
	switch n.DataAtom {
	case atom.Html:
		m.add(fieldLanguage, originMeta, metaAttr(n, "lang"), -1)
		m.add(fieldLanguage, originMeta, metaAttr(n, "xml:lang"), -1)
	case atom.Title:
		if !ctx.chrome && n.Parent != nil && n.Parent.DataAtom != atom.Svg {
			m.add(fieldTitle, originMeta, metaText(n, 400), -1)
		}
		return ctx
	case atom.Meta:
		m.meta(n, ctx)
		return ctx
	case atom.Link:
		m.link(n)
		return ctx
	case atom.Script:
		if strings.Contains(strings.ToLower(metaAttr(n, "type")), "ld+json") {
			m.jsonld.read(metaText(n, 1<<20))
		} else if m.scriptDate == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			m.scriptDate = metaScriptDate(n.FirstChild.Data)
		}
		return ctx
	case atom.Nav, atom.Button, atom.Select:
		ctx.chrome = true
	case atom.Form:
		// A search or comment form; but some sites (ASP.NET) wrap the
		// whole page in one form.
		ctx.chrome = ctx.chrome || !metaHoldsArticle(n)
	case atom.Aside:
		// An <aside> in an article may hold its meta line; elsewhere it is
		// a sidebar.
		key := strings.ToLower(a.class + " " + a.id)
		ctx.chrome = ctx.chrome || !ctx.article || !metaHas(key, "meta", "author", "byline", "info", "date")
	case atom.Footer:
		ctx.chrome = ctx.chrome || !ctx.article
	case atom.Article, atom.Main:
		ctx.article = true
	}
	if !ctx.chrome && a.crumbs() {
		m.add(fieldSection, originVisible, metaCrumbTrail(n), pos)
		ctx.chrome = true
	}
	if !ctx.chrome && metaChromeOf(n.DataAtom, &a) && !metaHoldsArticle(n) {
		ctx.chrome = true
	}
	// An itemprop belongs to the enclosing item, not to the item its own
	// element may open (<span itemprop="author" itemscope itemtype="Person">).
	if a.itemprop != "" {
		m.itemprop(n, strings.ToLower(a.itemprop), ctx, pos)
	}
	if a.itemtype != "" {
		ctx.itemtype = strings.ToLower(a.itemtype)
	} else if a.itemscope {
		ctx.itemtype = "?"
	}
	if strings.EqualFold(a.rel, "author") && n.DataAtom == atom.A && !ctx.chrome {
		if t := metaText(n, 100); looksLikeNames(t) || looksLikeHandle(t) {
			m.add(fieldAuthor, originMarkup, t, pos)
		}
	}
	if n.DataAtom == atom.Time {
		if !ctx.chrome {
			m.time(n, pos)
		} else {
			m.sideTime(n)
		}
	}
	if ctx.chrome && !ctx.claimed && m.sideDay == "" {
		m.sideDate(n)
	}
	if ctx.chrome || ctx.claimed {
		return ctx
	}
	m.labelBeforeDate(n, pos)
	if n.DataAtom == atom.H1 || metaHeadlineClassOf(n.DataAtom, &a) {
		if t := metaHeadlineText(n); t != "" {
			// Soft hyphens are break hints, not letters: a headline
			// keeps its words whole.
			m.add(fieldHeadline, originVisible, strings.ReplaceAll(t, "\u00ad", ""), pos)
			if ctx.article && n.DataAtom == atom.H1 && len(m.cands) > 0 {
				m.cands[len(m.cands)-1].inArticle = true
			}
			m.h1s = append(m.h1s, n)
			m.h1pos = append(m.h1pos, pos)
		}
		return ctx
	}
	if t := a.title; t != "" && len(t) <= 40 {
		// hAtom: <abbr class="published" title="2025-10-18T07:46:00+02:00">.
		cl := " " + strings.ToLower(a.class) + " "
		if strings.Contains(cl, " published ") || strings.Contains(cl, " updated ") || strings.Contains(cl, " dtstart ") {
			if _, ok := m.findDate(t); ok {
				f := fieldPublished
				if strings.Contains(cl, " updated ") && !strings.Contains(cl, " published ") {
					f = fieldModified
				}
				m.add(f, originMarkup, t, pos)
			}
		}
	}
	if m.visible(n, &a, pos) || m.dateLine(n, pos) || m.creditLine(n, pos) {
		ctx.claimed = true
	}
	m.setLead(n, pos)
	return ctx
}

// creditLine takes a short paragraph that opens with a credit label or
// word ("Autorin: Uta Staschewski", "Text: Max Muster", "Von Jane Doe")
// as a visible byline, wherever it stands; the assembler prefers those by
// the headline.
func (m *metaReader) creditLine(n *html.Node, pos int) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Em, atom.I, atom.Strong, atom.B, atom.Small, atom.Address, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	if n.FirstChild == nil {
		return false
	}
	// The lead opens with the text's first rune, unless 200 bytes of
	// white space and element bounds come first.
	var buf [6]rune
	lead := metaCreditLead(n, &buf)
	r := rune(-1)
	if len(lead) > 0 {
		r = lead[0]
	} else {
		r = metaFirstRune(n)
	}
	if r < 0 || !creditOpeners().can(r) {
		// No text, or none a credit label or a "By" can open.
		return false
	}
	// The lead opens t: an expression whose filter refuses it cannot
	// match t, and is not run.
	mayLabel, mayPrefix := m.credit.creditMay(lead)
	if !mayLabel && !mayPrefix {
		return false
	}
	t := metaSpacedText(n, 200)
	if t == "" || utf8.RuneCountInString(t) > maxBylineRunes {
		return false
	}
	if !(mayLabel && bylineLabel().MatchString(t)) && !(mayPrefix && bylinePrefix().MatchString(t)) {
		return false
	}
	if b, ok := bylineSegment(t); ok {
		m.add(fieldByline, originVisible, b, pos)
	}
	// Its children may still hold a date.
	return false
}

// dateLine takes a short text element holding a date (and perhaps a
// credit) as a visible date line: "01. November 2021 | Naturschutz",
// "1. Februar 2022, Daniel Dillenburg".
func (m *metaReader) dateLine(n *html.Node, pos int) bool {
	switch n.DataAtom {
	case atom.P, atom.Span, atom.Div, atom.Li, atom.Small, atom.Dd, atom.Em, atom.Strong, atom.B, atom.I, atom.Font, atom.Td, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Address:
	default:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Table, atom.Section, atom.Article, atom.H1, atom.H2, atom.H3, atom.Header, atom.Footer:
				return false
			}
		}
	}
	if m.digitMarks.digits(n, pos, 200) < 2 {
		// findDate needs a year's digits (hasYear); most elements have none.
		return false
	}
	t := metaText(n, 200)
	if t == "" {
		return false
	}
	d, ok := m.findDate(t)
	if !ok || otherDate(t, d) {
		return false
	}
	if l, ok := m.labelledDateIn(t, d); ok {
		// The line says which of its dates is the publication's, wherever
		// it stands in the line.
		m.add(fieldPublished, originVisible, t[l.start:l.end], pos)
		return false
	}
	if utf8.RuneCountInString(t) > 100 {
		// A paragraph opening with its date: "29.11.2022 – Mehrfach ...".
		rest := strings.TrimLeft(t[d.end:], " ")
		if d.start > 0 || !(strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "|")) {
			return false
		}
		m.add(fieldPublished, originVisible, t[d.start:d.end], pos)
		return false
	}
	m.add(fieldPublished, originVisible, t[d.start:d.end], pos)
	if b, ok := bylineSegment(t); ok {
		m.add(fieldByline, originVisible, b, pos)
	}
	// Not claimed: an author element inside is still to be read.
	return false
}

// metaHeadlineClassOf reports a heading styled as an article's title
// (blogs often set the post title in an <h2 class="entry-title"> under an
// <h1> with the blog's name).
func metaHeadlineClassOf(tag atom.Atom, a *metaAttrs) bool {
	switch tag {
	case atom.H2, atom.H3:
	default:
		return false
	}
	key := strings.ToLower(a.class + " " + a.id + " " + a.itemprop)
	return metaHas(key, "entry-title", "post-title", "article-title", "headline", "story-title", "page-title", "posttitle", "entrytitle", "article__title", "article-header__title")
}

// metaHeadlineText is the text of a headline element without its kicker
// (the small topic line set above or before a headline: <span
// class="kicker">Covid-19</span>), parts of it separated by spaces.
func metaHeadlineText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if b.Len() > 600 {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Button,
				atom.Rt, atom.Rp:
				// Ruby readings annotate the words above them: the
				// headline is the words, as flatten reads the body.
				return
			}
			key := strings.ToLower(metaAttr(n, "class"))
			if metaHas(key, "kicker", "topline", "dachzeile", "overline", "eyebrow", "roofline", "supertitle", "overtitle", "flag", "label", "rubric", "spitzmarke", "sr-only", "visually-hidden", "screen-reader") {
				return
			}
		}
		inline := metaInline(n)
		if !inline {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil && b.Len() <= 600; c = c.NextSibling {
			f(c)
		}
		if !inline {
			b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		f(c)
	}
	return metaSpace(b.String())
}

// metaInline reports the phrasing elements that sit inside words and
// sentences; other elements separate the text around them.
func metaInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Em, atom.I, atom.B, atom.Strong, atom.Small, atom.Sup, atom.Sub, atom.Abbr, atom.Mark, atom.Q, atom.Cite, atom.U, atom.S, atom.Font, atom.Code, atom.Time, atom.Dfn, atom.Wbr, atom.Ruby, atom.Rb:
		return true
	}
	return false
}

// metaChromeOf reports elements whose class, id or role mark them as
// navigation, comments, related lists and other chrome, where a name or a
// date belongs to something other than the article.
func metaChromeOf(tag atom.Atom, a *metaAttrs) bool {
	if role := a.role; role != "" {
		switch strings.ToLower(role) {
		case "navigation", "contentinfo", "complementary", "banner", "search", "menu", "menubar", "dialog":
			return true
		}
	}
	switch tag {
	case atom.Body, atom.Html, atom.Main, atom.Article:
		// Their classes describe the page ("has-sidebar", "single-post").
		return false
	}
	class, id := a.class, a.id
	if class == "" && id == "" {
		// Most elements: nothing to split and look up.
		return false
	}
	if metaASCII(class) && metaASCII(id) {
		return metaChromeWords(class) || metaChromeWords(id)
	}
	return metaChromeKey(class, id)
}

// metaChromeWords is metaChromeKey for one ASCII attribute, word by word
// and without building the key: the parts and phrases it looks for hold
// no space, so they never span two words.
//
// The words and their parts are cut by hand (s is ASCII: the words part at
// ASCII white space as strings.Fields parts them), as the walk asks this
// of nearly every element with a class.
func metaChromeWords(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		start := i
		for i < len(s) && !asciiSpace(s[i]) {
			i++
		}
		if start == i {
			break
		}
		w := s[start:i]
		if metaUpperASCII(w) {
			w = strings.ToLower(w)
		}
		if (w[0] == 'c' || w[0] == 't') && (strings.HasPrefix(w, "category-") || strings.HasPrefix(w, "tag-") || strings.HasPrefix(w, "cat-") || strings.HasPrefix(w, "topic-")) {
			continue
		}
		for p := 0; p < len(w); {
			for p < len(w) && !metaAlnumByte(w[p]) {
				p++
			}
			q := p
			for q < len(w) && metaAlnumByte(w[q]) {
				q++
			}
			if q > p && metaChromeWord(w[p:q]) {
				return true
			}
			p = q
		}
		if strings.IndexByte(w, '-') >= 0 && (strings.Contains(w, "most-read") || strings.Contains(w, "more-stories") || strings.Contains(w, "read-more")) {
			return true
		}
	}
	return false
}

func metaAlnumByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// metaASCII reports a string of ASCII bytes only.
func metaASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// metaUpperASCII reports an ASCII capital letter in s.
func metaUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// metaChromeKey reads the class and id of an element as one key.
func metaChromeKey(class, id string) bool {
	var kept []string
	for _, c := range strings.Fields(strings.ToLower(class + " " + id)) {
		// Blog engines name a post's categories and tags in its classes
		// ("category-popular", "tag-social-media"); they say nothing of
		// the element's role.
		if strings.HasPrefix(c, "category-") || strings.HasPrefix(c, "tag-") || strings.HasPrefix(c, "cat-") || strings.HasPrefix(c, "topic-") {
			continue
		}
		kept = append(kept, c)
	}
	key := strings.Join(kept, " ")
	parts := strings.FieldsFunc(key, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for _, p := range parts {
		if metaChromeWord(p) {
			return true
		}
	}
	return strings.Contains(key, "most-read") || strings.Contains(key, "more-stories") || strings.Contains(key, "read-more")
}

// metaHoldsArticle reports whether an element named like chrome holds the
// article all the same: a <main>, an <article> or the <h1> (pages wrap
// everything in a "navigation-overlay-wrapper" or lay the article out in a
// column called "sidebar").
func metaHoldsArticle(n *html.Node) bool {
	// By hand rather than with n.Descendants: its iterators cost two
	// indirect calls a node, and the walk asks this of every element named
	// like chrome, which may wrap most of the page.
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Main || c.DataAtom == atom.Article || c.DataAtom == atom.H1) {
			return true
		}
		if c.FirstChild != nil && metaHoldsArticle(c) {
			return true
		}
	}
	return false
}

// metaChromeWord reports a class or id word that marks chrome. Some words
// count as prefixes ("comments", "commentlist"), the short ones only whole
// ("nav" but not "navn", "promo" but not "promoted").
func metaChromeWord(p string) bool {
	if len(p) < 2 || !metaChromeFirst[p[0]] {
		// No word of either kind opens with this letter.
		return false
	}
	// The words by their first letter: the walk asks this of every part
	// of nearly every class, and a part opening with a letter of the list
	// is compared with the few words that open with it, not with all.
	t := strings.TrimSuffix(p, "s")
	switch p[0] {
	case 'a':
		return strings.HasPrefix(p, "advert") || t == "ad"
	case 'b':
		return strings.HasPrefix(p, "breadcrumb")
	case 'c':
		return strings.HasPrefix(p, "comment") || t == "cookie" || t == "consent"
	case 'd':
		return strings.HasPrefix(p, "disqus")
	case 'f':
		return t == "footer-links"
	case 'm':
		return t == "menu" || t == "mostread"
	case 'n':
		return strings.HasPrefix(p, "newsletter") || strings.HasPrefix(p, "navig") || t == "nav" || t == "navbar"
	case 'o':
		return strings.HasPrefix(p, "outbrain")
	case 'p':
		return t == "popular" || t == "promo"
	case 'r':
		return strings.HasPrefix(p, "recommend") || strings.HasPrefix(p, "related") || t == "reply" || t == "replie"
	case 's':
		return strings.HasPrefix(p, "sidebar") || t == "share" || t == "sharing" || t == "social" || t == "subnav"
	case 't':
		return strings.HasPrefix(p, "taboola") || strings.HasPrefix(p, "trending") || t == "topnav"
	}
	return false
}

// metaChromeFirst holds the first letters of metaChromeWord's words.
var metaChromeFirst = func() (t [256]bool) {
	for _, c := range "abcdfmnoprst" {
		t[c] = true
	}
	return t
}()

// metaCrumbs reports a breadcrumb trail.
func metaCrumbs(n *html.Node) bool {
	a := readMetaAttrs(n)
	return a.crumbs()
}

func (a *metaAttrs) crumbs() bool {
	return metaContainsLower(a.ariaLabel, "breadcrumb") || metaContainsLower(a.itemtype, "breadcrumblist") ||
		metaContainsLower(a.class, "breadcrumb") || metaContainsLower(a.id, "breadcrumb")
}

// metaContainsLower reports whether strings.ToLower(s) contains word, a
// lower-case ASCII word, without allocating when s is ASCII.
func metaContainsLower(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	if !metaASCII(s) {
		return strings.Contains(strings.ToLower(s), word)
	}
	if !metaUpperASCII(s) {
		return strings.Contains(s, word)
	}
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[j] {
				break
			}
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// metaCrumbTrail joins the items of a breadcrumb trail as "World /
// Americas", without the home page and the article itself.
func metaCrumbTrail(n *html.Node) string {
	var items []string
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Li || n.DataAtom == atom.A) {
			if t := metaText(n, 120); t != "" && utf8.RuneCountInString(t) <= 60 {
				items = append(items, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	if len(items) == 0 || len(items) > 8 {
		return ""
	}
	var out []string
	for i, it := range items {
		it = strings.Trim(it, " >»/›|")
		if it == "" || (i == 0 && isHomeCrumb(it)) {
			continue
		}
		out = append(out, it)
	}
	if len(out) > 1 && len(tokens(out[len(out)-1])) > 5 {
		out = out[:len(out)-1]
	}
	if len(out) == 1 && len(tokens(out[0])) > 5 {
		return ""
	}
	return strings.Join(out, " / ")
}

// meta reads a <meta> element.
func (m *metaReader) meta(n *html.Node, ctx metaCtx) {
	v := metaAttr(n, "content")
	if v == "" {
		v = metaAttr(n, "value")
	}
	if v == "" {
		return
	}
	if ip := strings.ToLower(metaAttr(n, "itemprop")); ip != "" && metaAttr(n, "property") == "" && metaAttr(n, "name") == "" {
		m.itemprop(n, ip, ctx, -1)
		return
	}
	for _, k := range []string{"property", "name", "http-equiv"} {
		key := strings.ToLower(strings.TrimSpace(metaAttr(n, k)))
		if key == "" {
			continue
		}
		if strings.HasPrefix(key, "twitter:label") {
			if m.twitterLabels == nil {
				m.twitterLabels = map[string]string{}
			}
			m.twitterLabels[strings.TrimPrefix(key, "twitter:label")] = v
			return
		}
		if strings.HasPrefix(key, "twitter:data") {
			if l := m.twitterLabels[strings.TrimPrefix(key, "twitter:data")]; l != "" && (bylineLabel().MatchString(l+" x") || metaHas(strings.ToLower(l), "author", "autor", "written", "verfasst", "auteur", "escrito")) {
				m.add(fieldAuthor, originMeta, v, -1)
			}
			return
		}
		key = strings.TrimPrefix(key, "schema:")
		if f, o, ok := metaField(key); ok {
			if f == fieldAuthor && (strings.Contains(v, "://") || strings.HasPrefix(v, "@")) {
				return
			}
			m.add(f, o, v, -1)
			return
		}
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
	case "og:image", "og:image:url", "og:image:secure_url":
		return fieldImage, originOpenGraph, true
	case "og:locale":
		return fieldLanguage, originOpenGraph, true
	case "article:published_time", "article:published", "og:published_time", "article:published_date", "og:article:published_time":
		return fieldPublished, originOpenGraph, true
	case "article:modified_time", "og:updated_time", "og:modified_time", "article:modified", "og:article:modified_time":
		return fieldModified, originOpenGraph, true
	case "article:author", "og:article:author":
		return fieldAuthor, originOpenGraph, true
	case "article:section", "og:article:section":
		return fieldSection, originOpenGraph, true

	case "twitter:title", "dc.title", "dcterms.title", "sailthru.title", "parsely-title", "title", "headline":
		return fieldHeadline, originMeta, true
	case "description", "twitter:description", "dc.description", "dcterms.description", "dcterms.abstract", "sailthru.description", "abstract":
		return fieldDescription, originMeta, true
	case "author", "shareaholic:article_author_name", "article:author_name", "dc.contributor", "dcterms.contributor", "dc.creator", "dcterms.creator", "dc.creator.name", "sailthru.author", "parsely-author", "citation_author", "article.author", "authors", "author_name":
		return fieldAuthor, originMeta, true
	case "byl", "byline":
		return fieldByline, originMeta, true
	case "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_date", "publication_date",
		"dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
		"citation_publication_date", "citation_date", "created", "release_date", "date.available", "publishdate_str",
		"og:pubdate", "displaydate", "published", "article_date_original", "cxenseparse:recs:publishtime", "datepublished", "datecreated", "uploaddate":
		return fieldPublished, originMeta, true
	case "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised", "article.updated", "modified", "datemodified", "updated":
		return fieldModified, originMeta, true
	case "section", "parsely-section", "article.section", "sailthru.section", "category", "dc.subject":
		return fieldSection, originMeta, true
	case "og:site-name", "application-name", "publisher", "dc.publisher", "dcterms.publisher", "copyright":
		if key == "copyright" {
			return 0, 0, false
		}
		return fieldSiteName, originMeta, true
	case "language", "content-language", "dc.language", "dcterms.language":
		return fieldLanguage, originMeta, true
	case "twitter:image", "twitter:image:src", "thumbnail", "thumbnailurl":
		return fieldImage, originMeta, true
	}
	return 0, 0, false
}

// link reads <link rel=canonical>.
func (m *metaReader) link(n *html.Node) {
	for _, r := range strings.Fields(strings.ToLower(metaAttr(n, "rel"))) {
		if r == "canonical" {
			m.add(fieldURL, originMarkup, metaAttr(n, "href"), -1)
		}
	}
}

// itemprop reads a microdata property of an Article-like item (not of a
// comment, a review or a product).
func (m *metaReader) itemprop(n *html.Node, prop string, ctx metaCtx, pos int) {
	if ctx.chrome || !metaArticleType(ctx.itemtype) {
		return
	}
	val := func() string {
		for _, k := range []string{"content", "datetime", "value", "title"} {
			if v := metaAttr(n, k); v != "" {
				return v
			}
		}
		return metaText(n, 400)
	}
	for _, p := range strings.Fields(prop) {
		switch p {
		case "headline":
			m.add(fieldHeadline, originMicrodata, val(), pos)
		case "datepublished", "datecreated", "uploaddate":
			m.add(fieldPublished, originMicrodata, val(), pos)
		case "datemodified":
			m.add(fieldModified, originMicrodata, val(), pos)
		case "description", "abstract":
			m.add(fieldDescription, originMicrodata, val(), pos)
		case "articlesection":
			m.add(fieldSection, originMicrodata, val(), pos)
		case "inlanguage":
			m.add(fieldLanguage, originMicrodata, val(), pos)
		case "author", "creator":
			v := ""
			if _, scoped := metaAttrOK(n, "itemscope"); scoped {
				v = metaFindProp(n, "name")
			}
			if v == "" {
				v = val()
			}
			if !strings.Contains(v, "://") && utf8.RuneCountInString(v) <= 120 {
				m.add(fieldAuthor, originMicrodata, v, pos)
			}
		}
	}
}

// metaArticleType reports whether a microdata item type (or "" outside any
// item, "?" for an untyped item) is one whose properties describe the
// article.
func metaArticleType(t string) bool {
	if t == "" || t == "?" {
		return true
	}
	for _, w := range []string{"article", "posting", "newsarticle", "webpage", "report", "creativework", "blog", "video", "audio", "podcast", "episode", "media", "recipe", "event"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// metaFindProp returns the text or content of the first descendant with
// itemprop p.
func metaFindProp(n *html.Node, p string) string {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && strings.EqualFold(metaAttr(d, "itemprop"), p) {
			if v := metaAttr(d, "content"); v != "" {
				return v
			}
			return metaText(d, 120)
		}
	}
	return ""
}

// time reads <time datetime> (and its text when the attribute is absent).
func (m *metaReader) time(n *html.Node, pos int) {
	v := metaAttr(n, "datetime")
	if v == "" {
		v = metaText(n, 80)
	}
	if v == "" {
		return
	}
	key := strings.ToLower(metaAttr(n, "class") + " " + metaAttr(n, "itemprop") + " " + metaAttr(n, "id"))
	if metaAttr(n.Parent, "class") != "" {
		key += " " + strings.ToLower(metaAttr(n.Parent, "class"))
	}
	switch {
	case strings.Contains(key, "modified") || strings.Contains(key, "updated") || strings.Contains(key, "update"):
		m.add(fieldModified, originMarkup, v, pos)
	default:
		if _, ok := metaAttrOK(n, "pubdate"); ok {
			// The HTML5 draft's pubdate marks the publication time itself.
			m.add(fieldPublished, originMicrodata, v, pos)
			return
		}
		m.add(fieldPublished, originMarkup, v, pos)
	}
}

// visible reads an element whose class, id or itemprop marks it as a
// byline, a date line, a dek or a breadcrumb trail. It reports whether it
// took the element, so that its descendants are not read again.
func (m *metaReader) visible(n *html.Node, a *metaAttrs, pos int) bool {
	class, id, prop, testid := a.class, a.id, a.itemprop, a.testid
	if class == "" && id == "" && prop == "" && testid == "" {
		// Most elements: no key to build.
		return false
	}
	// The words hold no space, so they are found in the parts as in the
	// key joined from them; most elements have none, and no key is built.
	kinds := metaKeyKindsFold(class) | metaKeyKindsFold(id) | metaKeyKindsFold(prop) | metaKeyKindsFold(testid)
	if kinds == 0 {
		return false
	}
	key := strings.ToLower(class + " " + id + " " + prop + " " + testid)
	switch {
	case kinds&keyByline != 0:
		t := metaSpacedText(n, 200)
		if t == "" || utf8.RuneCountInString(t) > maxBylineRunes {
			return false
		}
		if d, ok := m.findDate(t); ok {
			// Byline boxes often print the date too.
			m.add(fieldPublished, originVisible, t[d.start:d.end], pos)
		}
		if isByline(t) {
			m.add(fieldByline, originVisible, t, pos)
			return true
		}
		b := t
		if bb, _, ok := splitBylineDate(t); ok {
			b = bb
		}
		name := cutBylineLabel(b)
		if r, ok := cutBylinePrefix(name); ok {
			name = r
		}
		if name != "" && (looksLikeNames(name) || looksLikeHandle(name)) {
			// A bare name or a user name in an element marked as the author.
			m.add(fieldByline, originMarkup, b, pos)
			return true
		}
	case kinds&keyDate != 0:
		t := metaText(n, 200)
		if t == "" || utf8.RuneCountInString(t) > 160 {
			return false
		}
		if d, ok := m.findDate(t); ok {
			f := fieldPublished
			if metaHas(key, "modified", "updated", "update") && !metaHas(key, "published") {
				f = fieldModified
			}
			m.add(f, originVisible, t[d.start:d.end], pos)
			// A date line may carry the credit too.
			if b, ok := bylineSegment(t); ok {
				m.add(fieldByline, originVisible, b, pos)
				return true
			}
			// Meta lines hold the author's element too ("Posted on <date>
			// by <span class=author>"): read on.
			return false
		}
	case kinds&keyDek != 0:
		// The site's tagline and picture captions are not the article's dek.
		if metaHas(key, "site-", "blog-", "tagline", "slogan", "caption", "image", "photo", "img", "figure", "credit", "author", "leader", "lead-in", "leading", "mislead") {
			return false
		}
		if n.DataAtom == atom.Meta || n.DataAtom == atom.Body || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			return false
		}
		t := metaText(n, 800)
		if d, ok := m.findDate(t); ok && utf8.RuneCountInString(t) <= 100 {
			// "Hamburg, 2. November 2021" in a subtitle slot is a date line.
			m.add(fieldPublished, originVisible, t[d.start:d.end], pos)
			return true
		}
		if k := utf8.RuneCountInString(t); k >= 15 && k <= 600 {
			m.add(fieldDek, originVisible, t, pos)
			return true
		}
	}
	return false
}

// metaHas reports whether key contains one of the words.
func metaHas(key string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// afterH1 takes the element right after each <h1> as a dek candidate when
// it is an <h2> or a short paragraph: the sub-headline slot.
func (m *metaReader) afterH1() {
	for i, h := range m.h1s {
		// after is the index of the first element after next's subtree.
		after := m.h1pos[i] + metaCount(h)
		next := h.NextSibling
		for next != nil && (next.Type != html.ElementNode || strings.TrimSpace(metaText(next, 10)) == "") {
			after += metaCount(next)
			next = next.NextSibling
		}
		if next == nil {
			continue
		}
		after += metaCount(next)
		styled := next.DataAtom == atom.H2 || next.DataAtom == atom.P && metaHas(strings.ToLower(metaAttr(next, "class")), "sub", "lead", "intro", "dek", "standfirst", "summary")
		lone := !styled && next.DataAtom == atom.P && metaLoneParagraph(next)
		if !styled && !lone {
			continue
		}
		t := metaText(next, 800)
		if k := utf8.RuneCountInString(t); k >= 15 && k <= 600 && !isByline(t) {
			if _, ok := m.findDate(t); ok && k < 80 {
				continue
			}
			pos := 0
			if lone && m.hasDek(t) {
				// Its class named it a dek already, by the headline.
				continue
			}
			if lone {
				// Known by its place alone, it stands where it ends: when
				// the body reader took it as the body's first paragraph,
				// the body keeps it too (a lead printed under the
				// headline is both).
				pos = after
			}
			m.add(fieldDek, originVisible, t, pos)
		}
	}
}

// hasDek reports a dek candidate with the text t.
func (m *metaReader) hasDek(t string) bool {
	for _, c := range m.cands {
		if c.field == fieldDek && c.value == t {
			return true
		}
	}
	return false
}

// metaLoneParagraph reports a paragraph that is the last one in the
// headline's box: a header holding the headline and one paragraph under
// it sets that paragraph apart from the body as its standfirst, where a
// headline followed by a run of paragraphs is followed by the body.
func metaLoneParagraph(p *html.Node) bool {
	for n := p.NextSibling; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Blockquote || n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) {
			return false
		}
	}
	return true
}

// metaAttrs are the attributes the walk reads of every element, found in
// one pass over them where a metaAttr call for each cost a pass apiece;
// the first of a repeated key counts, as with metaAttr.
type metaAttrs struct {
	class, id, itemprop, itemtype, rel, title, role, testid, ariaLabel string
	itemscope                                                          bool
}

func readMetaAttrs(n *html.Node) (a metaAttrs) {
	var seen uint16
	for i := range n.Attr {
		at := &n.Attr[i]
		var bit uint16
		var dst *string
		switch at.Key {
		case "class":
			bit, dst = 1, &a.class
		case "id":
			bit, dst = 2, &a.id
		case "itemprop":
			bit, dst = 4, &a.itemprop
		case "itemtype":
			bit, dst = 8, &a.itemtype
		case "rel":
			bit, dst = 16, &a.rel
		case "title":
			bit, dst = 32, &a.title
		case "role":
			bit, dst = 64, &a.role
		case "data-testid":
			bit, dst = 128, &a.testid
		case "aria-label":
			bit, dst = 256, &a.ariaLabel
		case "itemscope":
			a.itemscope = true
			continue
		default:
			continue
		}
		if seen&bit == 0 {
			seen |= bit
			*dst = at.Val
		}
	}
	return a
}

// metaAttr returns the value of n's attribute key ("" when absent).
func metaAttr(n *html.Node, key string) string {
	v, _ := metaAttrOK(n, key)
	return v
}

func metaAttrOK(n *html.Node, key string) (string, bool) {
	if n == nil {
		return "", false
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// metaText returns the text under n, without scripts and styles, with
// white space folded; it stops reading after about max bytes.
func metaText(n *html.Node, max int) string { return metaTextOf(n, max, false) }

// metaSpacedText is metaText with a space at every element boundary, for
// credit lines whose parts sit in separate inline elements
// ("<span>Author</span><a>Jane Doe</a>").
func metaSpacedText(n *html.Node, max int) string { return metaTextOf(n, max, true) }

// The text metaTextOf reads of an element is made of text nodes, JSON
// scripts whole, and a space at the bounds of block elements (of every element when spaced), in document
// order. metaTextDigits and metaLead read the same pieces without building
// the text, so all three stop at the same place. Once past max bytes, what
// is left to add is the white space closing the open elements, which
// metaSpace trims: the walk stops there, so that the text of a large
// element costs max bytes, not its whole subtree. metaWalk (meta_walk.go)
// reads it; meta_walk_test.go keeps the walk with closures it replaced as
// the reference.

// metaSpace folds runs of white space to one space and trims the ends,
// as strings.Join(strings.Fields(s), " ") does. It runs on the text of
// every element the reader looks at and on every line the byline reader
// sees, so text that is already folded, the common case, is returned as
// it is, and other text is built in one allocation.
func metaSpace(s string) string {
	if metaFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// metaFolded reports text without white space at its ends and with no
// white space but single ' ' inside: what metaSpace returns unchanged.
func metaFolded(s string) bool {
	space := true // the start counts as a space, so that a leading one fails
	for i := 0; i < len(s); {
		// Eight ASCII bytes, none a control: folded unless two spaces
		// meet, inside them or across their start.
		if i+8 <= len(s) {
			if x := load8(s, i); x&highBits == 0 && bytesBetween8(x, 0, 0x1f) == 0 {
				sp := bytesEqual8(x, ' ')
				if sp&(sp<<8) != 0 || space && sp&0x80 != 0 {
					return false
				}
				space = sp>>63 != 0
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; {
			c := s[i]
			// Past ' ', only the bytes C2 (U+0085, U+00A0) and E1-E3
			// (U+1680, U+2000-U+205F, U+3000) begin a white space rune:
			// any other byte, a continuation byte too, is read alone as
			// no space.
			if c > ' ' && c != 0xC2 && (c < 0xE1 || c > 0xE3) {
				space = false
				i++
				continue
			}
			if c < utf8.RuneSelf {
				i++
				if c == ' ' {
					if space {
						return false
					}
					space = true
					continue
				}
				if c >= '\t' && c <= '\r' {
					return false
				}
				space = false
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n
			space = false
		}
	}
	return !space
}
