package extract

import (
	"math/rand"
	"strings"
	"testing"
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
// textCommaSpaces2 and textTrimBrackets with the code they replace, on
// the corpus lines and on random texts of the bytes they look for, the
// wide colon and its pieces.
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
	}
	forCorpusLines(t, check)
	pieces := []string{"a", "B", " ", ".", ". ", ",", ", ", ":", "：", "\xef", "\xef\xbc", "(", "[", "é", "word", "  "}
	rng := rand.New(rand.NewSource(5))
	for range 100000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
}
