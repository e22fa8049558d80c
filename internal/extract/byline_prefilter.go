package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
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
// past the start as true but the end of the text ($), which holds only
// there: a necessary condition of a match, never more.
//
// Lines are read by a table made once, a DFA over the ASCII bytes whose
// states are the sets of threads the program has after each prefix: one
// look-up a byte, where stepping the program costs a MatchRune for each
// thread. A rune past ASCII, or a state the table was not built for, is
// read by stepping the program from the state's threads.
type prefixGate struct {
	prog *syntax.Prog
	// ok is false when the expression is not anchored at the start of
	// the text, or matches the empty string: the gate then always says
	// "maybe".
	ok    bool
	start []uint32 // the rune instructions a match can begin with
	// class maps an ASCII byte to its class: bytes every rune
	// instruction reads alike share one.
	class  [utf8.RuneSelf]uint8
	nclass int
	states []gateState
	// trans holds the next state of state i over a byte of class c at
	// i*nclass+c, or gateDead, gateMaybe, gateOpen.
	trans []int32
	// dead2[a] has bit b set for the two ASCII bytes a, b after which
	// the table leaves no thread: may says no for a string opening so
	// without a call, as it does for nearly every line.
	dead2 [128][2]uint64
}

// gateState is a set of threads, after a prefix read.
type gateState struct {
	threads []uint32
	// endMatch: a match ends here when the text does ($).
	endMatch bool
}

const (
	gateDead  = -1 // no thread is left: no match
	gateMaybe = -2 // a match is reached, or too many threads: "maybe"
	gateOpen  = -3 // not in the table: step the program
)

// prefixGateRunes bounds the runes read; past them the gate says "maybe".
const prefixGateRunes = 12

// maxGateThreads bounds the threads followed; past it the gate says "maybe".
const maxGateThreads = 128

// gateTableRunes bounds the prefixes the table is built for: nearly every
// line is done with in fewer bytes, and the longer prefixes of the labels
// would cost the table more states than they save. Past them, and past
// maxGateStates states, the program is stepped.
const (
	gateTableRunes = 6
	maxGateStates  = 2048
)

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
	g.buildTable()
	return g
}

// buildTable makes the byte classes and the states reached by the
// prefixes of up to gateTableRunes ASCII bytes.
func (g *prefixGate) buildTable() {
	// Bytes are of one class when every rune instruction reads both or
	// neither (asciiMatches, held to MatchRune by a test).
	var masks [][2]uint64
	for pc := range g.prog.Inst {
		switch g.prog.Inst[pc].Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			masks = append(masks, asciiMatches(&g.prog.Inst[pc]))
		}
	}
	classOf := map[string]uint8{}
	var rep []rune
	sig := make([]byte, len(masks))
	for c := range rune(utf8.RuneSelf) {
		for k, m := range masks {
			sig[k] = byte(m[c/64] >> (c % 64) & 1)
		}
		id, ok := classOf[string(sig)]
		if !ok {
			id = uint8(len(rep))
			classOf[string(sig)] = id
			rep = append(rep, c)
		}
		g.class[c] = id
	}
	g.nclass = len(rep)
	// A state is known by its sorted threads and its end flag, written
	// as bytes; only a new state's key and threads are kept.
	var kb []byte
	key := func(threads []uint32, end bool) []byte {
		kb = kb[:0]
		for _, t := range threads {
			kb = append(kb, byte(t), byte(t>>8), byte(t>>16), byte(t>>24))
		}
		if end {
			kb = append(kb, 1)
		}
		return kb
	}
	start := slices.Clone(g.start)
	slices.Sort(start)
	g.states = []gateState{{threads: start}}
	depth := []int{0}
	index := map[string]int32{string(key(start, false)): 0}
	g.trans = make([]int32, 0, 64*len(rep))
	var buf [maxGateThreads]uint32
	for si := 0; si < len(g.states); si++ {
		for _, r := range rep {
			t := int32(gateOpen)
			if depth[si] < gateTableRunes {
				next, matched, full, end := g.step(g.states[si].threads, r, buf[:0])
				switch {
				case matched || full:
					t = gateMaybe
				case len(next) == 0 && !end:
					t = gateDead
				default:
					slices.Sort(next)
					k := key(next, end)
					id, ok := index[string(k)]
					if !ok && len(g.states) < maxGateStates {
						id, ok = int32(len(g.states)), true
						index[string(k)] = id
						g.states = append(g.states, gateState{threads: slices.Clone(next), endMatch: end})
						depth = append(depth, depth[si]+1)
					}
					if ok {
						t = id
					}
				}
			}
			g.trans = append(g.trans, t)
		}
	}
	for a := range byte(utf8.RuneSelf) {
		t := g.trans[g.class[a]]
		if t >= 0 {
			for b := range byte(utf8.RuneSelf) {
				if g.trans[int(t)*g.nclass+int(g.class[b])] == gateDead {
					g.dead2[a][b/64] |= 1 << (b % 64)
				}
			}
		} else if t == gateDead {
			g.dead2[a] = [2]uint64{^uint64(0), ^uint64(0)}
		}
	}
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
// whether a match is reached, whether there were too many to follow, and
// whether a match is reached if the text ends after r.
func (g *prefixGate) step(threads []uint32, r rune, next []uint32) (_ []uint32, matched, full, end bool) {
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
			next, matched, full, end = g.add(next, i.Out, matched, end, false)
			if full {
				return next, matched, true, end
			}
		}
	}
	return next, matched, false, end
}

// add follows pc through the instructions that read no rune. atEnd: the
// path went through $, which holds only at the end of the text, where no
// rune is left to read and a match may end.
func (g *prefixGate) add(next []uint32, pc uint32, matched, end, atEnd bool) (_ []uint32, _, full, _ bool) {
	i := &g.prog.Inst[pc]
	switch i.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		next, matched, full, end = g.add(next, i.Out, matched, end, atEnd)
		if full {
			return next, matched, true, end
		}
		return g.add(next, i.Arg, matched, end, atEnd)
	case syntax.InstEmptyWidth:
		return g.add(next, i.Out, matched, end, atEnd || syntax.EmptyOp(i.Arg)&syntax.EmptyEndText != 0)
	case syntax.InstCapture, syntax.InstNop:
		return g.add(next, i.Out, matched, end, atEnd)
	case syntax.InstMatch:
		if atEnd {
			return next, matched, false, true
		}
		return next, true, false, end
	case syntax.InstFail:
		return next, matched, false, end
	}
	if atEnd {
		return next, matched, false, end
	}
	for _, t := range next {
		if t == pc {
			return next, matched, false, end
		}
	}
	if len(next) == cap(next) {
		return next, matched, true, end
	}
	return append(next, pc), matched, false, end
}

// may reports whether the expression can match s; false means it cannot.
func (g *prefixGate) may(s string) bool {
	if len(s) >= 2 {
		if a, b := s[0], s[1]; a|b < utf8.RuneSelf && g.dead2[a&127][b>>6&1]>>(b&63)&1 != 0 {
			return false
		}
	}
	return g.mayFrom(s)
}

// mayFrom is may, the table read from the first byte.
func (g *prefixGate) mayFrom(s string) bool {
	if !g.ok {
		return true
	}
	st, n := int32(0), 0
	for k := 0; k < prefixGateRunes; k++ {
		if n >= len(s) {
			return false
		}
		c := s[n]
		if c >= utf8.RuneSelf {
			return g.stepFrom(g.states[st].threads, s, n, k)
		}
		t := g.trans[int(st)*g.nclass+int(g.class[c])]
		switch t {
		case gateDead:
			return false
		case gateMaybe:
			return true
		case gateOpen:
			return g.stepFrom(g.states[st].threads, s, n, k)
		}
		st = t
		n++
		if n == len(s) {
			return g.states[st].endMatch
		}
	}
	return len(g.states[st].threads) > 0
}

// stepFrom is may from the threads cur, at byte n of s, rune k, stepping
// the program rune by rune.
func (g *prefixGate) stepFrom(cur []uint32, s string, n, k int) bool {
	var a, b [maxGateThreads]uint32
	for ; k < prefixGateRunes; k++ {
		if len(cur) == 0 || n >= len(s) {
			return false
		}
		r, w := utf8.DecodeRuneInString(s[n:])
		n += w
		buf := a[:0]
		if k%2 == 1 {
			buf = b[:0]
		}
		next, matched, full, end := g.step(cur, r, buf)
		if matched || full {
			return true
		}
		if n == len(s) {
			return end
		}
		cur = next
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
	k, ok := foldedPairKey(s, 0)
	if !ok {
		return true
	}
	return g.pairs[k/64]&(1<<(k%64)) != 0
}

// foldedPairKey returns the two ASCII bytes of s at p, lower-cased, as one
// key below 1<<14; false when either is beyond ASCII. len(s) > p+1.
func foldedPairKey(s string, p int) (int, bool) {
	a, b := s[p], s[p+1]
	if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
		return 0, false
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	return int(a)<<7 | int(b), true
}

var agencyStartGate = sync.OnceValue(func() *pairGate { return newPairGate(agencies()) })

// mayHoldAgency reports whether a part of s as appendNameList cuts it can
// be an agency's name; false means none can. A part begins at the start
// of s or after a byte agencyBoundary holds (white space, a separator, a
// trimmed dash or dot, or the last byte of one past ASCII), so the agency
// names are tried at s from each such byte: no part, no lower-casing, no
// look-up, for the lines no agency name can begin in.
//
// The first two letters of many words open an agency's name ("ap", "pa",
// "th"), so the names that open so are read on, byte by byte in ASCII:
// a part that is the name holds its letters, and then ends, before what
// cannot end a part, a letter or a digit. A byte past ASCII, which may
// fold to an ASCII letter, lets the line through.
func mayHoldAgency(s string) bool {
	x := agencyStarts()
	for p := 0; p < len(s); p++ {
		if p > 0 && !agencyBoundary[s[p-1]] {
			continue
		}
		// mayAt's first question, asked here: most parts open with two
		// ASCII bytes no name opens with, and cost no call.
		if p+1 < len(s) {
			if a, b := s[p], s[p+1]; a|b < utf8.RuneSelf && x.slot[int(foldASCII(a))<<7|int(foldASCII(b))] == 0 {
				continue
			}
		}
		if x.mayAt(s, p) {
			return true
		}
	}
	return false
}

// foldASCII lower-cases an ASCII capital, and leaves any other byte.
func foldASCII(c byte) byte {
	if c-'A' < 26 {
		return c + 'a' - 'A'
	}
	return c
}

// agencyIndex holds the agency names by the pair of ASCII bytes they open
// with.
type agencyIndex struct {
	gate *pairGate
	// slot holds, for the pair a<<7|b, 1 + the index in names of the
	// names opening with it; 0 for none.
	slot  [128 * 128]uint8
	names [][]string
}

var agencyStarts = sync.OnceValue(func() *agencyIndex {
	x := &agencyIndex{gate: agencyStartGate()}
	for name := range agencies() {
		if len(name) < 2 || name[0] >= utf8.RuneSelf || name[1] >= utf8.RuneSelf {
			continue
		}
		k := int(name[0])<<7 | int(name[1])
		if x.slot[k] == 0 {
			x.names = append(x.names, nil)
			x.slot[k] = uint8(len(x.names))
		}
		j := x.slot[k] - 1
		x.names[j] = append(x.names[j], name)
	}
	return x
})

// mayAt reports whether the part of s beginning at byte p can be an
// agency's name; false means it cannot.
func (x *agencyIndex) mayAt(s string, p int) bool {
	if len(s)-p < 2 {
		return x.gate.short
	}
	k, ok := foldedPairKey(s, p)
	if !ok {
		return true
	}
	j := x.slot[k]
	if j == 0 {
		return false
	}
	for _, name := range x.names[j-1] {
		if agencyAt(s, p, name) {
			return true
		}
	}
	return false
}

// agencyAt reports whether the part of s beginning at byte p can be name,
// in lower case; false means it cannot.
func agencyAt(s string, p int, name string) bool {
	for i := 0; i < len(name); i++ {
		if p+i >= len(s) {
			return false
		}
		c, n := s[p+i], name[i]
		if c >= utf8.RuneSelf || n >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != n {
			return false
		}
	}
	q := p + len(name)
	if q == len(s) {
		return true
	}
	c := s[q]
	return c >= utf8.RuneSelf || !asciiLetter(c) && !isDigitByte(c)
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
