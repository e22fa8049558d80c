package extract

// textPlainRun returns how far from k, by whole 8-byte words before j,
// the bytes of s are plain ASCII the fold leaves as they are: no byte
// below 0x20 (among them \t \r \f \v), none from 0x80 (a rune the fold
// may drop or fold), and no two spaces in a row. It reports false when
// it meets two spaces in a row, which the fold must fold. s[j-1] is no
// space (the caller has trimmed it), so a space ending a word has a byte
// after it, below j.
func textPlainRun(s string, k, j int) (int, bool) {
	const ones = 0x0101010101010101
	for k+8 <= j {
		x := textLoad8(s, k)
		// A byte from 0x80, or (the bytes being below 0x80) a byte below
		// 0x20: the byte loop reads this word.
		if x&(0x80*ones) != 0 || (x-0x20*ones)&^x&(0x80*ones) != 0 {
			return k, true
		}
		// The spaces of x, as the top bit of their byte: y's bytes are
		// below 0x80, and adding 0x7f to one sets its top bit unless it
		// is 0, with no carry into the next byte.
		y := x ^ 0x20*ones
		sp := ^((y + 0x7f*ones) | y) & (0x80 * ones)
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
