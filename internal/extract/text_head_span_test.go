package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textEachContentSpanRef is textEachContentSpan as first written, every
// word's runes counted.
func textEachContentSpanRef(s string, f func(w string, cased bool)) {
	start, prev, prevAt := -1, rune(0), 0
	cased := false
	flush := func(end int) {
		if start >= 0 && utf8.RuneCountInString(s[start:end]) >= 4 {
			f(s[start:end], cased)
		}
		start = -1
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if textASCIIKind[c]&(textKindLetter|textKindDigit) != 0 {
				if start < 0 {
					start, cased = i, false
				}
				if 'A' <= c && c <= 'Z' {
					cased = true
				}
			} else {
				flush(i)
			}
			prev = 0
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		switch {
		case textCJK(lr):
			flush(i)
			if prev != 0 {
				f(s[prevAt:i+n], false)
			}
			prev, prevAt = lr, i
			i += n
			continue
		case unicode.IsLetter(lr) || unicode.IsDigit(lr):
			if start < 0 {
				start, cased = i, false
			}
			if lr != r {
				cased = true
			}
		default:
			flush(i)
		}
		prev = 0
		i += n
	}
	flush(len(s))
}

// TestTextEachContentSpanSame checks the words and pairs, and whether
// each is cased, against the reference on random text of ASCII, accented
// and CJK letters, digits, marks, the Kelvin sign and bytes that are no
// UTF-8.
func TestTextEachContentSpanSame(t *testing.T) {
	alphabet := []string{"a", "B", "z", "7", " ", ",", "-", "é", "É", "ü", "中", "文", "字", "한", "\u212a", "ß", "İ", "\xff", "\xe4", "—", "ж", "Ж", "\u0301"}
	rng := rand.New(rand.NewSource(3))
	type span struct {
		w     string
		cased bool
	}
	words := 0
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		var got, want []span
		textEachContentSpan(s, func(w string, c bool) { got = append(got, span{w, c}) })
		textEachContentSpanRef(s, func(w string, c bool) { want = append(want, span{w, c}) })
		if !slices.Equal(got, want) {
			t.Fatalf("textEachContentSpan(%q) = %v, want %v", s, got, want)
		}
		words += len(want)
	}
	if words < 1000 {
		t.Fatalf("only %d spans: the test compares little", words)
	}
}
