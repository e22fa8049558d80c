package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// dmyyFind and dmonyyFind stand for their expressions: on every string,
// the same match and submatches, or none when the expression finds none.
func TestDateShortAsExpression(t *testing.T) {
	readers := []struct {
		name string
		find func(string) (dateLoc, bool)
	}{
		{"dmyy", dmyyFind},
		{"dmonyy", dmonyyFind},
	}
	n := 0
	check := func(s string) {
		t.Helper()
		for _, r := range readers {
			want := dateRE()[r.name].FindStringSubmatchIndex(s)
			got, ok := r.find(s)
			if ok {
				n++
			}
			if ok != (want != nil) || ok && !reflect.DeepEqual(got[:], want) {
				t.Fatalf("%s on %q: got %v %v, the expression gives %v", r.name, s, ok, got, want)
			}
		}
	}
	for _, s := range dateGateSamples {
		check(s)
	}
	var walk func(alphabet []string, s string, n int)
	walk = func(alphabet []string, s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(alphabet, s+c, n-1)
		}
	}
	walk([]string{"1", "23", ".", "Mär", "x", " ", "\xff"}, "", 6)
	walk([]string{"1", "2", ".", "ä", "a"}, "", 8)
	forCorpusLines(t, func(line string) {
		if len(line) > 300 {
			line = line[:300]
		}
		check(line)
		if !strings.Contains(line, ".") {
			return
		}
		// The search goes on one byte after a rejected match's start,
		// and from a gate's offset, before a digit.
		for k := 1; k < len(line); k++ {
			if isDigitByte(line[k-1]) || isDigitByte(line[k]) {
				check(line[k:])
			}
		}
	})
	if n == 0 {
		t.Error("no date read")
	}
}

// The pair gate of monthNumber turns away only words no month name is:
// it answers as the look-up of the lower-cased word on every word of the
// corpus lines and on every short word over letters that fold oddly.
func TestMonthNumberGate(t *testing.T) {
	look := func(w string) (int, bool) {
		n, ok := monthNames().byName[strings.ToLower(strings.TrimSuffix(w, "."))]
		return n, ok
	}
	check := func(w string) {
		t.Helper()
		n, ok := monthNumber(w)
		m, mok := look(w)
		if ok != mok || n != m {
			t.Fatalf("monthNumber(%q) = %d %v, the look-up gives %d %v", w, n, ok, m, mok)
		}
	}
	for w := range monthNames().byName {
		check(w)
		check(strings.ToUpper(w))
		check(w + ".")
	}
	var walk func(alphabet []string, s string, n int)
	walk = func(alphabet []string, s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(alphabet, s+c, n-1)
		}
	}
	walk([]string{"m", "A", "y", "\u212a", "\u0130", "ä", ".", "J"}, "", 4)
	forCorpusLines(t, func(line string) {
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
			check(w)
		}
	})
}
