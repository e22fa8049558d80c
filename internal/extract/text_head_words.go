package extract

import (
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
}

// textBodyEntry is a word of the set: w as a block prints it, cased when
// lower-casing changes it, h the hash of its lower case.
type textBodyEntry struct {
	h     uint64
	w     string
	cased bool
}

// textBodyWords returns the set of the words of four letters or more of
// the first body blocks, in lower case, and the CJK pairs, as
// textEachContentWord cuts them, for textSharedBody. Blocks are read
// apart: no word or pair runs across two.
func textBodyWords(blocks []block) *textBodySet {
	return &textBodySet{blocks: blocks}
}

func (s *textBodySet) build() {
	s.built = true
	n, k := 0, 0
	for _, b := range s.blocks {
		n += len(b.text)
		k++
		if n > 3000 {
			break
		}
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

// add puts w (cased as textEachContentSpan tells, h its textWordHash) in
// the set.
func (s *textBodySet) add(w string, cased bool, h uint64) {
	mask := uint64(len(s.slots) - 1)
	i := h & mask
	for s.slots[i] != 0 {
		if e := &s.words[s.slots[i]-1]; e.h == h && textWordSame(e.w, e.cased, w, cased) {
			return
		}
		i = (i + 1) & mask
	}
	s.words = append(s.words, textBodyEntry{h: h, w: w, cased: cased})
	s.slots[i] = int32(len(s.words))
	if 2*len(s.words) > len(s.slots) {
		s.grow()
	}
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
	if !s.built {
		s.build()
	}
	return s.hasHash(w, cased, textWordHash(w, cased))
}

// hasHash is has given h, w's textWordHash.
func (s *textBodySet) hasHash(w string, cased bool, h uint64) bool {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; s.slots[i] != 0; i = (i + 1) & mask {
		if e := &s.words[s.slots[i]-1]; e.h == h && textWordSame(e.w, e.cased, w, cased) {
			return true
		}
	}
	return false
}

// textSharedBody is textShared over the body's set.
func textSharedBody(s string, set *textBodySet) (float64, int) {
	if !set.built {
		set.build()
	}
	k, n := set.scan(s, true)
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
	i := 0
	for i < len(t) {
		c := t[i]
		if c >= utf8.RuneSelf {
			i = s.scanFrom(t, i, look, &k, &n)
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
			i = s.scanFrom(t, i, look, &k, &n)
			continue
		}
		if w := t[i:j]; len(w) >= 4 {
			if look {
				n++
				if s.hasHash(w, cased, h) {
					k++
				}
			} else {
				s.add(w, cased, h)
			}
		}
		i = j
	}
	return k, n
}

// scanFrom is scan's reading of t from i0, where no word is open, on to
// the first ASCII byte after i0 where none is, whose index it returns;
// k and n count as scan's do.
func (s *textBodySet) scanFrom(t string, i0 int, look bool, kp, np *int) int {
	word := func(w string, cased bool, h uint64) {
		if look {
			*np++
			if s.hasHash(w, cased, h) {
				*kp++
			}
			return
		}
		s.add(w, cased, h)
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
