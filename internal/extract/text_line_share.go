package extract

import "sync"

// textSharePairs is a gate before textShareOnlyIn: a bit for each pair
// of first two bytes (ASCII capitals folded) a share-bar line may open
// with. The first word of such a line is a share word, so its first two
// bytes are one's (or it is a one-byte word followed by a separator or
// the marks the word is trimmed of), or a count, or nothing at all (a
// separator first, or marks only). Most short lines open with a pair no
// share word has, and are turned away without their first word cut and
// looked up (8 KB, built once).
type textSharePairs [1 << 16 / 64]uint64

// allow sets the pair a, b in each case of their ASCII letters.
func (p *textSharePairs) allow(a, b byte) {
	for _, x := range textCaseForms(a) {
		for _, y := range textCaseForms(b) {
			k := uint(x)<<8 | uint(y)
			p[k>>6] |= 1 << (k & 63)
		}
	}
}

// allowFirst sets every pair opening with a.
func (p *textSharePairs) allowFirst(a byte) {
	for b := range 256 {
		p.allow(a, byte(b))
	}
}

var textSharePairGate = sync.OnceValue(func() *textSharePairs {
	p := &textSharePairs{}
	allow, any := p.allow, p.allowFirst
	// An empty first word, a word of marks only, or a count.
	for c := range 256 {
		if textShareSep(byte(c)) || c == '.' || c == '!' || textCountToken(string(rune(c))) && c < 0x80 {
			any(byte(c))
		}
	}
	for w := range textShareWords() {
		switch {
		case len(w) >= 2:
			allow(w[0], w[1])
		case len(w) == 1:
			for c := range 256 {
				if textShareSep(byte(c)) || c == '.' || c == '!' {
					allow(w[0], byte(c))
				}
			}
		}
	}
	return p
})

// textCaseForms returns c and, for an ASCII letter, its other case.
func textCaseForms(c byte) []byte {
	switch {
	case 'a' <= c && c <= 'z':
		return []byte{c, c - 'a' + 'A'}
	case 'A' <= c && c <= 'Z':
		return []byte{c, c - 'A' + 'a'}
	}
	return []byte{c}
}

// may reports whether t may be a share-bar line, as far as its first two
// bytes tell: when it says no, textShareOnlyIn does too.
func (p *textSharePairs) may(t string) bool {
	if len(t) < 2 {
		return true
	}
	k := uint(t[0])<<8 | uint(t[1])
	return p[k>>6]&(1<<(k&63)) != 0
}

// textAdPairGate is the gate of textSharePairs for the advertisement
// labels (textAdLines), read before textTrimAdLabel and the look-up: a
// line that opens with a byte the trim cuts (or the first byte of a dash)
// may hold any label; another, only one opening with its first two bytes.
// No label is shorter than two bytes (TestTextAdPairGate).
var textAdPairGate = sync.OnceValue(func() *textSharePairs {
	p := &textSharePairs{}
	for c := range 256 {
		if textAdCut.has(byte(c)) || c == 0xe2 {
			p.allowFirst(byte(c))
		}
	}
	for w := range textAdLines {
		p.allow(w[0], w[1])
	}
	return p
})
