package extract

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// textMatcherRef is the former textMatcher, which hashed the three bytes
// ending at every position of the string: the reference of the sliding
// window.
type textMatcherRef struct {
	pats   []string
	groups []uint8
	filter [1 << 10]uint64
	keys   []uint32
	ids    [][]int
}

func textTrigramHashRef(x uint32) uint32 { return (x * 0x9e3779b1) >> 16 }

func newTextMatcherRef(lists map[uint8][]string) *textMatcherRef {
	m := &textMatcherRef{}
	at := map[string]int{}
	var groups []uint8
	for g := range lists {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i] < groups[j] })
	for _, g := range groups {
		for _, p := range lists[g] {
			if len(p) < textMinPhrase {
				continue
			}
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
		h := textTrigramHashRef(x)
		m.filter[h>>6] |= 1 << (h & 63)
		byKey[x] = append(byKey[x], i)
	}
	for x := range byKey {
		m.keys = append(m.keys, x)
	}
	sort.Slice(m.keys, func(i, j int) bool { return m.keys[i] < m.keys[j] })
	for _, x := range m.keys {
		m.ids = append(m.ids, byKey[x])
	}
	return m
}

func (m *textMatcherRef) scan(s string, want uint8) uint8 {
	var got uint8
	if len(s) < textMinPhrase || want == 0 {
		return 0
	}
	x := uint32(textFoldByte(s[0]))<<8 | uint32(textFoldByte(s[1]))
	for i := 2; i < len(s); i++ {
		x = (x<<8 | uint32(textFoldByte(s[i]))) & 0xffffff
		h := textTrigramHashRef(x)
		if m.filter[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		k := sort.Search(len(m.keys), func(i int) bool { return m.keys[i] >= x })
		if k < len(m.keys) && m.keys[k] == x {
			for _, id := range m.ids[k] {
				if m.groups[id]&want&^got != 0 && textHasFoldPrefix(s[i-2:], m.pats[id]) {
					got |= m.groups[id] & want
				}
			}
		}
		if got == want {
			break
		}
	}
	return got
}

// TestTextMatcherWindowAgrees compares the sliding window with the former
// matcher for every list the text path gives one, every set of groups
// asked, on random strings of phrase pieces (phrases at every offset of a
// window, overlapping, cut, in capitals, at both ends, among other runes).
func TestTextMatcherWindowAgrees(t *testing.T) {
	sets := []map[uint8][]string{
		{textGroupConsent: textConsentWords, textGroupMeta: textCommentMetaWords, textGroupReply: textReplyWords, textGroupEvidence: textCommentEvidence},
		{textGroupCopy: textCopyPhrases, textGroupCookie: {"cookie"}, textGroupBoiler: textBoilerPhrases},
		{textGroupCopy: textCopyPhrases, textGroupCookie: {"cookie"}, textGroupConsent: textConsentWords,
			textGroupBoiler: textBoilerPhrases, textGroupMeta: textCommentMetaWords, textGroupReply: textReplyWords,
			textGroupEvidence: textCommentEvidence},
		{1: textDisclosurePhrases},
		{1: textAffiliateNotes},
		{textCaptionInside: textCreditInside, textCaptionReading: textReadingTimes},
		{textGatePosted: {"post", "publi", "pubbli", "ffentlicht", "geplaatst"}, textGateEdited: {"last", "zuletzt", "derni", "ltima", "laatst", "senast"}},
		{1: {"abc", "bcd", "cab"}, 2: {"abcdefgh", "[\\]^_"}},
	}
	rng := rand.New(rand.NewSource(11))
	for n, lists := range sets {
		m, ref := newTextMatcher(lists), newTextMatcherRef(lists)
		var pieces []string
		var all uint8
		for g, list := range lists {
			all |= g
			for _, p := range list {
				pieces = append(pieces, p, strings.ToUpper(p), p[:len(p)/2], p[len(p)/2:], p[1:])
			}
		}
		pieces = append(pieces, " ", "a", "xy", "the ", "é", "中", "{|}~", "@[", "\x7f", "A")
		hits := 0
		for range 5000 {
			var b strings.Builder
			for range rng.Intn(9) {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
			s := b.String()
			for want := 0; want < 256; want += 1 + rng.Intn(9) {
				w := uint8(want)
				if w == 0 || rng.Intn(4) == 0 {
					w = all
				}
				got, exp := m.scan(s, w), ref.scan(s, w)
				if got != exp {
					t.Fatalf("list %d: scan(%q, %08b) = %08b, want %08b", n, s, w, got, exp)
				}
				if exp != 0 {
					hits++
				}
			}
		}
		if hits == 0 {
			t.Errorf("list %d: no phrase found: cases not exercised", n)
		}
	}
}
