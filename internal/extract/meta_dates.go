package extract

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sideDate reads an element of a page's chrome (a sidebar, a credits
// list) for a date the page labels as its publication: "Veröffentlicht am
// 3. Mai 2021", a label and its date in two elements ("Mise en ligne" /
// "23 mai 2019", <dt>Published</dt><dd>...</dd>), or a blog's note on the
// post ("... wurde am 19. Mai 2010 um 23:03 Uhr gepostet", "This entry was
// posted on May 19, 2010"). Sidebars also list other posts' dates, so
// only a label says the date is this page's, and htmlMeta uses it only
// when nothing else dates the page.
func (m *metaReader) sideDate(n *html.Node) {
	switch n.DataAtom {
	case atom.P, atom.Li, atom.Dd, atom.Span, atom.Div, atom.Small, atom.Td:
	default:
		return
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		if prev.Type == html.TextNode && strings.TrimSpace(prev.Data) != "" {
			prev = nil
			break
		}
		prev = prev.PrevSibling
	}
	if prev != nil && prev.DataAtom == atom.H1 {
		// Read only while no element before it gave the day, as the
		// walk reads: the elements put off are read first.
		if m.sideFlush(); m.sideDay == "" {
			m.dateUnderTitle(n, prev)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Table, atom.Section, atom.Article, atom.Dl:
				return
			}
		}
	}
	// n is the element being read: the walk's count is its index.
	if m.digitMarks.digits(n, m.n, 400) < 2 {
		return
	}
	// The day is used only when nothing else dates the page, which most
	// pages' metadata do: the rest is put off until htmlMeta knows
	// (sideFlush).
	if m.sideLater == nil {
		m.sideLater = make([]sideItem, 0, 16)
	}
	m.sideLater = append(m.sideLater, sideItem{n, prev})
}

// sideItem is an element of the page's chrome put off by sideDate, and
// its previous element sibling (nil when text stands between them).
type sideItem struct {
	n, prev *html.Node
}

// sideFlush reads the elements sideDate put off, in document order, until
// one gives the day.
func (m *metaReader) sideFlush() {
	for _, it := range m.sideLater {
		if m.sideDay != "" {
			break
		}
		m.sideRead(it.n, it.prev)
	}
	m.sideLater = m.sideLater[:0]
}

// sideRead is the rest of sideDate for an element put off, whose text
// holds two digits.
func (m *metaReader) sideRead(n, prev *html.Node) {
	if metaHasWord(n, 400, sideWords()) {
		// One walk for the gate; the text is built only for the few
		// elements that hold a word.
		t := metaText(n, 400)
		if publicationWord(t) {
			if d := labelledPublication(t); d != "" {
				m.sideDay = d
				return
			}
			if d := postedOn(t); d != "" {
				m.sideDay = d
				return
			}
		}
		// A wiki dates its pages by their last change only: as far as a
		// reader can tell, the page was published then.
		if d := lastEdited(t); d != "" {
			m.sideDay = d
			return
		}
	}
	if prev == nil || metaTextDigits(prev, 60, false) > 0 || !metaHasPublicationWord(prev, 60) {
		return
	}
	if l := metaText(prev, 60); l == "" || len(l) > 60 || !publicationLabel(l) {
		return
	}
	t := metaText(n, 60)
	if len(t) > 40 {
		return
	}
	if d, ok := m.findDate(t); ok && d.start == 0 {
		m.sideDay = d.day()
	}
}

// dateUnderTitle reads the line right under a heading of the page's
// chrome that repeats the page's title ("<h1>Headline</h1><p>01. November
// 2021 | Section</p>" in a header block named after its breadcrumb, or a
// box whose first element is the date, "<div><span>10. November
// 2021</span><ul>categories</ul></div>"): the heading is the article's
// headline, and the date line under it is the article's, shown by the
// headline. A heading that is not the title (a site's name over today's
// date) dates nothing.
func (m *metaReader) dateUnderTitle(n, h1 *html.Node) {
	if m.digitMarks.digits(n, m.n, 120) < 2 {
		return
	}
	t := metaText(n, 120)
	if len(t) > 100 {
		return
	}
	d, ok := m.findDate(t)
	if !ok || d.start != 0 {
		return
	}
	if rest := strings.TrimSpace(t[d.end:]); rest != "" && !strings.ContainsRune("|·•–—-,", []rune(rest)[0]) && !m.dateAlone(n, d) {
		return
	}
	if !m.titleHeading(metaText(h1, 300)) {
		return
	}
	// n is the element being read: the walk's count is its index.
	m.add(fieldPublished, originVisible, t[d.start:d.end], m.n)
}

// dateAlone reports whether the first element in n holds the date d, and
// nothing else.
func (m *metaReader) dateAlone(n *html.Node, d dateMatch) bool {
	c := n.FirstChild
	for c != nil && c.Type != html.ElementNode {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		c = c.NextSibling
	}
	if c == nil {
		return false
	}
	t := metaText(c, 60)
	e, ok := m.findDate(t)
	return ok && e.start == 0 && e.end == len(t) && e.iso == d.iso
}

// titleHeading reports whether h, a heading's text, is the page's title:
// contained, case aside, in its <title> or a headline of its metadata.
func (m *metaReader) titleHeading(h string) bool {
	if utf8.RuneCountInString(h) < 10 {
		return false
	}
	h = strings.ToLower(h)
	for _, k := range m.cands {
		if k.pos >= 0 || (k.field != fieldTitle && k.field != fieldHeadline) {
			continue
		}
		if strings.Contains(strings.ToLower(metaSpace(k.value)), h) {
			return true
		}
	}
	return false
}

// publicationWords are pieces of publication labels and phrases, taken
// inside the word so that no case folding is needed ("Published",
// "veröffentlicht", "Erschienen", "Mise en ligne", "wurde am", "posted
// on", "Опубликовано", "Julkaistu"), and without spaces, which the raw
// text may hold as line breaks: the cheap gate before the expressions.
var publicationWords = [...]string{"ubli", "ubbli", "ffentlich", "rschienen", "ligne", "wurde", "osted", "публиков", "ulkaistu"}

// publicationWord reports whether s holds one of publicationWords.
func publicationWord(s string) bool {
	for _, w := range publicationWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// metaHasPublicationWord is publicationWord of metaTextOf(n, max, false)
// without building the text (the walk's buffer stays on the stack).
func metaHasPublicationWord(n *html.Node, max int) bool {
	return metaHasWord(n, max, publicationWords[:])
}

// metaHasWord reports whether metaTextOf(n, max, false) holds one of
// words, without building the text.
func metaHasWord(n *html.Node, max int, words []string) bool {
	w := metaWalk{max: max, mode: walkText}
	w.walk(n)
	b := w.small[:w.nsmall]
	if w.big != nil {
		b = w.big
	}
	for _, p := range words {
		if bytes.Contains(b, []byte(p)) {
			return true
		}
	}
	return false
}

// lastEditWords are pieces of a wiki's note on the page's last change,
// the cheap gate before lastEdited.
var lastEditWords = [...]string{"zuletzt", "last edited", "last modified", "dernière fois", "última vez", "ultima volta", "laatst bewerkt", "ostatnio edyt", "отредактирован"}

// sideWords are the words of the gate before sideDate's expressions:
// publicationWords and lastEditWords.
var sideWords = sync.OnceValue(func() []string {
	return append(append([]string(nil), publicationWords[:]...), lastEditWords[:]...)
})

// lastEdited returns the date of a wiki's note on the page's last change:
// "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.",
// "This page was last edited on 29 January 2020, at 13:22.", "Cette page
// a été modifiée pour la dernière fois le 29 janvier 2020 à 13:22.", and
// the same note in Spanish, Italian, Dutch, Polish and Russian.
func lastEdited(t string) string {
	for _, p := range [...]struct{ lead, verb string }{
		{"zuletzt am ", "geändert"},
		{"last edited on ", ""},
		{"last modified on ", ""},
		{"dernière fois le ", ""},
		{"última vez el ", ""},
		{"ultima volta il ", ""},
		{"laatst bewerkt op ", ""},
		{"ostatnio edytowano ", ""},
		{"отредактирована ", ""},
	} {
		if i := strings.Index(t, p.lead); i >= 0 {
			if day := dateAfterLead(t[i+len(p.lead):], p.verb); day != "" {
				return day
			}
		}
	}
	return ""
}

// dateAfterLead returns the day of the date that opens rest, what follows a
// note's lead, with at most a weekday before it and verb, when given,
// after it; or "".
func dateAfterLead(rest, verb string) string {
	d, ok := findDate(rest)
	if !ok || !weekdayGap(rest[:d.start]) {
		return ""
	}
	if verb != "" && !strings.Contains(rest[d.end:], verb) {
		return ""
	}
	return d.day()
}

// publicationLabel reports whether s is a publication label and nothing
// else ("Mise en ligne", "Published:").
func publicationLabel(s string) bool {
	loc := publicationLabelRE().FindStringIndex(strings.TrimSpace(s))
	return loc != nil && loc[1] == len(strings.TrimSpace(s))
}

// postedOn returns the date of a blog's note on its post: "... wurde am
// 19. Mai 2010 um 23:03 Uhr gepostet", "This entry was posted on
// Wednesday, May 19th, 2010 at 11:03 pm".
func postedOn(t string) string {
	for _, p := range [...]struct{ lead, verb string }{
		{" wurde am ", "gepostet"},
		{" wurde am ", "veröffentlicht"},
		{"posted on ", ""},
		{"published on ", ""},
	} {
		i := strings.Index(t, p.lead)
		if i < 0 {
			if p.lead[0] == ' ' {
				continue
			}
			lt := strings.ToLower(t)
			if len(lt) != len(t) {
				continue
			}
			if i = strings.Index(lt, p.lead); i < 0 {
				continue
			}
		}
		if day := dateAfterLead(t[i+len(p.lead):], p.verb); day != "" {
			return day
		}
	}
	return ""
}

// weekdayGap reports whether s, what stands between a lead and its date,
// is nothing or one word and a comma ("Wednesday, ").
func weekdayGap(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	w, ok := strings.CutSuffix(s, ",")
	return ok && w != "" && !strings.ContainsAny(w, " ,.0123456789")
}

// sideTime counts a <time> of the page's chrome and keeps the first one's
// machine time. A comment's time is a reader's, not the page's: it is
// neither counted nor kept.
func (m *metaReader) sideTime(n *html.Node) {
	for p, k := n.Parent, 0; p != nil && k < 12; p, k = p.Parent, k+1 {
		if p.Type == html.ElementNode && (metaCommentKey(metaAttr(p, "class")) || metaCommentKey(metaAttr(p, "id"))) {
			return
		}
	}
	m.sideTimes++
	if m.sideTimes == 1 {
		m.sideTimeV = metaAttr(n, "datetime")
	}
}

// metaCommentKey reports a class or id with a word that opens with
// "comment" or "reply" ("comment-metadata", "comment-399009",
// "commentlist"); "byline-comments-count" is no comment.
func metaCommentKey(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(w)
		if strings.HasPrefix(w, "comment") || strings.HasPrefix(w, "reply") {
			return true
		}
	}
	return false
}

// labelledDateIn returns the date of t that a publication label
// introduces, its start moved to the label's ("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023"),
// looking at the first few dates from first on. A line often gives
// several dates; the label says which is the publication's.
func (m *metaReader) labelledDateIn(t string, first dateMatch) (dateMatch, bool) {
	if !publicationWord(t) {
		// Most date lines name no publication: no expression, no
		// further dates to look for.
		return dateMatch{}, false
	}
	d := first
	for k := 0; k < 4; k++ {
		if d.start > 0 {
			from := max(0, d.start-40)
			if loc := publicationLabelEndRE().FindStringIndex(t[from:d.start]); loc != nil {
				// The label stays with the date (labelled), so that the
				// chooser can tell it from a header's unlabelled date.
				d.start = from + loc[0]
				for d.start < len(t) && !unicode.IsLetter(rune(t[d.start])) && t[d.start] < utf8.RuneSelf {
					d.start++
				}
				return d, true
			}
		}
		if d.end >= len(t) {
			break
		}
		next, ok := m.findDate(t[d.end:])
		if !ok {
			break
		}
		next.start += d.end
		next.end += d.end
		d = next
	}
	return dateMatch{}, false
}

// labelBeforeDate reads a publication label set in an element of its own
// ("<span>Erschienen am:</span> <h2>13.10.2021</h2>"), whose date the
// next element gives alone: the date element may be styled as a heading
// and read as one, and the label is what says the date is the
// publication's. The gate is cheap (one short text ending with a colon)
// before any expression.
func (m *metaReader) labelBeforeDate(n *html.Node, pos int) {
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode || len(c.Data) > 40 {
		return
	}
	l := strings.TrimSpace(c.Data)
	if !strings.HasSuffix(l, ":") && !strings.HasSuffix(l, "：") {
		return
	}
	next := n.NextSibling
	for next != nil && next.Type != html.ElementNode {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
			return
		}
		next = next.NextSibling
	}
	if next == nil || metaTextDigits(next, 60, false) < 2 || !publicationLabel(l) {
		return
	}
	t := metaText(next, 60)
	if len(t) > 40 {
		return
	}
	if d, ok := m.findDate(t); ok && d.start == 0 {
		m.add(fieldPublished, originVisible, t[d.start:d.end], pos+1)
	}
}

// otherDateLabels introduce a date that is not the page's publication: a
// member's registration in a forum post's profile box ("Registriert:
// 18.09.2008", "Joined: ...", "Member since ...", "Miembro desde ...",
// "Lid sinds ...", "Зарегистрирован: ..."), the day's edition in a
// site's header ("Édition du 12 octobre 2020").
const otherDateLabels = `registriert(?:\s+seit)?|registered(?:\s+on)?|joined(?:\s+on)?|member\s+since|mitglied\s+seit|dabei\s+seit|inscrit(?:e)?\s+(?:le|depuis)|registrado(?:\s+el)?|iscritto\s+(?:il|dal)|(?:miembro|membro)\s+(?:desde|dal)|lid\s+sinds|zarejestrowany|зарегистрирован(?:а)?|(?:é|e)dition\s+du`

// otherDateLabelEndRE finds one of otherDateLabels ending a text, right
// before its date.
var otherDateLabelEndRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i:(?:^|[^\pL])(?:` + otherDateLabels + `))\s*[:：]?\s*$`)
})

// otherDate reports whether the date d of a line t is named as something
// other than the publication: it follows one of otherDateLabels, or it
// opens a span of days ("28.01.2022 – 29.01.2022", a teaser's event or a
// week's report), which no publication line prints. The date line reader
// leaves such a date.
func otherDate(t string, d dateMatch) bool {
	if dateSpan(t, d) || inSentence(t, d) {
		return true
	}
	if d.start == 0 {
		return false
	}
	from := max(0, d.start-40)
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	pre := t[from:d.start]
	// Every label holds one of these stems past its first letter, so no
	// case folding is needed: the cheap gate before the expression.
	for _, stem := range [...]string{"egist", "oined", "ince", "seit", "nscrit", "scritt", "dition", "embro", "inds", "arejestr", "регистр"} {
		if strings.Contains(pre, stem) {
			return otherDateLabelEndRE().MatchString(pre)
		}
	}
	return false
}

// dateSpan reports whether a dash or "bis" and another full date follow
// the date d of t.
func dateSpan(t string, d dateMatch) bool {
	rest := strings.TrimLeft(t[d.end:], " ")
	cut := false
	for _, sep := range [...]string{"–", "—", "-", "bis "} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			rest, cut = strings.TrimLeft(r, " "), true
			break
		}
	}
	if !cut || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	e, ok := findDate(rest)
	return ok && e.start == 0
}

// inSentence reports whether the date d is spoken of in a sentence t
// ("Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr
// statt."): words before and after it, a final stop, and no publication
// or update word in it.
func inSentence(t string, d dateMatch) bool {
	end := strings.TrimRight(t, " ")
	if end == "" || !strings.ContainsRune(".!?", rune(end[len(end)-1])) {
		return false
	}
	if !wordsAtLeast(t[:d.start], 2) || !wordsAtLeast(t[d.end:], 2) {
		return false
	}
	if publicationWord(t) || publicationLabelEndRE().MatchString(t[:d.start]) {
		return false
	}
	// A line that says it was changed then ("Last updated on 3 May 2021
	// by the editors.") dates the page too.
	for _, w := range [...]string{"pdate", "ktualisier", "mis à jour", "ctualiza", "ggiorna", "ijgewerkt"} {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// wordsAtLeast reports whether s holds at least n runs of non-space bytes.
func wordsAtLeast(s string, n int) bool {
	k, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			if k++; k >= n {
				return true
			}
		}
		in = !sp
	}
	return false
}
