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
	// An entry names the section whose subheading stands further down
	// over a paragraph: the last short line with the entry's title. Only
	// the titles of short lines over a paragraph (the targets) can be
	// such a subheading, so the last index is kept for those titles
	// alone, and a line whose title is of no target's length is not
	// looked up at all. Building a map of every short line's title cost
	// more than all the rest.
	var lens textTOCLens
	var last textStrTab
	for j := 0; j+1 < len(lines); j++ {
		l := &lines[j]
		if l.eff() >= textTOCLine || l.words < 2 || lines[j+1].eff() < textTOCPara {
			continue
		}
		key := textTOCTitle(l.text)
		if len(key) < textTOCKeyMin {
			// Shorter than an entry's title in bytes, so in runes.
			continue
		}
		last.put(key, -1)
		lens.add(len(key))
	}
	if last.n == 0 {
		return nil
	}
	// One sweep from the bottom finds each title's last short line and
	// the entries: whether line i is one depends only on the last line
	// with its title, which the sweep has passed when that line stands
	// more than textTOCGap lines under i. Each line's title is looked
	// up once.
	var toc []bool
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		if l.eff() >= textTOCLine {
			continue
		}
		// The length filter first: it turns most lines away, with no
		// flag read.
		key := textTOCTitle(l.text)
		if !lens.has(len(key)) {
			continue
		}
		entry := !(l.boiler || l.comment || l.tail || l.date || l.repeated)
		if l.words < 2 && !entry {
			continue
		}
		e := last.find(key)
		if e == nil {
			continue
		}
		if l.words >= 2 && e.val < 0 {
			e.val = int32(i)
		}
		if !entry || textTOCShort(key) {
			// "15 comments" names no section.
			continue
		}
		// The section's subheading stands further down, over a
		// paragraph.
		j := int(e.val)
		if j <= i+textTOCGap || j+1 >= len(lines) || lines[j+1].eff() < textTOCPara {
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
		if c := s[k]; c < utf8.RuneSelf {
			// Most lines open with a letter: no rune is decoded.
			if !('0' <= c && c <= '9' || c == '.' || c == '#' || c == ')' || c == ' ' || c == '-') {
				break
			}
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsDigit(r) || r == '.' || r == '#' || r == ')' || r == ' ' || r == '•' || r == '-' || r == '–') {
			break
		}
		k += n
	}
	return s[k:]
}

// textTOCShort reports whether the title s has fewer than textTOCKeyMin
// runes, counting them only when its length in bytes leaves it open.
func textTOCShort(s string) bool {
	if len(s) < textTOCKeyMin {
		return true
	}
	if len(s) >= textTOCKeyMin*utf8.UTFMax {
		return false
	}
	return utf8.RuneCountInString(s) < textTOCKeyMin
}

// textTOCLens is the set of the lengths in bytes of the targets' titles;
// a title of textTOCLenMax bytes or more is always let through.
type textTOCLens [textTOCLenMax / 64]uint64

const textTOCLenMax = 512

func (s *textTOCLens) add(n int) {
	if n < textTOCLenMax {
		s[n/64] |= 1 << (n % 64)
	}
}

func (s *textTOCLens) has(n int) bool {
	return n >= textTOCLenMax || s[n/64]&(1<<(n%64)) != 0
}

// textTOCTitle is textTOCKey with no call for the common line: an ASCII
// byte above '9' (above every mark textTOCKey cuts) opens a line that is
// its own title.
func textTOCTitle(s string) string {
	if s != "" && s[0] > '9' && s[0] < utf8.RuneSelf {
		return s
	}
	return textTOCKey(s)
}
