package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Credit lines as blogs and copied page text print them, which the label
// and prefix rules alone miss: a user name in lower case ("by marc", "von
// lupa"), a label run into the name ("Geschrieben vonElisa Marvena"), a
// time after the name ("Eingestellt von Weinlachgummi um 10:52"), another
// field after it ("von Andrea Kategorien: Allgemein") and a rule before
// it ("---- by Kenneth Surin").

// handleWords are words that follow "by" or "von" in phrases, not user
// names ("by now", "von hier").
var handleWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an me us you him her them it its this that these those all now far
		default hand email mail phone post way day night then chance design accident heart law land sea air car
		train bus foot comparison contrast request appointment invitation nature definition
		heute hier oben unten innen außen aussen damals morgen gestern jetzt allem neuem vorne hinten links
		rechts mir dir uns euch ihm ihr ihnen sich selbst dort anfang zeit vornherein weitem nah fern
		myself yourself himself herself itself ourselves themselves tomorrow tonight midnight noon today
		yesterday klein groß gross neu alt überall wegen
		exemple ailleurs contre lui elle eux nous vous moi toi favor ejemplo ahora`) {
		m[w] = true
	}
	return m
})

// handleCredit reports whether rest, what follows a credit word, is one
// user name in lower case: "marc", "lupa", "c1ph4".
func handleCredit(rest string) bool {
	if rest == "" || blankChars.in(rest) {
		return false
	}
	n := utf8.RuneCountInString(rest)
	if n < 2 || n > 30 || !looksLikeHandle(rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return false
	}
	return !lookupLower(handleWords(), strings.TrimRight(rest, ".")) && !lookupLower(dateWords(), rest)
}

// handlePrefixes are the credit words a user name in lower case may
// follow; "de", "di", "par" and "por" begin too many phrases.
func handlePrefix(prefix string) bool {
	switch strings.ToLower(strings.TrimSpace(prefix)) {
	case "by", "von", "door", "av", "af":
		return true
	}
	return false
}

// gluedLabelRE finds a label run into a capitalised name, as copied text
// prints "Geschrieben vonElisa Marvena".
var gluedLabelRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^((?i:veröffentlicht|geschrieben|verfasst|erstellt|eingestellt|gepostet|posted|published|written|publié|publicado|pubblicato|geplaatst)\s+(?i:von|by|par|por|da|door))(\p{Lu}\p{Ll})`)
})

var gluedLabelGate = sync.OnceValue(func() *prefixGate { return newPrefixGate(gluedLabelRE()) })

// unglueLabel puts a space between a label and the name run into it.
func unglueLabel(s string) string {
	if !gluedLabelGate().may(s) {
		return s
	}
	return gluedLabelRE().ReplaceAllString(s, "$1 $2")
}

// clockTailRE finds a time of day after a credit: "um 10:52", "at 7:46 PM".
var clockTailRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s*[,|·•\-–—]?\s*(?:(?i:um|at|à|a las|alle|om|kl\.?|klo|o|saat|às|as)\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?i:uhr|h|[ap]\.?\s?m\.?))?\s*$`)
})

// cutClockTail removes a time of day from the end of a credit.
func cutClockTail(s string) string {
	if !strings.ContainsAny(s, ":.") || !digitAt(s, len(strings.TrimRight(s, " .apmAPMhUr"))-1) {
		return s
	}
	if loc := clockTailRE().FindStringIndex(s); loc != nil && loc[0] > 0 {
		return s[:loc[0]]
	}
	return s
}

// cutNextField cuts a credit before the label of another field printed
// after it on the same line: "Andrea Kategorien: Allgemein" gives
// "Andrea". ok is false when there is none.
func cutNextField(s string) (string, bool) {
	first := true
	cut := -1
	forFieldsAt(s, func(i int, w string) bool {
		// A label with a value after it: "Kategorien: Allgemein".
		if !first && len(w) > 1 && strings.HasSuffix(w, ":") && strings.TrimSpace(s[i+len(w):]) != "" {
			cut = i
			return false
		}
		first = false
		return true
	})
	if cut <= 0 {
		return s, false
	}
	return strings.TrimRight(s[:cut], " \t,;|·•-–—"), true
}

// forFieldsAt is forFields, with the offset of each field.
func forFieldsAt(s string, f func(i int, w string) bool) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if !f(i, s[i:j]) {
			return
		}
		i = j
	}
}

// creditNames reports whether rest, the part of a credit after its label
// or prefix, names its authors, allowing a time or another field after
// the names; tail is what was cut of those, "" when nothing.
func creditNames(rest string, handle bool) (tail string, ok bool) {
	names := func(r string) bool {
		return r != "" && (looksLikeNames(r) || handle && looksLikeHandle(r))
	}
	if names(rest) {
		return "", true
	}
	if r := cutClockTail(rest); r != rest && names(strings.TrimSpace(r)) {
		return rest[len(r):], true
	}
	if r, cut := cutNextField(rest); cut && names(r) {
		return rest[len(r):], true
	}
	return "", false
}

// cutTail removes tail, a piece cut from the end of the names, from the
// credit line s it was read from.
func cutTail(s, tail string) string {
	if tail == "" {
		return s
	}
	i := strings.LastIndex(s, tail)
	if i < 0 {
		return s
	}
	return strings.TrimSpace(s[:i] + s[i+len(tail):])
}

// cutHandleCredit cuts the credit word before a user name in lower case
// ("by marc" gives "marc"): such a word works as a label.
func cutHandleCredit(s string) (string, bool) {
	// The prefix gate rules out nearly every line from its first two
	// letters; then two words, the second in lower case.
	if !bylinePrefixGate().may(s) {
		return s, false
	}
	words, lower := 0, false
	forFields(s, func(w string) bool {
		words++
		if words == 2 {
			r, _ := utf8.DecodeRuneInString(w)
			lower = unicode.IsLower(r) || unicode.IsDigit(r)
		}
		return words <= 2
	})
	if words != 2 || !lower {
		return s, false
	}
	loc := bylinePrefixIndex(s)
	if loc == nil || !handlePrefix(s[:loc[1]]) {
		return s, false
	}
	if rest := strings.TrimSpace(s[loc[1]:]); handleCredit(rest) {
		return rest, true
	}
	return s, false
}

// authorWords name the author after the name in some page layouts.
var authorWords = [...]string{"autor", "autorin", "author", "auteur", "autore", "redakteur", "redakteurin"}

// cutAuthorWord cuts the word for author from the end of a line holding
// a name of two to four capitalised words before it ("Harald Bauer
// Autor"), and reports whether it did.
func cutAuthorWord(s string) (string, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, false
	}
	// The words are of 5 to 11 letters, one "k" at most, which the
	// Kelvin sign (three bytes) also folds to: a last word of another
	// length is none of them, and most lines end in one.
	if n := len(s) - i - 1; n < 5 || n > 13 {
		return s, false
	}
	// They open with "a" or "r", which no rune past ASCII folds to: a
	// last word of the right length opening otherwise is compared with
	// none of them.
	if c := s[i+1] | 0x20; c != 'a' && c != 'r' {
		return s, false
	}
	last := false
	for _, w := range authorWords {
		if strings.EqualFold(s[i+1:], w) {
			last = true
		}
	}
	if !last {
		return s, false
	}
	name := strings.TrimSpace(s[:i])
	words, upper := 0, true
	forFields(name, func(w string) bool {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		upper = upper && unicode.IsUpper(r)
		return true
	})
	if words < 2 || words > 4 || !upper || !looksLikeNames(name) {
		return s, false
	}
	return name, true
}
