package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The metadata walk tries the credit-line expressions on the text of
// almost every short element of a page, and nearly all of them fail on
// the first letter ("Share", "Read more", "12 comments"). openers reads
// from a compiled expression anchored at the start the ASCII letters a
// match can open with, so that the walk can skip the text and the
// expression when the element's first letter is not among them. It is a
// necessary condition only: answers do not change.

// openers is the set of first runes a match of an anchored expression can
// start with: exact for ASCII, every rune beyond it taken as possible.
type openers struct {
	ascii [utf8.RuneSelf]bool
	all   bool // the expression is not anchored, or can match empty text
}

// can reports whether a match can start with r.
func (o *openers) can(r rune) bool {
	return o.all || r >= utf8.RuneSelf || r < 0 || o.ascii[r]
}

// openersOf reads the openers of re. Any path of the program that reaches
// a rune or the end without passing the start anchor makes every rune
// possible.
func openersOf(re *regexp.Regexp) *openers {
	o := &openers{}
	sre, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		o.all = true
		return o
	}
	prog, err := syntax.Compile(sre.Simplify())
	if err != nil {
		o.all = true
		return o
	}
	type state struct {
		pc       uint32
		anchored bool
	}
	seen := map[state]bool{}
	var visit func(pc uint32, anchored bool)
	visit = func(pc uint32, anchored bool) {
		if o.all || seen[state{pc, anchored}] {
			return
		}
		seen[state{pc, anchored}] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			visit(in.Out, anchored)
			visit(in.Arg, anchored)
		case syntax.InstCapture, syntax.InstNop:
			visit(in.Out, anchored)
		case syntax.InstEmptyWidth:
			// Other assertions (\b, $) only narrow what follows: passing
			// them through keeps the set a superset.
			visit(in.Out, anchored || syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0)
		case syntax.InstFail:
		case syntax.InstMatch, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			o.all = true
		case syntax.InstRune, syntax.InstRune1:
			if !anchored {
				o.all = true
				return
			}
			fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
			if len(in.Rune) == 1 {
				o.addRange(in.Rune[0], in.Rune[0], fold)
				return
			}
			for i := 0; i+1 < len(in.Rune); i += 2 {
				o.addRange(in.Rune[i], in.Rune[i+1], fold)
			}
		default:
			o.all = true
		}
	}
	visit(uint32(prog.Start), false)
	return o
}

// addRange marks the ASCII runes of lo..hi, with their case variants when
// fold is set (a (?i) "k" also opens with the Kelvin sign, which is beyond
// ASCII and so possible anyway).
func (o *openers) addRange(lo, hi rune, fold bool) {
	if fold && hi-lo > 1<<12 {
		for r := range o.ascii {
			o.ascii[r] = true
		}
		return
	}
	for r := lo; r <= hi; r++ {
		if r < utf8.RuneSelf {
			o.ascii[r] = true
		}
		if !fold {
			if r >= utf8.RuneSelf {
				break
			}
			continue
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				o.ascii[f] = true
			}
		}
	}
}

// metaFirstRune returns the first rune of metaText(n, max) and of
// metaSpacedText(n, max), whatever max: the first rune of the text
// metaTextOf gathers that is not white space, or -1 when there is none.
// It follows metaTextOf's choice of what counts as text.
func metaFirstRune(n *html.Node) rune {
	switch n.Type {
	case html.TextNode:
		return firstNonSpace(n.Data)
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Button, atom.Select:
			return -1
		case atom.Script:
			if !metaJSONScript(n) {
				return -1
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if r := firstNonSpace(c.Data); r >= 0 {
					return r
				}
			}
			return -1
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if r := metaFirstRune(c); r >= 0 {
			return r
		}
	}
	return -1
}

// firstNonSpace returns the first rune of s that metaSpace keeps at the
// start, or -1.
func firstNonSpace(s string) rune {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				i++
				continue
			}
			return rune(c)
		}
		r, k := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return r
		}
		i += k
	}
	return -1
}

// metaJSONScript reports a script whose text metaTextOf reads: JSON data,
// not code.
func metaJSONScript(n *html.Node) bool {
	return strings.Contains(strings.ToLower(metaAttr(n, "type")), "json")
}

// creditOpeners are the runes a credit line can open with: those of a
// label ("Autorin:", "Posted by") or of a "By"-like word.
var creditOpeners = sync.OnceValue(func() *openers {
	o := openersOf(bylineLabel())
	p := openersOf(bylinePrefix())
	o.all = o.all || p.all
	for r, ok := range p.ascii {
		o.ascii[r] = o.ascii[r] || ok
	}
	return o
})

// metaScriptDate returns what scriptDateRE's first match captures in a
// script, "" when none. Scripts run to hundreds of kilobytes and the
// expression, which opens with a quote, is tried at every one of them;
// every key it knows holds "ublish" 2 to 8 bytes after its quote, so only
// the quotes just before an "ublish" are tried, in order, with the
// expression anchored there: the same first match.
func metaScriptDate(s string) string {
	next := 0 // the positions before it are tried
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "ublish")
		if j < 0 {
			return ""
		}
		j += i
		for p := max(j-8, next); p < j; p++ {
			if s[p] == '"' {
				if sm := scriptDateAtRE().FindStringSubmatch(s[p:]); sm != nil {
					return sm[1]
				}
			}
		}
		next = j
		i = j + 1
	}
	return ""
}

var scriptDateAtRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + scriptDateRE().String() + `)`)
})

// leadFilter runs an expression anchored at the start over the first few
// runes of a text, as an NFA over its compiled program: when no thread is
// left after them, the expression cannot match the text, and the regexp
// package's setup for a whole search (its backtracker clears a bit map of
// the program's size times the text's) is saved. Assertions other than
// the start anchor are taken as passed, so the answer "may match" is a
// superset of the expression's.
type leadFilter struct {
	prog  *syntax.Prog
	all   bool     // the expression is not anchored: no filtering
	start []uint32 // the threads at the start
	match bool     // the expression matches empty text
	// ascii holds the threads after a first ASCII rune, and asciiMatch
	// whether a match is reached there: the first step, which has the
	// most threads, is taken from a table.
	ascii      [utf8.RuneSelf][]uint32
	asciiMatch [utf8.RuneSelf]bool
}

func newLeadFilter(re *regexp.Regexp) *leadFilter {
	f := &leadFilter{}
	sre, err := syntax.Parse(re.String(), syntax.Perl)
	if err == nil {
		f.prog, err = syntax.Compile(sre.Simplify())
	}
	if err != nil {
		f.all = true
		return f
	}
	// Anchored: no rune can be consumed at the start without passing the
	// start anchor.
	if _, unanchored, _ := f.close(nil, []uint32{uint32(f.prog.Start)}, true, true); unanchored {
		f.all = true
		return f
	}
	f.start, _, f.match = f.close(nil, []uint32{uint32(f.prog.Start)}, true, false)
	for r := range f.ascii {
		f.ascii[r], f.asciiMatch[r] = f.step(f.start, rune(r))
	}
	return f
}

// step returns the threads after the rune r and whether a match is
// reached.
func (f *leadFilter) step(set []uint32, r rune) ([]uint32, bool) {
	return f.stepInto(set, r, nil)
}

// stepInto is step writing the threads into dst (from its start): may
// runs for nearly every element and block of a page, and fresh slices for
// every rune of every lead showed in profiles.
func (f *leadFilter) stepInto(set []uint32, r rune, dst []uint32) ([]uint32, bool) {
	var buf [32]uint32
	next := buf[:0]
	for _, pc := range set {
		in := &f.prog.Inst[pc]
		if in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL && r != '\n' || (in.Op == syntax.InstRune || in.Op == syntax.InstRune1) && in.MatchRune(r) {
			next = append(next, in.Out)
		}
	}
	if len(next) == 0 {
		return nil, false
	}
	out, _, match := f.close(dst[:0], next, false, false)
	return out, match
}

// close adds to set the consuming instructions reachable from pcs without
// consuming, and reports whether a match is reachable and whether a
// consuming instruction is reachable without passing the start anchor
// (at the start only).
func (f *leadFilter) close(set, pcs []uint32, start, check bool) (out []uint32, unanchored, match bool) {
	type item struct {
		pc       uint32
		anchored bool
	}
	var stackBuf [32]item
	var seenBuf [64]uint32
	stack, seen := stackBuf[:0], seenBuf[:0]
	for _, pc := range pcs {
		stack = append(stack, item{pc, false})
	}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if check {
			// Anchoring is a property of the path: visit (pc, anchored)
			// pairs, encoded in one word.
			key := it.pc<<1 | b2u(it.anchored)
			if u32In(seen, key) {
				continue
			}
			seen = append(seen, key)
		} else {
			if u32In(seen, it.pc) {
				continue
			}
			seen = append(seen, it.pc)
		}
		in := &f.prog.Inst[it.pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, item{in.Out, it.anchored}, item{in.Arg, it.anchored})
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, item{in.Out, it.anchored})
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0 {
				if !start {
					continue
				}
				stack = append(stack, item{in.Out, true})
				continue
			}
			stack = append(stack, item{in.Out, it.anchored})
		case syntax.InstMatch:
			match = true
		case syntax.InstFail:
		default:
			if check && !it.anchored {
				unanchored = true
			}
			if !u32In(set, it.pc) {
				set = append(set, it.pc)
			}
		}
	}
	return set, unanchored, match
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func u32In(list []uint32, v uint32) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// may reports whether the expression can match a text opening with lead.
func (f *leadFilter) may(lead []rune) bool {
	if f.all || f.match {
		return true
	}
	// The threads of one rune are read while those of the next are
	// written: two buffers in turn.
	var a, b [64]uint32
	set, match := f.start, false
	for i, r := range lead {
		if i == 0 && r >= 0 && r < utf8.RuneSelf {
			set, match = f.ascii[r], f.asciiMatch[r]
		} else {
			dst := a[:0]
			if i%2 == 1 {
				dst = b[:0]
			}
			set, match = f.stepInto(set, r, dst)
		}
		if match {
			return true
		}
		if len(set) == 0 {
			return false
		}
	}
	return true
}

// creditFilters are the lead filters of the two credit expressions.
var creditFilters = sync.OnceValue(func() [2]*leadFilter {
	return [2]*leadFilter{newLeadFilter(bylineLabel()), newLeadFilter(bylinePrefix())}
})

// The class, id and itemprop words that mark an element as a byline, a
// date line or a dek (metaReader.visible), in the order it tries them.
var (
	keyBylineWords = []string{"byline", "author", "autor", "verfasser", "byl", "writer", "creator"}
	keyDateWords   = []string{"dateline", "date", "time", "published", "pubdate", "timestamp", "posted", "meta", "info"}
	keyDekWords    = []string{"standfirst", "dek", "subtitle", "subhead", "sub-head", "sub_head", "lede", "lead", "intro", "summary", "excerpt", "teaser", "deck", "description", "abstract", "strapline", "kicker-text", "article-sub"}
)

const (
	keyByline = 1 << iota
	keyDate
	keyDek
)

// keyWordTable lists the words of the three kinds by their first byte.
var keyWordTable = sync.OnceValue(func() *[256][]keyWord {
	var t [256][]keyWord
	for kind, list := range [][]string{keyBylineWords, keyDateWords, keyDekWords} {
		for _, w := range list {
			t[w[0]] = append(t[w[0]], keyWord{w, 1 << kind})
		}
	}
	return &t
})

// keyPairTable marks, for each byte in either case, the letters that
// follow it as the second letter of a word of keyWordTable (bit c-'a').
// Every word opens with two lower-case ASCII letters.
var keyPairTable = sync.OnceValue(func() *[256]uint32 {
	var p [256]uint32
	for _, list := range [][]string{keyBylineWords, keyDateWords, keyDekWords} {
		for _, w := range list {
			bit := uint32(1) << (w[1] - 'a')
			p[w[0]] |= bit
			p[w[0]-'a'+'A'] |= bit
		}
	}
	return &p
})

type keyWord struct {
	word string
	kind int
}

// metaKeyKinds reports which kinds' words the key contains: metaHas for
// each of the three lists, in one pass over the key rather than a search
// per word (the walk asks it for every element with a class or id).
func metaKeyKinds(key string) int {
	t := keyWordTable()
	kinds := 0
	for i := 0; i < len(key); i++ {
		for _, w := range t[key[i]] {
			if kinds&w.kind == 0 && strings.HasPrefix(key[i:], w.word) {
				kinds |= w.kind
			}
		}
	}
	return kinds
}

// metaKeyKindsFold is metaKeyKinds(strings.ToLower(s)), without the
// lower-case copy when s is ASCII.
func metaKeyKindsFold(s string) int {
	if s == "" {
		return 0
	}
	if !metaASCII(s) {
		return metaKeyKinds(strings.ToLower(s))
	}
	t := keyWordTable()
	pairs := keyPairTable()
	kinds := 0
	// Every word has three bytes or more: the first two, looked up as a
	// pair before the words are, rule out nearly every place.
	for i := 0; i+2 < len(s); i++ {
		m := pairs[s[i]]
		if m == 0 {
			continue
		}
		// A letter's bit in either case; any other byte falls past 26.
		if b := (s[i+1] | 0x20) - 'a'; b >= 26 || m&(1<<b) == 0 {
			continue
		}
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		c2 := s[i+1]
		if 'A' <= c2 && c2 <= 'Z' {
			c2 += 'a' - 'A'
		}
		for _, w := range t[c] {
			if w.word[1] == c2 && kinds&w.kind == 0 && hasPrefixLower(s[i:], w.word) {
				kinds |= w.kind
			}
		}
	}
	return kinds
}

// hasPrefixLower reports whether strings.ToLower(s) opens with the
// lower-case ASCII word w, for ASCII s.
func hasPrefixLower(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}
