package extract

import "sync"

// textStopTable holds the ASCII words of textStopwords of at most 8
// bytes, each packed in a machine word as textStopKey8 packs it (the
// bytes past the word zero, so the key alone tells the length), in an
// open-addressed table: a look-up is a multiply, a load and a compare or
// two, not textWordSet's pair gate, key of three words and probe.
type textStopTable struct {
	slots [1 << textStopTableBits]uint64 // 0 is empty: no key is 0
	// long: an ASCII stop word has more than 8 bytes, and a longer word
	// is looked up in the full set.
	long bool
}

const textStopTableBits = 10

func textStopSlot(key uint64) uint64 {
	return key * 0x9e3779b97f4a7c15 >> (64 - textStopTableBits)
}

var textStopTab = sync.OnceValue(func() *textStopTable {
	t := &textStopTable{}
	for w, ok := range textStopwords() {
		if !ok || w == "" || !textIsASCII(w) {
			continue
		}
		if len(w) > 8 {
			t.long = true
			continue
		}
		key := textASCIIKey(w).lo
		i := textStopSlot(key)
		for t.slots[i] != 0 && t.slots[i] != key {
			i = (i + 1) & (1<<textStopTableBits - 1)
		}
		t.slots[i] = key
	}
	return t
})

// has reports whether key, a word of 1 to 8 ASCII bytes packed by
// textStopKey8, is in the table.
func (t *textStopTable) has(key uint64) bool {
	for i := textStopSlot(key); ; i = (i + 1) & (1<<textStopTableBits - 1) {
		switch t.slots[i] {
		case key:
			return true
		case 0:
			return false
		}
	}
}

// textIsASCII reports whether s has no byte beyond ASCII.
func textIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
