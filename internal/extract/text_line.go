package extract

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tClass is a line's class in the jusText sense: good lines are prose,
// bad lines are chrome, short and near lines are decided by their
// neighbours.
type tClass uint8

const (
	tBad tClass = iota
	tShort
	tNear
	tGood
)

// tLine is one non-empty line of the page with the features the text path
// reads from it.
type tLine struct {
	text string // white space folded, trimmed

	// Answers kept for the readers that ask them again of the same line:
	// low is the text lower-cased as strings.ToLower gives it (lowered),
	// grams the set of byte pairs of the lower-cased text (textGrams), 0
	// until asked.
	low   string
	grams uint64
	// arena holds the lower-cased copies of the page's lines
	// (textSplitLines gives every line of a page the same one); nil, a
	// line's copy is its own.
	arena *textArena

	runes int // all runes
	cjk   int // Han, kana and hangul runes: each carries about a word
	words int // space-separated words (Latin, Cyrillic, ...)
	stops int // words found in textStopwords
	punct int // sentence and clause punctuation: . , ; : ! ? and their CJK forms
	// The counts no reader adds to an int are kept in 32 bits, which
	// hold those of any line shorter than 2 GB: a page's lines are made,
	// zeroed and read one after the other, and the fields are ordered so
	// that a line takes 120 bytes, not 152.
	cased  int32 // words starting with a cased letter
	lower  int32 // of those, starting with a lower-case letter
	joins  int32 // lower-case letter directly followed by an upper-case one ("EditionASIA")
	digits int32

	blankBefore bool // an empty line precedes it (innerText puts one around <p>)
	blankAfter  bool
	endStop     bool // ends with sentence-final punctuation (behind closing quotes)
	// fold: folding the ASCII capitals lower-cases the line as
	// strings.ToLower would (no other rune changes, the UTF-8 is valid):
	// the phrase matchers, which fold as they read, take it as it stands.
	fold bool

	boiler  bool // a copyright, share, prompt or other chrome line
	tail    bool // a "Most read"/"Related" header
	comment bool // a comment-section header
	footer  bool // a copyright or licence notice: the page ends here
	// repeated: a short line printed three times or more (a reply prompt,
	// a site's name, an author's name)
	repeated bool
	date     bool // the line is mostly a date
	// thread: the line names the reader of a comment in a thread
	// without a header ("Jermaine 07 Nov 12", "Ann said,")
	thread bool
	class  tClass

	// lowOK: low is kept; credit is isByline's answer (isCredit): 0 not
	// asked yet, 1 no, 2 yes.
	lowOK  bool
	credit uint8
	// measured: the counts are in (textSplitLines measures the lines it
	// cuts as it checks their white space), and measure leaves them.
	measured bool
}

// lowered returns the line lower-cased as strings.ToLower gives it,
// lower-casing it once for all the readers that compare it case aside.
// A line that folds (l.fold, set by measure) is lower-cased by folding
// its ASCII capitals, without decoding its other runes, which
// strings.ToLower does for every line with a rune beyond ASCII.
func (l *tLine) lowered() string {
	if !l.lowOK {
		if l.fold {
			l.low = l.arena.foldCaps(l.text)
		} else {
			l.low = strings.ToLower(l.text)
		}
		l.lowOK = true
	}
	return l.low
}

// textFoldCaps returns s with its ASCII capitals lower-cased, and s
// itself, with no copy, when it has none.
func textFoldCaps(s string) string {
	return (*textArena)(nil).foldCaps(s)
}

// textArena keeps the lower-cased copies of a page's lines in a few
// buffers of textArenaChunk bytes, not one allocation a line: the body
// readers ask lowered() of nearly every line, and most lines have a
// capital. A string given out is never written again: the builder only
// appends, within the room it was given, and a new buffer is begun when
// that is used up, the old one kept by the strings in it.
type textArena struct {
	b    strings.Builder
	size int // the page's text: no buffer need be larger
	// stops and stopTab are textStopSet() and textStopTab(), and tabs
	// the tables flag reads, looked up once for the page's lines and not
	// once a line (sync.OnceValue's check costs each call).
	stops   *textWordSet
	stopTab *textStopTable
	tabs    textFlagTables
	// dates keeps textFindDate's answers for the lines asked (findDate).
	dates map[string]textDateMemo
}

const textArenaChunk = 4 << 10

// foldCaps returns s with its ASCII capitals lower-cased, and s itself
// when it has none. The copy is written into the arena when s fits in a
// buffer; a nil arena, or a long s, gets a copy of its own.
func (a *textArena) foldCaps(s string) string {
	i := textNextCap(s, 0)
	if i == len(s) {
		return s
	}
	var own strings.Builder
	b := &own
	if a != nil && len(s) <= textArenaChunk/2 {
		if a.b.Cap()-a.b.Len() < len(s) {
			a.b = strings.Builder{}
			a.b.Grow(max(min(a.size, textArenaChunk), len(s)))
		}
		b = &a.b
	} else {
		b.Grow(len(s))
	}
	start := b.Len()
	// The text between capitals is written a run at a time: capitals
	// are few, and a byte at a time costs the builder's checks on every
	// byte.
	b.WriteString(s[:i])
	for i < len(s) {
		b.WriteByte(s[i] + 'a' - 'A')
		j := textNextCap(s, i+1)
		b.WriteString(s[i+1 : j])
		i = j
	}
	return b.String()[start:]
}

// textNextCap returns the index of the first ASCII capital in s at or
// after j, or len(s): eight bytes at a time, then byte by byte.
func textNextCap(s string, j int) int {
	const ones = 0x0101010101010101
	for ; j+8 <= len(s); j += 8 {
		x := textLoad8(s, j)
		// The capitals among the bytes below 0x80: x7's bytes take no
		// carry from adding 0x3f or 0x25, and the bytes from 0x80 are
		// left out by &^ x.
		x7 := x &^ (0x80 * ones)
		if up := (x7 + 0x3f*ones) &^ (x7 + 0x25*ones) &^ x & (0x80 * ones); up != 0 {
			return j + bits.TrailingZeros64(up)>>3
		}
	}
	for ; j < len(s); j++ {
		if 'A' <= s[j] && s[j] <= 'Z' {
			return j
		}
	}
	return j
}

// lowGrams returns textGrams of the lower-cased line, kept once asked. A
// line that folds (l.fold) is read as it stands, with no lower-cased copy
// made: textGrams folds the ASCII capitals itself.
func (l *tLine) lowGrams() uint64 {
	// Asked again and again of a line (the repeated-line searches): the
	// kept answer is read inline, and computed by a call once.
	if l.grams != 0 {
		return l.grams
	}
	return l.newGrams()
}

// newGrams computes and keeps lowGrams' answer.
func (l *tLine) newGrams() uint64 {
	if l.fold && !l.lowOK {
		l.grams = textGrams(l.text)
	} else {
		l.grams = textGrams(l.lowered())
	}
	l.grams |= 1 // asked, even for a line too short to hold a pair
	return l.grams
}

// textGrams hashes each pair of consecutive bytes of s, ASCII capitals
// folded, to one of the 64 bits. A string containing another holds all
// its pairs: when t's bits are not all in s's, s cannot contain t, and no
// search is needed. (No rune lower-cases to an ASCII capital, so the fold
// changes nothing in a lower-cased string.) lowGrams sets bit 0 in every
// line's grams: the pairs hashed to it are not told apart.
func textGrams(s string) uint64 {
	var m uint64
	if len(s) < 2 {
		return 0
	}
	prev := textGramFirst[s[0]]
	// Four pairs a turn, their bits or-ed at once: one bounds check and
	// one loop test for four bytes.
	i := 1
	for ; i+4 <= len(s); i += 4 {
		b := s[i : i+4]
		c0, c1, c2, c3 := b[0], b[1], b[2], b[3]
		m |= 1<<((prev^textGramSecond[c0])&63) | 1<<((textGramFirst[c0]^textGramSecond[c1])&63) |
			1<<((textGramFirst[c1]^textGramSecond[c2])&63) | 1<<((textGramFirst[c2]^textGramSecond[c3])&63)
		prev = textGramFirst[c3]
	}
	for ; i < len(s); i++ {
		c := s[i]
		m |= 1 << ((prev ^ textGramSecond[c]) & 63)
		prev = textGramFirst[c]
	}
	return m
}

// textGramFirst and textGramSecond give each byte, ASCII capitals folded,
// a 6-bit code as the first and as the second byte of a pair (512 bytes).
var textGramFirst, textGramSecond = func() (f, g [256]uint8) {
	for c := range 256 {
		k := uint32(c)
		if 'A' <= k && k <= 'Z' {
			k += 'a' - 'A'
		}
		f[c] = uint8((k + 1) * 0x9E3779B1 >> 26)
		g[c] = uint8((k + 1) * 0x85EBCA6B >> 26)
	}
	return f, g
}()

// isCredit is isByline(l.text), asked once per line: the flags, the
// header's roles and scores and the run's trimming all ask it.
func (l *tLine) isCredit() bool {
	if l.credit == 0 {
		l.credit = 1
		if isByline(l.text) {
			l.credit = 2
		}
	}
	return l.credit == 2
}

// eff is the line's length in Latin-equivalent characters: a CJK rune
// carries about as much as two or three Latin letters.
func (l *tLine) eff() int { return l.runes + 2*l.cjk }

// stopDensity is the share of words that are function words.
func (l *tLine) stopDensity() float64 {
	if l.words == 0 {
		return 0
	}
	return float64(l.stops) / float64(l.words)
}

// textSplitLines cuts the page into non-empty lines, folding white space
// (tabs, no-break and ideographic spaces, zero-width marks) to single
// spaces and remembering where empty lines stood. The lines come
// measured: measure's reading of each byte also tells whether the line
// needs folding, which spares a reading of the page.
func textSplitLines(text string) []tLine {
	// One line per line break at most: sized once, the slice of these
	// large structs is not copied as it grows.
	out := textNewLines(strings.Count(text, "\n") + 1)
	n := 0 // lines kept
	arena := &textArena{size: len(text), stops: textStopSet(), stopTab: textStopTab(), tabs: textFlagTablesNow()}
	blank := true
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		var raw string
		if i < 0 {
			raw, text = text, ""
		} else {
			raw, text = text[:i], text[i+1:]
		}
		// The ends are trimmed here; what is inside is checked by
		// measure as it reads the line (measureSplit), and folded only
		// when it must be. A zero-width mark or an invalid byte at an end
		// is left to the fold.
		s, ok := raw, true
		if !textPrintableEnds(raw) {
			s, ok = textTrimEndsSlow(raw)
		}
		if !ok {
			s = textFoldSpace(raw)
		}
		if s == "" {
			blank = true
			if n > 0 {
				out[n-1].blankAfter = true
			}
			continue
		}
		// The slice is zeroed when made: the fields are set, not the
		// whole line written again.
		l := &out[n]
		l.text, l.blankBefore, l.arena = s, blank, arena
		l.measureSplit()
		n++
		blank = false
	}
	if n > 0 {
		out[n-1].blankAfter = true
	}
	return out[:n]
}

// textLinePool keeps the line slices of pages read before: a page's
// slice, a third of the bytes the text path allocates, is written line
// after line, and memory written a page ago is in the cache and mapped,
// where a fresh slice faults its pages in (the text benchmark ran slower
// with the collector off than on). Only the slice is kept: the lines'
// strings go into the Article and are never reused.
var textLinePool sync.Pool // of *[]tLine

// textLinePoolMax bounds the slices kept: a page of many lines (up to
// MaxNodes) does not keep its megabytes alive for pages of a few hundred.
const textLinePoolMax = 1 << 13

// textNewLines returns n zeroed lines, from the pool when a slice there
// is long enough (textReleaseLines zeroed it).
func textNewLines(n int) []tLine {
	if p, _ := textLinePool.Get().(*[]tLine); p != nil && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]tLine, n)
}

// textReleaseLines gives a page's lines back to the pool once the page
// is read: nothing read from them may point into them (blocks and
// candidates hold strings).
func textReleaseLines(lines []tLine) {
	if c := cap(lines); c == 0 || c > textLinePoolMax {
		return
	}
	// Only the lines kept were written (textSplitLines writes no other):
	// the rest of the slice is still zero.
	clear(lines) // no strings kept alive by the pool
	lines = lines[:0]
	textLinePool.Put(&lines)
}

// textFoldSpace trims s and folds each run of white space to one space.
// It allocates only when s holds something to fold inside it: spaces
// around the text (a "\r" before the line break, an indent) are cut by
// slicing.
func textFoldSpace(s string) string {
	if t, ok := textFoldedAlready(s); ok {
		return t
	}
	return textFoldSpaceSlow(s)
}

// textFoldSpaceSlow is textFoldSpace for a line known to need folding,
// or not known not to.
func textFoldSpaceSlow(s string) string {
	// The runs the fold leaves as they are (textFoldRun) are copied
	// whole: the bytes of a valid rune are what writing it again would
	// give, and a single space between two words is what folding it
	// gives. TestTextFoldSpaceMatchesRef holds it to a range loop writing
	// rune by rune.
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		j := textFoldRun(s, i)
		if j > i {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i:j])
			if i = j; i == len(s) {
				break
			}
		}
		// s[i] opens white space, a zero-width mark or an invalid byte.
		if s[i] < utf8.RuneSelf {
			space = b.Len() > 0
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			// U+FFFD, as a range loop reads it.
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString("\uFFFD")
		case textSpace(r):
			space = b.Len() > 0
		}
		i += n
	}
	return b.String()
}

// textFoldRun returns the end of the run of s from i that the fold
// leaves as it is: bytes and runes that are no white space, no zero-width
// mark and no invalid byte, and single ASCII spaces each followed by an
// ASCII byte of those; the run neither begins nor ends with a space.
// Eight ASCII bytes are taken at once when no byte is below 0x20, no two
// spaces stand together and the last is no space; where they are not,
// the next eight are read one at a time.
func textFoldRun(s string, i int) int {
	const ones = 0x0101010101010101
	if i < len(s) && s[i] == ' ' {
		return i
	}
	j := i
	for j < len(s) {
		for j+8 <= len(s) {
			x := textLoad8(s, j)
			// odd: a byte from 0x80 or below 0x20 (exact when there is
			// none: no lane then borrows). sp: the spaces, exact when
			// odd is 0 (no lane carries).
			odd := (x | (x-0x20*ones)&^x) & (0x80 * ones)
			y := x ^ 0x20*ones
			sp := ^((y + 0x7f*ones) | y) & (0x80 * ones)
			if odd|sp&(sp>>8)|sp>>63 != 0 {
				break
			}
			j += 8
		}
		for end := min(j+8, len(s)); j < end; {
			c := s[j]
			if c < utf8.RuneSelf {
				switch textFoldKind[c] {
				case textFoldOrdinary:
					j++
				case textFoldBlank:
					if j+1 < len(s) && s[j+1] < utf8.RuneSelf && textFoldKind[s[j+1]] == textFoldOrdinary {
						j += 2
						continue
					}
					return j
				default:
					return j
				}
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 || textSpace(r) || textZeroWidth(r) {
				return j
			}
			j += n
		}
	}
	return j
}

// textFoldedAlready returns s without its leading and trailing white
// space when nothing inside it needs folding: every gap is one ASCII
// space, and there is no zero-width mark and no invalid UTF-8 (which the
// fold would replace with U+FFFD). The ends are trimmed first; inside,
// an ASCII byte is classed by a table, and only the bytes of other runes
// are decoded.
func textFoldedAlready(s string) (string, bool) {
	t, ok := textTrimEnds(s)
	if !ok || t == "" || textFoldedInside(t) {
		return t, ok
	}
	return "", false
}

// textTrimEnds returns s without the white space at its ends, and false
// when a zero-width mark or an invalid byte stands among it (the fold
// drops the one and replaces the other: it must run). Most lines begin
// and end with a printable ASCII byte, and are read no further.
func textTrimEnds(s string) (string, bool) {
	if textPrintableEnds(s) {
		return s, true
	}
	return textTrimEndsSlow(s)
}

// textPrintableEnds reports whether s begins and ends with an ASCII byte
// above the space, which no trimming cuts.
func textPrintableEnds(s string) bool {
	return len(s) > 0 && s[0]-'!' < utf8.RuneSelf-'!' && s[len(s)-1]-'!' < utf8.RuneSelf-'!'
}

func textTrimEndsSlow(s string) (string, bool) {
	i, j := 0, len(s)
	for i < j {
		c := s[i]
		if c < utf8.RuneSelf {
			if textFoldKind[c] == textFoldOrdinary {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		if r == utf8.RuneError && n == 1 || textZeroWidth(r) {
			return "", false
		}
		if !textSpace(r) {
			break
		}
		i += n
	}
	if i == j {
		return "", true
	}
	for j > i {
		c := s[j-1]
		if c < utf8.RuneSelf {
			if textFoldKind[c] == textFoldOrdinary {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if r == utf8.RuneError && n == 1 || textZeroWidth(r) {
			return "", false
		}
		if !textSpace(r) {
			break
		}
		j -= n
	}
	return s[i:j], true
}

// textFoldedInside reports whether s, trimmed by textTrimEnds and not
// empty, needs no folding inside: every gap is one ASCII space, and
// there is no other white space, no zero-width mark and no invalid byte.
func textFoldedInside(s string) bool {
	// s[0] and s[j-1] are no white space: a space inside has a byte
	// after it. Runs of plain ASCII are read a machine word at a time
	// (textPlainRun); the loop reads the byte or rune where one stops,
	// and the last bytes, fewer than 8, one at a time.
	j := len(s)
	for k := 0; k < j; {
		if k+8 <= j {
			var ok bool
			if k, ok = textPlainRun(s, k, j); !ok {
				return false
			}
			if k >= j {
				break
			}
		}
		c := s[k]
		if c < utf8.RuneSelf {
			switch textFoldKind[c] {
			case textFoldBlank:
				if s[k+1] == ' ' {
					return false
				}
			case textFoldOther:
				return false
			}
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:j])
		if r == utf8.RuneError && n == 1 || textZeroWidth(r) || textSpace(r) {
			return false
		}
		k += n
	}
	return true
}

// Kinds of ASCII bytes for textFoldedAlready.
const (
	textFoldOrdinary uint8 = iota
	textFoldBlank          // ' '
	textFoldOther          // the other white space the fold folds: \t \r \f \v
)

var textFoldKind = func() (k [utf8.RuneSelf]uint8) {
	k[' '] = textFoldBlank
	for _, c := range "\t\r\f\v" {
		k[c] = textFoldOther
	}
	return k
}()

// textZeroWidth reports whether r is a mark the fold drops: zero-width
// spaces and joiners, the byte-order mark, the soft hyphen.
func textZeroWidth(r rune) bool {
	return r == 0x200b || r == 0x200c || r == 0x200d || r == 0xfeff || r == 0xad
}

func textSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\f', '\v', 0xa0, 0x3000, 0x2002, 0x2003, 0x2009, 0x202f, 0x205f, 0x2007, 0x2008, 0x200a:
		return true
	}
	return false
}

func textCJK(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || // kana
		r >= 0x3400 && r <= 0x4dbf || r >= 0x4e00 && r <= 0x9fff || // han
		r >= 0xac00 && r <= 0xd7af || // hangul
		r >= 0xf900 && r <= 0xfaff || r >= 0x20000 && r <= 0x2fa1f
}

// textCJKPunct reports whether r is full-width clause or sentence
// punctuation.
func textCJKPunct(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '！', '？', '｡', '､':
		return true
	}
	return false
}

// textSentenceEnd reports whether r ends a sentence.
func textSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', '؟', '।', '｡':
		return true
	}
	return false
}

// textClosing are the marks that may follow the final punctuation.
const textClosing = "\"'”’»)]）」』】›"

// textEndsSentence reports whether s ends with sentence-final punctuation,
// behind closing quotes, brackets and spaces: what
// strings.TrimRight(s, textClosing+" ") leaves ends with textSentenceEnd.
func textEndsSentence(s string) bool {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			switch c {
			case '"', '\'', ')', ']', ' ':
				s = s[:len(s)-1]
				continue
			case '.', '!', '?':
				return true
			}
			return false
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if r != utf8.RuneError && strings.ContainsRune(textClosing, r) {
			s = s[:len(s)-n]
			continue
		}
		return textSentenceEnd(r)
	}
	return false
}

// textIsStop reports whether the word s[i:j] is a function word once
// trimmed of what is not a letter. An ASCII word (wide false) is trimmed
// by the byte table and packed into the set's key in place: a word of at
// most 8 bytes with 8 bytes of s from its start is read in one load
// (textStopKey8).
func textIsStop(stops *textWordSet, s string, i, j int, wide bool) bool {
	if wide {
		return textStopWord(stops, s[i:j])
	}
	for i < j && textASCIIKind[s[i]]&textKindLetter == 0 {
		i++
	}
	for j > i && textASCIIKind[s[j-1]]&textKindLetter == 0 {
		j--
	}
	n := j - i
	if n <= 0 || n > 12 {
		return false
	}
	var b byte
	if n > 1 {
		b = s[i+1]
	}
	if !stops.may(n, s[i], b) {
		return false
	}
	if n <= 8 && i+8 <= len(s) {
		return stops.hasKey(textWordKey{lo: textStopKey8(textLoad8(s, i), n), n: n})
	}
	return stops.hasKey(textASCIIKey(s[i:j]))
}

// textStopKey8 returns the first n bytes (1 to 8, ASCII) of the word x,
// read little-endian, with their capitals lower-cased and the bytes past
// them zero: textASCIIKey's lo for the word. Each byte being below 0x80,
// adding 0x3f to it reaches 0x80 when it is 'A' or above, adding 0x25
// when it is above 'Z', and neither carries into the next byte.
func textStopKey8(x uint64, n int) uint64 {
	const ones = 0x0101010101010101
	x &= ^uint64(0) >> (64 - 8*uint(n))
	upper := (x + 0x3f*ones) &^ (x + 0x25*ones) & (0x80 * ones)
	return x | upper>>2
}

// textASCIIKey packs an ASCII word of at most 12 bytes, lower-cased, into
// the key of a textWordSet.
func textASCIIKey(w string) textWordKey {
	var key textWordKey
	key.n = len(w)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i < 8 {
			key.lo |= uint64(c) << (8 * i)
		} else {
			key.hi |= uint64(c) << (8 * (i - 8))
		}
	}
	return key
}

// Kinds of ASCII bytes for measure, by their bit: measure shifts a kind
// down to add it to a count.
const (
	textKindSpaceBit = iota
	textKindUpperBit
	textKindLowerBit
	textKindDigitBit
	textKindPunctBit // . , ; : ! ?
	textKindBlankBit // \t \v \f \r, which the fold of textSplitLines folds
)

const (
	textKindSpace uint8 = 1 << textKindSpaceBit
	textKindUpper uint8 = 1 << textKindUpperBit
	textKindLower uint8 = 1 << textKindLowerBit
	textKindDigit uint8 = 1 << textKindDigitBit
	textKindPunct uint8 = 1 << textKindPunctBit
	textKindBlank uint8 = 1 << textKindBlankBit

	textKindLetter = textKindUpper | textKindLower
)

// textASCIIKind classes the ASCII bytes for measure (128 bytes).
var textASCIIKind = func() (k [utf8.RuneSelf]uint8) {
	k[' '] = textKindSpace
	for c := 'A'; c <= 'Z'; c++ {
		k[c] = textKindUpper
		k[c+'a'-'A'] = textKindLower
	}
	for c := '0'; c <= '9'; c++ {
		k[c] = textKindDigit
	}
	for _, c := range ".,;:!?" {
		k[c] = textKindPunct
	}
	for _, c := range "\t\v\f\r" {
		k[c] = textKindBlank
	}
	return k
}()

// textStopWord reports whether the word w, a word with a rune that is
// not ASCII, trimmed of what is not a letter, is a function word: it is
// lower-cased as strings.ToLower does (U+FFFD for invalid UTF-8) into a
// buffer on the stack, and the look-up allocates nothing. The loop is
// textLowerAppend's, written out: the call, which the compiler does not
// inline, made measure 3% slower (BenchmarkTextMeasure, paired runs).
func textStopWord(set *textWordSet, w string) bool {
	w = textTrimNonLetters(w)
	if w == "" || len(w) > 12 {
		return false
	}
	var buf [48]byte // 12 bytes lower-cased take at most 36
	b := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, textToLower(r))
		i += n
	}
	return set.has(b)
}

// textTrimNonLetters cuts what is not a letter from both ends of w, as
// strings.TrimFunc with !unicode.IsLetter does, without decoding ASCII.
func textTrimNonLetters(w string) string {
	i, j := 0, len(w)
	for i < j {
		if c := w[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:j])
		if textKindOf(r)&textRuneLetter != 0 {
			break
		}
		i += n
	}
	for j > i {
		if c := w[j-1]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(w[i:j])
		if textKindOf(r)&textRuneLetter != 0 {
			break
		}
		j -= n
	}
	return w[i:j]
}

// flag marks chrome lines by their words: copyright and licence notices,
// share bars, prompts, list headers, comment headers, date-only lines.
// The phrases are looked for with the matchers of text_fast.go, in one
// pass over the line for all the lists.
func (l *tLine) flag() {
	tabs := l.flagTables()
	s := l.text
	// t is the line as the matchers read it (lower-cased, unless folding
	// its ASCII does as well). Of a long line only the start is read.
	t := s
	if !l.fold {
		if l.runes >= 800 {
			t = strings.ToLower(textFirstRunes(s, len("copyright")))
		} else {
			t = l.lowered()
		}
	}
	if strings.HasPrefix(s, "©") || textHasFoldPrefix(t, "copyright") || textHasFoldPrefix(t, "(c) ") {
		l.boiler = true
	}
	var want uint8
	if l.runes < 600 {
		want |= textGroupCopy
	}
	if !l.boiler {
		// Prose may mention a cookie: only a long line that also asks
		// for consent is a banner.
		if l.runes < 800 {
			want |= textGroupCookie | textGroupConsent
		}
		if l.eff() < 160 {
			want |= textGroupBoiler
		}
	}
	if want != 0 {
		// The consent words count only beside a cookie: they are looked
		// for only then.
		got := tabs.flag.scanFor(t, want)
		if got&textGroupCookie != 0 && tabs.line.scan(t, textGroupConsent) != 0 {
			got |= textGroupConsent
		}
		if got&textGroupCopy != 0 {
			l.boiler = true
			l.footer = true
		}
		if got&(textGroupCookie|textGroupConsent) == textGroupCookie|textGroupConsent || got&textGroupBoiler != 0 {
			l.boiler = true
		}
	}
	if l.eff() <= 200 && !l.endStop && tabs.tag.match(t, nil) {
		l.boiler = true
	}
	if l.eff() <= 80 {
		if tabs.sharePairs.may(t) && textShareOnlyIn(tabs.share, t) || tabs.adPairs.may(t) && tabs.ad.has(textTrimAdLabel(t)) {
			l.boiler = true
		}
		// Most lines open with a letter: the trim is called only for a
		// byte it may cut.
		head := t
		if len(t) > 0 && (textHeadCut.has(t[0]) || t[0] == 0xe2 || t[0] == 0xc2) {
			head = textTrimHeadMarks(t)
		}
		shape := func(p string) bool { return textHeaderShape(l, head, p) }
		if tabs.tail.match(head, shape) {
			l.tail = true
		}
		if tabs.comment.match(head, shape) {
			l.comment = true
		}
		// "20 Comments", "{ 18 comments… read them below or add one }".
		if !l.comment && l.digits > 0 && textMayNameComments(l) && textCountedComments(t, l.words) {
			l.comment = true
		}
	}
	// A run-together menu: several words glued without spaces
	// ("Global EditionASIA 中文双语Français"), without sentence marks.
	if l.joins >= 2 && !l.endStop && l.punct <= 1 && l.eff() < 300 {
		l.boiler = true
	}
	if l.joins >= 1 && l.words <= 8 && !l.endStop && l.punct == 0 && textMixedScripts(s) {
		l.boiler = true
	}
	// A row of short CJK words set apart by spaces, without punctuation,
	// is a menu: "首页 新闻 国际 财经 体育".
	if l.cjk > 0 && l.punct == 0 && textShortTokens(s) >= 4 {
		l.boiler = true
	}
	// findDate reads only four-digit years and is costly: it reads only
	// lines that hold one.
	if l.runes <= 80 && l.digits >= 4 && textHasYear(s) {
		if m, ok := l.findDate(); ok {
			// The line without its date, joined in a buffer on the stack:
			// the lines are short (80 runes, 320 bytes at most), and a
			// joined string longer than 32 bytes cost an allocation.
			var buf [320]byte
			rest := 0
			for b := append(append(buf[:0], s[:m.start]...), s[m.end:]...); len(b) > 0; {
				r, n := utf8.DecodeRune(b)
				if unicode.IsLetter(r) {
					rest++
				}
				b = b[n:]
			}
			if rest <= 20 || rest <= 60 && !strings.HasSuffix(s, ":") && (textCommentMeta(t) || l.isCredit()) {
				l.date = true
			}
		}
	}
}

// textFlagTables are the tables flag reads.
type textFlagTables struct {
	flag                *textSkipMatcher
	line                *textMatcher
	tag, tail, comment  *textPrefixes
	share, ad           *textFoldSet
	sharePairs, adPairs *textSharePairs
}

func textFlagTablesNow() textFlagTables {
	return textFlagTables{
		flag: textFlagMatcher(), line: textLineMatcher(),
		tag: textTagSet(), tail: textTailSet(), comment: textCommentSet(),
		share: textShareSet(), ad: textAdSet(), sharePairs: textSharePairGate(), adPairs: textAdPairGate(),
	}
}

// flagTables returns the tables flag reads, kept by the page's arena.
func (l *tLine) flagTables() *textFlagTables {
	if a := l.arena; a != nil && a.tabs.flag != nil {
		return &a.tabs
	}
	t := textFlagTablesNow()
	return &t
}

// textHeaderShape reports whether a short line that starts with a list or
// comment header phrase is that header and not a sentence: nothing but a
// count or a few words after the phrase.
func textHeaderShape(l *tLine, head, phrase string) bool {
	if l.endStop && !strings.HasSuffix(head, "...") && !strings.HasSuffix(head, "…") {
		return false
	}
	rest := strings.TrimSpace(head[len(phrase):])
	if rest == "" {
		return true
	}
	// "related" must not catch "relatedness"; "popular" not "popularity".
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLetter(r) && !textCJK(r) && !strings.HasPrefix(head[len(phrase):], " ") {
		return false
	}
	return utf8.RuneCountInString(rest) <= 40 && strings.Count(rest, " ") <= 4
}

// textShareOnly reports whether a short line (lower-cased, or ASCII in
// any case) is made only of share-bar words and counts ("Share - WeChat",
// "Facebook Twitter Email").
func textShareOnly(t string) bool {
	return textShareOnlyIn(textShareSet(), t)
}

// textShareOnlyIn is textShareOnly with the set of share words given.
func textShareOnlyIn(share *textFoldSet, t string) bool {
	n := 0
	for i := 0; i < len(t); {
		// The separators are ASCII: a byte scan cuts as a rune scan would.
		j := i
		for j < len(t) && !textShareSep(t[j]) {
			j++
		}
		w := t[i:j]
		i = j + 1
		for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == '!') {
			w = w[:len(w)-1]
		}
		if w == "" {
			continue
		}
		if share.has(w) {
			n++
			continue
		}
		if textCountToken(w) {
			continue
		}
		return false
	}
	return n > 0
}

// textShareSep reports whether c parts the words of a share bar: one
// load from a table, where a switch of seven cases cost a compare and a
// branch or two for every byte of every short line.
func textShareSep(c byte) bool {
	return textShareSeps[c]
}

var textShareSeps = func() (t [256]bool) {
	for _, c := range " /|,():" {
		t[c] = true
	}
	return t
}()

// textCountToken reports whether w is made of the bytes of a count
// ("12", "1.2k", "3M", "+5") only.
func textCountToken(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9', c == 'k', c == 'K', c == 'm', c == 'M', c == '.', c == '+':
		default:
			return false
		}
	}
	return true
}

// textTrimAdLabel cuts from both ends of s what strings.Trim(s, " .:-–—()[]")
// cuts, without building the cut set on every call: an ASCII byte is
// looked up in a bit set, and only a byte that may end or open a dash is
// read further.
func textTrimAdLabel(s string) string {
	for len(s) > 0 {
		if c := s[0]; textAdCut.has(c) {
			s = s[1:]
			continue
		} else if c == 0xe2 && (strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—")) {
			s = s[len("–"):]
			continue
		}
		break
	}
	for len(s) > 0 {
		if c := s[len(s)-1]; textAdCut.has(c) {
			s = s[:len(s)-1]
			continue
		} else if (c == 0x93 || c == 0x94) && (strings.HasSuffix(s, "–") || strings.HasSuffix(s, "—")) {
			s = s[:len(s)-len("–")]
			continue
		}
		break
	}
	return s
}

// textTrimHeadMarks cuts from the start of s what
// strings.TrimLeft(s, "#*•·-–—> 0123456789") cuts: bullets, dashes and
// numbers before a list header.
func textTrimHeadMarks(s string) string {
	for len(s) > 0 {
		switch c := s[0]; {
		case textHeadCut.has(c):
			s = s[1:]
			continue
		case c == 0xe2 && (strings.HasPrefix(s, "•") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—")):
			s = s[len("•"):]
			continue
		case c == 0xc2 && strings.HasPrefix(s, "·"):
			s = s[len("·"):]
			continue
		}
		break
	}
	return s
}

// textByteSet is a set of ASCII bytes.
type textByteSet [2]uint64

func newTextByteSet(bytes string) (set textByteSet) {
	for i := 0; i < len(bytes); i++ {
		set[bytes[i]>>6] |= 1 << (bytes[i] & 63)
	}
	return set
}

func (set *textByteSet) has(c byte) bool {
	return c < 0x80 && set[c>>6&1]>>(c&63)&1 != 0
}

// The ASCII bytes textTrimAdLabel and textTrimHeadMarks cut.
var (
	textAdCut   = newTextByteSet(" .:-()[]")
	textHeadCut = newTextByteSet("#*-> 0123456789")
)

// textMixedScripts reports whether s glues a CJK rune directly to a Latin
// letter, as nav items run together do.
func textMixedScripts(s string) bool {
	var prev rune
	for _, r := range s {
		if prev != 0 && (textCJK(prev) && r < 0x250 && unicode.IsLetter(r) || textCJK(r) && prev < 0x250 && unicode.IsLetter(prev)) {
			return true
		}
		prev = r
	}
	return false
}

// textCountedComments reports whether a short line (lower-cased, or ASCII
// in any case) counts comments: a number next to a comment word ("20
// Comments", "Kommentare (3)").
func textCountedComments(t string, words int) bool {
	// The words are the runs of letters and digits, read one after the
	// other with the one before remembered.
	comments := textCommentWordSet()
	prevCount := false
	for i, pos := 0, 0; ; i++ {
		a, b := textNextAlnum(t, pos)
		if a < 0 {
			return false
		}
		// A long line counts comments only at its start: "46 Comments on
		// “Title”".
		if words > 8 && i > 2 {
			return false
		}
		w := t[a:b]
		pos = b
		if comments.has(w) {
			if prevCount {
				return true
			}
			if na, nb := textNextAlnum(t, b); na >= 0 && textAllDigits(t[na:nb]) {
				return true
			}
		}
		prevCount = textAllDigits(w)
	}
}

// textNextAlnum returns the bounds of the first run of letters and
// digits in s at or after pos, or -1, -1.
func textNextAlnum(s string, pos int) (int, int) {
	start := -1
	for i := pos; i < len(s); {
		c := s[i]
		var alnum bool
		n := 1
		if c < utf8.RuneSelf {
			alnum = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			alnum = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if alnum && start < 0 {
			start = i
		} else if !alnum && start >= 0 {
			return start, i
		}
		i += n
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}

// textAllDigits reports whether w is made of ASCII digits only.
func textAllDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// textCommentWords name comments in a count.
var textCommentWords = map[string]bool{
	"comment": true, "comments": true, "responses": true, "replies": true, "kommentare": true,
	"kommentar": true, "commentaires": true, "commentaire": true, "comentarios": true, "comentario": true,
	"commenti": true, "commento": true, "comentários": true, "reacties": true, "komentarze": true,
	"komentarzy": true, "комментарии": true, "комментариев": true, "комментария": true, "评论": true,
}

// textCommentMeta reports whether a dated line (lower-cased, or ASCII in
// any case) introduces a comment or a post: "Comment #2 - Posted by: Kurt
// at November 10, 2012", "Anna says:".
func textCommentMeta(t string) bool {
	return textLineMatcher().scan(t, textGroupMeta) != 0
}

// textRepeats marks short lines printed three times or more on the page
// as chrome: "Reply", "Login to reply", "Read more", a site's name. A
// repeated reply prompt also opens the comments.
func textRepeats(lines []tLine) {
	short := 0
	for i := range lines {
		if lines[i].eff() < 40 {
			short++
		}
	}
	if short < 3 {
		return
	}
	// The short lines are counted in an open-addressed table sized once,
	// at most half full, by a hash read eight bytes at a time: a map
	// hashed each line twice and grew its groups line by line.
	size := 4
	for size < 2*short {
		size <<= 1
	}
	slots := make([]textRepSlot, size)
	// at[i] is the slot of short line i, found once: the marking pass
	// reads it, not the hash again. Most pages have fewer lines than the
	// buffer on the stack.
	var buf [256]int32
	at := buf[:]
	if len(lines) > len(buf) {
		at = make([]int32, len(lines))
	}
	for i := range lines {
		if lines[i].eff() >= 40 {
			continue
		}
		s := lines[i].text
		h := textLineHash(s)
		k := h & uint64(size-1)
		for ; ; k = (k + 1) & uint64(size-1) {
			e := &slots[k]
			if e.n == 0 {
				e.h, e.line = uint32(h>>32), int32(i)
				break
			}
			if e.h == uint32(h>>32) && lines[e.line].text == s {
				break
			}
		}
		slots[k].n++
		at[i] = int32(k)
	}
	for i := range lines {
		l := &lines[i]
		// "Earcuff: Zoeca" labels items of a list, again and again.
		if l.eff() >= 40 || slots[at[i]].n < 3 || strings.Contains(l.text, ": ") {
			continue
		}
		l.repeated = true
		if textLineMatcher().scan(textForMatch(l), textGroupReply) != 0 {
			l.comment = true
		}
	}
}

// textRepSlot counts the lines of one text for textRepeats: 12 bytes, a
// third of a slot holding the text itself and 64-bit fields. The slot's
// place in the table is given by the low bits of the line's hash; h keeps
// the high ones, which tell most texts apart before they are compared.
type textRepSlot struct {
	h    uint32
	line int32 // the first line of the text, whose text is compared
	n    int32
}

// textLineHash hashes s eight bytes at a time, the last eight (which
// may overlap the eight before) once more.
func textLineHash(s string) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	var t uint64
	if len(s) >= 8 {
		for i := 0; i+8 < len(s); i += 8 {
			h = (h ^ textLoad8(s, i)) * 0xff51afd7ed558ccd
			h ^= h >> 29
		}
		t = textLoad8(s, len(s)-8)
	} else {
		for i := 0; i < len(s); i++ {
			t = t<<8 | uint64(s[i])
		}
	}
	h = (h ^ t) * 0xc4ceb9fe1a85ec53
	return h ^ h>>32
}

// textHasYear reports whether s holds a run of four or more ASCII digits
// starting 19, 20 or 21: the year every date findDate reads must have.
func textHasYear(s string) bool {
	// A full-width form opens with the byte 0xEF, looked for first by
	// IndexByte, which reads many bytes at a time.
	if strings.IndexByte(s, 0xef) >= 0 && hasFullWidth(s) {
		s = strings.Map(foldFullWidthDigit, s)
	}
	for i := 0; i < len(s); {
		// Eight bytes at a time where they hold no digit.
		if i+8 <= len(s) {
			if d := textDigits8(textLoad8(s, i)); d == 0 {
				i += 8
				continue
			} else {
				i += bits.TrailingZeros64(d) >> 3
			}
		}
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		// A year may run into what follows it when a page glues two dates
		// ("19. Dezember 202219. Dezember 2022").
		if j-i >= 4 {
			if y := s[i : i+2]; y == "19" || y == "20" || y == "21" {
				return true
			}
		}
		i = j
	}
	return textShortYear(s)
}

// textDigits8 returns the top bits of the bytes of x (eight bytes of a
// string, little-endian) that are ASCII digits. The bytes from 0x80 are
// read without their top bit, so that no lane carries into the next,
// and left out.
func textDigits8(x uint64) uint64 {
	const ones = 0x0101010101010101
	t := x &^ (0x80 * ones)
	return (t + 0x50*ones) &^ (t + 0x46*ones) &^ x & (0x80 * ones)
}

// foldFullWidthDigit reads a full-width digit as its ASCII form.
func foldFullWidthDigit(r rune) rune {
	if r >= 0xFF10 && r <= 0xFF19 {
		return r - 0xFF10 + '0'
	}
	return r
}

// textShortYear reports whether s holds a numeric date with a two-digit
// year, "19.10.19" or "11/08/23", which findDate reads too.
func textShortYear(s string) bool {
	digits := func(i int) int {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j - i
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		a := digits(i)
		if a < 1 || a > 2 || i+a >= len(s) || s[i+a] != '.' && s[i+a] != '/' {
			continue
		}
		sep := s[i+a]
		j := i + a + 1
		b := digits(j)
		if b < 1 || b > 2 || j+b >= len(s) || s[j+b] != sep {
			continue
		}
		if digits(j+b+1) == 2 {
			return true
		}
	}
	return false
}

// textShortTokens returns how many space-separated tokens s has when each
// is at most four runes long, and 0 when one is longer.
func textShortTokens(s string) int {
	n := 0
	for _, tok := range strings.Fields(s) {
		if utf8.RuneCountInString(tok) > 4 {
			return 0
		}
		n++
	}
	return n
}

// textConfirmComments keeps a comment header only when what follows looks
// like comments or a comment form (a dated line, a reply prompt, a name
// or e-mail field) within a few lines: a "Comments" tab in a menu or a
// share bar above the article does not open a comment section.
func textConfirmComments(lines []tLine) {
	for i := range lines {
		if !lines[i].comment {
			continue
		}
		ok := false
		for j := i + 1; j < min(len(lines), i+9) && !ok; j++ {
			l := &lines[j]
			if l.date || l.repeated && l.comment {
				ok = true
				break
			}
			if l.eff() > 120 {
				continue
			}
			if textLineMatcher().scan(textForMatch(l), textGroupEvidence) != 0 {
				ok = true
			}
		}
		if !ok && lines[i].digits > 0 && textCountedComments(textForMatch(&lines[i]), lines[i].words) {
			ok = textNamesUnder(lines, i)
		}
		if !ok {
			lines[i].comment = false
			lines[i].boiler = true
		}
	}
}

// textNamesUnder reports whether the lines under a count of comments at
// line i ("{ 167 comments }") open with readers' names, each over what
// that reader wrote: themes print the commenter's name alone, without a
// date or a reply link. Two names, or one that comes again further down
// the page, make the comments; a count over a menu or a teaser list has
// titles under it.
func textNamesUnder(lines []tLine, i int) bool {
	names := 0
	for j := i + 1; j < min(len(lines)-1, i+textNamesWindow); j++ {
		l := &lines[j]
		if !textReaderName(l) || lines[j+1].eff() < textNameMax {
			continue
		}
		if l.repeated {
			return true
		}
		if names++; names >= 2 {
			return true
		}
	}
	return false
}

// textReaderName reports whether l is a name alone: one to four words,
// no function word, no stop at the end, short.
func textReaderName(l *tLine) bool {
	return l.words >= 1 && l.words <= 4 && l.stops == 0 && !l.endStop && l.eff() < textNameMax && l.digits == 0 &&
		looksLikeNames(l.text)
}

// textNamesWindow is how many lines under a count of comments are read
// for names; textNameMax is the longest name line, and the shortest
// comment under it.
const (
	textNamesWindow = 12
	textNameMax     = 30
)
