package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textGreetingAbove returns the run's start moved up over the line just
// above it when that line greets the reader as a letter does ("Dear
// readers,", "Liebe Leserinnen und Leser,", "Hola a todos,"): a few words
// that open with a capital and end in a comma, flagged as nothing, with
// the paragraph it opens right under it. A name in a credit line or a
// place before a date is no greeting: both are read as such and flagged
// or dated.
func textGreetingAbove(lines []tLine, start int) int {
	if start <= 0 || start >= len(lines) {
		return start
	}
	l := &lines[start-1]
	if l.words < 2 || l.words > textGreetingWords || l.cjk > 0 || l.digits > 0 || !l.blankAfter ||
		l.boiler || l.tail || l.comment || l.footer || l.date || l.repeated || l.thread || l.isCredit() {
		return start
	}
	s := l.text
	if len(s) < 2 || s[len(s)-1] != ',' || s[len(s)-2] == ',' {
		return start
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return start
	}
	l.class = tGood
	return start - 1
}

// textGreetingWords is the most words of a greeting.
const textGreetingWords = 5

// textHeadingAbove returns the run's start moved up over the line just
// above it when that line is a heading that introduces the first
// paragraph with a colon ("Key points of the ruling:", "In brief:"): a
// few words opening with a capital, flagged as nothing and not asking to
// share the page, with an empty line under them. A headline ends in no
// colon.
func textHeadingAbove(lines []tLine, start int) int {
	if start <= 0 || start >= len(lines) {
		return start
	}
	l := &lines[start-1]
	if l.words < 2 || l.words > textHeadingWords || !l.blankAfter || !strings.HasSuffix(l.text, ":") || textFlagged(l) ||
		textHasAny(l.lowered(), textShareVerbs) {
		return start
	}
	if r, _ := utf8.DecodeRuneInString(l.text); !unicode.IsUpper(r) {
		return start
	}
	l.class = tGood
	return start - 1
}

// textShareVerbs ask the reader to pass the page on: a label over the
// share buttons ("Share this article:", "Seite teilen:", "Beitrag
// weiterempfehlen:") heads no paragraph.
var textShareVerbs = []string{"share", "teilen", "empfehlen", "partager", "compartir", "condividi", "udostępnij", "delen"}

// textHeadingWords is the most words of a heading over the first
// paragraph.
const textHeadingWords = 6
