package extract

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// isByline runs on every short line of a page. The two anchored label
// expressions ("By", "Autor:", "Veröffentlicht von", ...) cost a few
// microseconds a line even when the first letters already rule them out.
// A prefixGate reads the first letters of a line against the compiled
// expression itself and says no for nearly every line that cannot match,
// so the expression runs only on the few that can; results never change.

// prefixGate tells, from the first runes of a string, that an anchored
// expression cannot match it. It steps the expression's compiled program
// over at most prefixGateRunes runes, taking every zero-width assertion
// past the start as true: a necessary condition of a match, never more.
type prefixGate struct {
	prog *syntax.Prog
	// ok is false when the expression is not anchored at the start of
	// the text, or matches the empty string: the gate then always says
	// "maybe".
	ok    bool
	start []uint32 // the rune instructions a match can begin with
	// ascii holds the step over each ASCII first rune, made once.
	ascii [utf8.RuneSelf]gateStep
	// dead holds bit a<<7|b for pairs of ASCII first runes after which
	// no thread is left: may says no at once to a string starting with
	// one, without stepping over its second rune.
	dead [utf8.RuneSelf * utf8.RuneSelf / 64]uint64
}

type gateStep struct {
	next    []uint32
	matched bool // a match ends after the rune
	full    bool // too many threads: say "maybe"
}

// prefixGateRunes bounds the runes read; past them the gate says "maybe".
const prefixGateRunes = 12

// maxGateThreads bounds the threads followed; past it the gate says "maybe".
const maxGateThreads = 128

func newPrefixGate(re *regexp.Regexp) *prefixGate {
	g := &prefixGate{}
	p, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return g
	}
	prog, err := syntax.Compile(p.Simplify())
	if err != nil {
		return g
	}
	g.prog = prog
	anchored, empty := true, false
	seen := map[uint32]bool{}
	var walk func(pc uint32, begun bool)
	walk = func(pc uint32, begun bool) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		i := &prog.Inst[pc]
		switch i.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(i.Out, begun)
			walk(i.Arg, begun)
		case syntax.InstCapture, syntax.InstNop:
			walk(i.Out, begun)
		case syntax.InstEmptyWidth:
			walk(i.Out, begun || syntax.EmptyOp(i.Arg)&syntax.EmptyBeginText != 0)
		case syntax.InstMatch:
			empty = true
		case syntax.InstFail:
		default:
			if !begun {
				anchored = false
			}
			g.start = append(g.start, pc)
		}
	}
	walk(uint32(prog.Start), false)
	if !anchored || empty || len(g.start) > maxGateThreads {
		return g
	}
	g.ok = true
	var buf [maxGateThreads]uint32
	for r := range rune(utf8.RuneSelf) {
		next, matched, full := g.step(g.start, r, buf[:0])
		g.ascii[r] = gateStep{next: append([]uint32(nil), next...), matched: matched, full: full}
	}
	for a := range rune(utf8.RuneSelf) {
		first := g.ascii[a]
		if first.matched || first.full {
			continue
		}
		// The second runes no thread left after a reads: past them no
		// thread is left.
		var live [2]uint64
		for _, pc := range first.next {
			m := asciiMatches(&prog.Inst[pc])
			live[0] |= m[0]
			live[1] |= m[1]
		}
		k := a << 7 / 64
		g.dead[k], g.dead[k+1] = ^live[0], ^live[1]
	}
	return g
}

// asciiMatches returns the set of ASCII runes a rune instruction reads,
// bit r for rune r, as Inst.MatchRune tells them. The compiler folds case
// only in an instruction of one rune; a class holds its folded ranges.
func asciiMatches(i *syntax.Inst) (m [2]uint64) {
	set := func(r rune) {
		if r < utf8.RuneSelf {
			m[r/64] |= 1 << (r % 64)
		}
	}
	switch i.Op {
	case syntax.InstRuneAny:
		return [2]uint64{^uint64(0), ^uint64(0)}
	case syntax.InstRuneAnyNotNL:
		return [2]uint64{^uint64(1 << '\n'), ^uint64(0)}
	case syntax.InstRune1:
		set(i.Rune[0])
		return m
	}
	if len(i.Rune) == 1 {
		r := i.Rune[0]
		set(r)
		if syntax.Flags(i.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set(f)
			}
		}
		return m
	}
	for j := 0; j+1 < len(i.Rune); j += 2 {
		for r := i.Rune[j]; r <= i.Rune[j+1] && r < utf8.RuneSelf; r++ {
			set(r)
		}
	}
	return m
}

// step moves threads over r into next: the rune instructions reached,
// whether a match is reached, and whether there were too many to follow.
func (g *prefixGate) step(threads []uint32, r rune, next []uint32) (_ []uint32, matched, full bool) {
	for _, pc := range threads {
		i := &g.prog.Inst[pc]
		var hit bool
		switch i.Op {
		case syntax.InstRuneAny:
			hit = true
		case syntax.InstRuneAnyNotNL:
			hit = r != '\n'
		default:
			hit = i.MatchRune(r)
		}
		if hit {
			next, matched, full = g.add(next, i.Out, matched)
			if full {
				return next, matched, true
			}
		}
	}
	return next, matched, false
}

// add follows pc through the instructions that read no rune.
func (g *prefixGate) add(next []uint32, pc uint32, matched bool) (_ []uint32, _, full bool) {
	i := &g.prog.Inst[pc]
	switch i.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		next, matched, full = g.add(next, i.Out, matched)
		if full {
			return next, matched, true
		}
		return g.add(next, i.Arg, matched)
	case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
		return g.add(next, i.Out, matched)
	case syntax.InstMatch:
		return next, true, false
	case syntax.InstFail:
		return next, matched, false
	}
	for _, t := range next {
		if t == pc {
			return next, matched, false
		}
	}
	if len(next) == cap(next) {
		return next, matched, true
	}
	return append(next, pc), matched, false
}

// may reports whether the expression can match s; false means it cannot.
func (g *prefixGate) may(s string) bool {
	if !g.ok {
		return true
	}
	if len(s) >= 2 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf {
		if k := int(s[0])<<7 | int(s[1]); g.dead[k/64]&(1<<(k%64)) != 0 {
			return false
		}
	}
	var a, b [maxGateThreads]uint32
	cur := g.start
	for k, n := 0, 0; k < prefixGateRunes; k++ {
		if len(cur) == 0 {
			return false
		}
		if n >= len(s) {
			// The text ends with no match reached: none can be, as the
			// assertions were all taken as true on the way.
			return false
		}
		r, w := utf8.DecodeRuneInString(s[n:])
		n += w
		var st gateStep
		if k == 0 && r < utf8.RuneSelf {
			st = g.ascii[r]
		} else {
			buf := a[:0]
			if k%2 == 1 {
				buf = b[:0]
			}
			st.next, st.matched, st.full = g.step(cur, r, buf)
		}
		if st.matched || st.full {
			return true
		}
		cur = st.next
	}
	return len(cur) > 0
}

var (
	bylineLabelGate  = sync.OnceValue(func() *prefixGate { return newPrefixGate(bylineLabel()) })
	bylinePrefixGate = sync.OnceValue(func() *prefixGate { return newPrefixGate(bylinePrefix()) })
)

// matchBylineLabel is bylineLabel().MatchString(s), without running the
// expression on lines whose first letters rule it out.
func matchBylineLabel(s string) bool {
	return bylineLabelGate().may(s) && bylineLabel().MatchString(s)
}

// matchBylinePrefix is bylinePrefix().MatchString(s), likewise.
func matchBylinePrefix(s string) bool {
	return bylinePrefixGate().may(s) && bylinePrefix().MatchString(s)
}

// isAgency is asked of every part of nearly every short line, and agency
// names begin with few of the pairs of letters lines begin with: a
// pairGate turns away, without lower-casing the part and looking it up,
// those whose first two bytes no name of the set begins with.
type pairGate struct {
	// pairs holds, for each pair of ASCII bytes a name begins with, bit
	// a<<7|b; names are lower-cased, so the pairs are too.
	pairs [128 * 128 / 64]uint64
	// short: a name of the set is under two bytes long.
	short bool
}

// newPairGate makes the gate of a set of names in lower case.
func newPairGate(names map[string]bool) *pairGate {
	g := &pairGate{}
	for name := range names {
		g.short = g.short || len(name) < 2
		if len(name) >= 2 && name[0] < utf8.RuneSelf && name[1] < utf8.RuneSelf {
			k := int(name[0])<<7 | int(name[1])
			g.pairs[k/64] |= 1 << (k % 64)
		}
	}
	return g
}

// may reports whether s, lower-cased, can be one of the names; false
// means it cannot. s of two ASCII bytes or more begins, lower-cased, with
// those bytes lower-cased, as the ASCII letters fold to ASCII; other
// strings are let through, but for those under two bytes when every name
// is longer (a single byte is ASCII and stays one byte).
func (g *pairGate) may(s string) bool {
	if len(s) < 2 {
		return g.short
	}
	a, b := s[0], s[1]
	if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
		return true
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	k := int(a)<<7 | int(b)
	return g.pairs[k/64]&(1<<(k%64)) != 0
}

var agencyStartGate = sync.OnceValue(func() *pairGate { return newPairGate(agencies()) })

// mayHoldAgency reports whether a part of s as appendNameList cuts it can
// be an agency's name; false means none can. A part begins at the start
// of s or after a byte agencyBoundary holds (white space, a separator, a
// trimmed dash or dot, or the last byte of one past ASCII), so the agency
// gate is asked of s from each such byte: no part, no lower-casing, no
// look-up, for the lines no agency name can begin in.
func mayHoldAgency(s string) bool {
	g := agencyStartGate()
	for p := 0; p < len(s); p++ {
		if (p == 0 || agencyBoundary[s[p-1]]) && g.may(s[p:]) {
			return true
		}
	}
	return false
}

// agencyBoundary holds the bytes a part of a name list can begin after:
// the white space of \s, NUL, the separators of nameSepAt, the trimmed
// "-" and " ()[]", and the last bytes of "–", "—", "·", "•", "、" and "，".
var agencyBoundary = func() (b [256]bool) {
	for _, c := range []byte(" \t\n\f\r\x00,;&/|()[]-") {
		b[c] = true
	}
	for _, r := range "–—·•、，" {
		e := string(r)
		b[e[len(e)-1]] = true
	}
	return b
}()
