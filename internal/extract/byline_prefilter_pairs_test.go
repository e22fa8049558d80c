package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode/utf8"
)

// The table of a gate answers as stepping its program does, rune by
// rune from the start: on every string of up to two ASCII bytes, on them
// before other runes, on strings over the letters of the labels, and on
// the corpus lines.
func TestGateTableAsSteps(t *testing.T) {
	for name, g := range map[string]*prefixGate{"label": bylineLabelGate(), "prefix": bylinePrefixGate(), "glued": gluedLabelGate()} {
		check := func(s string) {
			t.Helper()
			if got, want := g.may(s), g.stepFrom(g.start, s, 0, 0); got != want {
				t.Fatalf("%s gate: may(%q) = %v, stepping every rune gives %v", name, s, got, want)
			}
		}
		for a := range rune(utf8.RuneSelf) {
			for b := range rune(utf8.RuneSelf) {
				for _, s := range []string{string([]rune{a}), string([]rune{a, b}), string([]rune{a, b, ' ', 'x'}), string([]rune{a, b, 'y', ' '}), string([]rune{a, b, 'é'}), string([]rune{a, b, ':'})} {
					check(s)
				}
				for _, c := range " \t:/-.aBnry" {
					check(string([]rune{a, b, c}))
				}
			}
		}
		var walk func(s string, n int)
		walk = func(s string, n int) {
			check(s)
			if n == 0 {
				return
			}
			for _, c := range []string{"b", "Y", " ", "v", "o", "n", "t", "e", "x", ":", "\t", "-", "é", "\u212a", "a"} {
				walk(s+c, n-1)
			}
		}
		walk("", 5)
		for _, s := range bylineGateSamples {
			for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s), s + " x", s + "\n", s + "\tJane", strings.Repeat(s, 3)} {
				check(v)
			}
		}
		forCorpusLines(t, check)
		if len(g.states) < 2 || len(g.states) >= maxGateStates {
			t.Errorf("%s gate: %d states", name, len(g.states))
		}
	}
}

func TestASCIIMatchesAsMatchRune(t *testing.T) {
	for _, re := range []*regexp.Regexp{bylineLabel(), bylinePrefix(), gluedLabelRE(), regexp.MustCompile(`(?i:k|s)[^\n]x.(?s:.)[a-fX-Z]\p{Lu}`)} {
		g := newPrefixGate(re)
		for pc := range g.prog.Inst {
			i := &g.prog.Inst[pc]
			switch i.Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			default:
				continue
			}
			m := asciiMatches(i)
			for r := range rune(utf8.RuneSelf) {
				want := i.MatchRune(r) || i.Op == syntax.InstRuneAny || i.Op == syntax.InstRuneAnyNotNL && r != '\n'
				if got := m[r/64]&(1<<(r%64)) != 0; got != want {
					t.Fatalf("%s: instruction %d (%v) reads %q: %v, MatchRune says %v", re, pc, i, r, got, want)
				}
			}
		}
	}
}
