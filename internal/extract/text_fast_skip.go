package extract

import (
	"sort"
	"sync"
)

// textSkipMatcher finds which groups of phrases occur in a string, as
// textMatcher does, for phrases of six bytes or more: the flags look
// for the copyright, cookie and chrome phrases in every line of the
// page, prose mostly, where a textMatcher hashes every byte. It reads
// the string in the manner of Wu and Manber: a window as long as the
// shortest phrase slides along it, and the three bytes ending the window
// tell how far it may move with no phrase starting inside it; on prose
// most windows move by three or four bytes, and only a window ending
// like a phrase's first m bytes is compared with the phrases.
type textSkipMatcher struct {
	m      int // the shortest phrase
	pats   []string
	groups []uint8
	// shift is how far a window ending with a three-byte block of that
	// hash (textSkipHash) may move; a block no phrase holds in its
	// first m bytes lets it move m-2.
	shift [1 << textSkipBits]uint8
	keys  []uint32 // sorted: the blocks ending the phrases' first m bytes
	ids   [][]int  // the phrases under each key
}

const textSkipBits = 12

func textSkipHash(x uint32) uint32 { return (x * 0x9e3779b1) >> (32 - textSkipBits) }

// newTextSkipMatcher builds a matcher of the lists, each the phrases of
// its group; every phrase is lower case, of 3 bytes or more.
func newTextSkipMatcher(lists map[uint8][]string) *textSkipMatcher {
	w := &textSkipMatcher{m: 1 << 30}
	at := map[string]int{}
	var groups []uint8
	for g := range lists {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i] < groups[j] })
	for _, g := range groups {
		for _, p := range lists[g] {
			if i, ok := at[p]; ok {
				w.groups[i] |= g
				continue
			}
			at[p] = len(w.pats)
			w.pats = append(w.pats, p)
			w.groups = append(w.groups, g)
			w.m = min(w.m, len(p))
		}
	}
	m := w.m
	for h := range w.shift {
		w.shift[h] = uint8(m - 2)
	}
	byKey := map[uint32][]int{}
	for id, p := range w.pats {
		for q := 0; q+3 <= m; q++ {
			x := uint32(p[q])<<16 | uint32(p[q+1])<<8 | uint32(p[q+2])
			h := textSkipHash(x)
			w.shift[h] = min(w.shift[h], uint8(m-3-q))
			if q+3 == m {
				byKey[x] = append(byKey[x], id)
			}
		}
	}
	for x := range byKey {
		w.keys = append(w.keys, x)
	}
	sort.Slice(w.keys, func(i, j int) bool { return w.keys[i] < w.keys[j] })
	for _, x := range w.keys {
		w.ids = append(w.ids, byKey[x])
	}
	return w
}

// scan returns the groups of the phrases occurring in s (lower-cased, or
// ASCII in any case).
func (w *textSkipMatcher) scan(s string) uint8 {
	var got uint8
	m := w.m
	for end := m - 1; end < len(s); {
		x := uint32(textFoldByte(s[end-2]))<<16 | uint32(textFoldByte(s[end-1]))<<8 | uint32(textFoldByte(s[end]))
		if sh := w.shift[textSkipHash(x)]; sh > 0 {
			end += int(sh)
			continue
		}
		got |= w.at(s[end+1-m:], x)
		end++
	}
	return got
}

// at returns the groups of the phrases s starts with whose first m
// bytes end with the block x.
func (w *textSkipMatcher) at(s string, x uint32) uint8 {
	k := sort.Search(len(w.keys), func(i int) bool { return w.keys[i] >= x })
	if k == len(w.keys) || w.keys[k] != x {
		return 0
	}
	var got uint8
	for _, id := range w.ids[k] {
		if textHasFoldPrefix(s, w.pats[id]) {
			got |= w.groups[id]
		}
	}
	return got
}

// textFlagMatcher holds the phrases flag looks for in every line: the
// copyright, cookie and chrome phrases (the consent words, looked for
// only in a line that names a cookie, stay with textLineMatcher).
var textFlagMatcher = sync.OnceValue(func() *textSkipMatcher {
	return newTextSkipMatcher(map[uint8][]string{
		textGroupCopy:   textCopyPhrases,
		textGroupCookie: {"cookie"},
		textGroupBoiler: textBoilerPhrases,
	})
})
