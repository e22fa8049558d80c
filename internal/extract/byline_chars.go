package extract

import (
	"math/bits"
	"unicode/utf8"
)

// strings.ContainsAny reads a line rune by rune, searching its chars for
// each, when they hold a rune past ASCII ("|·•~", "?!\"“”„") or the line is
// short: that is, on nearly every line the byline readers see. A charSet
// answers the same question from a bit per ASCII byte, decoding only the
// runes past ASCII.

// charSet is a set of runes, the chars of strings.ContainsAny.
type charSet struct {
	ascii [2]uint64
	other []rune // the members past ASCII
	// few holds each ASCII member in every byte of a word; swar: there
	// are at most maxFewChars, and eight ASCII bytes of s are read at once.
	few  [maxFewChars]uint64
	nfew int
	swar bool
}

// maxFewChars bounds the ASCII members read eight bytes at a time.
const maxFewChars = 3

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
	for b := range utf8.RuneSelf {
		if c.ascii[b>>6]&(1<<(b&63)) != 0 {
			if c.nfew == maxFewChars {
				return c // too many to read a word at a time
			}
			c.few[c.nfew] = uint64(b) * eachByte
			c.nfew++
		}
	}
	c.swar = true
	return c
}

// eachByte has 1 in every byte; highBits the high bit of every byte.
const (
	eachByte = 0x0101010101010101
	highBits = 0x8080808080808080
)

// load8 reads s[i:i+8] as a little-endian word: byte k of s is byte k
// of the word.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasZeroByte reports whether a byte of x is zero.
func hasZeroByte(x uint64) bool { return (x-eachByte)&^x&highBits != 0 }

// in reports whether s holds a rune of the set: strings.ContainsAny(s,
// chars). An invalid byte of s reads as utf8.RuneError, as there.
func (c *charSet) in(s string) bool {
	for i := 0; i < len(s); {
		if c.swar && i+8 <= len(s) {
			x := load8(s, i)
			if high := x & highBits; high == 0 {
				for _, m := range c.few[:c.nfew] {
					if hasZeroByte(x ^ m) {
						return true
					}
				}
				i += 8
				continue
			} else if j := i + bits.TrailingZeros64(high)/8; j > i {
				// The ASCII bytes before the first past it.
				for ; i < j; i++ {
					if b := s[i]; c.ascii[b>>6]&(1<<(b&63)) != 0 {
						return true
					}
				}
			}
		}
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
