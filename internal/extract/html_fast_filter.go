package extract

import (
	"strings"
	"sync"
)

// isBoilerplate tries its two anchored expressions on nearly every block
// of the chosen container, and nearly every block fails them within its
// first letters. The lead filters of meta_prefilter.go answer "cannot
// match" from the first runes without the regexp package's per-search
// setup; they are a necessary condition only, so answers do not change.
var boilerLeads = sync.OnceValue(func() [2]*leadFilter {
	return [2]*leadFilter{newLeadFilter(boilerLine), newLeadFilter(boilerStart)}
})

// boilerLeadRunes is how many runes of a block the lead filters read.
const boilerLeadRunes = 6

// leadRunes fills buf with the first runes of s.
func leadRunes(s string, buf []rune) []rune {
	out := buf[:0]
	for _, r := range s {
		if len(out) == cap(out) {
			break
		}
		out = append(out, r)
	}
	return out
}

// boilerPhraseSet indexes boilerPhrases for hasWordOf: one pass over a
// block finds any of them, where a search per phrase read the block
// twenty-seven times.
var boilerPhraseSet = sync.OnceValue(func() *wordSet {
	return newWordSet(map[uint8][]string{1: boilerPhrases})
})

// hasWordOf reports whether s contains any word of w, as a loop of
// strings.Contains over the words would.
func hasWordOf(w *wordSet, s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if p := int(s[i])<<8 | int(s[i+1]); w.pair[p>>3]&(1<<(p&7)) == 0 {
			continue
		}
		for _, x := range w.first[s[i]] {
			n := len(x.word)
			if len(s)-i >= n && s[i+n-1] == x.word[n-1] && s[i:i+n] == x.word {
				return true
			}
		}
	}
	return false
}

// boilerGateSet indexes the key words of boilerGated, those of group i
// as the bit 1<<(i+1) (the bit 1 is inHard, at which wordsIn stops
// early): one pass over a block tells which expressions to try, where a
// search per key read the block up to ten times.
var boilerGateSet = sync.OnceValue(func() *wordSet {
	lists := map[uint8][]string{}
	for i, g := range boilerGated {
		if i < 7 {
			lists[1<<(i+1)] = g.keys
		}
	}
	return newWordSet(lists)
})

// boilerGateOpen reports whether a key word of the boilerGated group i
// occurs in l; gates is wordsIn(boilerGateSet(), l). Groups past the
// bits of a byte are searched key by key.
func boilerGateOpen(gates uint8, i int, l string) bool {
	if i < 7 {
		return gates&(1<<(i+1)) != 0
	}
	for _, k := range boilerGated[i].keys {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}
