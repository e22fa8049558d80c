package extract

import "sync"

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
