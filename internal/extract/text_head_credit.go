package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textCreditLabelLine reports whether a line is only a credit label, the
// name being printed on the next line: "Von", "By", "Autor:", "Kommentar
// von", "Geschrieben von", "Rezept von".
func textCreditLabelLine(l *tLine) bool {
	if l.words == 0 || l.words > 4 || l.runes > 40 {
		return false
	}
	s := strings.TrimRight(strings.TrimSpace(l.text), " :：")
	if l.digits > 0 {
		// "10.12.2022 18:27 von": the date the label follows. Only a
		// line ending with a joining label is read for its date.
		last := s[strings.LastIndexByte(s, ' ')+1:]
		if !textTrailingLabel(last) {
			return false
		}
		rest, ok := textCutOpeningDate(s)
		if !ok {
			return false
		}
		s = rest
	}
	if l.words > 3 || utf8.RuneCountInString(s) > 30 {
		return false
	}
	s = textCutLabelInflection(s)
	if bylinePrefixGate().may(s) {
		if loc := bylinePrefixIndex(s); loc != nil && strings.TrimSpace(s[loc[1]:]) == "" {
			return true
		}
	}
	if sp := s + " "; bylineLabelGate().may(sp) {
		if loc := bylineLabelIndex(sp); loc != nil && loc[1] >= len(s) {
			return true
		}
	}
	return textWordAndLabel(s)
}

// textWordAndLabel reports whether s is a word and a label that joins a
// name to it ("Kommentar von", "Un article de"). Lower-casing maps no rune
// to a space nor a space to another rune: the fields of s lower-cased are
// its fields, each lower-cased, and textTrailingLabel lower-cases the
// last of two.
func textWordAndLabel(s string) bool {
	var fb [3]string
	f := textFirstFields(fb[:0], s)
	// None: a line of colons only; three or more: no word and its label.
	if len(f) == 0 || len(f) == 3 {
		return false
	}
	return len(f) == 2 && textTrailingLabel(f[1])
}

// textTrailingLabel reports the words that end a credit label whose name
// follows on the next line.
func textTrailingLabel(w string) bool {
	switch strings.ToLower(w) {
	case "von", "by", "par", "por", "door", "di", "av", "af":
		return true
	}
	return false
}

// textNameLine reports whether a line is a name (or a few), the credit
// under a label line: capitalised names, or a handle of one or two words.
func textNameLine(l *tLine) bool {
	if l.runes > maxBylineRunes || l.words == 0 || l.words > 6 && l.cjk == 0 {
		return false
	}
	if looksLikeNames(l.text) {
		return true
	}
	return textHandle(l.text)
}

// textHandle reports whether s is a user name of one or two words:
// letters and digits, maybe in lower case, no sentence punctuation.
func textHandle(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 || utf8.RuneCountInString(s) > 30 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r), r == ' ', r == '_', r == '-', r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && !strings.HasSuffix(s, ".")
}

// textLabeledHandle returns the credit of a line that is a label and a
// handle ("von flerche", "by marc"), which isByline leaves to lines in
// capitals, or "".
func textLabeledHandle(s string) string {
	// Most lines open with no label: told without their lower-cased copy.
	if !textCreditLabelMay(s) {
		return ""
	}
	lower := strings.ToLower(s)
	for _, label := range textCreditLabels {
		rest, ok := strings.CutPrefix(lower, label)
		if !ok {
			continue
		}
		name := strings.TrimSpace(s[len(s)-len(rest):])
		if textHandle(name) && !textStopwords()[strings.ToLower(strings.Fields(name)[0])] {
			return s
		}
	}
	return ""
}

// textDatedNear reports whether the line before or after line i is a date
// line: a name printed beside the date is the credit, one among the
// paragraphs (a subheading in title case) is not.
func textDatedNear(lines []tLine, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(lines) && (lines[j].date || textDateLine(&lines[j])) {
			return true
		}
	}
	return false
}

// textCreditAfterSentence reports whether a line is a caption that ends
// with its photo credit after the sentence: "Penguins on the ice in
// February. EFE", "The mayor at the opening. Jane Doe/Reuters".
func textCreditAfterSentence(s string) bool {
	// Only a stop in the last 60 bytes counts: the search reads no
	// more, and asks IndexByte for the stops, most lines holding none
	// there or one.
	i := textLastStopSpace(s, max(0, len(s)-61))
	if i <= 0 || len(s)-i > 60 {
		return false
	}
	tail := strings.TrimSpace(s[i+2:])
	if r, _ := utf8.DecodeLastRuneInString(tail); tail == "" || textSentenceEnd(r) {
		return false
	}
	for _, part := range strings.FieldsFunc(tail, func(r rune) bool { return r == '/' || r == ',' || r == '|' }) {
		if isAgency(strings.TrimSpace(part)) {
			return true
		}
	}
	return false
}

// textNumberedRun reports whether line i opens with a digit, as do two
// more of the lines around it: an ingredient list, a results table.
func textNumberedRun(lines []tLine, i int) bool {
	digit := func(j int) bool {
		if j < 0 || j >= len(lines) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(lines[j].text)
		return unicode.IsDigit(r)
	}
	if !digit(i) {
		return false
	}
	n := 0
	for _, j := range []int{i - 2, i - 1, i + 1, i + 2} {
		if digit(j) {
			n++
		}
	}
	return n >= 2
}

// textOpeningDate returns the date a paragraph opens with, within its
// first words: "27.1.2022 - Bei der ...", "(21. November 2022) Die ...",
// "Red. / 31.10.2023 Die ...", "Pressemitteilung vom 25. Januar 2022 |
// Berlin – ...". A date further in is one the text speaks of.
func textOpeningDate(s string) (dateMatch, bool) {
	head := s
	if len(head) > 60 {
		head = head[:60]
		for !utf8.ValidString(head) {
			head = head[:len(head)-1]
		}
	}
	m, ok := textFindDate(head)
	if !ok || m.start > 25 {
		return dateMatch{}, false
	}
	// A label may stand before it ("Pressemitteilung vom"), not a clause
	// ("Wir suchen zum 1. April").
	lower := 0
	for _, w := range strings.Fields(head[:m.start]) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return m, lower <= 1
}

// textWorkLabels name the kind of piece before its author's name:
// "Interview: Jane Doe", "Kommentar: Max Muster".
var textWorkLabels = map[string]bool{
	"interview": true, "text": true, "texto": true, "texte": true, "tekst": true, "report": true, "reportage": true,
	"kommentar": true, "commentary": true, "analyse": true, "analysis": true, "essay": true, "column": true,
	"kolumne": true, "opinion": true, "meinung": true, "gastbeitrag": true, "recherche": true, "entretien": true,
	"entrevista": true, "intervista": true, "reportaje": true, "crónica": true, "chronique": true,
}

// textLabeledName returns the name of a line that is a work label and a
// name of two words or more ("Interview: Julia Lauter"), or "".
func textLabeledName(s string) string {
	label, name, ok := strings.Cut(s, ":")
	if !ok || !textWorkLabels[strings.ToLower(strings.TrimSpace(label))] {
		return ""
	}
	name = strings.TrimSpace(name)
	if len(strings.Fields(name)) >= 2 && looksLikeNames(name) {
		return name
	}
	return ""
}

// textLabelName reports whether name, the line under the credit label
// line label, is the name it introduces. A single word passes only under
// a label in lower case or one that ends with a colon ("by" over
// "delta201", "Autor:" over "tlow"): a label-like word in a menu ("DE",
// "En", "Autoren") stands over another menu item.
func textLabelName(label, name *tLine) bool {
	if !textNameLine(name) {
		return false
	}
	if name.words >= 2 || name.cjk > 0 {
		return looksLikeNames(name.text)
	}
	t := strings.TrimSpace(label.text)
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || strings.ToLower(t) == t
}

// textInnerLabels lead the name inside a meta line, after other words:
// "Posted in News by jdoe", "words written by Jane Doe", "6. Dezember
// 2022 von Fatima in Gefühle", "Verfasst von: jdoe".
var textInnerLabels = []string{" by ", " von ", " vom ", " par ", " por ", " door ", " di ", " av ", " af "}

// textNameEnds end the name after an inner label: the category, time or
// place words a meta line goes on with ("in Gefühle", "on August 3",
// "under Just For Fun", "at 2:33 PM").
var textNameEnds = []string{" in ", " on ", " am ", " um ", " at ", " under ", " en ", " dans ", " à ", " le ", " el ", " op ", " im ", " | ", " - ", " – "}

// textNameThen are the words after which a name stops: the update or
// publication note a credit runs into ("Jane Doe Zuletzt geändert am").
var textNameThen = []string{"zuletzt ", "aktualisiert", "updated ", "last updated", "last modified", "geändert", "publicado", "published", "veröffentlicht", "erstellt", "mis à jour", "modifié"}

// textCreditInner returns the name a meta-line field holds after an inner
// credit label, or ahead of an update note, or "": a name of one to three
// words or a handle.
func textCreditInner(part string) string {
	// A colon after the label reads as a space: "Verfasst von: jdoe".
	part = strings.ReplaceAll(part, ":", " ")
	lower := " " + strings.ToLower(part) + " "
	if len(lower) != len(part)+2 {
		// Lower-casing changed the byte offsets: leave the line alone.
		return ""
	}
	name := ""
	for _, label := range textInnerLabels {
		if i := strings.Index(lower, label); i >= 0 {
			name = part[min(len(part), i+len(label)-1):]
			break
		}
	}
	if name == "" {
		for _, w := range textNameThen {
			if i := strings.Index(lower, " "+w); i > 1 {
				// Names only: the note after two or more of them.
				if n := strings.TrimSpace(part[:i-1]); len(strings.Fields(n)) >= 2 && looksLikeNames(n) {
					return n
				}
				return ""
			}
		}
		return ""
	}
	name = strings.TrimLeft(name, " ")
	low := " " + strings.ToLower(name) + " "
	for _, e := range textNameEnds {
		if i := strings.Index(low, e); i >= 0 && i <= len(name) {
			name = name[:max(0, i-1)]
			low = " " + strings.ToLower(name) + " "
		}
	}
	name = strings.TrimSpace(name)
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 3 || textStopwords()[strings.ToLower(f[0])] {
		return ""
	}
	if len(f) >= 2 && looksLikeNames(name) || len(f) <= 2 && textHandle(name) {
		return name
	}
	return ""
}

// textLeadLabels open a credit line, matched without regard to case; the
// name may follow after a space or run into the label ("ByJ.R. Stone",
// "PorRodolfo Costa", "AuthorAndreas Kalt").
var textLeadLabels = []string{"by", "von", "vom", "por", "par", "door", "av", "af", "author", "autor", "autorin", "text von", "texto", "escribe", "escrito por", "scritto da"}

// textLeadLabelFirst holds, for each first byte of textLeadLabels, their
// second letters, a bit each from 'a' (all lower-case ASCII letters).
var textLeadLabelFirst = func() (t [256]uint32) {
	for _, l := range textLeadLabels {
		t[l[0]] |= 1 << (l[1] - 'a')
	}
	return t
}()

// textLabeledCredit returns the names of a line that is a credit label and
// a list of names with more after them, which isByline leaves ("By Jane
// Doe, John Roe, 7 News", "Por Jane Doe jdoe@example.com", "ByJ.R.
// Stone"), or "": the names are the parts after the label, up to the
// first that is none, the first of two words or more.
func textLabeledCredit(s string) string {
	if len(s) > 4*maxBylineRunes {
		return ""
	}
	// Each label is ASCII letters (and a space), which EqualFold matches
	// only with themselves in either case: a rune beyond ASCII among the
	// label's bytes, even one that folds to an ASCII letter (the long s
	// 'ſ', the Kelvin sign), leaves too few runes there. So a line opens
	// with a label only when its first two bytes, ASCII capitals folded,
	// open one.
	if len(s) < 2 || textLeadLabelFirst[s[0]|0x20]>>(s[1]|0x20-'a')&1 == 0 {
		return ""
	}
	rest := ""
	for _, label := range textLeadLabels {
		if len(s) <= len(label) || !strings.EqualFold(s[:len(label)], label) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[len(label):])
		switch {
		case r == ' ' || r == ':':
			rest = strings.TrimLeft(s[len(label):], " :")
		case unicode.IsUpper(r) && unicode.IsUpper(rune(s[0])) && unicode.IsLower(rune(s[len(label)-1])):
			// Run together: the label in title case, a capital after it.
			rest = s[len(label):]
		}
		if rest != "" {
			break
		}
	}
	if rest == "" {
		return ""
	}
	var names []string
	for _, p := range textNameParts(rest) {
		p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), "0123456789"))
		f := strings.Fields(p)
		if len(names) == 0 {
			// The first name may run into what follows it: "Jane Doe
			// jdoe", "Jane Doe Illustration von ...".
			p = strings.Join(f[:min(len(f), 4)], " ")
			for k := min(len(f), 4) - 1; k >= 2 && !looksLikeNames(p); k-- {
				p = strings.Join(f[:k], " ")
			}
			// Nor does a name end with a particle ("... Seiler von").
			for f = strings.Fields(p); len(f) > 2; f = f[:len(f)-1] {
				if r, _ := utf8.DecodeRuneInString(f[len(f)-1]); !unicode.IsLower(r) {
					break
				}
			}
			p = strings.Join(f, " ")
		}
		if len(f) < 1 || len(f) > 4 || !looksLikeNames(p) || len(names) == 0 && len(f) < 2 && !strings.Contains(p, ".") {
			break
		}
		names = append(names, p)
	}
	if len(names) == 0 {
		return ""
	}
	return strings.Join(names, ", ")
}

// textNameParts cuts a credit into its parts: at commas, bars, bullets,
// dashes, slashes, runs of spaces and where an address or a handle begins.
func textNameParts(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(",|•·–—/@;()", r)
	})
}

// textLoneHandle reports whether s, all a date line holds beside its date,
// is a user name: one word that reads as a handle, in lower case
// ("reineckefuchs", "mh"), with digits or an underscore, or with a capital
// inside ("HansEhrlich"). A capitalised word alone is as often a category
// ("Politik"), and a word in lower case may be a weekday or a date word.
func textLoneHandle(s string) bool {
	if strings.ContainsAny(s, " .") || !textHandle(s) {
		return false
	}
	lower := strings.ToLower(s)
	if textStopwords()[lower] || textDateWords[lower] || textDateLabels[lower] {
		return false
	}
	first, n := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsLower(first):
		return true
	case strings.ContainsAny(s, "0123456789_"):
		return true
	}
	// A capital inside after a lower-case letter: "HansEhrlich".
	prev := first
	for _, r := range s[n:] {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}

// textDateLabels open date lines: "Stand: ...", "Posted on ...".
var textDateLabels = map[string]bool{
	"stand": true, "posted": true, "published": true, "veröffentlicht": true, "erschienen": true, "publiziert": true,
	"gepostet": true, "datum": true, "date": true, "erstellt": true, "eingetragen": true, "geschrieben": true,
	"written": true, "zuletzt": true, "letzte": true, "last": true, "publié": true, "publicado": true, "pubblicato": true,
	"geplaatst": true, "opublikowano": true, "updated": true, "aktualisiert": true, "created": true, "actualizado": true,
	"aggiornato": true, "atualizado": true, "modifié": true, "mis": true, "uhr": true,
}

// textDateWords are the weekdays and relative days a date line may hold
// in lower case beside its date.
var textDateWords = map[string]bool{
	"heute": true, "gestern": true, "today": true, "yesterday": true, "hoy": true, "ayer": true, "hier": true,
	"aujourd'hui": true, "oggi": true, "ieri": true, "vandaag": true, "gisteren": true, "dzisiaj": true, "wczoraj": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true, "sobota": true, "niedziela": true,
	"segunda": true, "terça": true, "quarta": true, "quinta": true, "sexta": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true, "суббота": true, "воскресенье": true,
	"am": true, "um": true, "on": true, "at": true, "le": true, "el": true, "il": true, "den": true, "vom": true, "seit": true,
}

// textPictureLabels are the labels of a picture credit printed alone on
// the line over it ("Credit..." over "Jane Doe/Reuters"): the name under
// one is the photographer's.
var textPictureLabels = map[string]bool{
	"credit": true, "credits": true, "photo": true, "photos": true, "foto": true, "fotos": true, "bild": true,
	"bilder": true, "image": true, "picture": true, "illustration": true, "grafik": true, "photograph": true,
	"фото": true, "photo credit": true, "image credit": true, "bildquelle": true,
}

// textPictureLabel reports whether a line is only a picture credit label.
func textPictureLabel(s string) bool {
	if len(s) > 20 {
		return false
	}
	return textPictureLabels[strings.ToLower(strings.Trim(s, " .:…"))]
}

// textLabelTails are the words a credit label alone on its line ends with
// ("By", "Text von", "Autor:", "Posted by", "a cura di"): textLabelTail
// tries them before the label expressions, which most short header lines
// (menu items) would otherwise run through.
var textLabelTails = map[string]bool{
	"by": true, "von": true, "vom": true, "par": true, "por": true, "door": true, "di": true, "av": true, "af": true,
	"de": true, "text": true, "texte": true, "texto": true, "tekst": true, "autor": true, "autorin": true, "autore": true,
	"auteur": true, "author": true, "authors": true, "autorzy": true, "autoren": true, "redaktion": true, "reporter": true,
	"written": true, "reported": true, "posted": true, "story": true, "words": true, "reporting": true, "compiled": true,
	"edited": true, "автор": true, "текст": true, "yazar": true, "작성자": true, "作者": true, "记者": true, "撰文": true,
	"文": true, "記者": true,
}

// textLabelTail reports whether a short line ends with a word a credit
// label ends with.
func textLabelTail(l *tLine) bool {
	if l.words == 0 || l.words > 3 || l.runes > 30 {
		return false
	}
	t := textLabelTrim(l.text)
	i := strings.LastIndexByte(t, ' ')
	w := t[i+1:]
	if !textLabelTailMay(w) {
		return false
	}
	// Lower-cased on the stack: a map look-up of string(buf) copies
	// nothing.
	var buf [textLowerBuf]byte
	return textLabelTails[string(textLowerAppend(buf[:0], w))]
}

// textLabelTailLens holds, for each first byte of textLabelTails, the
// lengths of the words that open with it, a bit each (63 for longer).
var textLabelTailLens = func() (t [256]uint64) {
	for k := range textLabelTails {
		t[k[0]] |= 1 << min(len(k), 63)
	}
	return t
}()

// textLabelTailMay is false only when strings.ToLower(w) is no word of
// textLabelTails: a word of ASCII lower-cases to its bytes folded, its
// length and first byte kept; one with a byte beyond ASCII is left to
// the look-up.
func textLabelTailMay(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return textLabelTailLens[textFoldByte(w[0])]>>min(len(w), 63)&1 != 0
}

// textLabelTrim is strings.TrimRight(s, " :：/／"), the full-width marks
// matched as bytes: s ends with their bytes only where it ends with the
// rune, which strings.TrimRight decodes.
func textLabelTrim(s string) string {
	for s != "" {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == ':' || c == '/':
			s = s[:len(s)-1]
			continue
		case strings.HasSuffix(s, "："):
			s = s[:len(s)-len("：")]
			continue
		case strings.HasSuffix(s, "／"):
			s = s[:len(s)-len("／")]
			continue
		}
		break
	}
	return s
}

// textCutOpeningDate returns s without the date (and time of day) it
// opens with, or false when s opens with no date or holds digits after it.
func textCutOpeningDate(s string) (string, bool) {
	m, ok := findDate(s)
	if !ok || m.start != 0 {
		return s, false
	}
	rest := strings.TrimLeft(s[m.end:], " ,|·•-–—")
	// A time of day the date reader left ("18:27", "18:27 Uhr").
	if f := strings.Fields(rest); len(f) > 0 && strings.IndexByte(f[0], ':') > 0 && strings.Trim(f[0], "0123456789:") == "" {
		rest = strings.TrimSpace(rest[strings.Index(rest, f[0])+len(f[0]):])
		if w, after, _ := strings.Cut(rest, " "); strings.EqualFold(w, "uhr") || strings.EqualFold(w, "h") {
			rest = after
		}
	}
	rest = strings.TrimLeft(rest, " ,|·•-–—")
	if rest == "" || strings.ContainsAny(rest, "0123456789") {
		return s, false
	}
	return rest, true
}

// textLabelInflections are the endings that name both genders or the
// plural on a credit label: "Autor/in", "AUTOR*IN", "Autor:innen",
// "Auteur(s)", "Autor(en)".
var textLabelInflections = []string{"/in", "*in", ":in", "_in", "(in)", "/innen", "*innen", ":innen", "_innen", "(innen)", "(s)", "(en)", "(es)"}

// textCutLabelInflection returns a label without such an ending.
func textCutLabelInflection(s string) string {
	// The endings are ASCII: the lower case ends with one only where s
	// ends with its last byte, folded (a last rune beyond ASCII lower-
	// cases to none of them).
	if s == "" || !textInflectionEnds[textFoldByte(s[len(s)-1])] {
		return s
	}
	lower := strings.ToLower(s)
	for _, e := range textLabelInflections {
		if strings.HasSuffix(lower, e) && len(s) > len(e)+2 {
			return strings.TrimSpace(s[:len(s)-len(e)])
		}
	}
	return s
}

// textLastStopSpace returns the last index i >= from of ". " in s, or -1.
func textLastStopSpace(s string, from int) int {
	if len(s) < 2 || from > len(s)-2 {
		return -1
	}
	last := -1
	// A stop at len(s)-1 has no space after it.
	w := s[:len(s)-1]
	for i := from; ; {
		k := strings.IndexByte(w[i:], '.')
		if k < 0 {
			return last
		}
		i += k
		if s[i+1] == ' ' {
			last = i
		}
		i++
	}
}

// textCreditLabelMay is false only when no label of textCreditLabels
// opens strings.ToLower(s). The labels are ASCII: over a prefix of ASCII
// bytes the lower case is those bytes folded, so a label is told from
// them up to the first byte that differs; a byte beyond ASCII there (a
// rune lower-casing to an ASCII letter, or to more bytes) leaves the
// answer to the copy.
func textCreditLabelMay(s string) bool {
	for _, label := range textCreditLabels {
		n := min(len(label), len(s))
		i := 0
		for i < n && s[i] < utf8.RuneSelf && textFoldByte(s[i]) == label[i] {
			i++
		}
		if i == len(label) || i < len(s) && s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// textInflectionEnds holds the last bytes of textLabelInflections.
var textInflectionEnds = func() (t [256]bool) {
	for _, e := range textLabelInflections {
		t[e[len(e)-1]] = true
	}
	return t
}()
