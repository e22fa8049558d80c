package extract

import (
	"regexp"
	"regexp/syntax"
	"testing"
	"unicode/utf8"
)

func TestGatePairsAsSteps(t *testing.T) {
	for name, g := range map[string]*prefixGate{"label": bylineLabelGate(), "prefix": bylinePrefixGate(), "glued": gluedLabelGate()} {
		stepped := *g
		stepped.dead = [len(g.dead)]uint64{}
		check := func(s string) {
			t.Helper()
			if got, want := g.may(s), stepped.may(s); got != want {
				t.Fatalf("%s gate: may(%q) = %v, stepping every rune gives %v", name, s, got, want)
			}
		}
		for a := range rune(utf8.RuneSelf) {
			for b := range rune(utf8.RuneSelf) {
				for _, s := range []string{string([]rune{a, b}), string([]rune{a, b, ' ', 'x'}), string([]rune{a, b, 'y', ' '})} {
					check(s)
				}
			}
		}
		forCorpusLines(t, check)
		shut := 0
		for _, w := range g.dead {
			for ; w != 0; w &= w - 1 {
				shut++
			}
		}
		if shut == 0 {
			t.Errorf("%s gate: no pair of first runes is shut out", name)
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
