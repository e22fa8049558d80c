package extract

import (
	"unicode"
	"unicode/utf8"
)

// A table of contents between the lead and the rest of the article: a
// list of short lines, each the title of a section printed again further
// down as its subheading ("1.Was ist ...?" over "Was ist ...?"). Alone
// its lines read as a menu, and a menu that long splits the article in
// two; the run may cross it as it crosses an ad.

// The shortest title, the shortest paragraph under a subheading, the
// longest line read as an entry, the fewest entries that make a table,
// and the most lines between two entries.
const (
	textTOCKeyMin  = 8
	textTOCPara    = 100
	textTOCLine    = 120
	textTOCEntries = 3
	textTOCGap     = 2
)

// textTOC returns which lines are entries of a table of contents, or nil
// when the page has none.
func textTOC(lines []tLine) []bool {
	// later maps the text of each short line to its last index: an
	// entry's subheading stands under it. Sized once: grown line by
	// line, the map is rebuilt again and again on a page of many short
	// lines.
	short := 0
	for i := range lines {
		if l := &lines[i]; l.eff() < textTOCLine && l.words >= 2 {
			short++
		}
	}
	if short == 0 {
		return nil
	}
	later := make(map[string]int, short)
	for i := range lines {
		if l := &lines[i]; l.eff() < textTOCLine && l.words >= 2 {
			later[textTOCKey(l.text)] = i
		}
	}
	var toc []bool
	for i := range lines {
		l := &lines[i]
		if l.eff() >= textTOCLine || l.boiler || l.comment || l.tail || l.date || l.repeated {
			continue
		}
		key := textTOCKey(l.text)
		if utf8.RuneCountInString(key) < textTOCKeyMin {
			// "15 comments" names no section.
			continue
		}
		// The section's subheading stands further down, over a
		// paragraph.
		j, ok := later[key]
		if !ok || j <= i+textTOCGap || j+1 >= len(lines) || lines[j+1].eff() < textTOCPara {
			continue
		}
		if toc == nil {
			toc = make([]bool, len(lines))
		}
		toc[i] = true
	}
	if toc == nil {
		return nil
	}
	// Keep only clusters of entries.
	for i := 0; i < len(toc); {
		if !toc[i] {
			i++
			continue
		}
		j, n := i, 0
		for k := i; k < len(toc) && k <= j+textTOCGap+1; k++ {
			if toc[k] {
				j = k
				n++
			}
		}
		if n < textTOCEntries {
			for k := i; k <= j; k++ {
				toc[k] = false
			}
			i = j + 1
			continue
		}
		// The table goes on over the numbered entries under it whose
		// sections it names in other words, or which a "more" button
		// hides.
		for j+1 < len(toc) && lines[j+1].eff() < textTOCLine && textTOCKey(lines[j+1].text) != lines[j+1].text {
			j++
			toc[j] = true
		}
		i = j + 1
	}
	return toc
}

// textTOCKey returns the title an entry names: the line without the
// number or bullet it opens with ("3.1#1 Steckturm" gives "Steckturm",
// "2. Ergebnisse" gives "Ergebnisse"). A line without one is its own
// title.
func textTOCKey(s string) string {
	k := 0
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsDigit(r) || r == '.' || r == '#' || r == ')' || r == ' ' || r == '•' || r == '-' || r == '–') {
			break
		}
		k += n
	}
	return s[k:]
}
