package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// textGluedLead returns the headline t without what the copied text glued
// to its front with no space: a kicker ending on a letter right before the
// quoted title ("Die Zukunft der Arbeit"Wir dekorieren ... um"") or a date
// line, crumbs and all, ending on "date - " ("StartseiteNews & mehr
// 23.01.2022 - Title", run together, or the date alone). A title quoted
// after a space, or one that ends on a date, keeps its words.
func textGluedLead(t string) string {
	// The expressions run only on a line they may match: textGluedQuote
	// ends with a closing quote, textGluedDate holds a year after a dot.
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(`"“”»`, r) {
		if m := textGluedQuote.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	if !strings.Contains(t, ".19") && !strings.Contains(t, ".20") {
		return t
	}
	if m := textGluedDate.FindStringSubmatchIndex(t); m != nil {
		if rest := t[m[1]:]; textWordCount(rest) >= 3 {
			return rest
		}
	}
	return t
}

// textGluedQuote is a kicker run into a title in quotes that ends the line.
var textGluedQuote = regexp.MustCompile(`^\pL[^"“„«]*\pL(["“„«]\p{Lu}[^"“”„«»]*["“”»])$`)

// textGluedDate is a day.month.year date that opens the line or is glued
// to the word before it, then a dash: the date line the title was run into.
var textGluedDate = regexp.MustCompile(`^(?:[^\n]*\pL)?\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s+[-–—]\s+`)

func textWordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if r == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
