package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textLabelColonOld is textLabelColon as it was before it asked
// IndexByte: one loop over the first 31 bytes.
func textLabelColonOld(s string) int {
	for i := 0; i < len(s) && i <= 30; i++ {
		if c := s[i]; c == ':' || c == 0xEF && strings.HasPrefix(s[i:], "：") {
			return i
		}
	}
	return -1
}

// textLastStopSpaceOld is the loop textCreditAfterSentence read the stop
// with before textLastStopSpace, from the end.
func textLastStopSpaceOld(s string, from int) int {
	for i := len(s) - 2; i >= from; i-- {
		if s[i] == '.' && s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// TestTextHeadScansAsOld compares textLabelColon, textLastStopSpace,
// textCommaSpaces2, textTrimBrackets, textNavTrim and textContainsByLast
// with the code they replace, and checks textASCIILastDiffer against
// strings.EqualFold and textCreditLabelMay against the labels, on the
// corpus lines and on random texts of the bytes
// they look for, the wide colon and its pieces, and runes that fold to
// ASCII letters.
func TestTextHeadScansAsOld(t *testing.T) {
	check := func(s string) {
		if got, want := textLabelColon(s), textLabelColonOld(s); got != want {
			t.Fatalf("textLabelColon(%q) = %d, the former %d", s, got, want)
		}
		for _, from := range []int{0, max(0, len(s)-61), len(s) / 2} {
			if got, want := textLastStopSpace(s, from), textLastStopSpaceOld(s, from); got != want {
				t.Fatalf("textLastStopSpace(%q, %d) = %d, the former %d", s, from, got, want)
			}
		}
		if got, want := textCommaSpaces2(s), strings.Count(s, ", ") >= 2; got != want {
			t.Fatalf("textCommaSpaces2(%q) = %v, strings.Count %v", s, got, want)
		}
		if got, want := textTrimBrackets(s), strings.TrimLeft(s, "(["); got != want {
			t.Fatalf("textTrimBrackets(%q) = %q, strings.TrimLeft %q", s, got, want)
		}
		if got, want := textNavTrim(s), strings.Trim(s, " .:…»›>|"); got != want {
			t.Fatalf("textNavTrim(%q) = %q, strings.Trim %q", s, got, want)
		}
		for _, p := range []string{"©", "a", ". ", "\xbb"} {
			if got, want := textContainsByLast(s, p), strings.Contains(s, p); got != want {
				t.Fatalf("textContainsByLast(%q, %q) = %v, strings.Contains %v", s, p, got, want)
			}
		}
		if w := s[strings.LastIndexByte(s, ' ')+1:]; !textLabelTailMay(w) && textLabelTails[strings.ToLower(w)] {
			t.Fatalf("textLabelTailMay(%q) is false, but it lower-cases to a label's tail", w)
		}
		if !strings.ContainsAny(s, "·|•/–—-") {
			if p := textCreditSeps.Split(s, -1); len(p) != 1 || p[0] != s {
				t.Fatalf("textCreditSeps splits %q, with none of its marks, into %q", s, p)
			}
		}
		if got, want := textColonIndex(s), strings.IndexAny(s, ":："); got != want {
			t.Fatalf("textColonIndex(%q) = %d, strings.IndexAny %d", s, got, want)
		}
		if got, want := textLabelLead(s), textLabelLeadOld(s); got != want {
			t.Fatalf("textLabelLead(%q) = %v, the former %v", s, got, want)
		}
		if got, want := textCutLabelInflection(s), textCutLabelInflectionOld(s); got != want {
			t.Fatalf("textCutLabelInflection(%q) = %q, the former %q", s, got, want)
		}
		if got, want := textUnkicked([]tLine{{text: s}}, 0), textUnkickedOld(s); got != want {
			t.Fatalf("textUnkicked(%q) = %q, the former %q", s, got, want)
		}
		if got, want := textWordAndLabel(s), textWordAndLabelOld(s); got != want {
			t.Fatalf("textWordAndLabel(%q) = %v, the former %v", s, got, want)
		}
		all := strings.Fields(s)
		for _, n := range []int{0, 1, 3, 8} {
			got := textFirstFields(make([]string, 0, n), s)
			if want := all[:min(n, len(all))]; strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
				t.Fatalf("textFirstFields(%q, %d) = %q, strings.Fields %q", s, n, got, want)
			}
		}
		for _, r := range s {
			if got, want := textArrowRune(r), strings.ContainsRune("←→«»‹›<>", r); got != want {
				t.Fatalf("textArrowRune(%q) = %v, strings.ContainsRune %v", r, got, want)
			}
		}
		if !textCreditLabelMay(s) {
			low := strings.ToLower(s)
			for _, label := range textCreditLabels {
				if strings.HasPrefix(low, label) {
					t.Fatalf("textCreditLabelMay(%q) is false, but %q opens its lower case", s, label)
				}
			}
		}
		if len(s) >= 2 {
			u, v := s[:len(s)/2], s[len(s)/2:]
			for _, w := range []string{v, strings.ToUpper(v), strings.ToLower(v), u} {
				if len(w) == len(u) && u != "" && textASCIILastDiffer(u, w) && strings.EqualFold(u, w) {
					t.Fatalf("textASCIILastDiffer(%q, %q), but strings.EqualFold", u, w)
				}
			}
		}
	}
	// textCutLabelInflection's gate holds for endings of ASCII only.
	for _, e := range textLabelInflections {
		for i := 0; i < len(e); i++ {
			if e[i] >= utf8.RuneSelf {
				t.Fatalf("textLabelInflections holds %q, beyond ASCII", e)
			}
		}
	}
	// A kicker of three words printed again as three and four.
	for _, s := range []string{"Kommentar von", "Kommentar VON", "Un article de", "article de", "Von", "a b von", "\u0130 von", "A B Cdefg Ab Cd Efg x", "A B Cdefgh Ab Cd Ef Gh x y", "A B Cdefgh Ab Cd Ef Gh"} {
		check(s)
	}
	forCorpusLines(t, check)
	pieces := []string{"Lokales Lokales ", "Sport ", "SPORT ", "Sport-News ", "SportNews ", "\u00a0", "\u0085", "\t", "\u3000", "\u2003", "/in", "*INNEN", "(s)", "(EN)", "N", "\u0130N", "::", "→", "\xe2\x86", "\x92", "\xba", "\xbb", "\xc2", "/", "12345678", "(@", "@", "pic.twitter.com", "←", "‹", "<", "\ufffd", "By ", "von", "VOM", "Autorin", "\u0430\u0432\u0442\u043e\u0440", "\u0410\u0432\u0442\u043e\u0440", "\u8a18\u8005", "/", "·", " - ", "—", "AUTHOR: ", "Autor", "d", "\u0130", "\u0130 ", "a", "B", "k", "K", "\u212a", "s", "\u017f", " ", ".", ". ", ",", ", ", ":", "：", "\xef", "\xef\xbc", "(", "[", "é", "word", "  ", "©", "\xa9", "…", "»", "›", "\xbb", "\xe2\x80", ">", "|"}
	rng := rand.New(rand.NewSource(5))
	for range 100000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
}

// textSameWordsOld is textSameWords as it was before it read both texts
// in step: each mapped to its letters and digits, lower-cased.
func textSameWordsOld(a, b string) bool {
	keep := func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}
	return strings.Map(keep, a) == strings.Map(keep, b)
}

// TestTextSameWordsAsOld compares textSameWords with textSameWordsOld on
// pairs of corpus lines and of random texts, each also against its own
// copies set in capitals, respaced and with marks.
func TestTextSameWordsAsOld(t *testing.T) {
	check := func(a, b string) {
		if got, want := textSameWords(a, b), textSameWordsOld(a, b); got != want {
			t.Fatalf("textSameWords(%q, %q) = %v, the former %v", a, b, got, want)
		}
	}
	prev := ""
	forCorpusLines(t, func(s string) {
		check(s, prev)
		check(s, strings.ToUpper(s))
		check(s, strings.ReplaceAll(s, " ", ""))
		check(s, s+".")
		prev = s
	})
	pieces := []string{"a", "B", " ", ":", "é", "É", "İ", "i", "ı", "\u212a", "k", "ß", "ẞ", "中", "1", "٣", "\xff", "\xc3", "\ufffd", "-"}
	rng := rand.New(rand.NewSource(9))
	same := 0
	for range 100000 {
		var x, y strings.Builder
		for range rng.Intn(8) {
			p := pieces[rng.Intn(len(pieces))]
			x.WriteString(p)
			if rng.Intn(4) > 0 {
				y.WriteString(p)
			} else {
				y.WriteString(pieces[rng.Intn(len(pieces))])
			}
		}
		check(x.String(), y.String())
		if textSameWords(x.String(), y.String()) {
			same++
		}
	}
	if same == 0 {
		t.Fatalf("no random pair had the same words")
	}
}

// textLabelLeadOld is textLabelLead as it was before it looked for the
// colon before the first space only.
func textLabelLeadOld(s string) bool {
	i := strings.IndexAny(s, ":：")
	return i > 0 && !strings.Contains(s[:i], " ") && utf8.RuneCountInString(s[:i]) < 20
}

// textCutLabelInflectionOld is textCutLabelInflection as it was before it
// read the last byte first.
func textCutLabelInflectionOld(s string) string {
	lower := strings.ToLower(s)
	for _, e := range textLabelInflections {
		if strings.HasSuffix(lower, e) && len(s) > len(e)+2 {
			return strings.TrimSpace(s[:len(s)-len(e)])
		}
	}
	return s
}

// textUnkickedOld is textUnkicked as it was before it cut only the first
// words, for a line's text.
func textUnkickedOld(t string) string {
	f := strings.Fields(t)
	var la, lb, tmp [textLowerBuf]byte
	for k := 1; k <= 3 && k+2 <= len(f); k++ {
		lead := textSquashJoin(la[:0], tmp[:0], f[:k])
		if len(lead) < 5 {
			continue
		}
		for m := 1; m <= k+1 && k+m < len(f); m++ {
			if string(textSquashJoin(lb[:0], tmp[:0], f[k:k+m])) == string(lead) {
				return strings.Join(f[k:], " ")
			}
		}
	}
	return t
}

// textWordAndLabelOld is the end of textCreditLabelLine as it was before
// textWordAndLabel: the fields of the line lower-cased.
func textWordAndLabelOld(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	if textTrailingLabel(f[len(f)-1]) {
		return len(f) == 2
	}
	return false
}
