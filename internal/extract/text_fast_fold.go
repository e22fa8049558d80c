package extract

import "math/bits"

// textPlainRun returns how far from k, by 8-byte words before j, the
// bytes of s are plain ASCII the fold leaves as they are: no byte below
// 0x20 (among them \t \r \f \v), none from 0x80 (a rune the fold may
// drop or fold), and no two spaces in a row. It stops at the first byte
// that is not plain, for the caller to read, or where fewer than 8 bytes
// are left before j; it reports false when it meets two spaces in a row,
// which the fold must fold. s[j-1] is no space (the caller has trimmed
// it), so a space ending a word has a byte after it, below j.
func textPlainRun(s string, k, j int) (int, bool) {
	const ones = 0x0101010101010101
	for k+8 <= j {
		x := textLoad8(s, k)
		// The spaces of x, as the top bit of their byte: adding 0x7f to
		// a byte of y below 0x80 sets its top bit unless it is 0, with
		// no carry into the next byte; a byte from 0x80 (| y) is no
		// space, and carries into higher bytes only.
		y := x ^ 0x20*ones
		sp := ^((y + 0x7f*ones) | y) & (0x80 * ones)
		// A byte from 0x80, or (the bytes being below 0x80) a byte
		// below 0x20: the caller reads the first, after the spaces
		// before it are checked.
		if odd := (x | (x-0x20*ones)&^x) & (0x80 * ones); odd != 0 {
			before := odd&-odd - 1 // the bits below the first odd byte
			if sp&(sp>>8)&before != 0 {
				return k, false
			}
			return k + bits.TrailingZeros64(odd)>>3, true
		}
		if sp&(sp>>8) != 0 || sp>>63 != 0 && s[k+8] == ' ' {
			return k, false
		}
		k += 8
	}
	return k, true
}

// textLoad8 returns s[i:i+8] little-endian in a machine word.
func textLoad8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
