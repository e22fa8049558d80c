package extract

import (
	"strings"
	"unicode"
)

// textDatedTitle reports whether a header line that holds a date reads as
// a title with the date in its words ("Tagung: Institutionen
// revolutionärer Macht ... (26. und 27. 2. 2015, Eichstätt)", "Protokoll
// der Vorstandssitzung vom 10. Oktober 2019"): past the date and the words
// that introduce dates, three words or more are left, which are no credit.
func textDatedTitle(l *tLine) bool {
	if l.words < 5 || !textTitleLike(l) || textDekLike(l) {
		return false
	}
	m, ok := l.findDate()
	if !ok {
		return false
	}
	before, after := strings.TrimSpace(l.text[:m.start]), strings.TrimSpace(l.text[m.end:])
	// A line that opens with its date is a post's meta line or an entry
	// of a list of posts ("[ 5. Februar 2020 ] Mit der PowerShell ...").
	if strings.Trim(before, " [(|·•-–—") == "" {
		return false
	}
	rest := textBylineText(before + " " + after)
	// Nor are categories set apart by bars ("26 | 01 | 2022 Schweiz |
	// Praxis | Video").
	if isByline(rest) || looksLikeNames(rest) || textLabeledCredit(rest) != "" || textCutCommentPrompt(rest) != rest || textSeparated(rest) {
		return false
	}
	// "Ein Artikel von Jane Doe, veröffentlicht am ...": a credit label
	// in it; "Foto aus ... 15. August 2016": a caption.
	low := " " + strings.ToLower(rest)
	for _, label := range textCreditLabels {
		if strings.Contains(low, " "+label) {
			return false
		}
	}
	if f := strings.Fields(low); len(f) > 0 && textCaptionWords[strings.Trim(f[0], ":")] {
		return false
	}
	n := 0
	for _, w := range strings.FieldsFunc(before+" "+after, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if len(w) > 1 && !lookupLower(dateWords(), w) {
			n++
		}
	}
	return n >= 3
}

// textTitleDates turns the header's dated titles into title lines: a
// line of textDatedTitle with a date line within three lines of it that
// is no such title, which dates the page, is the headline printed with a date in it,
// not the page's date line. A list of dated titles (a "recent posts"
// ticker: "[ 5. Februar 2020 ] Mit der PowerShell ...") has no such date
// line.
func textTitleDates(lines []tLine, lo, start int, role []int) {
	for i := lo; i < start; i++ {
		if role[i-lo] != roleDate || !textDatedTitle(&lines[i]) {
			continue
		}
		// A date line near it that is no dated title: the cheap test of
		// the two first (both read the line only).
		for j := max(lo, i-3); j < min(len(lines), i+4); j++ {
			if j == i {
				continue
			}
			if j < start && role[j-lo] == roleDate || j >= start && lines[j].eff() < 160 && (lines[j].date || textDateLine(&lines[j])) {
				if textDatedTitle(&lines[j]) {
					continue
				}
				role[i-lo] = roleText
				break
			}
		}
	}
}

// textCaptionWords open a photo caption or credit.
var textCaptionWords = map[string]bool{
	"foto": true, "fotos": true, "photo": true, "photos": true, "bild": true, "image": true, "фото": true, "video": true,
}
