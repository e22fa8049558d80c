package extract

import (
	"encoding/binary"
	"math/bits"
	"sort"
)

// The text path asks every line whether it holds one of a few hundred
// chrome phrases. A strings.Contains per phrase reads the line once per
// phrase; the matchers here read it once for all of them. They compare
// with ASCII case folded, so that an ASCII line is matched as it stands
// and only other lines need strings.ToLower first: the phrases are lower
// case, and a lower-cased line holds no A-Z. A line whose only capitals
// are ASCII ("Tous droits réservés") is read as it stands too.

// textFoldByte is b with A-Z lower-cased, as strings.ToLower does to the
// ASCII letters.
func textFoldByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// textHasFoldPrefix reports whether s starts with the lower-case phrase p,
// ASCII case folded.
func textHasFoldPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if textFoldByte(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// Groups of phrases a textMatcher tells apart.
const (
	textGroupCopy     uint8 = 1 << iota // textCopyPhrases
	textGroupCookie                     // "cookie"
	textGroupConsent                    // textConsentWords
	textGroupBoiler                     // textBoilerPhrases
	textGroupMeta                       // textCommentMetaWords
	textGroupReply                      // textReplyWords
	textGroupEvidence                   // textCommentEvidence
)

// textMatcher finds which groups of phrases occur in a string in one
// pass. It reads the string in the manner of Wu and Manber: a window as
// long as the shortest phrase sought slides along it, and the three bytes
// ending the window tell how far it may move with no phrase starting
// inside it. On prose most windows move by several bytes at once; only a
// window ending like the first bytes of a phrase has its start looked up
// among the phrases' first three bytes and compared. The three bytes are
// hashed with 0x20 set in each (textShiftBlock): that folds the ASCII
// capitals as textFoldByte does, and merges a few other pairs of bytes,
// which only makes a window move less.
type textMatcher struct {
	pats   []string
	groups []uint8
	keys   []uint32 // sorted first three bytes of the phrases
	ids    [][]int  // the phrases under each key
	// tabs[want] is the table for the groups in want, built for each
	// group alone, for all groups present and, with few groups, for
	// every set of them; the table of all serves the other wants.
	tabs    []*textShiftTab
	present uint8
}

// textShiftTab is the sliding window for the phrases of some groups.
type textShiftTab struct {
	m int // the shortest phrase of the groups
	// shift is how far a window ending with a block of that hash may
	// move; a block no phrase holds in its first m bytes lets it move
	// m-2.
	shift [1 << textSkipBits]uint8
}

// textSubsetGroups is the most groups a matcher builds a table for every
// set of.
const textSubsetGroups = 3

// textMinPhrase is the shortest phrase a textMatcher holds.
const textMinPhrase = 3

const textSkipBits = 12

// textBlock packs the three bytes of b, the first lowest (one load of
// two bytes and one of a byte, with one bounds check).
func textBlock(b string) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16
}

// textShiftBlock hashes the block of x's three low bytes, 0x20 set in
// each, whatever x's high byte: moving x up a byte drops it, so that scan
// hashes the four bytes of one load starting at the block.
func textShiftBlock(x uint32) uint32 {
	return ((x<<8 | 0x20202000) * 0x9e3779b1) >> (32 - textSkipBits)
}

// newTextMatcher builds a matcher of the lists, list i in group 1<<i
// order as given by groups.
func newTextMatcher(lists map[uint8][]string) *textMatcher {
	m := &textMatcher{}
	at := map[string]int{}
	groups := make([]uint8, 0, len(lists))
	for g := range lists {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i] < groups[j] })
	for _, g := range groups {
		for _, p := range lists[g] {
			if len(p) < textMinPhrase {
				continue // cannot happen with the lists of text_words.go; see TestTextMatcherAgrees
			}
			m.present |= g
			if i, ok := at[p]; ok {
				m.groups[i] |= g
				continue
			}
			at[p] = len(m.pats)
			m.pats = append(m.pats, p)
			m.groups = append(m.groups, g)
		}
	}
	byKey := map[uint32][]int{}
	for i, p := range m.pats {
		x := uint32(p[0])<<16 | uint32(p[1])<<8 | uint32(p[2])
		byKey[x] = append(byKey[x], i)
	}
	for x := range byKey {
		m.keys = append(m.keys, x)
	}
	sort.Slice(m.keys, func(i, j int) bool { return m.keys[i] < m.keys[j] })
	for _, x := range m.keys {
		m.ids = append(m.ids, byKey[x])
	}
	m.tabs = make([]*textShiftTab, int(m.present)+1)
	m.tabs[m.present] = m.newTab(m.present)
	for g := uint8(1); g != 0; g <<= 1 {
		if g&m.present != 0 && m.tabs[g] == nil {
			m.tabs[g] = m.newTab(g)
		}
	}
	// With few groups, every set of them gets its own table: a reader
	// asking for some groups slides by their shortest phrase only.
	if bits.OnesCount8(m.present) <= textSubsetGroups {
		for g := m.present; g != 0; g = (g - 1) & m.present {
			if m.tabs[g] == nil {
				m.tabs[g] = m.newTab(g)
			}
		}
	}
	return m
}

// newTab builds the sliding window of the phrases in the groups of want.
func (m *textMatcher) newTab(want uint8) *textShiftTab {
	t := &textShiftTab{m: 1 << 30}
	for i, p := range m.pats {
		if m.groups[i]&want != 0 {
			t.m = min(t.m, len(p))
		}
	}
	for h := range t.shift {
		t.shift[h] = uint8(min(t.m-2, 255))
	}
	for i, p := range m.pats {
		if m.groups[i]&want == 0 {
			continue
		}
		for q := 0; q+3 <= t.m; q++ {
			h := textShiftBlock(textBlock(p[q : q+3]))
			t.shift[h] = min(t.shift[h], uint8(min(t.m-3-q, 255)))
		}
	}
	return t
}

// scan returns which of the groups in want occur in s (lower-cased, or
// ASCII in any case), stopping once all of them have.
func (m *textMatcher) scan(s string, want uint8) uint8 {
	want &= m.present
	if want == 0 {
		return 0
	}
	t := m.tabs[want]
	if t == nil {
		t = m.tabs[m.present]
	}
	var got uint8
	// The window is s[i+3-n:i+3]: i is where the block ending it starts.
	// While a fourth byte follows the block, the block is read in one
	// load of four bytes; the last block, ending the string, in three.
	n := uint(t.m)
	i := n - 3
	for {
		for i+4 <= uint(len(s)) {
			w := s[i : i+4]
			x := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
			sh := t.shift[textShiftBlock(x)]
			if sh == 0 {
				break
			}
			i += uint(sh)
		}
		if i+3 > uint(len(s)) {
			return got
		}
		if i+4 > uint(len(s)) && t.shift[textShiftBlock(textBlock(s[i:i+3]))] != 0 {
			return got
		}
		got |= m.at(s[i+3-n:], want&^got)
		if got == want {
			return got
		}
		i++
	}
}

// at returns the groups in want of the phrases s starts with.
func (m *textMatcher) at(s string, want uint8) uint8 {
	x := uint32(textFoldByte(s[0]))<<16 | uint32(textFoldByte(s[1]))<<8 | uint32(textFoldByte(s[2]))
	lo, hi := 0, len(m.keys)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.keys[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(m.keys) || m.keys[lo] != x {
		return 0
	}
	var got uint8
	for _, id := range m.ids[lo] {
		if m.groups[id]&want != 0 && textHasFoldPrefix(s, m.pats[id]) {
			got |= m.groups[id]
		}
	}
	return got & want
}

// textLineMatcher holds the phrase lists the text path looks for inside
// some lines, built on first use (the copyright, cookie and chrome
// phrases, looked for in every line, are textFlagMatcher's).
var textLineMatcherLazy textLazy[textMatcher]

func textLineMatcher() *textMatcher {
	return textLineMatcherLazy.get(func() *textMatcher {
		return newTextMatcher(map[uint8][]string{
			textGroupConsent:  textConsentWords,
			textGroupMeta:     textCommentMetaWords,
			textGroupReply:    textReplyWords,
			textGroupEvidence: textCommentEvidence,
		})
	})
}

// textPrefixes is a list of lower-case phrases looked up at the start of
// a string: a bit set of the phrases' first two bytes turns most strings
// away at once, and only the phrases sharing the string's first two
// bytes are compared.
type textPrefixes struct {
	pats []string // sorted
	// first has a bit for each pair of bytes that folds (textFoldByte)
	// to the first two bytes of a phrase, so that it is read with the
	// string's bytes as they stand: 1<<16 bits.
	first [1 << 10]uint64
	// from[b] is the index of the first phrase starting with a byte of b
	// or more.
	from [257]uint16
	// pairs finds the phrases of the first two bytes k at once: the
	// slot of k's hash (textPairSlot), or the next ones, holds k and
	// the range of its phrases in pats (hi 0: an empty slot). Built only
	// when pats has fewer than 256 phrases; nil otherwise.
	pairs *[256]textPairRange
}

type textPairRange struct {
	key    uint16
	lo, hi uint8
}

func textPairSlot(k uint16) uint32 { return (uint32(k) * 0x9e3779b1) >> 24 }

func newTextPrefixes(list []string) *textPrefixes {
	ps := &textPrefixes{pats: append([]string(nil), list...)}
	sort.Strings(ps.pats)
	for _, p := range ps.pats {
		if len(p) < 2 {
			continue
		}
		for _, a := range textUnfold(p[0]) {
			for _, b := range textUnfold(p[1]) {
				k := uint16(a)<<8 | uint16(b)
				ps.first[k>>6] |= 1 << (k & 63)
			}
		}
	}
	i := 0
	for b := 0; b <= 256; b++ {
		for i < len(ps.pats) && (ps.pats[i] == "" || int(ps.pats[i][0]) < b) {
			i++
		}
		ps.from[b] = uint16(i)
	}
	if len(ps.pats) < 256 {
		pairs := &[256]textPairRange{}
		for i := 0; i < len(ps.pats); {
			p := ps.pats[i]
			j := i + 1
			if len(p) < 2 {
				i = j
				continue
			}
			for j < len(ps.pats) && len(ps.pats[j]) >= 2 && ps.pats[j][:2] == p[:2] {
				j++
			}
			k := uint16(p[0])<<8 | uint16(p[1])
			h := textPairSlot(k)
			for pairs[h].hi != 0 {
				h = (h + 1) & 255
			}
			pairs[h] = textPairRange{key: k, lo: uint8(i), hi: uint8(j)}
			i = j
		}
		ps.pairs = pairs
	}
	return ps
}

// textUnfold returns the bytes textFoldByte folds to c.
func textUnfold(c byte) []byte {
	switch {
	case 'a' <= c && c <= 'z':
		return []byte{c, c - 'a' + 'A'}
	case 'A' <= c && c <= 'Z':
		return nil // textFoldByte gives no capital
	}
	return []byte{c}
}

// match reports whether s (lower-cased, or ASCII in any case) starts with
// one of the phrases for which ok, if not nil, holds.
func (ps *textPrefixes) match(s string, ok func(p string) bool) bool {
	if len(s) < 2 {
		// Every phrase has two bytes or more (TestTextPrefixesAgree).
		return false
	}
	if r := uint16(s[0])<<8 | uint16(s[1]); ps.first[r>>6]&(1<<(r&63)) == 0 {
		return false
	}
	k0, k1 := textFoldByte(s[0]), textFoldByte(s[1])
	k := uint16(k0)<<8 | uint16(k1)
	if pairs := ps.pairs; pairs != nil {
		h := textPairSlot(k)
		for pairs[h].key != k {
			if pairs[h].hi == 0 {
				return false
			}
			h = (h + 1) & 255
		}
		rest := s[2:]
		for _, p := range ps.pats[pairs[h].lo:pairs[h].hi] {
			if textHasFoldPrefix(rest, p[2:]) && (ok == nil || ok(p)) {
				return true
			}
		}
		return false
	}
	// The phrases starting with k0 k1 follow one another, among those
	// starting with k0; their first two bytes are s's, and the rest is
	// compared.
	pats := ps.pats[ps.from[k0]:ps.from[int(k0)+1]]
	rest := s[2:]
	for _, p := range pats {
		if len(p) < 2 || p[1] < k1 {
			continue
		}
		if p[1] > k1 {
			break
		}
		if textHasFoldPrefix(rest, p[2:]) && (ok == nil || ok(p)) {
			return true
		}
	}
	return false
}

// The prefix lists of the text path, built on first use.
var (
	textTagSetLazy     textLazy[textPrefixes]
	textTailSetLazy    textLazy[textPrefixes]
	textCommentSetLazy textLazy[textPrefixes]
)

func textCommentSet() *textPrefixes {
	return textCommentSetLazy.get(func() *textPrefixes { return newTextPrefixes(textCommentHeads) })
}

func textTailSet() *textPrefixes {
	return textTailSetLazy.get(func() *textPrefixes { return newTextPrefixes(textTailHeads) })
}

func textTagSet() *textPrefixes {
	return textTagSetLazy.get(func() *textPrefixes { return newTextPrefixes(textTagPrefixes) })
}

// textForMatch returns the line as the matchers read it: as it stands
// when folding its ASCII capitals lower-cases it, since they fold as they
// read, lower-cased otherwise.
func textForMatch(l *tLine) string {
	if l.fold {
		return l.text
	}
	return l.lowered()
}

// textFirstRunes returns s cut after n runes.
func textFirstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// textFoldLookup reports whether w (lower-cased, or ASCII in any case)
// lower-cased is in m, without allocating for a short w.
func textFoldLookup(m map[string]bool, w string) bool {
	var buf [64]byte
	var b []byte
	if len(w) <= len(buf) {
		b = buf[:len(w)]
	} else {
		b = make([]byte, len(w))
	}
	for i := 0; i < len(w); i++ {
		b[i] = textFoldByte(w[i])
	}
	return m[string(b)]
}

// textWordSet is a set of short lower-case words for endWord, which
// looks up every word of the page: a word of up to 16 bytes is read as
// two machine words and found by open addressing, without hashing a
// string.
type textWordSet struct {
	slots [1 << textWordBits]uint16 // 1 + index into keys; 0 is empty
	keys  []textWordKey
	long  map[string]bool // words over 16 bytes, if any
	// pairs[n][a&31] has bit b&31 set when a word of n bytes begins with
	// bytes a, b (b is 0 for one byte): two bytes and a length turn away
	// most words before a key is packed (may). &31 leaves an ASCII
	// letter's case aside.
	pairs [17][32]uint32
}

const textWordBits = 11

type textWordKey struct {
	lo, hi uint64
	n      int
}

// textWordKeyOf packs b (at most 16 bytes) into a key.
func textWordKeyOf(b []byte) textWordKey {
	var buf [16]byte
	copy(buf[:], b)
	return textWordKey{binary.LittleEndian.Uint64(buf[:8]), binary.LittleEndian.Uint64(buf[8:]), len(b)}
}

func (k textWordKey) slot() uint64 {
	h := (k.lo ^ k.hi*0xc2b2ae3d27d4eb4f + uint64(k.n)) * 0x9e3779b97f4a7c15
	return h >> (64 - textWordBits)
}

func newTextWordSet(words map[string]bool) *textWordSet {
	ws := &textWordSet{}
	for w, ok := range words {
		if !ok {
			continue
		}
		if len(w) > 16 {
			if ws.long == nil {
				ws.long = map[string]bool{}
			}
			ws.long[w] = true
			continue
		}
		var b1 byte
		if len(w) > 1 {
			b1 = w[1]
		}
		if len(w) > 0 {
			ws.pairs[len(w)][w[0]&31] |= 1 << (b1 & 31)
		}
		k := textWordKeyOf([]byte(w))
		i := k.slot()
		for ws.slots[i] != 0 {
			i = (i + 1) & (1<<textWordBits - 1)
		}
		ws.keys = append(ws.keys, k)
		ws.slots[i] = uint16(len(ws.keys))
	}
	return ws
}

// has reports whether the word b is in the set.
func (ws *textWordSet) has(b []byte) bool {
	if len(b) > 16 {
		return ws.long[string(b)]
	}
	return ws.hasKey(textWordKeyOf(b))
}

// may reports whether a word of n bytes (1 to 16) beginning with bytes
// a, b (b 0 when n is 1) can be in the set, ASCII case aside: false
// rules it out, true leaves the look-up to tell.
func (ws *textWordSet) may(n int, a, b byte) bool {
	return ws.pairs[n][a&31]>>(b&31)&1 != 0
}

// hasKey reports whether the word packed in k (of at most 16 bytes, the
// rest zero) is in the set.
func (ws *textWordSet) hasKey(k textWordKey) bool {
	for i := k.slot(); ws.slots[i] != 0; i = (i + 1) & (1<<textWordBits - 1) {
		if ws.keys[ws.slots[i]-1] == k {
			return true
		}
	}
	return false
}

// textFoldSet is a set of lower-case words and phrases looked up with
// ASCII case folded, as textFoldLookup looks up a map: a length no entry
// has is turned away at once, an entry of up to 16 bytes is found in a
// textWordSet without hashing a string.
type textFoldSet struct {
	lens  [2]uint64 // bit n: an entry of n bytes (n < 128)
	huge  bool      // an entry of 128 bytes or more
	short *textWordSet
	long  map[string]bool // entries over 16 bytes
}

func newTextFoldSet(m map[string]bool) *textFoldSet {
	fs := &textFoldSet{long: map[string]bool{}}
	short := map[string]bool{}
	for w, ok := range m {
		if !ok {
			continue
		}
		if n := len(w); n < 128 {
			fs.lens[n>>6] |= 1 << (n & 63)
		} else {
			fs.huge = true
		}
		if len(w) <= 16 {
			short[w] = true
		} else {
			fs.long[w] = true
		}
	}
	fs.short = newTextWordSet(short)
	return fs
}

// has reports whether w (lower-cased, or ASCII in any case) lower-cased
// is in the set.
func (fs *textFoldSet) has(w string) bool {
	n := len(w)
	if n >= 128 && !fs.huge || n < 128 && fs.lens[n>>6]&(1<<(n&63)) == 0 {
		return false
	}
	if n > 16 {
		return textFoldLookup(fs.long, w)
	}
	// The first two bytes and the length turn away most words before a
	// key is packed.
	if n > 0 {
		var b byte
		if n > 1 {
			b = w[1]
		}
		if !fs.short.may(n, w[0], b) {
			return false
		}
	}
	var key textWordKey
	key.n = n
	for i := 0; i < n; i++ {
		c := uint64(textFoldByte(w[i]))
		if i < 8 {
			key.lo |= c << (8 * i)
		} else {
			key.hi |= c << (8 * (i - 8))
		}
	}
	return fs.short.hasKey(key)
}

// The word sets flag looks lines up in, built on first use.
var (
	textShareSetLazy       textLazy[textFoldSet]
	textAdSetLazy          textLazy[textFoldSet]
	textCommentWordSetLazy textLazy[textFoldSet]
)

func textCommentWordSet() *textFoldSet {
	return textCommentWordSetLazy.get(func() *textFoldSet { return newTextFoldSet(textCommentWords) })
}

func textAdSet() *textFoldSet {
	return textAdSetLazy.get(func() *textFoldSet { return newTextFoldSet(textAdLines) })
}

func textShareSet() *textFoldSet {
	return textShareSetLazy.get(func() *textFoldSet { return newTextFoldSet(textShareWords()) })
}

// textStopSet holds textStopwords for endWord, built on first use.
var textStopSetLazy textLazy[textWordSet]

func textStopSet() *textWordSet {
	return textStopSetLazy.get(func() *textWordSet { return newTextWordSet(textStopwords()) })
}
