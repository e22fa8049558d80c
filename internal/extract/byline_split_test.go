package extract

import (
	"reflect"
	"strings"
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

// bylineScanASCII answers as metaFolded and bylineSepChars.in wherever it
// reads a line: on strings over the bytes that matter, at every place of
// a longer line, and on the corpus lines.
func TestBylineScanASCIIAsFoldedSep(t *testing.T) {
	n := 0
	check := func(s string) {
		t.Helper()
		folded, sep, ask, read := bylineScanASCII(s)
		if !read {
			return
		}
		n++
		if folded != metaFolded(s) || folded && sep != bylineSepChars.in(s) || ask != askChars.in(s) {
			t.Fatalf("bylineScanASCII(%q) = %v %v %v, metaFolded %v, separator %v, ask %v", s, folded, sep, ask, metaFolded(s), bylineSepChars.in(s), askChars.in(s))
		}
	}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range []string{"a", " ", "\t", "\n", "\v", "\f", "\r", "|", "~", "\x08", "\x0e", "}", "·", "?", "!"} {
			walk(s+c, n-1)
		}
	}
	walk("", 4)
	fill := "By Jane Doe and John Roe of the Daily"
	for i := 1; i < len(fill); i++ {
		for _, m := range []string{" ", "  ", "\t", "|", "~", "\r", "\x1f", "\x7f", "?", "!", ">", "A"} {
			check(fill[:i] + m + fill[i:])
		}
	}
	forCorpusLines(t, check)
	if n == 0 {
		t.Error("no line read")
	}
}

// splitAuthors runs the address expression only on credits holding an
// "@": it finds none in any other.
func TestEmailNeedsAt(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if !strings.Contains(s, "@") && emailRE().MatchString(s) {
			t.Fatalf("the address expression matches %q, which holds no @", s)
		}
	}
	for _, s := range []string{"jane@example.org", "mailto:jane@example.org", "Jane Doe jane[at]example.org", "Jane Doe (jane＠example.org)", "a@b.c"} {
		check(s)
		if strings.Contains(s, "@") && !emailRE().MatchString(s) {
			t.Errorf("the address expression misses %q", s)
		}
	}
	forCorpusLines(t, check)
}
