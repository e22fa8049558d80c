package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readers' comments printed without a header: many themes put no
// "Comments" line over the thread, only a short line per comment that
// names its reader, with the date ("Jermaine 07 Nov 12") or a verb of
// saying ("Progress Trap said,"). Several such lines in a row, each over
// what its reader wrote, under the article's prose, are the comments.

// textThreads marks the first line of a thread of readers' comments that
// has no header as the comments' header, for textBestRun to wall off.
// A page whose comments have a header already is left as it is.
func textThreads(lines []tLine) {
	prose := false
	for i := range lines {
		l := &lines[i]
		if l.comment && prose {
			// The comments have their header; one over the article (a
			// count of them by the headline) walls nothing off.
			return
		}
		if !prose {
			prose = l.eff() >= textBodyTailProse
			continue
		}
		if !textThreadMeta(l) || !textThreadComment(lines, i+1) {
			continue
		}
		metas := []int{i}
		for j := i + 1; j < len(lines) && j <= metas[len(metas)-1]+textThreadGap; j++ {
			// A comment may open with a greeting line ("Hi Daniel").
			if textThreadMeta(&lines[j]) && (textThreadComment(lines, j+1) || textThreadComment(lines, j+2)) {
				metas = append(metas, j)
			}
		}
		if len(metas) >= textThreadMetas {
			l.comment = true
			for _, j := range metas {
				lines[j].thread = true
			}
			return
		}
	}
}

// textThreadMetas is how many reader lines make a thread; textThreadGap
// the most lines from one to the next (a comment of a few paragraphs).
const (
	textThreadMetas = 3
	textThreadGap   = 8
	// textThreadMetaMax is the longest reader line.
	textThreadMetaMax = 60
)

// textThreadComment reports whether line i is what a reader wrote: a line
// of some words, a sentence or mostly in lower case (not the title of a
// teaser), that is no reader line itself.
func textThreadComment(lines []tLine, i int) bool {
	if i >= len(lines) {
		return false
	}
	l := &lines[i]
	return l.words >= 3 && l.eff() >= 15 && (l.endStop || l.lower*2 >= l.cased) && !textThreadMeta(l)
}

// textSayWords say that a reader wrote what follows ("Anna said,", "Jan
// schrieb:").
var textSayWords = map[string]bool{
	"said": true, "says": true, "wrote": true, "writes": true, "schrieb": true, "sagt": true, "sagte": true,
	"schreibt": true, "dice": true, "dijo": true, "escribió": true, "scrive": true,
	"écrit": true, "dit": true, "disse": true, "escreveu": true, "schreef": true,
	"zegt": true, "napisał": true, "napisała": true, "написал": true, "написала": true, "пишет": true,
}

// textThreadMeta reports whether l is the short line that heads one
// reader's comment: a name (one to four capitalised words) followed by a
// verb of saying, or by a date and time and nothing else.
func textThreadMeta(l *tLine) bool {
	if l.eff() > textThreadMetaMax || l.words < 2 || l.words > 9 {
		return false
	}
	if c := l.text[0]; c > ' ' && c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && !('0' <= c && c <= '9') {
		// The reader's name opens the line, with a capital (or a
		// digit, for a handle): textReaderNames turns the rest away.
		return false
	}
	if t := textTrimSayEnd(l.text); len(t) < len(l.text) || l.digits == 0 {
		// "Progress Trap said," "Jan schrieb:"
		if !textSayMaybe(t[strings.LastIndexByte(t, ' ')+1:]) {
			return false
		}
		name, verb := textLastWord(t)
		return textLowerIn(textSayWords, verb) && textReaderNames(name)
	}
	// "Jermaine 07 Nov 12", "Ben Dunlap 07 Nov 12 at 5:40 pm": the words
	// before the first number are the name; after it a date, a month
	// named or the numbers of one, and a few short words ("at", "pm").
	// The words are gathered on the stack: the line is short (at most
	// textThreadMetaMax, nine words) and asked of most short lines.
	// A digit in the first word leaves no name before the first number:
	// told from the bytes up to the first space or non-ASCII byte (which
	// may be a space), before the line is cut into words.
	for i := 0; i < len(l.text); i++ {
		c := l.text[i]
		if c >= utf8.RuneSelf || textASCIISpace(c) {
			break
		}
		if '0' <= c && c <= '9' {
			return false
		}
	}
	var buf [12]string
	words := buf[:0]
	for w := range strings.FieldsSeq(l.text) {
		words = append(words, w)
	}
	k := 0
	for k < len(words) && !textHasDigit(words[k]) {
		if _, ok := monthNumber(strings.Trim(words[k], ",")); ok {
			break
		}
		if strings.ContainsRune(words[k], ':') {
			return false
		}
		k++
	}
	name := k
	if name > 1 && textConnector(words[name-1]) {
		// "Jamie Wayne, on November 7th, 2012"
		name--
	}
	if name == 0 || name > 4 || k == len(words) || !textReaderNames(strings.TrimRight(strings.Join(words[:name], " "), ",")) {
		return false
	}
	nums, month := 0, false
	for _, w := range words[k:] {
		if w == "//" || w == "|" || w == "·" || w == "–" || w == "-" {
			// "// Twitter: @lukejohnso"
			break
		}
		w = strings.Trim(w, ",()")
		if strings.HasPrefix(w, "@") {
			// "Ann Lee (@annlee) November 2, 2012" signs a post the
			// article quotes.
			return false
		}
		switch _, ok := monthNumber(w); {
		case ok, textLowerIn(textAgoWords, w):
			// A month, or a time gone by ("11 days ago", "vor 3 Tagen").
			month = true
		case textHasDigit(w):
			nums++
			if strings.Count(w, ".") == 2 || strings.Count(w, "/") == 2 {
				month = true
			}
		case !textConnector(w):
			return false
		}
	}
	return month && nums >= 1
}

// textAgoWords tell how long ago a comment was written.
var textAgoWords = map[string]bool{
	"ago": true, "minute": true, "minutes": true, "hour": true, "hours": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "mins": true,
	"hrs": true, "minuten": true, "stunde": true, "stunden": true, "tag": true, "tagen": true, "woche": true,
	"wochen": true, "monat": true, "monaten": true, "jahr": true, "jahren": true, "jours": true, "heures": true,
	"semaines": true, "mois": true, "ans": true, "días": true, "horas": true, "semanas": true, "meses": true,
	"años": true, "hace": true, "giorni": true, "ore": true, "fa": true,
}

// textConnector reports whether w is a short word that joins a name to
// its date or a date to its time ("on", "at", "am", "le", "pm").
func textConnector(w string) bool {
	n := utf8.RuneCountInString(w)
	if n == 0 || n > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// textLastWord cuts s before its last word.
func textLastWord(s string) (string, string) {
	k := strings.LastIndexByte(s, ' ')
	if k < 0 {
		return "", s
	}
	return strings.TrimSpace(s[:k]), s[k+1:]
}

// textReaderNames reports whether s reads as a reader's name: one to
// four words, the first capitalised, no sentence in it. A handle
// ("Ann Lee (@annlee)") signs an embedded post, which the article quotes.
func textReaderNames(s string) bool {
	n := strings.Count(s, " ") + 1
	if s == "" || n > 4 || textNameMarks(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// textHasDigit reports whether w holds an ASCII digit.
//
// The bytes are read in place: strings.ContainsAny builds its set of
// bytes at each call, and a digit is one ASCII byte, which no other rune
// holds.
func textHasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// textClosedPhrases say that the comments under a post are closed or
// that there are none yet: the line stands where the comment section
// opens, and what follows it is the blog's sidebar.
var textClosedPhrases = map[string]bool{
	"comments are closed": true, "comments closed": true, "commenting is closed": true,
	"comments and pings are closed": true, "comments and trackbacks are closed": true,
	"both comments and pings are currently closed": true, "comments are disabled": true,
	"no comments": true, "no comments yet": true, "there are no comments": true, "be the first to comment": true,
	"kommentare sind geschlossen": true, "keine kommentare": true, "noch keine kommentare": true,
	"les commentaires sont fermés": true, "aucun commentaire": true, "pas de commentaire": true,
	"los comentarios están cerrados": true, "no hay comentarios": true, "sin comentarios": true,
	"i commenti sono chiusi": true, "nessun commento": true, "brak komentarzy": true,
	"komentarze są wyłączone": true, "geen reacties": true, "reacties zijn gesloten": true,
}

// textClosedMax is the longest line read for textClosedPhrases.
const textClosedMax = 50

// textClosedComments marks the line that says the comments are closed,
// or that there are none, as the comments' header: the confirmation
// textConfirmComments asks of a header (dates, reply prompts under it)
// cannot come, since no comment follows.
func textClosedComments(lines []tLine) {
	for i := range lines {
		l := &lines[i]
		if l.comment || l.eff() > textClosedMax || l.words < 2 {
			continue
		}
		if textClosedMay(l) && textClosedMaybe(l.text) && textClosedPhrases[strings.Trim(l.lowered(), " .!…")] {
			l.comment = true
		}
	}
}

// textClosedEnds holds the last bytes of textClosedPhrases, and
// textClosedLens their lengths.
var textClosedEnds, textClosedLens = func() (*[256]bool, textLens) {
	var g [256]bool
	var ps []string
	for p := range textClosedPhrases {
		g[p[len(p)-1]] = true
		ps = append(ps, p)
	}
	return &g, newTextLens(ps)
}()

// textClosedMay is a cheap gate for textClosedComments: the line, trimmed
// of " .!…", lower-cased, must end as a phrase ends, and a line that
// folds (lower-cased by its ASCII capitals alone) must have a phrase's
// length. strings.ToLower maps rune by rune, maps no other rune onto
// those trimmed, and an ASCII rune to its ASCII fold; a line ending in
// another rune is let through.
func textClosedMay(l *tLine) bool {
	t := l.text
	if t == "" {
		return false
	}
	// Most lines end in a letter, with nothing to trim: the trimming is
	// called only for a line that ends in a mark it trims ("…" ends
	// with 0xA6), and its last byte is read in place.
	if c := t[len(t)-1]; c == ' ' || c == '.' || c == '!' || c == 0xA6 {
		if t = textTrimClosed(t, false); t == "" {
			return false
		}
	}
	if c := t[len(t)-1]; c < utf8.RuneSelf && !textClosedEnds[textFoldByte(c)] {
		return false
	}
	if !l.fold {
		return true
	}
	if c := t[0]; c == ' ' || c == '.' || c == '!' || c == 0xE2 {
		// "…" opens with 0xE2.
		t = textTrimClosed(t, true)
	}
	return textClosedLens.has(len(t))
}

// textTrimClosed trims " .!…" off the end of s, or off its start.
func textTrimClosed(s string, start bool) string {
	for s != "" {
		switch {
		case start && (s[0] == ' ' || s[0] == '.' || s[0] == '!'):
			s = s[1:]
		case start && strings.HasPrefix(s, "…"):
			s = s[len("…"):]
		case start:
			return s
		case s[len(s)-1] == ' ' || s[len(s)-1] == '.' || s[len(s)-1] == '!':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
		default:
			return s
		}
	}
	return s
}

// textSayFirst and textSayLast hold the first and the last bytes of
// textSayWords.
var textSayFirst, textSayLast = func() (*[256]bool, *[256]bool) {
	var f, l [256]bool
	for w := range textSayWords {
		f[w[0]], l[w[len(w)-1]] = true, true
	}
	return &f, &l
}()

// textSayMaybe is a cheap gate for textLowerIn(textSayWords, w): an ASCII
// first or last byte of w lower-cases to its fold, which must open or
// end a word of textSayWords. Other bytes are let through.
func textSayMaybe(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf && !textSayFirst[textFoldByte(c)] {
		return false
	}
	c := w[len(w)-1]
	return c >= utf8.RuneSelf || textSayLast[textFoldByte(c)]
}

// textASCIISpace reports whether the ASCII byte c is white space as
// strings.Fields reads it.
func textASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// textTrimSayEnd is strings.TrimRight(s, ":, ") with no cut set built
// for each line.
func textTrimSayEnd(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ':' || s[i-1] == ',' || s[i-1] == ' ') {
		i--
	}
	return s[:i]
}

// textNameMarks is strings.ContainsAny(s, ".!?;\"“”@(") read byte by
// byte: the curly quotes are found as their bytes, which no other rune
// holds in that order (a lead byte never continues a rune), and an
// invalid byte matches no mark either way.
func textNameMarks(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', ';', '"', '@', '(':
			return true
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return true
			}
		}
	}
	return false
}
