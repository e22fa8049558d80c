package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// textHeadKeysMaybeRef is the former textHeadKeys.maybe, which compared
// the keys byte by byte: the reference of the packed one.
func textHeadKeysMaybeRef(g *textHeadKeys, s string) bool {
	if len(s) < textHeadKeyLen {
		return true
	}
	for i := 0; i < textHeadKeyLen; i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	for _, k := range g.keys[textFoldByte(s[0])] {
		if textHasFoldPrefix(s, k) {
			return true
		}
	}
	return false
}

// textTailEndMaybeRef is the former textTailEndMaybe.
func textTailEndMaybeRef(s string) bool {
	k := textTailEnds()
	if k.all {
		return true
	}
	s = strings.TrimRight(s, ": …")
	if len(s) < textTailEndKey {
		return true
	}
	end := s[len(s)-textTailEndKey:]
	for i := 0; i < len(end); i++ {
		if end[i] >= 0x80 {
			return true
		}
	}
	for _, key := range k.keys {
		if textHasFoldPrefix(end, key) {
			return true
		}
	}
	return false
}

func TestTextPackedKeysAgree(t *testing.T) {
	sets := map[string]*textHeadKeys{
		"filing": textFilingKeys(), "tail": textTailHeadKeys(), "closed": textClosedKeys(),
		"promo": textPromoKeys(), "teaser": textTeaserKeys(), "nav": textNavKeys(),
	}
	var pieces []string
	for _, list := range [][]string{textFilingHeads, textBodyTailHeads, textPromoHeads, textBodyTeaserLabels, textNavHeads, textBodyTailEnds} {
		for _, p := range list {
			pieces = append(pieces, p, strings.ToUpper(p), p[:len(p)/2], p[len(p)/2:])
		}
	}
	for p := range textClosedPhrases {
		pieces = append(pieces, p, strings.ToUpper(p))
	}
	pieces = append(pieces, "", " ", ":", "…", "…:", "\xa6", "\xe2\x80", "é", "@", "[", "`", "{", "Z", "z", "A", "a", "\x7f", "0")
	rng := rand.New(rand.NewSource(9))
	for range 30000 {
		var b strings.Builder
		for range rng.Intn(4) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for name, g := range sets {
			if got, want := g.maybe(s), textHeadKeysMaybeRef(g, s); got != want {
				t.Fatalf("%s.maybe(%q) = %v, want %v", name, s, got, want)
			}
		}
		if got, want := textTailEndMaybe(s), textTailEndMaybeRef(s); got != want {
			t.Fatalf("textTailEndMaybe(%q) = %v, want %v", s, got, want)
		}
		if got, want := textTrimTailMarks(s), strings.TrimRight(s, ": …"); got != want {
			t.Fatalf("textTrimTailMarks(%q) = %q, want %q", s, got, want)
		}
	}
	// Every byte below 0x80 folds as textFoldByte folds it.
	for a := 0; a < 0x80; a++ {
		for _, c := range []uint32{0, 0x41, 0x5a, 0x7f} {
			x := uint32(a) | c<<8 | uint32(a)<<16 | (0x7f-uint32(a))<<24
			want := uint32(textFoldByte(byte(a))) | uint32(textFoldByte(byte(c)))<<8 | uint32(textFoldByte(byte(a)))<<16 | uint32(textFoldByte(byte(0x7f-a)))<<24
			if got := textFold4(x); got != want {
				t.Fatalf("textFold4(%08x) = %08x, want %08x", x, got, want)
			}
		}
	}
}

// TestTextPrefixPairsAgree compares textPrefixes.match with a plain
// reading of its sorted phrases, on random strings of phrase pieces: the
// same phrases must be offered to ok, in the same order.
func TestTextPrefixPairsAgree(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	for _, list := range [][]string{textTagPrefixes, textTailHeads, textCommentHeads} {
		set := newTextPrefixes(list)
		if set.pairs == nil {
			t.Errorf("no pair table for a list of %d phrases", len(list))
		}
		var pieces []string
		for _, p := range list {
			pieces = append(pieces, p, strings.ToUpper(p), p[:len(p)/2], p[:2], p[1:])
		}
		pieces = append(pieces, "", " ", "é", "\x00", "a", "Z")
		for range 20000 {
			var b strings.Builder
			for range rng.Intn(4) {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
			s := b.String()
			var want []string
			for _, p := range set.pats {
				if textHasFoldPrefix(s, p) {
					want = append(want, p)
				}
			}
			var got []string
			stop := rng.Intn(3)
			res := set.match(s, func(p string) bool { got = append(got, p); return len(got) > stop })
			if len(want) > stop+1 {
				want = want[:stop+1]
			}
			if strings.Join(got, "|") != strings.Join(want, "|") || res != (len(want) > stop) {
				t.Fatalf("match(%q) offers %q (%v), want %q", s, got, res, want)
			}
		}
	}
}
