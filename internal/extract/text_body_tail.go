package extract

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The end of the article in the common phrases of each language: headers
// of the "related" and "more news" lists and of the author's box, which
// the one-pass matcher of text_fast.go does not hold, and the labels
// that put a teaser inside the article ("Lea también: ...").

// textBodyTailHeads open a list of other stories or the author's box
// under the article; a header has the shape textHeaderShape reads.
var textBodyTailHeads = []string{
	"otras noticias", "mirá también", "mira también", "lea también", "vea también", "ver también",
	"también te puede interesar", "le puede interesar", "temas relacionados", "artículos relacionados",
	"contexto de la noticia",
	"ähnliche nachrichten", "themenrelevante nachrichten", "top themen", "weitere aktuelle themen",
	"weitere interessante themen", "weiterführende artikel", "beliebte beiträge", "weiterlesen",
	"explore further",
	"artikel zum thema", "mehr themen", "weitere beiträge", "weitere artikel", "die meistgelesenen", "entdecke weitere",
	"entdecken sie weitere", "passend zum thema", "ähnliche artikel", "interessantes aus", "relevantes aus", "más sobre",
	"lo último", "weitere informationen", "ansprechpartner", "originalpublikation", "zusatzinformationen",
	"mehr zum thema", "more stories", "more from", "more articles",
	"articles liés", "inne artykuły", "lue myös", "läs också", "læs også", "les også",
	"about the author", "über den autor", "über die autorin", "zum autor", "zur autorin", "autoreninfo",
	"sobre el autor", "sobre la autora", "à propos de l'auteur", "o autorze", "об авторе",
}

// textBodyTailEnds end a header that asks the reader to go on to other
// stories ("Das Thema könnte dich auch interessieren:", "Diese Artikel
// könnten Sie auch interessieren").
var textBodyTailEnds = []string{
	"auch interessieren", "might also like", "may also like", "te puede interesar", "le puede interesar",
	"potrebbe interessarti", "pourrait vous intéresser", "pourraient vous intéresser",
}

// textFilingHeads open the sentence a blog prints under a post to file
// it ("This entry was posted in News and tagged ... Bookmark the
// permalink."), in the wording blog software gives it in each language.
var textFilingHeads = []string{
	"this entry was posted in", "this entry was filed under", "dieser eintrag wurde veröffentlicht in",
	"dieser beitrag wurde veröffentlicht in", "der beitrag wurde am", "cette entrée a été publiée dans",
	"ce billet a été publié dans", "questa voce è stata pubblicata in", "esta entrada fue publicada en",
	"deze entry werd geplaatst in", "este artigo foi publicado em", "ten wpis został opublikowany w",
}

// textFilingMax is the longest filing line: its tags may be many.
const textFilingMax = 400

var textFilingGate = sync.OnceValue(func() *textFirstBytes { return newTextFirstBytes(textFilingHeads) })

// textFilingLine reports whether s, a line lower-cased or one that
// folds (textForMatch), files the post.
func textFilingLine(s string) bool {
	for _, p := range textFilingHeads {
		if textHasFoldPrefix(s, p) {
			return true
		}
	}
	return false
}

// textBodyTeaserLabels put one teaser of another story inside the
// article: the label, a colon, the story's title.
var textBodyTeaserLabels = []string{
	"read more", "read also", "also read", "lea también", "lee también", "vea también", "ver también",
	"mira también", "mirá también", "lea más", "lee más", "le puede interesar", "te puede interesar",
	"también te puede interesar", "czytaj też", "czytaj także", "czytaj również", "zobacz także",
	"zobacz też", "zobacz również", "przeczytaj także", "przeczytaj też", "przeczytaj również",
	"lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "weiterlesen", "lire aussi",
	"à lire aussi", "a lire aussi", "leggi anche", "leia também", "leia mais", "veja também",
	"читайте также", "lees ook", "lue myös", "läs också", "læs også", "les også",
}

// textBodyTailMax is the longest line read as a list header; a teaser
// line is at most textTeaserMax long.
const (
	textBodyTailMax = 80
	textTeaserMax   = 200
	// textCountMax is the longest line read as a count of comments
	// with the post's title.
	textCountMax = 240
	// textBodyTailProse is the length of a line that makes a paragraph
	// above a header.
	textBodyTailProse = 150
)

// textFirstBytes is a gate on a line's first byte: only a line that opens
// as one of the phrases does (in either case; a non-ASCII letter shares
// its lead byte with its capital in the scripts the lists use) is
// lower-cased and compared.
type textFirstBytes [256]bool

func newTextFirstBytes(lists ...[]string) *textFirstBytes {
	var g textFirstBytes
	for _, list := range lists {
		for _, p := range list {
			c := p[0]
			g[c] = true
			if 'a' <= c && c <= 'z' {
				g[c-'a'+'A'] = true
			}
		}
	}
	return &g
}

var (
	textBodyTailGate    = sync.OnceValue(func() *textFirstBytes { return newTextFirstBytes(textBodyTailHeads) })
	textBodyTeaserGate  = sync.OnceValue(func() *textFirstBytes { return newTextFirstBytes(textBodyTeaserLabels) })
	textTeaserShortGate = sync.OnceValue(func() *textFirstBytes { return newTextFirstBytes(textBodyTeaserShort) })
)

// textTeaserShortLen is how far the colon after a short label is looked
// for.
const textTeaserShortLen = 14

// textBodyTails marks the list headers of textBodyTailHeads and
// textBodyTailEnds as the tail, as flag does for its own phrases, once a
// paragraph stands above them: over the article the same words are items
// of the site's menu ("About the Author", "Archives", "Contact").
func textBodyTails(lines []tLine) {
	// The tables are asked for once, not once a line.
	gate, filingGate, filingKeys, headKeys := textBodyTailGate(), textFilingGate(), textFilingKeys(), textTailHeadKeys()
	prose := false
	for i := range lines {
		l := &lines[i]
		if l.text == "" {
			continue
		}
		if l.eff() <= textFilingMax && filingGate[l.text[0]] && filingKeys.maybe(l.text) && textFilingLine(textForMatch(l)) {
			// The post's filing line ends the post: what follows is the
			// blog's (the author's box, other posts, comments). Its
			// wording is the blog software's own, so it needs no
			// paragraph above it to be known: the post may be shorter
			// than one.
			l.boiler, l.footer = true, true
			continue
		}
		if !l.footer && l.runes >= textReservedMin && textReservedEnd(l) {
			// A long legal notice (trademarks, then "© Site 2012. All
			// Rights Reserved.") ends the page as a copyright line does;
			// flag reads only the start of a long line.
			l.boiler, l.footer = true, true
			continue
		}
		if !prose {
			prose = l.eff() >= textBodyTailProse
			continue
		}
		if !l.comment && l.eff() > textBodyTailMax && l.eff() <= textCountMax && l.digits > 0 && !l.endStop &&
			textCountedComments(textForMatch(l), l.words) {
			// "11 responses to “<the post's long title>”": a count of
			// comments over them, longer than the headers flag reads.
			l.comment = true
			continue
		}
		if l.tail || l.comment || l.eff() > textBodyTailMax {
			continue
		}
		// A line that opens with an ASCII letter has no mark to cut
		// (most lines): textTrimHeadMarks is called for the others.
		head := l.text
		if c := head[0] | 0x20; c < 'a' || c > 'z' {
			head = textTrimHeadMarks(head)
		}
		if head == "" {
			continue
		}
		// A header ends on its last word or a colon; a sentence that
		// ends "... auch interessieren." is the text's.
		last := l.text[len(l.text)-1]
		ends := last != '.' && last != '!' && last != '?'
		// Most short lines end in a letter: the ending is read on the
		// line itself before it is lower-cased for textBodyTailEnd.
		if !(gate[head[0]] && headKeys.maybe(head)) && !(ends && textEndsHint(last) && textTailEndLast[last] && textTailEndMaybe(l.text)) {
			continue
		}
		// A line that folds is read as it stands, capitals folded, with
		// no lower-cased copy made.
		low := textForMatch(l)
		if c := low[0] | 0x20; c < 'a' || c > 'z' {
			low = textTrimHeadMarks(low)
		}
		if textBodyTailHead(l, low) || ends && textBodyTailEnd(low) {
			l.tail = true
		}
	}
}

// textTailEndLast is a gate on a line's last byte for textBodyTailEnd: an
// ASCII letter that, folded, ends no phrase of textBodyTailEnds ends a
// line that, lower-cased, ends with none (strings.ToLower maps an ASCII
// letter to its fold, and the letter is not trimmed). Other bytes are
// let through.
var textTailEndLast = func() *[256]bool {
	var g [256]bool
	for c := range g {
		g[c] = !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
	}
	for _, p := range textBodyTailEnds {
		c := p[len(p)-1]
		g[c] = true
		if 'a' <= c && c <= 'z' {
			g[c-'a'+'A'] = true
		}
	}
	return &g
}()

// textEndsHint is a cheap gate for textBodyTailEnd: the phrases end in a
// letter, a colon after it, or an ellipsis.
func textEndsHint(c byte) bool {
	return c == ':' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// textBodyTailHead reports whether low, the line lower-cased or one that
// folds (textForMatch), opens with a header of textBodyTailHeads.
func textBodyTailHead(l *tLine, low string) bool {
	if low == "" {
		return false
	}
	// Only the heads that open with the line's first byte, folded, are
	// compared.
	for _, p := range textBodyTailByFirst[textFoldByte(low[0])] {
		if textHasFoldPrefix(low, p) && textHeaderShape(l, low, p) {
			if slices.Contains(textBodyTailWhole, p) && strings.TrimRight(low[len(p):], " :") != "" {
				// "Weitere Informationen zum Volksbegehren:" leads on in
				// the text.
				continue
			}
			return true
		}
	}
	return false
}

// textBodyTailByFirst holds textBodyTailHeads by their first byte.
var textBodyTailByFirst = func() *[256][]string {
	var g [256][]string
	for _, p := range textBodyTailHeads {
		g[p[0]] = append(g[p[0]], p)
	}
	return &g
}()

// textBodyTailWhole are the heads of textBodyTailHeads that head a list
// only as the whole line: with more words after them, they are the
// text's own lead-in.
var textBodyTailWhole = []string{"weitere informationen"}

// textBodyTailEnd reports whether low, the line lower-cased or one that
// folds (textForMatch), ends with a phrase of textBodyTailEnds.
func textBodyTailEnd(low string) bool {
	low = textTrimTailEnd(low)
	if low == "" {
		return false
	}
	// Only the phrases ending with the line's last byte (folded) can end
	// it.
	for _, p := range textTailEndsByLast[textFoldByte(low[len(low)-1])] {
		if len(low) >= len(p) && textHasFoldPrefix(low[len(low)-len(p):], p) {
			return true
		}
	}
	return false
}

// textBodyTeaserShort are labels of one word or two that also open
// other lines ("Mira:" may name a speaker): the teaser they label is a
// title, which ends without a stop.
var textBodyTeaserShort = []string{
	"lea", "lee", "mira", "mire", "vea", "ver", "puedes ver", "leia", "veja", "auch lesen", "siehe auch",
	"lire", "zobacz", "czytaj", "leggi",
}

// textTeaserLine reports whether s is one teaser of another story set
// inside the article: a label of textBodyTeaserLabels, a colon (or a
// guillemet) and a title ("Lea también: Impiden ingreso a ...", "Czytaj
// też: Wyścig zbrojeń ruszył z kopyta").
func textTeaserLine(l *tLine) bool {
	if l.eff() > textTeaserMax || l.text == "" {
		return false
	}
	if textBodyTeaserGate()[l.text[0]] && textTeaserKeys().maybe(l.text) {
		low := l.lowered()
		for _, p := range textBodyTeaserLabels {
			if !strings.HasPrefix(low, p) {
				continue
			}
			rest := strings.TrimLeft(low[len(p):], " ")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "›") {
				return len(strings.TrimSpace(strings.TrimLeft(rest, ":»›"))) > 0
			}
		}
	}
	if !textTeaserShortGate()[l.text[0]] || strings.IndexByte(l.text[:min(len(l.text), textTeaserShortLen)], ':') < 0 {
		return false
	}
	if last := l.text[len(l.text)-1]; last == '.' || last == '!' || last == ')' {
		return false
	}
	low := l.lowered()
	for _, p := range textBodyTeaserShort {
		if strings.HasPrefix(low, p) && strings.HasPrefix(low[len(p):], ": ") && len(low) > len(p)+2 {
			return true
		}
	}
	return false
}

// textPromoHeads open a call to the reader to subscribe, follow or
// download, or ask whether the article was of use, which sites print
// inside or under the article.
var textPromoHeads = []string{
	"subscribe now", "subscribe to our", "sign up for our", "sign up to our", "follow us on", "get the latest",
	"download our app", "download the app", "like us on facebook", "we want to hear what you think",
	"for the latest news", "for the latest stories", "to get the latest", "stay up to date with", "never miss a",
	"síguenos en", "siguenos en", "suscríbete a", "suscríbete al", "descarga nuestra app", "descarga la app",
	"únete a nuestro canal", "unete a nuestro canal",
	"was this article helpful", "was this article useful", "was this page helpful", "did you like this article",
	"did you enjoy this article", "fanden sie diesen artikel", "war dieser artikel", "hat ihnen dieser artikel gefallen",
	"hat dir dieser artikel gefallen", "hat ihnen der artikel gefallen", "hat dir der artikel gefallen",
	"artikel gefallen?", "cet article vous a plu", "¿te ha gustado este artículo", "¿te gustó este artículo",
	"abonnieren sie unseren", "folgen sie uns", "folge uns auf", "melden sie sich für unseren newsletter",
	"zapraszamy do subskrypcji", "zapraszamy też do subskrypcji",
	"abonnez-vous", "suivez-nous sur", "inscrivez-vous à notre newsletter",
	"seguici su", "iscriviti alla newsletter", "siga-nos", "assine a nossa newsletter",
	"du willst nichts mehr verpassen", "sie wollen nichts mehr verpassen", "willst du nichts mehr verpassen",
	"dir hat der artikel gefallen", "dir hat der beitrag gefallen", "ihnen hat der artikel gefallen",
	"hat dir der beitrag gefallen", "hat ihnen der beitrag gefallen", "wie gefällt ihnen unsere website",
	"wie gefällt dir unsere website", "if you enjoyed reading this", "if you enjoyed this", "if you liked this",
	"enter your email address to", "enter your email below",
	"klicken sie auf den unteren button", "klicke auf den unteren button", "jede kleine spende hilft",
	"jede spende hilft", "verraten sie gerne in den kommentaren", "para comentar debes",
	"thank you for visiting", "benachrichtigung aktivieren", "wir respektieren deine privatsphäre",
	"wir respektieren ihre privatsphäre", "mit absenden meiner e-mail-adresse", "missing out on the latest",
	"gefällt dir unser", "gefällt ihnen unser", "dołącz do naszej społeczności",
}

// textPromoMax is the longest line read as a call to the reader.
const textPromoMax = 250

var textPromoGate = sync.OnceValue(func() *textFirstBytes { return newTextFirstBytes(textPromoHeads) })

// textPromoLine reports whether the line calls the reader to subscribe,
// follow the site or get its app ("Subscribe now to our ... edition for
// the full story.", "Síguenos en Telegram, Instagram ...").
func textPromoLine(l *tLine) bool {
	if l.eff() > textPromoMax || l.text == "" || !textPromoGate()[l.text[0]] || !textPromoKeys().maybe(l.text) {
		return false
	}
	low := l.lowered()
	if low == "" {
		return false
	}
	// Only the heads that open with the line's first byte are compared.
	for _, p := range textPromoByFirst[low[0]] {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// textPromoByFirst holds textPromoHeads by their first byte.
var textPromoByFirst = func() *[256][]string {
	var g [256][]string
	for _, p := range textPromoHeads {
		g[p[0]] = append(g[p[0]], p)
	}
	return &g
}()

// textAuthorBox returns the line that opens the author's box at the end
// of the run [start, end), or end when there is none: a line of one name
// (two to four words) over a paragraph that opens with that name's first
// word ("Markus Reuter" over "Markus Reuter beschäftigt sich mit ...",
// "Jake Goulding" over "Jake is the co-founder of ..."), under prose of
// the article, and the last paragraph of the run. Only the last lines of
// the run are read.
func textAuthorBox(lines []tLine, start, end int) int {
	prose := 0
	first := max(start, end-textBoxWindow)
	for i := start; i < first; i++ {
		if lines[i].class == tGood {
			prose += lines[i].eff()
		}
	}
	for i := first; i < end-1; i++ {
		l := &lines[i]
		if l.class == tGood && l.eff() >= textBoxName {
			prose += l.eff()
			continue
		}
		if prose >= textBoxProse && textBoxHead(l) {
			return i
		}
		if prose < textBoxProse || l.words < 2 || l.words > 4 || l.stops > 0 || l.endStop || l.eff() >= textBoxName || !looksLikeNames(l.text) {
			continue
		}
		j := i + 1
		for j < end && lines[j].text == l.text {
			// The name printed twice, over the picture and as a title.
			j++
		}
		if j >= end {
			break
		}
		bio := &lines[j]
		given, _, _ := strings.Cut(l.text, " ")
		if bio.eff() >= textBoxName && bio.eff() <= textBoxBio && strings.HasPrefix(bio.text, given+" ") && !textGoodAfter(lines, j+1, end) {
			return i
		}
	}
	return end
}

// textGoodAfter reports whether a line of prose stands in [from, end):
// a box is the last thing of the run, a name over a paragraph with more
// prose under it is a subheading of the article.
func textGoodAfter(lines []tLine, from, end int) bool {
	for k := from; k < end; k++ {
		if lines[k].class == tGood && lines[k].eff() >= textBoxName {
			return true
		}
	}
	return false
}

// The author's box: the last lines of the run read for it, the longest
// name line, the longest biography and the article's prose above it.
const (
	textBoxWindow = 12
	textBoxName   = 40
	textBoxBio    = 700
	textBoxProse  = 400
)

// textBoxHeads name the author's box over it ("About the author",
// "Autoreninfo"); "About" or "Über" before a name does as well ("Über
// Simon Dückert").
var textBoxHeads = []string{
	"about the author", "über den autor", "über die autorin", "zum autor", "zur autorin", "autoreninfo",
	"sobre el autor", "sobre la autora", "à propos de l'auteur", "o autorze", "об авторе", "over de auteur",
	"l'autore", "sull'autore",
}

var textBoxNameHeads = []string{"about ", "über ", "à propos de ", "sobre "}

// textBoxHead reports whether l heads the author's box.
func textBoxHead(l *tLine) bool {
	if l.eff() >= textBoxName || l.endStop || l.text == "" {
		return false
	}
	low := strings.TrimRight(l.lowered(), ": ")
	for _, p := range textBoxHeads {
		if low == p {
			return true
		}
	}
	for _, p := range textBoxNameHeads {
		if strings.HasPrefix(low, p) {
			rest := l.text[len(p):]
			if n := strings.Count(rest, " ") + 1; n >= 2 && n <= 4 && looksLikeNames(rest) && textCapitalised(rest) {
				return true
			}
		}
	}
	return false
}

// textCapitalised reports whether every word of s opens with a capital.
func textCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// textReservedEnds close a copyright notice in the common languages.
var textReservedEnds = []string{
	"all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
	"tutti i diritti riservati", "todos os direitos reservados", "wszelkie prawa zastrzeżone", "alle rechten voorbehouden",
}

// textReservedMin is the length from which a line is read for a notice
// at its end: a shorter one is read whole by flag.
const textReservedMin = 600

// textReservedEnd reports whether the line ends with a rights notice
// and holds a copyright sign.
func textReservedEnd(l *tLine) bool {
	if !strings.Contains(l.text, "©") && !strings.Contains(l.text, "(c)") && !strings.Contains(l.text, "Copyright") {
		return false
	}
	tail := l.text[max(0, len(l.text)-40):]
	low := strings.ToLower(strings.TrimRight(tail, " .!"))
	for _, p := range textReservedEnds {
		if strings.HasSuffix(low, p) {
			return true
		}
	}
	return false
}

// textSocialNames are the networks a site asks the reader to follow it
// on, as printed.
var textSocialNames = []string{
	"Twitter", "Facebook", "Instagram", "Telegram", "WhatsApp", "YouTube", "TikTok", "LinkedIn", "Google News",
}

// textFollowWords ask the reader to follow or join the site, anywhere in
// the line ("... tenemos canal de Telegram? Únete desde tu celular").
var textFollowWords = []string{
	"follow us", "join us", "join our", "únete", "unete", "síguenos", "siguenos", "sigue a",
	"folge uns", "folgen sie uns", "folgt uns", "suivez-nous", "rejoignez-nous", "seguici", "siga-nos", "segue-nos",
	"obserwuj nas", "dołącz do nas",
}

// textSocialPromo reports whether l asks the reader to follow the site
// on a social network ("Follow The Gleaner on Twitter and Instagram
// ...").
func textSocialPromo(l *tLine) bool {
	if l.eff() > textPromoMax || !textHasSocialName(l.text) {
		return false
	}
	return textHasAny(l.lowered(), textFollowWords)
}

// textSocialByFirst holds textSocialNames by their first byte, a capital
// letter each (textHasSocialName looks only where a capital stands).
var textSocialByFirst = func() *[256][]string {
	var t [256][]string
	for _, n := range textSocialNames {
		t[n[0]] = append(t[n[0]], n)
	}
	return &t
}()

// textHasSocialName is textHasAny(s, textSocialNames) in one reading of
// s, not one per name: every name opens with an ASCII capital, so only
// where one stands is a name compared. The capitals of eight bytes are
// found at once.
func textHasSocialName(s string) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := textWord8(s[i:])
		x := w &^ hi
		// The high bit of each byte: set when the byte is ASCII, at
		// least 'A' and not above 'Z'. No byte's sum carries into the
		// next: x is at most 0x7f in each.
		m := (x + (0x80-'A')*lo) &^ (x + (0x7f-'Z')*lo) &^ w & hi
		for m != 0 {
			if textSocialAt(s, i+bits.TrailingZeros64(m)/8) {
				return true
			}
			m &= m - 1
		}
	}
	for ; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' && textSocialAt(s, i) {
			return true
		}
	}
	return false
}

// textSocialAt reports whether a name of textSocialNames opens s[i:].
func textSocialAt(s string, i int) bool {
	for _, n := range textSocialByFirst[s[i]] {
		if strings.HasPrefix(s[i:], n) {
			return true
		}
	}
	return false
}

// textTailEndsByLast holds textBodyTailEnds by their last byte.
var textTailEndsByLast = func() *[256][]string {
	var t [256][]string
	for _, p := range textBodyTailEnds {
		if p != "" {
			t[p[len(p)-1]] = append(t[p[len(p)-1]], p)
		}
	}
	return &t
}()

// textTrimTailEnd is strings.TrimRight(s, ": …") with no cut set read
// rune by rune: the ellipsis is cut as its three bytes, which end s as
// that rune whatever stands before them.
func textTrimTailEnd(s string) string {
	for {
		switch {
		case s == "":
			return s
		case s[len(s)-1] == ':' || s[len(s)-1] == ' ':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
		default:
			return s
		}
	}
}
