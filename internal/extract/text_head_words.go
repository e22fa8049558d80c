package extract

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// textBodySet holds the content words of the first body blocks, lower-
// cased, for textSharedBody: the words textBodyWords gave as a map. A map
// of a few hundred words a page cost more to fill than the header's lines
// cost to read, for some hundred look-ups: the set here is an open-
// addressed table of the words' hashes, each word kept as the block prints
// it (a piece of it, no copy), and built on the first look-up only, since
// a header with no title-like line asks none.
type textBodySet struct {
	blocks []block
	built  bool
	// slots holds 1 + an index into words, 0 for an empty slot; its
	// length is a power of two, at least twice the words'.
	slots []int32
	words []textBodyEntry
	// asked: the table holds the words of the lines the header will look
	// up (ask), not the body's, and the body's first blocks are read only
	// to mark the ones they hold (seen). A header asks for the words of
	// a few lines: marking them costs a table of a few dozen words, not
	// one of the body's hundreds, and most of the body's words are turned
	// away by the bits of bloom, not hashed. A line asked for is not read
	// again: lines holds where refs keeps its words' entries. A look-up of
	// a line not asked for builds the table again of the body's words.
	asked bool
	lines []textBodyAsked
	refs  []int32
	next  int
	room  *textBodyRoom
	// unseen counts the asked words not yet found in the body: none left,
	// the body is read no further.
	unseen int
	// bloom holds a bit for each asked word whose lower case is ASCII,
	// at textBodyKey of its first and last bytes and its length.
	bloom [8]uint64
}

// textBodyAsked is a line asked for: its words' entries are
// refs[from:to].
type textBodyAsked struct {
	text     string
	from, to int32
}

// textBodyEntry is a word of the set: w as a block prints it, cased when
// lower-casing changes it, h the hash of its lower case; seen when the
// body holds it (always, for a set of the body's words).
type textBodyEntry struct {
	h     uint64
	w     string
	cased bool
	seen  bool
}

// The ways scan reads a text: adding its words to the set, looking them
// up, or marking the asked words it holds.
const (
	textScanAdd = iota
	textScanLook
	textScanMark
)

// textBodyWords returns the set of the words of four letters or more of
// the first body blocks, in lower case, and the CJK pairs, as
// textEachContentWord cuts them, for textSharedBody. Blocks are read
// apart: no word or pair runs across two.
func textBodyWords(blocks []block) *textBodySet {
	return &textBodySet{blocks: blocks}
}

// textBodyBlocks is how many of the body's first blocks the set reads:
// up to the one that takes the text read past 3000 bytes.
func (s *textBodySet) textBodyBlocks() (k, n int) {
	for _, b := range s.blocks {
		n += len(b.text)
		k++
		if n > 3000 {
			break
		}
	}
	return k, n
}

func (s *textBodySet) build() {
	s.built = true
	k, n := s.textBodyBlocks()
	if s.asked {
		for _, b := range s.blocks[:k] {
			if s.unseen == 0 {
				break
			}
			s.mark(b.text)
		}
		return
	}
	// About one new content word in eight bytes of text read.
	size := 64
	for size < n/4 {
		size <<= 1
	}
	s.slots = make([]int32, size)
	s.words = make([]textBodyEntry, 0, n/8)
	for _, b := range s.blocks[:k] {
		s.scan(b.text, false)
	}
}

// ask puts the words of line t in the set's table of asked words, before
// the first look-up: the body is then read only for the asked words, and
// a look-up of a line not asked for builds the set of the body's words.
func (s *textBodySet) ask(t string) {
	if s.built {
		return
	}
	if !s.asked {
		s.asked = true
		r := textBodyRooms.Get().(*textBodyRoom)
		s.room = r
		s.slots, s.words, s.refs, s.lines = r.slots, r.words[:0], r.refs[:0], r.lines[:0]
	}
	from := len(s.refs)
	s.scan(t, false)
	s.lines = append(s.lines, textBodyAsked{text: t, from: int32(from), to: int32(len(s.refs))})
	s.unseen = len(s.words)
}

// bloomASCII sets the bloom's bit of w, a word of ASCII letters and
// digits.
func (s *textBodySet) bloomASCII(w string) {
	key := textBodyKey(textWordBytes[w[0]], textWordBytes[w[len(w)-1]], len(w))
	s.bloom[key>>6&7] |= 1 << (key & 63)
}

// textBodyRoom is the room of a table of asked words, kept from page to
// page (textBodyRooms): its slots all empty, words and lines holding no
// strings.
type textBodyRoom struct {
	slots []int32
	words []textBodyEntry
	refs  []int32
	lines []textBodyAsked
}

var textBodyRooms = sync.Pool{New: func() any {
	return &textBodyRoom{slots: make([]int32, 128), words: make([]textBodyEntry, 0, 64),
		refs: make([]int32, 0, 128), lines: make([]textBodyAsked, 0, 32)}
}}

// textBodyRoomMax is the most slots a room kept for the next page has.
const textBodyRoomMax = 1024

// release gives the room of the asked words' table back for the next
// page, emptied; the set is not used after.
func (s *textBodySet) release() {
	r := s.room
	if r == nil {
		return
	}
	s.room = nil
	if s.asked {
		r.slots, r.words, r.refs, r.lines = s.slots, s.words, s.refs, s.lines
		s.slots, s.words, s.refs, s.lines = nil, nil, nil, nil
	}
	if len(r.slots) > textBodyRoomMax {
		return
	}
	clear(r.slots)
	clear(r.words[:cap(r.words)])
	clear(r.lines[:cap(r.lines)])
	r.words, r.refs, r.lines = r.words[:0], r.refs[:0], r.lines[:0]
	textBodyRooms.Put(r)
}

// textBodyLowerEnds returns the first and last bytes and the length of w
// lower-cased, a word as scan cuts it, when its lower case is ASCII.
func textBodyLowerEnds(w string) (a, z byte, n int, ok bool) {
	for i := 0; i < len(w); i++ {
		if textWordBytes[w[i]] == 0 {
			var buf [textLowerBuf]byte
			low := textLowerAppend(buf[:0], w)
			for _, c := range low {
				if textWordBytes[c] == 0 {
					return 0, 0, 0, false
				}
			}
			return low[0], low[len(low)-1], len(low), true
		}
	}
	return textWordBytes[w[0]], textWordBytes[w[len(w)-1]], len(w), true
}

// answer returns how many of the n words of line t the body holds, t
// asked for (ok) or not. The lines are mostly looked up in the order
// they were asked for: the search starts past the last one found.
func (s *textBodySet) answer(t string) (k, n int, ok bool) {
	for x := range s.lines {
		at := s.next + x
		if at >= len(s.lines) {
			at -= len(s.lines)
		}
		if l := s.lines[at]; l.text == t {
			s.next = at + 1
			for _, r := range s.refs[l.from:l.to] {
				if s.words[r].seen {
					k++
				}
			}
			return k, int(l.to - l.from), true
		}
	}
	return 0, 0, false
}

// textBodyKey is the bit of the set's bloom for a word of ASCII lower
// case of n bytes, first byte a and last z.
func textBodyKey(a, z byte, n int) uint {
	return (uint(a)*37 + uint(z)*11 + uint(n)*101) & 511
}

// full drops the asked words and builds the set of the body's words.
func (s *textBodySet) full() {
	s.release()
	s.asked, s.built = false, false
	s.lines, s.refs, s.next = nil, nil, 0
	s.unseen, s.bloom = 0, [8]uint64{}
	s.build()
}

// mark reads t as scan does and marks seen the asked words it holds.
// Most words are turned away by the bloom at their end, unhashed.
func (s *textBodySet) mark(t string) {
	i := 0
	for i < len(t) {
		c := t[i]
		if c >= utf8.RuneSelf {
			i = s.scanFrom(t, i, textScanMark, nil, nil)
			continue
		}
		if textWordBytes[c] == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(t) && textWordBytes[t[j]] != 0 {
			j++
		}
		if j < len(t) && t[j] >= utf8.RuneSelf {
			i = s.scanFrom(t, i, textScanMark, nil, nil)
			continue
		}
		if j-i >= 4 {
			if key := textBodyKey(textWordBytes[c], textWordBytes[t[j-1]], j-i); s.bloom[key>>6&7]&(1<<(key&63)) != 0 {
				w := t[i:j]
				cased := false
				h := uint64(textFNVOffset)
				for k := 0; k < len(w); k++ {
					l := textWordBytes[w[k]]
					if l != w[k] {
						cased = true
					}
					h = (h ^ uint64(l)) * textFNVPrime
				}
				s.markHash(w, cased, h)
				if s.unseen == 0 {
					return
				}
			}
		}
		i = j
	}
}

// markHash marks w seen (h its textWordHash) when it was asked for.
func (s *textBodySet) markHash(w string, cased bool, h uint64) {
	if e := s.find(w, cased, h); e != nil && !e.seen {
		e.seen = true
		s.unseen--
	}
}

// find returns the entry of w (h its textWordHash), or nil.
func (s *textBodySet) find(w string, cased bool, h uint64) *textBodyEntry {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; s.slots[i] != 0; i = (i + 1) & mask {
		if e := &s.words[s.slots[i]-1]; e.h == h && textWordSame(e.w, e.cased, w, cased) {
			return e
		}
	}
	return nil
}

// add puts w (cased as textEachContentSpan tells, h its textWordHash) in
// the set; a word of a line asked for is also kept in refs. It reports
// whether w is new to the set.
func (s *textBodySet) add(w string, cased bool, h uint64) bool {
	mask := uint64(len(s.slots) - 1)
	i := h & mask
	for s.slots[i] != 0 {
		if e := &s.words[s.slots[i]-1]; e.h == h && textWordSame(e.w, e.cased, w, cased) {
			if s.asked {
				s.refs = append(s.refs, s.slots[i]-1)
			}
			return false
		}
		i = (i + 1) & mask
	}
	s.words = append(s.words, textBodyEntry{h: h, w: w, cased: cased, seen: !s.asked})
	s.slots[i] = int32(len(s.words))
	if s.asked {
		s.refs = append(s.refs, s.slots[i]-1)
	}
	if 2*len(s.words) > len(s.slots) {
		s.grow()
	}
	return true
}

func (s *textBodySet) grow() {
	s.slots = make([]int32, 2*len(s.slots))
	mask := uint64(len(s.slots) - 1)
	for k := range s.words {
		i := s.words[k].h & mask
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = int32(k + 1)
	}
}

// has reports whether the set holds w lower-cased (cased as
// textEachContentSpan tells).
func (s *textBodySet) has(w string, cased bool) bool {
	if s.asked {
		s.full()
	}
	if !s.built {
		s.build()
	}
	return s.hasHash(w, cased, textWordHash(w, cased))
}

// hasHash is has given h, w's textWordHash.
func (s *textBodySet) hasHash(w string, cased bool, h uint64) bool {
	e := s.find(w, cased, h)
	return e != nil && e.seen
}

// textSharedBody is textShared over the body's set.
func textSharedBody(s string, set *textBodySet) (float64, int) {
	if !set.built {
		set.build()
	}
	var k, n int
	ok := false
	if set.asked {
		if k, n, ok = set.answer(s); !ok {
			set.full()
		}
	}
	if !ok {
		k, n = set.scan(s, true)
	}
	if n == 0 {
		return 0, 0
	}
	return float64(k) / float64(n), n
}

// textWordBytes maps an ASCII letter or digit to its lower case, any
// other byte to 0.
var textWordBytes = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// scan cuts t into words as textEachContentSpan does, each hashed as
// textWordHash hashes it while it is read, and adds each word to the set,
// or, with look, returns how many of the n words the set holds. One pass
// and no call a word: the body's first blocks are read for every page.
// Words of ASCII letters and digits between ASCII marks and spaces, most
// of them, are read by the short loop here; from a byte beyond ASCII,
// or a run of ASCII that goes on into one, scanFrom reads on to the next
// ASCII byte that starts no word.
func (s *textBodySet) scan(t string, look bool) (k, n int) {
	mode := textScanAdd
	if look {
		mode = textScanLook
	}
	i := 0
	for i < len(t) {
		c := t[i]
		if c >= utf8.RuneSelf {
			i = s.scanFrom(t, i, mode, &k, &n)
			continue
		}
		if textWordBytes[c] == 0 {
			i++
			continue
		}
		// The run of ASCII letters and digits, hashed lower-cased.
		cased := false
		h := uint64(textFNVOffset)
		j := i
		for ; j < len(t); j++ {
			l := textWordBytes[t[j]]
			if l == 0 {
				break
			}
			if l != t[j] {
				cased = true
			}
			h = (h ^ uint64(l)) * textFNVPrime
		}
		if j < len(t) && t[j] >= utf8.RuneSelf {
			i = s.scanFrom(t, i, mode, &k, &n)
			continue
		}
		if w := t[i:j]; len(w) >= 4 {
			if look {
				n++
				if s.hasHash(w, cased, h) {
					k++
				}
			} else if s.add(w, cased, h) && s.asked {
				s.bloomASCII(w)
			}
		}
		i = j
	}
	return k, n
}

// scanFrom is scan's reading of t from i0, where no word is open, on to
// the first ASCII byte after i0 where none is, whose index it returns;
// k and n count as scan's do.
func (s *textBodySet) scanFrom(t string, i0 int, mode int, kp, np *int) int {
	word := func(w string, cased bool, h uint64) {
		switch mode {
		case textScanLook:
			*np++
			if s.hasHash(w, cased, h) {
				*kp++
			}
		case textScanMark:
			s.markHash(w, cased, h)
		default:
			if s.add(w, cased, h) && s.asked {
				if a, z, n, ok := textBodyLowerEnds(w); ok {
					key := textBodyKey(a, z, n)
					s.bloom[key>>6&7] |= 1 << (key & 63)
				}
			}
		}
	}
	start, prev, prevAt := -1, rune(0), 0
	cased, wide := false, false
	h := uint64(textFNVOffset)
	i := i0
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf && start < 0 && i > i0 {
			return i
		}
		if c < utf8.RuneSelf {
			if textWordBytes[c] != 0 {
				if start < 0 {
					start, cased, wide, h = i, false, false, textFNVOffset
				}
				// The run of ASCII letters and digits, hashed lower-cased.
				j := i
				for ; j < len(t); j++ {
					l := textWordBytes[t[j]]
					if l == 0 {
						break
					}
					if l != t[j] {
						cased = true
					}
					h = (h ^ uint64(l)) * textFNVPrime
				}
				prev = 0
				i = j
				// A run of ASCII marks and spaces after it ends the word,
				// read in one loop.
				if j < len(t) && t[j] < utf8.RuneSelf {
					if w := t[start:j]; len(w) >= 4 && (!wide || utf8.RuneCountInString(w) >= 4) {
						word(w, cased, h)
					}
					start = -1
					for i = j + 1; i < len(t) && t[i] < utf8.RuneSelf && textWordBytes[t[i]] == 0; i++ {
					}
				}
				continue
			}
			if start >= 0 {
				if w := t[start:i]; len(w) >= 4 && (!wide || utf8.RuneCountInString(w) >= 4) {
					word(w, cased, h)
				}
				start = -1
			}
			prev = 0
			i++
			continue
		}
		r, m := utf8.DecodeRuneInString(t[i:])
		lr := unicode.ToLower(r)
		switch {
		case textCJK(lr):
			if start >= 0 {
				if w := t[start:i]; len(w) >= 4 && (!wide || utf8.RuneCountInString(w) >= 4) {
					word(w, cased, h)
				}
				start = -1
			}
			if prev != 0 {
				word(t[prevAt:i+m], false, textWordHash(t[prevAt:i+m], false))
			}
			prev, prevAt = lr, i
			i += m
			continue
		case unicode.IsLetter(lr) || unicode.IsDigit(lr):
			if start < 0 {
				start, cased, h = i, false, textFNVOffset
			}
			wide = true
			if lr != r {
				cased = true
			}
			var buf [utf8.UTFMax]byte
			for _, c := range buf[:utf8.EncodeRune(buf[:], lr)] {
				h = (h ^ uint64(c)) * textFNVPrime
			}
		default:
			if start >= 0 {
				if w := t[start:i]; len(w) >= 4 && (!wide || utf8.RuneCountInString(w) >= 4) {
					word(w, cased, h)
				}
				start = -1
			}
		}
		prev = 0
		i += m
	}
	if start >= 0 {
		if w := t[start:]; len(w) >= 4 && (!wide || utf8.RuneCountInString(w) >= 4) {
			word(w, cased, h)
		}
	}
	return len(t)
}

// The FNV-1a hash of 64 bits.
const (
	textFNVOffset = 14695981039346656037
	textFNVPrime  = 1099511628211
)

// textWordHash hashes the bytes of strings.ToLower(w), or of w when it is
// not cased, with no copy: an ASCII capital is folded as it is read, and
// another rune is encoded lower-cased as strings.ToLower writes it (a
// byte that is no valid UTF-8 as U+FFFD; a word holds none).
func textWordHash(w string, cased bool) uint64 {
	h := uint64(textFNVOffset)
	if !cased {
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * textFNVPrime
		}
		return h
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * textFNVPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
			h = (h ^ uint64(c)) * textFNVPrime
		}
		i += n
	}
	return h
}

// textWordSame reports whether a and b are the same word lower-cased,
// each cased as textEachContentSpan tells: a word that is not cased is
// its own lower case.
func textWordSame(a string, aCased bool, b string, bCased bool) bool {
	if !aCased && !bCased {
		return a == b
	}
	// Bytes of ASCII lower-case one to one: words of one length are
	// compared byte by byte, folded, up to the first byte beyond ASCII,
	// where the lower cases may part in length and are then written out.
	if len(a) == len(b) {
		i := 0
		for ; i < len(a); i++ {
			x, y := a[i], b[i]
			if x|y >= utf8.RuneSelf {
				break
			}
			if textWordBytes[x] != 0 {
				x = textWordBytes[x]
			}
			if textWordBytes[y] != 0 {
				y = textWordBytes[y]
			}
			if x != y {
				return false
			}
		}
		if i == len(a) {
			return true
		}
	}
	var ab, bb [textLowerBuf]byte
	switch {
	case aCased && bCased:
		return string(textLowerAppend(ab[:0], a)) == string(textLowerAppend(bb[:0], b))
	case aCased:
		return string(textLowerAppend(ab[:0], a)) == b
	}
	return a == string(textLowerAppend(bb[:0], b))
}
