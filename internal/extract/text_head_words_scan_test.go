package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// scanOld is textBodySet.scan as it was before its short loop for ASCII
// words: one loop over every byte and rune, the reference of
// TestTextBodyScanAsOld.
func (s *textBodySet) scanOld(t string, look bool) (k, n int) {
	word := func(w string, cased bool, h uint64) {
		if look {
			n++
			if s.hasHash(w, cased, h) {
				k++
			}
			return
		}
		s.add(w, cased, h)
	}
	start, prev, prevAt := -1, rune(0), 0
	cased, wide := false, false
	h := uint64(textFNVOffset)
	for i := 0; i < len(t); {
		c := t[i]
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
	return k, n
}

// TestTextBodyScanAsOld compares scan with scanOld on random texts of
// ASCII words, marks, cased and CJK runes and bad bytes, where the short
// loop hands over to scanFrom and back: the same words added, in the same
// order and with the same hashes, and the same counts looked up.
func TestTextBodyScanAsOld(t *testing.T) {
	pieces := []string{"a", "B", "z", "Q", "0", "9", " ", ",", "-", "\n", "é", "É", "ß", "İ", "中", "国", "—", "\xff", "\xc3", "abcd", "WORD", "x1y2"}
	rng := rand.New(rand.NewSource(7))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(24) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		s0 := &textBodySet{built: true, slots: make([]int32, 64)}
		s1 := &textBodySet{built: true, slots: make([]int32, 64)}
		s0.scanOld(text, false)
		s1.scan(text, false)
		if len(s0.words) != len(s1.words) {
			t.Fatalf("scan(%q) adds %d words, scanOld %d", text, len(s1.words), len(s0.words))
		}
		for i := range s0.words {
			if s0.words[i] != s1.words[i] {
				t.Fatalf("scan(%q) adds %+v, scanOld %+v", text, s1.words[i], s0.words[i])
			}
		}
		q := pieces[rng.Intn(len(pieces))] + text[:rng.Intn(len(text)+1)]
		k0, n0 := s0.scanOld(q, true)
		k1, n1 := s0.scan(q, true)
		if k0 != k1 || n0 != n1 {
			t.Fatalf("scan(%q) looks up %d of %d, scanOld %d of %d", q, k1, n1, k0, n0)
		}
	}
}

// textWordSameOld is textWordSame as it was before its ASCII loop: both
// words lower-cased into buffers, then compared.
func textWordSameOld(a string, aCased bool, b string, bCased bool) bool {
	if !aCased && !bCased {
		return a == b
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

// TestTextWordSameAsOld compares textWordSame with textWordSameOld on
// random pairs of words of ASCII letters, digits, marks, runes whose lower
// case is longer or shorter (İ, Ⱥ, ẞ) and bad bytes, each cased as
// textEachContentSpan tells.
func TestTextWordSameAsOld(t *testing.T) {
	pieces := []string{"a", "A", "b", "B", "z", "Z", "0", "@", "[", "`", "{", "_", "é", "É", "İ", "i", "ı", "Ⱥ", "ⱥ", "ẞ", "ß", "\u212a", "k", "\xff", "\xc3"}
	// The Kelvin sign lower-cases to an ASCII k, two bytes shorter: a
	// word of one length with it may equal one with an ASCII k there.
	for _, p := range [][2]string{{"kİİ", "\u212aii"}, {"\u212aii", "kİİ"}, {"Kİİ", "\u212aİ"}} {
		for _, ac := range []bool{false, true} {
			a, b := p[0], p[1]
			bc := strings.ToLower(b) != b
			if got, want := textWordSame(a, ac || strings.ToLower(a) != a, b, bc), textWordSameOld(a, ac || strings.ToLower(a) != a, b, bc); got != want {
				t.Fatalf("textWordSame(%q, %q) = %v, the former %v", a, b, got, want)
			}
		}
	}
	rng := rand.New(rand.NewSource(3))
	word := func() string {
		var b strings.Builder
		for range rng.Intn(6) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		return b.String()
	}
	same := 0
	for range 300000 {
		a, b := word(), word()
		if rng.Intn(3) == 0 {
			b = strings.ToUpper(a)
		}
		ac, bc := strings.ToLower(a) != a, strings.ToLower(b) != b
		got, want := textWordSame(a, ac, b, bc), textWordSameOld(a, ac, b, bc)
		if got != want {
			t.Fatalf("textWordSame(%q, %v, %q, %v) = %v, the former %v", a, ac, b, bc, got, want)
		}
		if want {
			same++
		}
	}
	if same < 10000 {
		t.Fatalf("only %d pairs were the same word", same)
	}
}
