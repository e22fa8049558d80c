package extract

import (
	"fmt"
	"html"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/extract-dev/extract/internal/model"
	"golang.org/x/text/unicode/norm"
)

// assemble chooses the Article's fields from a page's candidates, with one
// set of rules for the HTML and the text path:
//
//   - headline: a visible headline (an <h1>, a text line) that agrees with
//     the structured titles (JSON-LD, og:title, <title>); else the
//     structured title without the site name; else the first visible one.
//   - dek: a visible standfirst (one a description repeats first); else
//     the description metadata when it is not the headline, not just the
//     opening of the body, and not the site's own text (its name, tagline,
//     a credit, a template's stand-in).
//   - byline: the credit line as printed, with any date cut off; else the
//     author names from metadata joined with "and".
//   - timestamp: the most trusted publication time (JSON-LD, then
//     OpenGraph, microdata, <meta>, <time>, visible lines), completed with
//     a time of day from another source that gives the same date.
//   - the body loses leading blocks that repeat the headline, the byline,
//     a date line or a dek printed as a standfirst (not one that the
//     description metadata gives or repeats).
func assemble(p *page, opts Options) *model.Article {
	a := &model.Article{}
	c := newCands(p.cands)

	a.URL = chooseURL(c, opts)
	a.SiteName = chooseSiteName(c, a.URL)
	a.Language = chooseLanguage(c)
	a.Image = chooseImage(c, a.URL)
	a.Headline = chooseHeadline(c, a.SiteName, a.URL)
	a.Section = chooseSection(c, a.SiteName, a.Headline)

	blocks := p.blocks
	a.Byline = chooseByline(c, a.SiteName, a.URL, a.Headline)
	if a.Byline == "" {
		a.Byline = tailCredit(blocks)
	}
	a.Authors = chooseAuthors(c, a.Byline, a.SiteName, a.URL)
	a.Timestamp, a.Modified = chooseTimes(c)
	if farDatesOnly(c) {
		if d := titleDate(c); d != "" {
			a.Timestamp = d
		}
	}
	if a.Timestamp == "" {
		a.Timestamp = urlDate(a.URL)
	}
	if a.Timestamp == "" {
		a.Timestamp = headerDate(c, a.Headline, blocks)
	}
	a.Dek = chooseDek(p.cands, c, a.Headline, a.SiteName, blocks)
	if len(blocks) == 1 && cleanField(blocks[0].text) == a.Dek {
		// A standfirst is set apart from a body; a paragraph that is the
		// whole body is the article, not its dek.
		a.Dek = ""
	}

	blocks = dropRepeats(blocks, dekOutsideBody(p.cands, shownDek(c, a)))
	a.Dateline = chooseDateline(c, blocks)
	for _, b := range blocks {
		a.Paragraphs = append(a.Paragraphs, b.text)
		a.Kinds = append(a.Kinds, b.kind)
	}
	return a
}

// cands holds a page's candidates by field, cleaned, in the order found.
type cands map[field][]candidate

func newCands(list []candidate) cands {
	c := cands{}
	for _, k := range list {
		k.value = cleanField(k.value)
		if k.value == "" {
			continue
		}
		c[k.field] = append(c[k.field], k)
	}
	return c
}

// ranked returns the candidates of f, the most trusted origin first and in
// the order found within an origin.
func (c cands) ranked(f field) []candidate {
	out := append([]candidate(nil), c[f]...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].origin < out[j].origin })
	return out
}

// of returns the candidates of f with origin o, in the order found.
func (c cands) of(f field, o origin) []candidate {
	var out []candidate
	for _, k := range c[f] {
		if k.origin == o {
			out = append(out, k)
		}
	}
	return out
}

// cleanField decodes entity remnants (pages double-escape: "&amp;#8211;")
// and folds white space.
func cleanField(s string) string {
	for i := 0; i < 2 && strings.Contains(s, "&"); i++ {
		s = html.UnescapeString(s)
	}
	if strings.Contains(s, "<") && strings.Contains(s, ">") {
		// Descriptions sometimes carry the markup of the excerpt they were cut from.
		s = tagRE().ReplaceAllString(s, " ")
	}
	if !cleanFieldKeeps(s) {
		s = strings.Map(cleanFieldRune, s)
	}
	return metaSpace(s)
}

// cleanFieldRune maps the no-break space to a space, drops the zero-width
// space and the BOM, and turns control characters into spaces.
func cleanFieldRune(r rune) rune {
	switch {
	case r == '\u00a0' || r == '\u200b' || r == '\ufeff':
		if r == '\u00a0' {
			return ' '
		}
		return -1
	case unicode.IsControl(r):
		return ' '
	}
	return r
}

var tagRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`</?[a-zA-Z][^<>]{0,200}>`)
})

// chooseURL returns the canonical address resolved against the caller's
// URL, or the caller's URL.
func chooseURL(c cands, opts Options) string {
	for _, k := range c.ranked(fieldURL) {
		if u := resolveURL(opts.URL, k.value); u != "" {
			return u
		}
	}
	if u, err := url.Parse(opts.URL); err == nil && u.IsAbs() {
		return opts.URL
	}
	return ""
}

// resolveURL resolves ref against base and returns it when it is an
// absolute http(s) address.
func resolveURL(base, ref string) string {
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		r = b.ResolveReference(r)
	}
	if !r.IsAbs() || (r.Scheme != "http" && r.Scheme != "https") || r.Host == "" {
		return ""
	}
	return r.String()
}

// chooseSiteName returns the publication's name, else the address's host
// without "www.".
func chooseSiteName(c cands, pageURL string) string {
	for _, k := range c.ranked(fieldSiteName) {
		v := k.value
		if isTitleText(c, v) {
			v = titleSiteSuffix(v)
		}
		if v != "" && utf8.RuneCountInString(v) <= 80 && !strings.Contains(v, "://") {
			return v
		}
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// isTitleText reports whether v is the text of a title or headline
// candidate: a site name that is the page's title (templates fill
// og:site_name with it) names the article, not the site, and would make
// the article's own headline look like the site's name.
func isTitleText(c cands, v string) bool {
	for _, k := range c[fieldTitle] {
		if k.origin == originMeta && strings.EqualFold(k.value, v) {
			return true
		}
	}
	for _, k := range c[fieldHeadline] {
		if strings.EqualFold(k.value, v) {
			return true
		}
	}
	return false
}

// titleSiteSuffix returns the part of a title after its last separator
// ("Headline | Site" gives "Site"), where titles name their site; "" when
// the title has no separator.
func titleSiteSuffix(title string) string {
	best := -1
	sepLen := 0
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > best {
			best, sepLen = i, len(sep)
		}
	}
	if best <= 0 {
		return ""
	}
	return strings.TrimSpace(title[best+sepLen:])
}

// chooseLanguage returns the ISO 639-1 code of the first language tag.
func chooseLanguage(c cands) string {
	for _, k := range c.ranked(fieldLanguage) {
		tag := strings.ToLower(strings.TrimSpace(k.value))
		if i := strings.IndexAny(tag, "-_"); i >= 0 {
			tag = tag[:i]
		}
		if len(tag) == 2 && tag[0] >= 'a' && tag[0] <= 'z' && tag[1] >= 'a' && tag[1] <= 'z' {
			return tag
		}
	}
	return ""
}

// chooseImage returns the lead image, resolved.
func chooseImage(c cands, base string) string {
	for _, k := range c.ranked(fieldImage) {
		if u := resolveURL(base, k.value); u != "" {
			return u
		}
	}
	return ""
}

// titleSeparators split a <title> or og:title into the headline and the
// site name.
var titleSeparators = []string{" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " « ", " » ", " / ", " ~ ", " : "}

// stripSiteName removes a site-name prefix or suffix from a title: parts
// split off at a separator that match the site name or the host.
func stripSiteName(title, site, pageURL string) string {
	keys := siteKeys(site, pageURL)
	if len(keys) == 0 {
		return title
	}
	for changed := true; changed; {
		changed = false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(title, sep)
			if i > 0 && matchesSite(title[i+len(sep):], keys) {
				title = strings.TrimSpace(title[:i])
				changed = true
			}
			j := strings.Index(title, sep)
			if j > 0 && j+len(sep) < len(title) && matchesSite(title[:j], keys) {
				title = strings.TrimSpace(title[j+len(sep):])
				changed = true
			}
		}
	}
	return title
}

// siteKeys are the folded forms a site's name takes in titles.
func siteKeys(site, pageURL string) []string {
	var keys []string
	if k := foldKey(site); k != "" {
		keys = append(keys, k)
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		keys = append(keys, foldKey(host))
		if i := strings.IndexByte(host, '.'); i > 0 {
			keys = append(keys, foldKey(host[:i]))
		}
	}
	return keys
}

// matchesSite reports whether a title part names the site: equal to a
// key once folded, or a key contained in a short part ("China Daily
// Online" for "chinadaily").
func matchesSite(part string, keys []string) bool {
	p := foldKey(part)
	if p == "" {
		return false
	}
	for _, k := range keys {
		if k == "" {
			continue
		}
		if p == k || (len(k) >= 4 && strings.Contains(p, k) && len(p) <= len(k)+12) || (len(p) >= 4 && strings.Contains(k, p)) {
			return true
		}
	}
	return false
}

// foldKey keeps only the letters and digits of s, lower-cased. It maps
// rune by rune with unicode.ToLower, as strings.ToLower does (a byte that
// is no valid UTF-8 reads as U+FFFD, no letter, either way), and writes
// into one buffer: the site and title keys are folded several times a
// page.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tokens returns the case-folded word tokens of s.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// chooseHeadline applies the headline rule (see assemble).
func chooseHeadline(c cands, site, pageURL string) string {
	var structured []string
	// A microdata headline on a visible element (pos >= 0) is that
	// element's text, kicker and all: it is not a structured title, and
	// it is the visible headline only when no other visible one agrees
	// with a structured title; its markup still names it the headline
	// before any title is taken.
	marked := func(k candidate) bool { return k.origin == originMicrodata && k.pos >= 0 }
	for _, k := range c.ranked(fieldHeadline) {
		if k.origin < originMarkup && !marked(k) {
			structured = append(structured, cutOpeningDate(stripSiteName(k.value, site, pageURL)))
		}
	}
	for _, k := range c[fieldTitle] {
		structured = append(structured, cutOpeningDate(stripSiteName(k.value, site, pageURL)))
	}
	structured = mendTitles(structured)
	keys := siteKeys(site, pageURL)
	usable := func(s string) bool {
		n := utf8.RuneCountInString(s)
		return n >= 2 && n <= 300 && !matchesSite(s, keys)
	}
	var visible, markedUp []candidate
	for _, k := range c[fieldHeadline] {
		switch {
		case !usable(k.value):
		case k.origin >= originMarkup:
			visible = append(visible, k)
		case marked(k):
			markedUp = append(markedUp, k)
		}
	}
	if best := agreeingHeadline(structured, visible); best != "" {
		return best
	}
	if best := agreeingHeadline(structured, markedUp); best != "" {
		return best
	}
	if len(markedUp) > 0 {
		return markedUp[0].value
	}
	// One h1 inside <article> or <main> that shares nothing with the
	// titles is the article's own heading: the titles then name something
	// else (a section, a product family, the site's front page).
	var own []candidate
	for _, k := range visible {
		if k.inArticle {
			own = append(own, k)
		}
	}
	if len(own) == 1 && tokenCount(own[0].value) >= 3 && !sharesTitle(own[0].value, structured) {
		return own[0].value
	}
	for _, s := range structured {
		if usable(s) {
			return trimTitle(s)
		}
	}
	if len(visible) > 0 {
		return visible[0].value
	}
	// Every title looked like the site's name ("15 Jahre example.net" on
	// example.net, "Wir sind Example" on example.eu): a title it is still,
	// and the page has no other.
	for _, s := range structured {
		if n := utf8.RuneCountInString(s); n >= 2 && n <= 300 {
			return trimTitle(s)
		}
	}
	for _, k := range c[fieldHeadline] {
		if n := utf8.RuneCountInString(k.value); n >= 2 && n <= 300 {
			return k.value
		}
	}
	return ""
}

// sharesTitle reports whether v holds half of a title's words or a title
// half of v's: a kicker over the title, or a title cut short, is the same
// headline told otherwise, which the title rules settle.
func sharesTitle(v string, titles []string) bool {
	for _, s := range titles {
		in, _ := overlap(s, v)
		back, _ := overlap(v, s)
		if in >= 0.5 || back >= 0.5 {
			return true
		}
	}
	return false
}

// agreeingHeadline returns the part shown of the visible headline that
// agrees best with a structured title, or "". The first structured title
// (JSON-LD, og:title) counts most: a visible line agreeing only with a
// later one (the <title>) must agree closely.
func agreeingHeadline(structured []string, visible []candidate) string {
	best, bestScore := "", 0.0
	for i, s := range structured {
		for _, v := range visible {
			contain, dice := overlap(v.value, s)
			if headSegment(s, v.value) {
				// "Headline - A long description of the site": the h1 is
				// the title's first part, however long the rest.
				contain, dice = 1, max(dice, 0.6)
			}
			if contain < 0.6 || dice < 0.4 || (i > 0 && (dice < 0.6 || tokenCount(v.value) < 2)) {
				continue
			}
			if dice > bestScore {
				best, bestScore = shownPart(v.value, s), dice
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// headSegment reports whether v is the part of title before its first
// separator, with at least two words.
func headSegment(title, v string) bool {
	if tokenCount(v) < 2 {
		return false
	}
	for _, sep := range titleSeparators {
		if i := strings.Index(title, sep); i > 0 && foldKey(title[:i]) == foldKey(v) {
			return true
		}
	}
	return false
}

// mendTitles repairs structured titles by the page's other titles: a title
// that is another one behind a kicker ("Kücknitz - Headline" beside
// "Headline") gives way to it, and a title cut at a quote the page left
// unescaped in an attribute (content="Says "no"") to the one it begins.
func mendTitles(list []string) []string {
	out := append([]string(nil), list...)
	for i, s := range out {
		for _, o := range list {
			if len(o) == 0 || o == s {
				continue
			}
			if strings.HasSuffix(s, o) && tokenCount(o) >= 3 {
				kicker := strings.TrimSpace(s[:len(s)-len(o)])
				if k := strings.TrimRight(kicker, "-–—:|"); k != kicker && tokenCount(k) >= 1 && tokenCount(k) <= 4 {
					out[i] = o
					break
				}
			}
			if strings.HasPrefix(o, s) && tokenCount(s) >= 2 {
				rest := strings.TrimLeft(o[len(s):], " ")
				if strings.HasPrefix(rest, `"`) {
					out[i] = o
					break
				}
			}
		}
	}
	return out
}

// shownPart returns the part of a visible headline that is the structured
// title, when the visible one adds a kicker or a label around it ("Local
// News | Headline", "Headline: Headline text"); else the visible one.
func shownPart(visible, structured string) string {
	lv, ls := strings.ToLower(visible), strings.ToLower(structured)
	if len(ls) >= len(lv) || 2*len(ls) < len(lv) {
		return visible
	}
	// Byte offsets carry over only when lower-casing kept every length.
	if i := strings.Index(lv, ls); i >= 0 && len(lv) == len(visible) && len(ls) == len(structured) {
		if i == 0 && structuredCut(visible[len(ls):]) {
			return visible
		}
		rest := visible[:i] + visible[i+len(ls):]
		if tokenCount(rest) > 0 {
			return strings.TrimSpace(visible[i : i+len(ls)])
		}
	}
	return visible
}

// structuredCut reports whether the rest of a visible headline after
// the structured title it begins with goes on with the same sentence (a
// word, not a separator such as " | Site" or ": "): the structured title
// was cut at a length limit, as JSON-LD and og:title often are, and the
// visible one is whole.
func structuredCut(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true // cut inside a word
	}
	if r != ' ' {
		return false
	}
	r, _ = utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsLower(r)
}

// trimTitle cuts what is left of a site name from a title the site-name
// rule could not place ("Headline | Blog of Someone", "Blog Archive »
// Headline"): the part before the last separator when it has three words
// or more, else the part after the first.
func trimTitle(s string) string {
	for _, sep := range []string{" | ", " :: ", " » ", " « ", " › "} {
		first, last := strings.Index(s, sep), strings.LastIndex(s, sep)
		if first < 0 {
			continue
		}
		head := strings.TrimSpace(s[:last])
		if tokenCount(head) >= 3 {
			return head
		}
		if tail := strings.TrimSpace(s[first+len(sep):]); tokenCount(tail) >= 3 {
			return tail
		}
		return s
	}
	return s
}

// chooseSection returns the section or breadcrumb trail.
func chooseSection(c cands, site, headline string) string {
	for _, k := range c.ranked(fieldSection) {
		v := k.value
		if utf8.RuneCountInString(v) > 100 || strings.Contains(v, "://") || strings.EqualFold(v, headline) {
			continue
		}
		return v
	}
	return ""
}

// chooseByline applies the byline rule (see assemble).
func chooseByline(c cands, site, pageURL, headline string) string {
	keys := siteKeys(site, pageURL)
	names := authorNames(c, keys)
	var visible []string
	var bare []bool // a line taken for a credit by its shape alone: no label, no markup
	var near []bool // printed by the headline by the page's markup
	labelled := ""
	teasers := listCredits(c[fieldByline])
	for _, k := range shownFirst(c[fieldByline]) {
		if teasers[k.pos] {
			continue
		}
		v := dropAvatarInitials(cleanByline(k.value))
		v = dropSiteSegment(v, keys)
		if v == "" || strings.Contains(v, "://") || utf8.RuneCountInString(v) > maxBylineRunes || placeholderName(v) {
			continue
		}
		hasLabel := creditLabelled(k.value)
		if !hasLabel && k.origin == originVisible && (headlineLine(k.value, headline) || strings.Count(v, " / ") >= 2) {
			// The headline's line with its date ("Headline and I December
			// 4, 2018"), or a meta line's list of categories ("01.12.2022 /
			// Solar / Wind / News").
			continue
		}
		v = completeCredit(v, k.value, names)
		visible = append(visible, v)
		bare = append(bare, !hasLabel && k.origin == originVisible)
		near = append(near, k.origin == originMarkup && k.pos >= 0 && k.pos <= 1)
		if labelled == "" && k.pos >= 0 && k.pos <= 2 && hasLabel {
			labelled = v
		}
	}
	// A printed credit that names a metadata author is the one shown; when
	// metadata has no author (or only the site itself), the first printed
	// credit, or a labelled one by the headline rather than a line taken
	// for a credit by its shape alone.
	onlySite := len(names) == 1 && matchesSite(names[0], keys)
	for i, v := range visible {
		if len(names) == 0 || onlySite {
			if bare[i] && labelled != "" {
				return labelled
			}
			return personOverDesk(v, visible)
		}
		for _, n := range names {
			if contain, _ := overlap(plainLetters(n), plainLetters(v)); contain >= 0.5 {
				v = cutAfterNames(v, names, keys)
				if bare[i] {
					v = cutBeforeNames(v, names)
				}
				v = cutRolePrefix(v, markupNames(c))
				v = addCoAuthors(v, names)
				return personOverDesk(v, visible)
			}
		}
	}
	if v := outvotedAuthors(c, keys, names, visible, near); v != "" {
		return personOverDesk(v, visible)
	}
	// <meta name="author"> is often set once for the whole site (its owner,
	// its agency, a former editor); a credit printed by the headline with
	// its label ("Von Jane Doe", "Auteur : Jane Doe") names this article's.
	if labelled != "" && weakAuthors(c) {
		return labelled
	}
	if len(names) > 0 {
		return personOverDesk(joinNames(names), visible)
	}
	return ""
}

// headlineLine reports whether a line taken for a credit is the headline
// with a date: the headline's words and nothing else once the date is cut.
func headlineLine(raw, headline string) bool {
	h := foldKey(headline)
	if h == "" {
		return false
	}
	b, _, ok := splitBylineDate(raw)
	return ok && foldKey(b) == h
}

// cutBeforeNames starts a credit found by its shape alone at the first
// metadata author it names: the words before it are what the line holds
// besides ("Wohnen Jessie" for the category Wohnen), not part of a name
// the metadata gives whole.
func cutBeforeNames(v string, names []string) string {
	lv := strings.ToLower(v)
	start := -1
	for _, n := range names {
		ln := strings.ToLower(n)
		if ln == "" || len(ln) != len(n) || len(lv) != len(v) {
			return v
		}
		if i := strings.Index(lv, ln); i >= 0 && (start < 0 || i < start) {
			start = i
		}
	}
	if start <= 0 {
		return v
	}
	if r, _ := utf8.DecodeLastRuneInString(v[:start]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return v // inside a word
	}
	return strings.TrimSpace(v[start:])
}

// creditLabelled reports whether a printed credit opens with a credit
// label or a "By", perhaps after a date ("05.02.2020 - Redaktion: ...").
func creditLabelled(raw string) bool {
	s := strings.TrimSpace(raw)
	if d, ok := findDate(s); ok && d.start == 0 {
		s = strings.TrimLeft(s[d.end:], " |·•-–—,;:")
	}
	if mayBylineLabel(s) && bylineLabel().MatchString(s) {
		return true
	}
	_, ok := cutBylinePrefix(s)
	return ok
}

// weakAuthors reports whether every metadata author comes from <meta>
// tags rather than from the article's structured data or markup.
func weakAuthors(c cands) bool {
	for _, k := range c[fieldAuthor] {
		if k.origin != originMeta {
			return false
		}
	}
	return true
}

// plainLetters folds s to its letters without accents ("Gàbor Muniér"
// gives "Gabor Munier"), as user names and address slugs write names.
func plainLetters(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// completeCredit finishes a printed credit the page's markup cut after its
// joiner ("Von Jane Doe und" with the second name in another element) with
// the metadata authors it does not name yet.
func completeCredit(v, raw string, names []string) string {
	w := strings.Fields(raw)
	if len(w) < 2 || len(names) < 2 {
		return v
	}
	joiner := w[len(w)-1]
	if !bylineJoiners()[strings.ToLower(joiner)] {
		return v
	}
	var rest []string
	for _, n := range names {
		if contain, _ := overlap(n, v); contain < 0.5 {
			rest = append(rest, n)
		}
	}
	if len(rest) == 0 || len(rest) == len(names) {
		return v
	}
	return v + " " + joiner + " " + strings.Join(rest, ", ")
}

// placeholderName reports the names blog engines and templates fill in
// when nobody is credited.
func placeholderName(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "admin", "administrator", "wordpressadmin", "webmaster", "no author", "unknown", "unknown author", "human", "user", "guest", "null", "undefined", "author", "autor":
		return true
	}
	return false
}

// cleanByline reduces a printed credit line to the credit: the part of a
// meta line that names the author, without the date, labels such as
// "Posted by", job titles ("Staff Writer") and dangling joiners.
func cleanByline(v string) string {
	if seg, ok := bylineSegment(v); ok {
		v = seg
	}
	if b, _, ok := splitBylineDate(v); ok {
		v = b
	}
	v = cutParenthetical(v)
	const seps = " |·•-–—,;:~([)]"
	closed := strings.HasSuffix(strings.TrimSpace(v), ")")
	v = strings.Trim(v, seps)
	if closed && strings.Count(v, "(") == strings.Count(v, ")")+1 {
		v += ")" // "Max Muster (dpa)" keeps its bracket
	}
	if r := cutBylineLabel(v); r != v {
		v = r
	} else if mayBylineLabel(v) && bylineLabel().MatchString(v) {
		return "" // a label with nothing after it
	}
	// The gates (assemble_byline_gate.go) pass over the candidates the
	// expressions cannot change.
	if mayGlueRole(v) {
		v = gluedRoleRE().ReplaceAllString(v, "$1 $2")
	}
	if mayGlueBy(v) {
		v = gluedByRE().ReplaceAllString(v, "$1 $2")
	}
	if mayDefaultCategory(v) {
		v = defaultCategoryRE().ReplaceAllString(v, "$1")
	}
	// Drop role parts: "Jane Doe, Staff Writer" gives "Jane Doe".
	for {
		i := strings.LastIndexAny(v, ",|")
		if i <= 0 || !isRole(strings.TrimSpace(v[i+1:])) {
			break
		}
		v = strings.TrimRight(v[:i], seps)
	}
	// The name is what follows a "By": "von: Rasender Reporter" is a name
	// of two words, not a name and a role.
	body, _ := cutBylinePrefix(v)
	if words := strings.Fields(body); len(words) > 2 {
		if t := dropRoleTail(v); t != v && len(strings.Fields(t)) >= 2 {
			v = t
		}
	}
	if mayBylineTail(v) {
		v = cutBylineTail(v)
	}
	if dateWordsOnly(v) {
		return "" // "Fr", "Updated": what is left of a date line
	}
	if d, ok := findDate(v); ok && d.end-d.start >= len(v)/2 {
		return ""
	}
	for {
		w := strings.Fields(v)
		if len(w) < 2 || !bylineJoiners()[strings.ToLower(w[len(w)-1])] {
			break
		}
		v = strings.Join(w[:len(w)-1], " ")
	}
	return strings.Trim(v, seps)
}

// cutParenthetical drops a description in brackets after a credit
// ("Jane Doe (Pressesprecherin des Vereins)", "Empa (Eidgenössische
// Materialprüfungsanstalt)"), closed or cut off by the page: two words or
// more that are not an agency. An agency in brackets ("Jane Doe (dpa)")
// is part of the credit and stays.
func cutParenthetical(v string) string {
	i := strings.LastIndex(v, " (")
	if i <= 0 {
		return v
	}
	inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v[i+2:]), ")"))
	if strings.ContainsAny(inner, "()") || len(strings.Fields(inner)) < 2 || isAgency(inner) {
		return v
	}
	return strings.TrimSpace(v[:i])
}

var bylineJoiners = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("and und et y e en og och i oraz и ve &") {
		m[w] = true
	}
	return m
})

// gluedRoleRE finds a job title run into a name by a page's markup
// ("HalperStaff Writer").
var gluedRoleRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Ll})((?:(?:Staff|Senior|Contributing|Special|Chief)\s?)?(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist))\b`)
})

// gluedByRE finds a "By" run into the name by a page's markup
// ("ByAlex Bozarjian").
var gluedByRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(By|Von|Par|Por)(\p{Lu}\p{Ll})`)
})

// defaultCategoryRE finds the category blog engines print after the
// author in a meta line when the post has none of its own ("von Jane
// Doe in Allgemein", glued or not).
var defaultCategoryRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(\S)\s*in\s+(?:allgemeines?|uncategori[sz]ed|non classé|sin categoría|senza categoria|geen categorie)\s*$`)
})

// shownFirst orders candidates: those printed by the headline (before the
// body or at its start) first, then the others, each in the order found.
func shownFirst(list []candidate) []candidate {
	out := append([]candidate(nil), list...)
	sort.SliceStable(out, func(i, j int) bool {
		si := out[i].pos >= 0 && out[i].pos <= 1
		sj := out[j].pos >= 0 && out[j].pos <= 1
		return si && !sj
	})
	return out
}

// dropSiteSegment removes a trailing ", Site Name" from a credit, or a
// last word that is the site's own name ("Jane examplesite", as blog
// themes print the author beside the blog's handle).
func dropSiteSegment(v string, keys []string) string {
	if i := strings.LastIndexAny(v, ",|"); i > 0 && (matchesSite(v[i+1:], keys) || hostName(v[i+1:])) {
		return strings.TrimSpace(v[:i])
	}
	// The handle is printed in lower case; a capitalised last word is a
	// name, even on a site named after its author ("Jane Doe" on
	// doe.example).
	if i := strings.LastIndexByte(v, ' '); i > 0 && strings.ToLower(v[i+1:]) == v[i+1:] {
		last := foldKey(v[i+1:])
		rest := strings.TrimSpace(v[:i])
		if _, prefix := cutBylinePrefix(rest + " X"); prefix && len(strings.Fields(rest)) == 1 {
			return v // "von examplesite": the site is the credit
		}
		for _, k := range keys {
			if len(k) >= 4 && last == k {
				return rest
			}
		}
	}
	return v
}

// authorNames returns the author names given by metadata, most trusted
// origin first, without URLs, duplicates and the site's own name.
func authorNames(c cands, siteKeys []string) []string {
	var out []string
	site := ""
	seen := map[string]bool{}
	first := origin(-1)
	for _, k := range c.ranked(fieldAuthor) {
		v := k.value
		if strings.Contains(v, "://") || strings.HasPrefix(v, "www.") || isEmail(v) || utf8.RuneCountInString(v) > 80 {
			continue
		}
		if _, dated := findDate(v); dated || placeholderName(v) {
			continue
		}
		if matchesSite(v, siteKeys) {
			// The site credited as its own author is a last resort.
			if site == "" {
				site = v
			}
			continue
		}
		// Names from a less trusted origin only fill in when the best one
		// gave none.
		if first >= 0 && k.origin != first {
			break
		}
		for _, n := range splitAuthors(v) {
			if key := strings.ToLower(n); !seen[key] {
				seen[key] = true
				out = append(out, n)
				first = k.origin
			}
		}
	}
	if len(out) == 0 && site != "" {
		return []string{site}
	}
	return out
}

// joinNames joins names as a credit line prints them: "A", "A and B",
// "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// chooseAuthors returns the names in the byline, else the metadata names.
func chooseAuthors(c cands, byline, site, pageURL string) []string {
	if byline != "" {
		if n := splitAuthors(byline); len(n) > 0 {
			return n
		}
	}
	return authorNames(c, siteKeys(site, pageURL))
}

// chooseTimes applies the timestamp rule (see assemble) and returns the
// publication time and a distinct update time.
func chooseTimes(c cands) (published, modified string) {
	read := make(timeReads, 0, 16)
	all, metaPub := read.parse(c.ranked(fieldPublished))
	mod, metaMod := read.parse(c.ranked(fieldModified))
	// The date shown by the headline is the one readers (and the page's
	// editors) take for the publication date; metadata often carries the
	// creation time of the record or a time in another zone. But a shown
	// date later than every date the metadata gives is not the
	// publication's (a page cannot show a publication after its last
	// change): it is today's date in a header or a teaser's.
	shown, _ := read.parse(shownPublished(c))
	if len(metaPub) == 0 {
		// With metadata, a later shown date is judged against it below.
		shown = labelledFirst(shownCands(c[fieldPublished]), shown)
	}
	if len(shown) > 0 && len(metaPub) > 0 {
		latest := ""
		for _, m := range append(append([]dateMatch(nil), metaPub...), metaMod...) {
			latest = max(latest, m.day())
		}
		if d := settle(shown[0], all, mod).day(); d > latest && !localDayOf(d, shown, metaPub, metaMod) && !markedDay(d, c[fieldPublished]) {
			shown = nil
		}
		if dateList(shown, metaPub, metaMod) {
			shown = nil
		}
	}
	switch {
	case len(shown) > 0:
		published = refineTime(settle(shown[0], all, mod), all, mod)
		if published == shown[0].iso {
			// A machine time by the headline (<time datetime>) is read
			// like metadata; a date printed in words keeps its day.
			published = localMidnight(published)
		}
	case len(all) > 0:
		first := all[0]
		if m, ok := outvoted(c[fieldPublished]); ok {
			first = m
		}
		// Not for a shown date: the page says which day it is.
		published = localMidnight(refineTime(settle(first, all, mod), all, mod))
	}
	if len(mod) > 0 {
		modified = refineTime(settle(mod[0], mod, all), mod, nil)
		if published == "" {
			// A page that shows only an update time was published then as
			// far as the reader can tell; the time stays the update time
			// too, because that is what the page calls it.
			return modified, modified
		}
		// An update time equal to the publication time carries nothing,
		// unless the page itself shows that time as an update ("Updated:
		// 2025-10-18 07:46"): then the reader was told it, and so is ours.
		labelled := modified == published && len(shownCands(c[fieldModified])) > 0
		if !labelled && (modified == published || strings.HasPrefix(published, modified) || modified < published) {
			modified = ""
		}
	}
	return published, modified
}

// outvoted returns the metadata publication date that two other sources
// agree on when the most trusted source alone gives a day at least two
// days away: a JSON-LD block left from an earlier version of the page (or
// copied from a template) against the OpenGraph and <meta> dates the page
// was published with. A day apart is a zone's difference, not a dispute.
func outvoted(list []candidate) (dateMatch, bool) {
	type vote struct {
		o origin
		m dateMatch
	}
	var votes []vote
	seen := map[origin]bool{}
	for _, k := range list {
		if k.pos >= 0 || seen[k.origin] {
			continue
		}
		if m, ok := findDate(k.value); ok {
			seen[k.origin] = true
			votes = append(votes, vote{k.origin, m})
		}
	}
	sort.SliceStable(votes, func(i, j int) bool { return votes[i].o < votes[j].o })
	if len(votes) < 3 {
		return dateMatch{}, false
	}
	top := votes[0].m.day()
	others := map[string]int{}
	for _, v := range votes[1:] {
		if v.m.day() == top {
			return dateMatch{}, false
		}
		others[v.m.day()]++
	}
	for _, v := range votes[1:] {
		if others[v.m.day()] >= 2 && daysApart(top, v.m.day()) >= 2 {
			return v.m, true
		}
	}
	return dateMatch{}, false
}

// daysApart returns the number of days between two ISO dates, 0 when one
// does not parse.
func daysApart(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	d := ta.Sub(tb).Hours() / 24
	if d < 0 {
		d = -d
	}
	return int(d)
}

// dateList reports dates by the headline that are a list's, not the
// article's: three days or more (teasers, a sidebar of recent posts set
// before the body), none of them a day the metadata gives.
func dateList(shown []dateMatch, lists ...[]dateMatch) bool {
	days := map[string]bool{}
	for _, m := range shown {
		days[m.day()] = true
	}
	if len(days) < 3 {
		return false
	}
	for _, l := range lists {
		for _, m := range l {
			if days[m.day()] {
				return false
			}
		}
	}
	return true
}

// markedDay reports whether a machine-readable date by the headline (a
// <time datetime>, an itemprop) gives day: the page marks it as the
// article's date, which a header's today's date is not.
func markedDay(day string, list []candidate) bool {
	for _, k := range shownCands(list) {
		if k.origin != originMarkup && k.origin != originMicrodata {
			continue
		}
		if m, ok := findDate(k.value); ok && m.day() == day {
			return true
		}
	}
	return false
}

// localMidnight reads a UTC time of exactly 22:00 or 23:00 as what it
// nearly always is: a date without a time, stored as midnight in a zone an
// hour or two ahead of UTC and converted. The date is the next day's, and
// no time of day was given.
func localMidnight(iso string) string {
	if len(iso) < 19 || !(strings.HasSuffix(iso, "Z") || strings.HasSuffix(iso, "+00:00")) {
		return iso
	}
	if rest := iso[10:19]; rest != "T22:00:00" && rest != "T23:00:00" {
		return iso
	}
	t, err := time.Parse(time.DateOnly, iso[:10])
	if err != nil {
		return iso
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

// localDayOf reports whether day can be the local date of a metadata time
// kept in UTC: sites store times in UTC while the page prints the date
// where it is published, up to 14 hours ahead, so a time late on the 31st
// in UTC is shown as the 1st. A time with another offset is local already,
// and a page that also shows the metadata's own date (a header's today
// beside the article's date) is not read that way.
func localDayOf(day string, shown []dateMatch, lists ...[]dateMatch) bool {
	ok := false
	for _, l := range lists {
		for _, m := range l {
			t, err := time.Parse(time.RFC3339, m.iso)
			if err != nil {
				continue
			}
			if _, off := t.Zone(); off != 0 {
				continue
			}
			for _, s := range shown {
				if s.day() == m.day() {
					return false
				}
			}
			if t.Add(14*time.Hour).Format(time.DateOnly) >= day {
				ok = true
			}
		}
	}
	return ok
}

// settle reads an ambiguous numeric date ("05/04/2022") the other way when
// another source gives that other reading and none gives this one
// unambiguously.
func settle(m dateMatch, lists ...[]dateMatch) dateMatch {
	if m.alt == "" {
		return m
	}
	this, other := false, false
	for _, l := range lists {
		for _, o := range l {
			if o.start == m.start && o.iso == m.iso {
				continue
			}
			switch o.day() {
			case m.day():
				// The same date printed the same doubtful way again (a
				// teaser, a repeated meta line) is no evidence for either
				// reading.
				this = this || o.alt == ""
			case m.alt:
				other = true
			}
		}
	}
	if other && !this {
		m.iso = m.alt + m.iso[10:]
		m.alt = ""
	}
	return m
}

// shownCands returns the candidates printed next to the headline: before
// the body or within its first two blocks.
func shownCands(list []candidate) []candidate {
	var out []candidate
	for _, k := range list {
		if k.pos >= 0 && k.pos <= 2 {
			out = append(out, k)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}

// urlDateRE finds the date many sites put in article paths:
// /2025/10/18/, /2025-10-18/, /20251018/.
var urlDateRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/._-]|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/._-]|$)`)
})

// urlDayFirstRE finds a path segment that is a date written day first,
// as sites that name pages by their day do: /29-10-2021, /29.10.2021/.
var urlDayFirstRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`/([0-3]?\d)[.-]([01]?\d)[.-]((?:19|20)\d\d)(?:[/?#]|\.html?$|$)`)
})

// urlDate returns the date in a page's address, when it has a whole one.
func urlDate(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return ""
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := urlDateRE().FindStringSubmatch(u)
	if m == nil {
		// "/meldungen/29-10-2021": a whole path segment, the day first.
		if d := urlDayFirstRE().FindStringSubmatch(u); d != nil && validDate(atoi(d[3]), atoi(d[2]), atoi(d[1])) {
			return fmt.Sprintf("%s-%02d-%02d", d[3], atoi(d[2]), atoi(d[1]))
		}
		return ""
	}
	y, mo, d := m[1], m[2], m[3]
	if y == "" {
		y, mo, d = m[4], m[5], m[6]
	}
	if !validDate(atoi(y), atoi(mo), atoi(d)) {
		return ""
	}
	return fmt.Sprintf("%s-%02d-%02d", y, atoi(mo), atoi(d))
}

// timeReads keeps what findDate made of the texts chooseTimes read, so
// that a text given by several of its lists (a visible date is both a
// published candidate and a shown one) is read once.
type timeReads []timeRead

type timeRead struct {
	value string
	m     dateMatch
	ok    bool
}

// find is findDate(s), through the reads kept.
func (r *timeReads) find(s string) (dateMatch, bool) {
	for i := range *r {
		if t := &(*r)[i]; t.value == s {
			return t.m, t.ok
		}
	}
	m, ok := findDate(s)
	if len(*r) < cap(*r) {
		// Kept only while there is room: a page with more dates reads
		// the rest again, as before.
		*r = append(*r, timeRead{s, m, ok})
	}
	return m, ok
}

// parse reads each candidate with findDate, keeping the order, and
// returns the matches and, of them, those of candidates without a place
// in the text (metadata).
func (r *timeReads) parse(list []candidate) (all, meta []dateMatch) {
	for _, k := range list {
		if m, ok := r.find(k.value); ok {
			all = append(all, m)
			if k.pos < 0 {
				meta = append(meta, m)
			}
		}
	}
	return all, meta
}

// refineTime keeps the best precision available: a bare date takes the
// time of day of another source giving the same date.
func refineTime(best dateMatch, lists ...[]dateMatch) string {
	if best.hasTime() {
		return best.iso
	}
	for _, l := range lists {
		for _, m := range l {
			if m.hasTime() && m.day() == best.day() {
				return m.iso
			}
		}
	}
	return best.iso
}

// chooseDek applies the dek rule (see assemble).
func chooseDek(all []candidate, c cands, headline, site string, blocks []block) string {
	// The same texts are judged again and again (each dek against every
	// description, and again in the second pass): each is judged once.
	type judged struct {
		s  string
		ok bool
	}
	var memoArr [16]judged
	memo := memoArr[:0]
	// The headline, each dek and each description are compared with
	// several others: each is split into tokens once.
	var tm tokenMemo
	ok := func(s string) bool {
		for _, m := range memo {
			if m.s == s {
				return m.ok
			}
		}
		good := dekShape(s, site, headline, &tm)
		memo = append(memo, judged{s, good})
		return good
	}
	// A standfirst sits under the headline shown, not in the site's header
	// (a blog's tagline under its name) nor further down the body.
	start := 0
	for i, k := range all {
		if k.field == fieldHeadline && k.origin >= originMarkup && cleanField(k.value) == headline {
			start = i + 1
			break
		}
	}
	desc := chooseDescription(c, ok, blocks, &tm)
	// An element styled as a dek under the headline that a description
	// repeats is the standfirst shown, before a kicker or a label styled
	// the same way, even when the body reader took it as its first
	// paragraph too (the description is then not just the first
	// paragraph: the page sets it apart as its standfirst).
	// The deks this pass cuts and finds good are kept for the next.
	var deksArr [8]string
	deks := deksArr[:0]
	for _, k := range all[start:] {
		if k.field != fieldDek || k.pos > 1 {
			continue
		}
		v := cutDateStamp(cutCreditTail(cutHeadlineLead(cleanField(k.value), headline)))
		if !ok(v) {
			continue
		}
		deks = append(deks, v)
		for _, d := range c[fieldDescription] {
			// Each says what the other says: an element that holds
			// the description beside other text (a video's embed
			// code and its caption) is not the standfirst.
			in, _ := tm.overlap(v, d.value)
			back, _ := tm.overlap(d.value, v)
			if in >= 0.9 && back >= 0.9 && ok(d.value) {
				return v
			}
		}
	}
	// An element styled as a dek is believed when the page's description
	// agrees with it or there is none: class names alone also catch
	// taglines and teasers of other stories.
	for _, v := range deks {
		if desc == "" {
			return v
		}
		// Agreeing is saying much of what the description says: a
		// heading inside the abstract ("Purpose of the Review") has all
		// its words in it and says nearly nothing of it.
		in, _ := tm.overlap(v, desc)
		back, _ := tm.overlap(desc, v)
		if in < 0.5 || back < 0.3 {
			continue
		}
		if back >= 0.9 && tokenCount(v) > tokenCount(desc) && !sameOpening(v, desc) {
			// The element holds the description behind something else
			// (the headline, a kicker of a word or two, a caption, a
			// date): the description is the standfirst in it. One that
			// opens with it is the whole standfirst the description was
			// cut from.
			return desc
		}
		return v
	}
	return desc
}

// dekShape reports whether a text may be a dek at all: long enough, not
// the headline again, and not one of the texts notArticleDek refuses.
func dekShape(s, site, headline string, tm *tokenMemo) bool {
	if utf8.RuneCountInString(s) < 10 || strings.EqualFold(s, headline) {
		return false
	}
	if contain, _ := tm.overlap(s, headline); contain >= 0.9 {
		return false
	}
	return !notArticleDek(s, site, headline)
}

// sameOpening reports whether two texts open with the same three words.
func sameOpening(a, b string) bool {
	ta, tb := tokens(a), tokens(b)
	if len(ta) < 3 || len(tb) < 3 {
		return false
	}
	return ta[0] == tb[0] && ta[1] == tb[1] && ta[2] == tb[2]
}

// chooseDescription returns the page's description: of those that pass
// ok and are not just the first paragraph, the one the most kinds of
// description source (JSON-LD, microdata, OpenGraph, <meta>) agree with,
// the most trusted origin first among equals. Each kind is right about as
// often as the others, and one that says something else than all the
// others (a JSON-LD description holding the site's slogan or the first
// sentence, a caption's microdata) is the odd one out. A site-wide
// description repeated in two <meta> tags is still one voice.
func chooseDescription(c cands, ok func(string) bool, blocks []block, tm *tokenMemo) string {
	// Pages give the same text under several keys (og:, twitter:, name=):
	// each distinct text is judged and compared once.
	type text struct {
		value  string
		voices [originOptions + 1]bool
	}
	var list []*text
	judged := map[string]bool{}
next:
	for _, k := range c.ranked(fieldDescription) {
		if good, seen := judged[k.value]; seen {
			if good {
				for _, t := range list {
					if t.value == k.value {
						t.voices[k.origin] = true
						continue next
					}
				}
			}
			continue
		}
		good := ok(k.value) && !isFirstParagraph(k.value, blocks)
		judged[k.value] = good
		if good {
			t := &text{value: k.value}
			t.voices[k.origin] = true
			list = append(list, t)
		}
	}
	best, bestVotes := "", 0
	for _, d := range list {
		var voices [originOptions + 1]bool
		for _, o := range list {
			if o != d {
				if _, dice := tm.overlap(d.value, o.value); dice < 0.8 {
					continue
				}
			}
			for i, v := range o.voices {
				voices[i] = voices[i] || v
			}
		}
		votes := 0
		for _, v := range voices {
			if v {
				votes++
			}
		}
		if votes > bestVotes {
			best, bestVotes = d.value, votes
		}
	}
	return best
}

// isFirstParagraph reports whether a description just repeats the first
// paragraph of the body, whole. An excerpt cut from a longer opening
// ("In two weeks the camp opens ... [...]") is kept: it is what the site
// chose to show as its summary.
func isFirstParagraph(desc string, blocks []block) bool {
	d := tokens(desc)
	if len(d) == 0 || len(blocks) == 0 {
		return false
	}
	for _, b := range blocks[:min(2, len(blocks))] {
		p := tokens(b.text)
		if len(p) == 0 {
			continue
		}
		contain, dice := overlapTokens(d, p)
		if contain >= 0.95 && dice >= 0.9 {
			return true
		}
		break
	}
	return false
}

// shownDek returns the Article whose fields dropRepeats removes from the
// body: without its dek when the dek is only the description metadata. A
// standfirst printed as such under the headline is the dek and not body
// text; a paragraph of the body the description happens to repeat is
// body text all the same, even when it is styled as the standfirst too
// (the body reader found it among the body's paragraphs).
func shownDek(c cands, a *model.Article) *model.Article {
	if a.Dek == "" {
		return a
	}
	for _, d := range c[fieldDescription] {
		if _, dice := overlap(a.Dek, d.value); dice >= 0.9 {
			b := *a
			b.Dek = ""
			return &b
		}
	}
	for _, k := range c[fieldDek] {
		if k.value == a.Dek {
			return a
		}
	}
	b := *a
	b.Dek = ""
	return &b
}

// dropRepeats removes, from the first blocks of the body, those that
// repeat the headline, the dek or the byline, and bare date lines.
func dropRepeats(blocks []block, a *model.Article) []block {
	const look = 4
	fields := []string{foldKey(a.Headline), foldKey(a.Dek), foldKey(a.Byline)}
	out := blocks[:0:0]
	for i, b := range blocks {
		if i < look && len(blocks) > 1 && repeatsField(b.text, fields) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// repeatsField reports whether a block is one of the given fields, or a
// short line holding only a date and its introducing words.
func repeatsField(text string, fields []string) bool {
	// The block is folded as it is compared, not copied: a paragraph
	// differs from a headline within a few letters.
	for _, f := range fields {
		if f != "" && foldKeyIs(text, f) {
			return true
		}
	}
	// A rune has four bytes at most: a paragraph of over 240 bytes is
	// not counted.
	if len(text) <= 4*60 && utf8.RuneCountInString(text) <= 60 {
		if foldKeyEmpty(text) {
			return false
		}
		if m, ok := findDate(text); ok {
			rest := text[:m.start] + " " + text[m.end:]
			if dateWordsOnly(rest) {
				return true
			}
		}
	}
	return false
}

// datelineRE reads the dateline opening a first paragraph: "WASHINGTON —",
// "NEW YORK (AP) —", "BERLIN, 18. Oktober (Reuters) -", "PARIS, Oct 18 -".
var datelineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^((?:\p{Lu}[\p{Lu}\p{M}'’.]*)(?:[ -]\p{Lu}[\p{Lu}\p{M}'’.]*){0,3})(?:\s*/\s*\p{Lu}[\p{L}\p{M} ]{1,20})?(?:,\s*[^—–\-:()]{1,40}?)?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+\S`)
})

// chooseDateline returns the dateline from a candidate or from the
// opening words of the first paragraph, which keeps its text.
func chooseDateline(c cands, blocks []block) string {
	for _, k := range c[fieldDateline] {
		if utf8.RuneCountInString(k.value) <= 40 {
			return k.value
		}
	}
	for i, b := range blocks {
		if i >= 2 {
			break
		}
		if b.kind != "" && b.kind != model.KindParagraph {
			continue
		}
		var m []string
		if mayDateline(b.text) {
			m = datelineRE().FindStringSubmatch(b.text)
		}
		if m == nil {
			if i == 0 {
				if place := titleDateline(b.text); place != "" {
					return place
				}
			}
			continue
		}
		place := strings.TrimSpace(m[1])
		// One capital letter, or "AP" alone, is not a place.
		if utf8.RuneCountInString(place) < 3 || isAgency(place) {
			continue
		}
		return place
	}
	return ""
}
