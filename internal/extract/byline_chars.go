package extract

import "unicode/utf8"

// strings.ContainsAny reads a line rune by rune, searching its chars for
// each, when they hold a rune past ASCII ("|·•~", "?!\"“”„") or the line is
// short: that is, on nearly every line the byline readers see. A charSet
// answers the same question from a bit per ASCII byte, decoding only the
// runes past ASCII.

// charSet is a set of runes, the chars of strings.ContainsAny.
type charSet struct {
	ascii [2]uint64
	other []rune // the members past ASCII
}

// newCharSet returns the set of the runes of chars, which must be valid
// UTF-8: strings.ContainsAny takes an invalid byte of chars for any
// invalid byte of s, which a charSet does not.
func newCharSet(chars string) *charSet {
	c := &charSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			c.ascii[r>>6] |= 1 << (r & 63)
		} else {
			c.other = append(c.other, r)
		}
	}
	return c
}

// in reports whether s holds a rune of the set: strings.ContainsAny(s,
// chars). An invalid byte of s reads as utf8.RuneError, as there.
func (c *charSet) in(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if c.ascii[b>>6]&(1<<(b&63)) != 0 {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		for _, o := range c.other {
			if r == o {
				return true
			}
		}
		i += n
	}
	return false
}

// The chars the byline readers look for, as strings.ContainsAny had them.
var (
	bylineSepChars   = newCharSet("|·•~")
	askChars         = newCharSet("?!")
	notNamesChars    = newCharSet("?!\"“”„")
	notNameChars     = newCharSet(".:;!?()[]{}<>|@/\\\"“”")
	notInitialsChars = newCharSet(":;!?()[]{}<>|@/\\\"“”")
	blankChars       = newCharSet(" \t")
)

// runesOver reports whether s holds more than n runes, counting them only
// when it holds more than n bytes: a rune is one byte or more (an invalid
// byte counts as one rune), and most lines the byline readers see are
// shorter than their bounds in bytes.
func runesOver(s string, n int) bool {
	return len(s) > n && utf8.RuneCountInString(s) > n
}
