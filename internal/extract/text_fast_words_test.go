package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textContentWordsRef is textContentWords as it was written first: the
// whole line lower-cased, then cut. textEachContentWord must give the
// same words in the same order.
func textContentWordsRef(s string) []string {
	var out []string
	s = strings.ToLower(s)
	start, prev, prevAt := -1, rune(0), 0
	flush := func(end int) {
		if start >= 0 && utf8.RuneCountInString(s[start:end]) >= 4 {
			out = append(out, s[start:end])
		}
		start = -1
	}
	for i, r := range s {
		switch {
		case textCJK(r):
			flush(i)
			if prev != 0 {
				out = append(out, s[prevAt:i+utf8.RuneLen(r)])
			}
			prev, prevAt = r, i
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
		prev = 0
	}
	flush(len(s))
	return out
}

func TestTextContentWordsAsLowered(t *testing.T) {
	cases := []string{
		"", "The Bridge is OLD, 2024; 新桥梁", "İSTANBUL İçin Şehir", "ΣΟΦΊΑ Σοφία ΟΔΟΣ",
		"Straße STRASSE Ⅻ Ⅰⅱⅲⅳ ⒶⒷⒸⒹ", "bad\xffBYTES\xfe\xfeword", "中文ABCD한국어テスト", "a1b2C3D4 ９８７６",
		"ǅemal ǄEMAL ǆemal", "Ꭰ ꭰꭰꭰ ᏣᎳᎩ", "𐐀𐐁𐐂𐐃 𐐨𐐩𐐪𐐫", "K Å ſtop",
	}
	alphabet := []rune("aZé É1 ,.中文İıΣσςß\u0130\u212a\u00c5Ⅻⓐ\ufffd한-")
	rng := rand.New(rand.NewSource(7))
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(24) {
			if rng.Intn(20) == 0 {
				b.WriteByte(byte(0x80 + rng.Intn(0x80)))
				continue
			}
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := textContentWords(s), textContentWordsRef(s); !slices.Equal(got, want) {
			t.Errorf("textContentWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTextGramsGate checks textRepeated's gate: whenever one line's
// lower case contains another's, the bits of the contained one are all
// in the other's, whether a line is read folded or lower-cased.
func TestTextGramsGate(t *testing.T) {
	alphabet := []rune("abcXYZ éÉ1.中İıΣσςß\u212aK-")
	rng := rand.New(rand.NewSource(11))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			if rng.Intn(30) == 0 {
				b.WriteByte(byte(0x80 + rng.Intn(0x80)))
				continue
			}
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	flip := func(s string) string {
		// Another casing of the same text, rune by rune.
		var b strings.Builder
		for _, r := range s {
			if rng.Intn(2) == 0 {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	contained, rejected := 0, 0
	for range 20000 {
		inner := word(2 + rng.Intn(14))
		outer := word(rng.Intn(6)) + flip(inner) + word(rng.Intn(6))
		if rng.Intn(3) == 0 {
			outer = word(len(inner) + rng.Intn(10))
		}
		a, b := tLine{text: outer}, tLine{text: inner}
		a.measure()
		b.measure()
		if rng.Intn(2) == 0 {
			a.lowered() // the kept copy is read instead of the folded text
		}
		if a.fold && textGrams(a.text) != textGrams(strings.ToLower(a.text)) {
			t.Fatalf("folded grams of %q differ from its lower case's", a.text)
		}
		gate := a.lowGrams()&b.lowGrams() == b.lowGrams()
		if strings.Contains(strings.ToLower(outer), strings.ToLower(inner)) {
			contained++
			if !gate {
				t.Fatalf("gate rejects %q in %q", inner, outer)
			}
		} else if !gate {
			rejected++
		}
	}
	if contained == 0 || rejected == 0 {
		t.Fatalf("cases not exercised: %d contained, %d rejected", contained, rejected)
	}
}

// TestTextWordSetMay checks the pair gate before the stop-word look-up:
// it turns away no word of the set, in any ASCII casing, and no word
// textIsStop found without it.
func TestTextWordSetMay(t *testing.T) {
	stops := textStopSet()
	upper := func(w string) string {
		b := []byte(w)
		for i, c := range b {
			if 'a' <= c && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
		return string(b)
	}
	for w := range textStopwords() {
		if w == "" || len(w) > 16 {
			continue
		}
		for _, v := range []string{w, upper(w), upper(w[:1]) + w[1:]} {
			var b byte
			if len(v) > 1 {
				b = v[1]
			}
			if !stops.may(len(v), v[0], b) {
				t.Errorf("may turns away %q", v)
			}
		}
	}
	rng := rand.New(rand.NewSource(5))
	letters := "aeinorstdhlu AEINOSTBD'.-"
	found, turned := 0, 0
	for range 200000 {
		n := 1 + rng.Intn(7)
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		w := string(b)
		i, j := 0, len(w)
		for i < j && textASCIIKind[w[i]]&textKindLetter == 0 {
			i++
		}
		for j > i && textASCIIKind[w[j-1]]&textKindLetter == 0 {
			j--
		}
		want := i < j && j-i <= 12 && stops.hasKey(textASCIIKey(w[i:j]))
		if got := textIsStop(stops, w, 0, len(w), false); got != want {
			t.Fatalf("textIsStop(%q) = %v, the look-up alone %v", w, got, want)
		}
		if want {
			found++
		} else if i < j {
			var c byte
			if j-i > 1 {
				c = w[i+1]
			}
			if !stops.may(j-i, w[i], c) {
				turned++
			}
		}
	}
	if found == 0 || turned == 0 {
		t.Fatalf("cases not exercised: %d found, %d turned away", found, turned)
	}
}

// TestTextCaptionLowerTrim checks what textCaptionLower rests on:
// trimming "(" and "[" after lower-casing leaves what lower-casing the
// trimmed line gives.
func TestTextCaptionLowerTrim(t *testing.T) {
	alphabet := []rune("([ )]Aa İΣ\ufffd中")
	rng := rand.New(rand.NewSource(3))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(10) {
			if rng.Intn(10) == 0 {
				b.WriteByte(byte(0x80 + rng.Intn(0x80)))
				continue
			}
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		if got, want := strings.TrimLeft(strings.ToLower(s), "(["), strings.ToLower(strings.TrimLeft(s, "([")); got != want {
			t.Fatalf("%q: trimmed after lowering %q, before %q", s, got, want)
		}
	}
}

func TestTextStopKey8(t *testing.T) {
	// The word read in one load, with what follows it in the line (other
	// words, runes beyond ASCII), must pack as textASCIIKey packs it
	// alone, and textIsStop must answer as for the word alone.
	stops := textStopSet()
	rng := rand.New(rand.NewSource(8))
	letters := "aeinorstdhlu AEINOSTBDZ@[`{'.-"
	tails := []string{"", " the", "é and more", "\xff\xfe", "ZZZZZZZZZ", " ", "日本語の文"}
	for range 100000 {
		n := 1 + rng.Intn(10)
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		w := string(b)
		s := w + tails[rng.Intn(len(tails))]
		if n <= 8 && len(s) >= 8 {
			if got, want := textStopKey8(textLoad8(s, 0), n), textASCIIKey(w).lo; got != want {
				t.Fatalf("textStopKey8(%q, %d) = %#x, want %#x", s, n, got, want)
			}
		}
		if got, want := textIsStop(stops, s, 0, n, false), textIsStop(stops, w, 0, n, false); got != want {
			t.Fatalf("textIsStop(%q in %q) = %v, alone %v", w, s, got, want)
		}
	}
	for _, w := range []string{"The", "OF", "and", "Olarak", "dass", "THESE"} {
		s := w + " xxxxxxxx"
		if !textIsStop(stops, s, 0, len(w), false) {
			t.Errorf("textIsStop(%q) = false", w)
		}
	}
}
