package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// overlapByBag is the plain statement of overlap: both token bags
// built, the common tokens counted through a map.
func overlapByBag(a, b string) (float64, float64) {
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0, 0
	}
	bag := map[string]int{}
	for _, t := range tb {
		bag[t]++
	}
	common := 0
	for _, t := range ta {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	return float64(common) / float64(len(ta)), 2 * float64(common) / float64(len(ta)+len(tb))
}

// tokenSamples mixes scripts, case, combining marks, symbols whose
// lower case differs, invalid bytes and repeated words.
func tokenSamples() []string {
	s := []string{
		"", " ", "a", "A a a", "The Cat, the cat; THE CAT!", "İstanbul ıstanbul ISTANBUL",
		"Ⓐ Ⅻ ⅻ ǅ ǆ Σίσυφος ΣΊΣΥΦΟΣ", "e\u0301cole École ÉCOLE", "東京 都 2026年", "\xff\xfeab\xc3",
		"Straße STRASSE straße", "Kelvin \u212a k K", "x-y_z 1.5 1,5", strings.Repeat("w ", 70),
		strings.Repeat("a b ", 40) + "c",
	}
	alphabet := []rune("aAbBzZ09 .,-'İıǅΣσςéÉ\u0301\u212a東Ⓐⅻ\uFFFD\t")
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 3000; i++ {
		n := r.Intn(90)
		var b strings.Builder
		for j := 0; j < n; j++ {
			if r.Intn(5) == 0 {
				b.WriteString([]string{"word", "Word", "WORD", "the"}[r.Intn(4)])
				continue
			}
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		s = append(s, b.String())
	}
	return s
}

func TestTokenCountMatchesTokens(t *testing.T) {
	for _, s := range tokenSamples() {
		if got, want := tokenCount(s), len(tokens(s)); got != want {
			t.Fatalf("tokenCount(%q) = %d, tokens gives %d", s, got, want)
		}
		for n := 0; n <= 12; n++ {
			if got, want := tokensOver(s, n), len(tokens(s)) > n; got != want {
				t.Fatalf("tokensOver(%q, %d) = %v, tokens gives %d", s, n, got, len(tokens(s)))
			}
		}
		got := appendTokens(nil, strings.ToLower(s))
		want := tokens(s)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("appendTokens(%q) = %q, tokens gives %q", s, got, want)
		}
	}
}

func TestOverlapMatchesBags(t *testing.T) {
	samples := tokenSamples()
	for i := 0; i+1 < len(samples); i++ {
		a, b := samples[i], samples[(i*7+3)%len(samples)]
		c1, d1 := overlap(a, b)
		c2, d2 := overlapByBag(a, b)
		if c1 != c2 || d1 != d2 {
			t.Fatalf("overlap(%q, %q) = %v %v, bags give %v %v", a, b, c1, d1, c2, d2)
		}
	}
	// Over 64 tokens on one side the bag is used; the answers agree.
	long := strings.Repeat("word ", 100)
	if c, d := overlap("word word x", long); c != 2.0/3 || d != 4.0/103 {
		t.Errorf("overlap with a long list = %v %v", c, d)
	}
}

func TestTokenSepAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
		if tokenSep(r) != want {
			t.Fatalf("tokenSep(%U) = %v", r, !want)
		}
	}
}

// foldKeyPlain is the plain statement of foldKey.
func foldKeyPlain(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestFoldKeyMatchesPlain(t *testing.T) {
	for _, s := range tokenSamples() {
		if got, want := foldKey(s), foldKeyPlain(s); got != want {
			t.Fatalf("foldKey(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		s := "A" + string(r) + "z"
		if got, want := foldKey(s), foldKeyPlain(s); got != want {
			t.Fatalf("foldKey(%q) = %q, want %q", s, got, want)
		}
	}
}
