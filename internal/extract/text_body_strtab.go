package extract

import "math/bits"

// textStrTab is a set of a page's line texts, each with an int32, for the
// body rules that look lines up by their text (a table of contents'
// titles, a paragraph printed twice, a pane's copy of the article). A
// page holds a few dozen such keys and asks of a few hundred lines: a Go
// map hashes every key with its full seed and grows in steps of its own,
// where these keys are told apart by their length and three words of
// their bytes, and a clash costs one comparison more.
type textStrTab struct {
	slots []textStrSlot
	n     int // keys held
}

// textStrSlot is one key of a textStrTab and its value; used tells a
// slot that holds the empty string from an empty slot.
type textStrSlot struct {
	key  string
	val  int32
	used bool
}

// textStrTabMin is the fewest slots of a table: a power of two.
const textStrTabMin = 32

// textStrHash mixes the length of s with its first, middle and last eight
// bytes (or all of a shorter one).
func textStrHash(s string) uint64 {
	n := len(s)
	h := uint64(n) * 0x9e3779b97f4a7c15
	if n >= 8 {
		h ^= textWord8(s)
		h = bits.RotateLeft64(h*0xff51afd7ed558ccd, 29)
		h ^= textWord8(s[n/2-4:])
		h = bits.RotateLeft64(h*0xc4ceb9fe1a85ec53, 29)
		h ^= textWord8(s[n-8:])
	} else {
		var w uint64
		for i := 0; i < n; i++ {
			w = w<<8 | uint64(s[i])
		}
		h ^= w
	}
	h *= 0xff51afd7ed558ccd
	return h ^ h>>32
}

// find returns the slot of s, or nil when the table holds no such key.
func (t *textStrTab) find(s string) *textStrSlot {
	if t.n == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for k := textStrHash(s) & mask; ; k = (k + 1) & mask {
		e := &t.slots[k]
		if !e.used {
			return nil
		}
		if e.key == s {
			return e
		}
	}
}

// put returns the slot of s, adding it with the value v when the table
// does not hold it yet, and whether it was added. The slot is valid up to
// the next put.
func (t *textStrTab) put(s string, v int32) (*textStrSlot, bool) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	h := textStrHash(s)
	mask := uint64(len(t.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		e := &t.slots[k]
		if !e.used {
			*e = textStrSlot{key: s, val: v, used: true}
			t.n++
			return e, true
		}
		if e.key == s {
			return e, false
		}
	}
}

// grow doubles the slots, at most half of which are ever used.
func (t *textStrTab) grow() {
	old := t.slots
	t.slots = make([]textStrSlot, max(textStrTabMin, 2*len(old)))
	mask := uint64(len(t.slots) - 1)
	for i := range old {
		if !old[i].used {
			continue
		}
		k := textStrHash(old[i].key) & mask
		for t.slots[k].used {
			k = (k + 1) & mask
		}
		t.slots[k] = old[i]
	}
}
