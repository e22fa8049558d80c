package extract

import "unicode/utf8"

// monthNumber lower-cased each word it looked up and hashed it into a Go
// map: the readers ask it of every word that opens as a month name does,
// most of them in ASCII. A monthHash holds the names of ASCII alone in an
// open-addressed table whose hash is taken as the word is lower-cased;
// a word with a byte past ASCII, which may lower-case to ASCII (the Kelvin
// sign), is still looked up in the map.

// monthSlots is the size of the table, a power of two over twice the
// names of ASCII (about two hundred).
const monthSlots = 512

// maxMonthASCII bounds the bytes of a name the table holds.
const maxMonthASCII = 16

type monthHash struct {
	keys [monthSlots]string
	nums [monthSlots]int8
	// long: a name of ASCII is longer than maxMonthASCII, which the
	// table then does not answer for.
	long bool
}

// monthKeyHash is FNV-1a over the bytes of a lower-cased name.
func monthKeyHash(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

const monthHashSeed = 2166136261

// add puts a name in lower case in the table when it is of ASCII alone.
func (m *monthHash) add(w string, n int) {
	h := uint32(monthHashSeed)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return
		}
		h = monthKeyHash(h, w[i])
	}
	if len(w) > maxMonthASCII {
		m.long = true
		return
	}
	for j := h % monthSlots; ; j = (j + 1) % monthSlots {
		if m.keys[j] == "" || m.keys[j] == w {
			m.keys[j], m.nums[j] = w, int8(n)
			return
		}
	}
}

// asciiNumber looks w up, lower-cased, when it is of ASCII alone; known
// is false when the table cannot tell (a byte past ASCII, or the table
// lacks long names), and the caller asks the map.
func (t *monthTable) asciiNumber(w string) (n int, ok, known bool) {
	m := &t.ascii
	if m.long {
		return 0, false, false
	}
	if len(w) > maxMonthASCII {
		// Past ASCII, or no name of ASCII: the map tells.
		return 0, false, !hasNonASCII(w)
	}
	var buf [maxMonthASCII]byte
	h := uint32(monthHashSeed)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false, false
		}
		c = foldASCII(c)
		buf[i] = c
		h = monthKeyHash(h, c)
	}
	key := buf[:len(w)]
	for j := h % monthSlots; ; j = (j + 1) % monthSlots {
		k := m.keys[j]
		if k == "" {
			return 0, false, true
		}
		if k == string(key) {
			return int(m.nums[j]), true, true
		}
	}
}

// hasNonASCII reports a byte past ASCII in s.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
