package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The header reader compares many words and short lines case aside, and a
// lower-cased copy made only to look it up in a map or to compare it once
// is garbage at once. The helpers here lower-case into a caller's buffer
// (on its stack for a short text) with exactly the bytes strings.ToLower
// gives, so that a map is looked up with m[string(buf)], which copies
// nothing.

// textLowerBuf is the size of the stack buffers the header reader
// lower-cases words and short lines into; a longer text grows the slice
// on the heap, which stays correct.
const textLowerBuf = 64

// textLowerAppend appends s lower-cased to dst, byte for byte as
// strings.ToLower(s) gives it: strings.ToLower maps each rune with
// unicode.ToLower (strings.Map), and writes U+FFFD for a byte that is no
// valid UTF-8, as a range over s reads it.
func textLowerAppend(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// textEachContentSpan calls f with each word of four letters or more and
// each pair of CJK runes of s, as pieces of s, with cased true when
// lower-casing changes the word: textEachContentWord gives the piece
// lower-cased. Lower-casing maps rune to rune, so the words are cut from
// s itself, classing each rune as its lower case.
func textEachContentSpan(s string, f func(w string, cased bool)) {
	start, prev, prevAt := -1, rune(0), 0
	cased := false // the word has a rune that lower-casing changes
	wide := false  // the word has a rune beyond ASCII
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if textASCIIKind[c]&(textKindLetter|textKindDigit) != 0 {
				if start < 0 {
					start, cased, wide = i, false, false
				}
				// The run of ASCII letters and digits, read in one loop.
				j := i
				for ; j < len(s); j++ {
					c := s[j]
					if c >= utf8.RuneSelf || textASCIIKind[c]&(textKindLetter|textKindDigit) == 0 {
						break
					}
					if c-'A' < 26 {
						cased = true
					}
				}
				prev = 0
				i = j
				continue
			}
			if start >= 0 {
				textContentEnd(s[start:i], cased, wide, f)
				start = -1
			}
			prev = 0
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		switch {
		case textCJK(lr):
			if start >= 0 {
				textContentEnd(s[start:i], cased, wide, f)
				start = -1
			}
			// The pair is a piece of s already (CJK runes have no case).
			if prev != 0 {
				f(s[prevAt:i+n], false)
			}
			prev, prevAt = lr, i
			i += n
			continue
		case unicode.IsLetter(lr) || unicode.IsDigit(lr):
			if start < 0 {
				start, cased = i, false
			}
			wide = true
			if lr != r {
				cased = true
			}
		default:
			if start >= 0 {
				textContentEnd(s[start:i], cased, wide, f)
				start = -1
			}
		}
		prev = 0
		i += n
	}
	if start >= 0 {
		textContentEnd(s[start:], cased, wide, f)
	}
}

// textContentEnd gives f the word w when it has four runes or more. A
// word of fewer bytes has fewer runes, and one of ASCII alone (not wide)
// as many runes as bytes: only the others are counted.
func textContentEnd(w string, cased, wide bool, f func(w string, cased bool)) {
	if len(w) >= 4 && (!wide || utf8.RuneCountInString(w) >= 4) {
		f(w, cased)
	}
}

// textASCIIPhrases finds lower-case ASCII phrases in a line as
// strings.Contains finds them in the line lower-cased, in one pass with
// ASCII capitals folded (textMatcher) and no copy. Lower-casing maps rune
// to rune, and only the dotted capital I ('İ') and the Kelvin sign lower
// to ASCII letters; every other rune beyond ASCII stays beyond it, its
// bytes all 0x80 or more, and a byte that is no valid UTF-8 becomes
// U+FFFD. So a run of ASCII bytes of the lower-cased line is the same run
// of the line with its capitals folded, unless the line holds one of
// those two runes, which is read lower-cased as before.
type textASCIIPhrases struct {
	m       *textMatcher
	phrases []string
	// slow: a phrase is not lower-case ASCII of three bytes or more, and
	// every line is lower-cased and searched as before.
	slow bool
}

func newTextASCIIPhrases(phrases []string) *textASCIIPhrases {
	a := &textASCIIPhrases{phrases: phrases}
	for _, p := range phrases {
		if len(p) < textMinPhrase {
			a.slow = true
		}
		for i := 0; i < len(p); i++ {
			if p[i] >= utf8.RuneSelf || textFoldByte(p[i]) != p[i] {
				a.slow = true
			}
		}
	}
	a.m = newTextMatcher(map[uint8][]string{1: phrases})
	return a
}

// has reports whether strings.ToLower(s) contains one of the phrases.
func (a *textASCIIPhrases) has(s string) bool {
	if a.slow || strings.Contains(s, "İ") || strings.Contains(s, "\u212a") {
		low := strings.ToLower(s)
		for _, p := range a.phrases {
			if strings.Contains(low, p) {
				return true
			}
		}
		return false
	}
	return a.m.scan(s, 1) != 0
}

// textAffiliateMatcher holds textAffiliateNotes, built on first use.
var textAffiliateMatcher = sync.OnceValue(func() *textASCIIPhrases { return newTextASCIIPhrases(textAffiliateNotes) })

// textFieldCount returns len(strings.Fields(s)), or max once there are
// that many fields. strings.Fields splits at unicode.IsSpace, which on
// ASCII is its own table of spaces, and reads a byte that is no valid
// UTF-8 as U+FFFD, no space.
func textFieldCount(s string, max int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n >= max {
				return n
			}
		}
	}
	return n
}

// textLowerWrite writes s lower-cased to b, byte for byte as
// strings.ToLower(s) gives it (see textLowerAppend), the runs that
// lower-casing leaves as they are written whole.
func textLowerWrite(b *strings.Builder, s string) {
	from := 0 // start of the run not written yet
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[from:i])
				b.WriteByte(c + 'a' - 'A')
				from = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := unicode.ToLower(r); lr != r || r == utf8.RuneError && n == 1 {
			b.WriteString(s[from:i])
			b.WriteRune(lr)
			from = i + n
		}
		i += n
	}
	b.WriteString(s[from:])
}

// textCaptionOf is textCaptionLower(l.text, l.lowered()), with no
// lower-cased copy made for most lines. A line that folds (l.fold) is its
// lower-cased copy with ASCII capitals, byte for byte: a phrase opens it
// when it opens the copy with those folded (textHasFoldPrefix), it has as
// many fields, and it holds a phrase where the copy does, as the matcher
// reads it with capitals folded. The photo credits and reading times
// looked for inside the line are rare: where the matcher finds one, the
// copy is made and read as before, since only the first place of each
// decides (textCompoundAt).
func textCaptionOf(l *tLine) bool {
	return textCaptionOfIn(l, textCaptionGate())
}

// textCaptionOfIn is textCaptionOf given textCaptionGate(), which a loop
// over lines asks once.
func textCaptionOfIn(l *tLine, g *textCaptionPhrases) bool {
	if g.slow {
		return textCaptionLower(l.text, l.lowered())
	}
	if !l.fold || l.lowOK {
		// The copy is made, but most lines hold none of the phrases
		// looked for inside: the matcher says so in one pass over it,
		// where the searches took one pass a phrase. Only the opening
		// and a credit after a sentence are left to decide then.
		low := l.lowered()
		x := textTrimBrackets(low)
		if want := textCaptionWant(x); want != 0 && g.m.scan(x, want) != 0 || want&textCaptionInside != 0 && g.shortIn(x) {
			return textCaptionLower(l.text, low)
		}
		return textCaptionOpens(x) || textCreditAfterSentence(l.text)
	}
	s := l.text
	x := textTrimBrackets(s)
	want := textCaptionWant(x)
	if want != 0 && g.m.scan(x, want) != 0 || want&textCaptionInside != 0 && g.shortIn(x) {
		return textCaptionLower(s, l.lowered())
	}
	if x != "" {
		for _, p := range textCreditPrefixesBy[textFoldByte(x[0])] {
			if textHasFoldPrefix(x, p) {
				if p == "video:" && textFieldCount(x, 5) > 4 {
					continue
				}
				return true
			}
		}
	}
	return textCreditAfterSentence(s)
}

// textCreditPrefixesBy lists textCreditPrefixes by their first byte: a
// line opens with one, its ASCII capitals folded, only when its first byte
// folded is the prefix's.
var textCreditPrefixesBy = func() (by [256][]string) {
	for _, p := range textCreditPrefixes {
		by[p[0]] = append(by[p[0]], p)
	}
	return by
}()

// textCaptionWant returns the groups textCaptionLower looks for inside
// x, the line trimmed of its opening brackets: credits in a line under
// 300 bytes, reading times in one under 40.
func textCaptionWant(x string) uint8 {
	var want uint8
	if len(x) < 300 {
		want |= textCaptionInside
	}
	if len(x) < 40 {
		want |= textCaptionReading
	}
	return want
}

// The groups of textCaptionGate's matcher.
const (
	textCaptionInside  uint8 = 1 << iota // textCreditInside
	textCaptionReading                   // textReadingTimes
)

// textCaptionPhrases gates textCaptionOf: m holds the phrases of three
// bytes or more, short the shorter ones of textCreditInside, none of
// which holds an ASCII letter (a plain search finds them in a folding
// line as in its copy). slow: a short phrase holds one, and every line is
// read lower-cased.
type textCaptionPhrases struct {
	m     *textMatcher
	short []string
	slow  bool
}

func (g *textCaptionPhrases) shortIn(x string) bool {
	for _, p := range g.short {
		if textContainsByLast(x, p) {
			return true
		}
	}
	return false
}

// textContainsByLast is strings.Contains(s, p) for a short p whose last
// byte is rare ("©"): IndexByte finds that byte, and the bytes before it
// are compared.
func textContainsByLast(s, p string) bool {
	if p == "" {
		return true
	}
	c := p[len(p)-1]
	for i := len(p) - 1; i < len(s); i++ {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return false
		}
		if i += k; s[i+1-len(p):i+1] == p {
			return true
		}
	}
	return false
}

var textCaptionGate = sync.OnceValue(func() *textCaptionPhrases {
	g := &textCaptionPhrases{}
	lists := map[uint8][]string{}
	for group, list := range map[uint8][]string{textCaptionInside: textCreditInside, textCaptionReading: textReadingTimes} {
		for _, p := range list {
			if len(p) >= textMinPhrase {
				lists[group] = append(lists[group], p)
				continue
			}
			for i := 0; i < len(p); i++ {
				if p[i] < utf8.RuneSelf && (textASCIIKind[p[i]]&textKindLetter != 0) {
					g.slow = true
				}
			}
			if group == textCaptionReading {
				g.slow = true
			}
			g.short = append(g.short, p)
		}
	}
	g.m = newTextMatcher(lists)
	return g
})

// textSquashJoin appends textSquash(strings.Join(words, "")) to dst, the
// words joined in tmp: the bytes of the words are joined before they are
// read as runes, as the joined string is, and each rune is mapped as
// strings.Map maps it (a byte that is no valid UTF-8 as U+FFFD).
func textSquashJoin(dst, tmp []byte, words []string) []byte {
	for _, w := range words {
		tmp = append(tmp, w...)
	}
	for i := 0; i < len(tmp); {
		r, n := utf8.DecodeRune(tmp[i:])
		i += n
		if r == ' ' || r == '-' {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// textCrumbBytes holds the bytes that end the marks textCrumbs splits a
// trail at: '/', '>', '|', ':' (of " :: ") and the last bytes of '›' (E2
// 80 BA), '»' (C2 BB) and '→' (E2 86 92). Every separator and doubled
// mark it reads holds one of those marks; a line with none is no trail.
var textCrumbBytes = func() (t [256]bool) {
	for _, c := range []byte{'/', '>', '|', ':', 0xBA, 0xBB, 0x92} {
		t[c] = true
	}
	return t
}()

// textCrumbMarksMay reports whether s may hold a mark of a trail: false
// means textCrumbs finds none and returns "". A colon counts only doubled
// and a last byte only after the rest of its mark: "Foto: dpa" and lines
// in scripts whose letters end with those bytes ('к', 'ú') hold none.
func textCrumbMarksMay(s string) bool {
	for i := 0; i < len(s); i++ {
		if !textCrumbBytes[s[i]] {
			continue
		}
		switch s[i] {
		case ':':
			if i > 0 && s[i-1] == ':' {
				return true
			}
		case 0xBA:
			if i >= 2 && s[i-2] == 0xE2 && s[i-1] == 0x80 {
				return true
			}
		case 0xBB:
			if i >= 1 && s[i-1] == 0xC2 {
				return true
			}
		case 0x92:
			if i >= 2 && s[i-2] == 0xE2 && s[i-1] == 0x86 {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// textContainsFold reports whether s contains t with ASCII capitals
// folded in both: strings.Contains of their lower-cased copies, for two
// lines that fold (tLine.fold).
func textContainsFold(s, t string) bool {
	if t == "" {
		return true
	}
	c := textFoldByte(t[0])
	for i := 0; i+len(t) <= len(s); i++ {
		if textFoldByte(s[i]) != c {
			continue
		}
		k := 1
		for k < len(t) && textFoldByte(s[i+k]) == textFoldByte(t[k]) {
			k++
		}
		if k == len(t) {
			return true
		}
	}
	return false
}

// textLabelColon returns strings.IndexAny(s, ":：") when it is 30 or less,
// else -1, reading no further than that.
func textLabelColon(s string) int { return textColonBefore(s, 31) }

// textTrimBrackets is strings.TrimLeft(s, "(["), with no cut set built.
func textTrimBrackets(s string) string {
	for s != "" && (s[0] == '(' || s[0] == '[') {
		s = s[1:]
	}
	return s
}
