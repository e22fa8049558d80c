package extract

import (
	"reflect"
	"testing"
)

func TestBylinePartsAsExpression(t *testing.T) {
	check := func(s string) {
		t.Helper()
		got := appendBylineParts(nil, s)
		if want := bylineSeparators().Split(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendBylineParts(%q) = %q, the expression gives %q", s, got, want)
		}
	}
	for _, s := range []string{
		"", "a", "05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie", "a|b", "a |b", "a| b", "|", " | ",
		"a · b", "a ·b", "a· b", "a | · b", "a | | b", "a ~ ~ b", "a  b", "a\tb", "a •\tb", "·", "a · ", " · a",
		"a \xc2 b", "a \xe2\x80 b", "a ||| b", "Accueil | Par Loïc Le Clerc | 30 septembre 2018",
	} {
		check(s)
	}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range []string{"a", " ", "|", "·", "•", "~", "\t", "\xc2", "\xe2\x80"} {
			walk(s+c, n-1)
		}
	}
	walk("", 6)
	forCorpusLines(t, func(s string) {
		check(s)
		check(metaSpace(s))
	})
}
