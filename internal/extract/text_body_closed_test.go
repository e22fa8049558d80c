package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textClosedMayFormer is textClosedMay before it read the line's ends in
// place: the reference the rewrite must agree with.
func textClosedMayFormer(l *tLine) bool {
	t := textTrimClosed(l.text, false)
	if t == "" {
		return false
	}
	if c := t[len(t)-1]; c < utf8.RuneSelf && !textClosedEnds[textFoldByte(c)] {
		return false
	}
	return !l.fold || textClosedLens.has(len(textTrimClosed(t, true)))
}

// TestTextClosedMayMatchesFormer compares textClosedMay with its former
// version on the corpus's lines and on strings of marks, letters and
// ellipses at both ends.
func TestTextClosedMayMatchesFormer(t *testing.T) {
	lines := textBodyEquivAllLines(t)
	parts := []string{" ", ".", "!", "…", "d", "D", "x", "comments are closed", "é", "\xa6", "\xe2", "\xe2\x80", "a"}
	r := rand.New(rand.NewPCG(23, 29))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lines = append(lines, tLine{text: b.String(), fold: r.IntN(2) == 0})
	}
	may := 0
	for i := range lines {
		l := &lines[i]
		got, want := textClosedMay(l), textClosedMayFormer(l)
		if got != want {
			t.Fatalf("textClosedMay(%q, fold %v) = %v, the former version %v", l.text, l.fold, got, want)
		}
		if got {
			may++
		}
	}
	if may == 0 {
		t.Fatal("no line let through: the comparison proves nothing")
	}
}

// textQuantityLineFormer is textQuantityLine before it turned a line that
// opens with an ASCII letter away by its first byte.
func textQuantityLineFormer(l *tLine) bool {
	if l.words < 2 || l.words > 7 {
		return false
	}
	s := l.text
	amount := 0
	for amount < len(s) {
		r, n := utf8.DecodeRuneInString(s[amount:])
		if !('0' <= r && r <= '9' || r == '/' || r == ',' || r == '-' || r == '–' || unicode.Is(unicode.No, r) || r == '⁄') {
			break
		}
		amount += n
	}
	if amount == 0 || amount >= len(s) || s[amount] != ' ' {
		// "1." ranks, "2012" runs on into a word or stands alone.
		return false
	}
	num := s[:amount]
	if len(num) == 4 && (strings.HasPrefix(num, "19") || strings.HasPrefix(num, "20")) {
		// A year.
		return false
	}
	// "18 Aug: Swansea (h)" dates a fixture, not an amount.
	next, _, _ := strings.Cut(s[amount+1:], " ")
	_, month := monthNumber(strings.TrimRight(next, ":,."))
	return !month
}

// TestTextQuantityLineMatchesFormer compares textQuantityLine with its
// former version on the corpus's lines and on lines that open with every
// ASCII byte and some runes.
func TestTextQuantityLineMatchesFormer(t *testing.T) {
	lines := textBodyEquivAllLines(t)
	for c := 0; c < utf8.RuneSelf; c++ {
		for _, rest := range []string{"0 g Zucker", " cup milk", "2 Aug: fixture", " words"} {
			lines = append(lines, tLine{text: string(rune(c)) + rest, words: 3})
		}
	}
	for _, s := range []string{"½ cup milk", "⁄2 cup", "– 3 items", "١٢ cup", "² x"} {
		lines = append(lines, tLine{text: s, words: 3})
	}
	qty := 0
	for i := range lines {
		l := &lines[i]
		got, want := textQuantityLine(l), textQuantityLineFormer(l)
		if got != want {
			t.Fatalf("textQuantityLine(%q) = %v, the former version %v", l.text, got, want)
		}
		if got {
			qty++
		}
	}
	if qty == 0 {
		t.Fatal("no quantity read: the comparison proves nothing")
	}
}

// TestTextHasDigitMatchesContainsAny compares textHasDigit with
// strings.ContainsAny on every byte alone and amid runes and bad UTF-8.
func TestTextHasDigitMatchesContainsAny(t *testing.T) {
	probes := []string{"", "abc", "a1", "١٢", "２０", "\xff9", "\xe2\x80", "Nov", "07"}
	for c := 0; c < 256; c++ {
		probes = append(probes, string([]byte{byte(c)}), "é"+string([]byte{byte(c)})+"x")
	}
	for _, s := range probes {
		if got, want := textHasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Fatalf("textHasDigit(%q) = %v, strings.ContainsAny %v", s, got, want)
		}
	}
}

// textFigureLabelFormer is textFigureLabel before its first-byte gate.
func textFigureLabelFormer(s string) bool {
	for _, w := range textFigureWords {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], " ")
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		rest = strings.TrimLeft(rest[n:], " ")
		if strings.HasPrefix(rest, ":") && utf8.RuneCountInString(rest) > 2 {
			return true
		}
	}
	return false
}

// TestTextFigureLabelMatchesFormer compares textFigureLabel with its
// former version on the corpus's lines and on each figure word after
// every byte and before a colon.
func TestTextFigureLabelMatchesFormer(t *testing.T) {
	var probes []string
	for _, l := range textBodyEquivAllLines(t) {
		probes = append(probes, l.text)
	}
	for _, w := range textFigureWords {
		probes = append(probes, w+" 3: Karte der Region", w+": x", w, "x"+w+": Karte")
	}
	for c := 0; c < 256; c++ {
		probes = append(probes, string([]byte{byte(c)})+"bb. 2: Karte")
	}
	labels := 0
	for _, s := range probes {
		got, want := textFigureLabel(s), textFigureLabelFormer(s)
		if got != want {
			t.Fatalf("textFigureLabel(%q) = %v, the former version %v", s, got, want)
		}
		if got {
			labels++
		}
	}
	if labels < len(textFigureWords) {
		t.Fatalf("only %d labels read: the comparison proves little", labels)
	}
}
