package extract

import "unicode"

// textRuneKind holds textKindOf of the runes below 0x800 (the Latin,
// Greek, Cyrillic, Hebrew and Arabic alphabets), and then of the general
// punctuation, U+2000 to U+206F ('…', '“', '—'): what the text of most
// pages beyond ASCII is made of. textRuneLowers holds unicode.ToLower of
// the runes below 0x800. Both are built from the unicode tables
// themselves, at a cost of about a million instructions once: a look-up,
// not a search of the tables for every rune.
var textRuneKind, textRuneLowers = func() (k [0x800 + textPunctKinds]uint8, low [0x800]uint16) {
	for r := range rune(0x800) {
		k[r] = textKindOfUnicode(r)
		if l := unicode.ToLower(r); l < 0xffff {
			low[r] = uint16(l)
		} else {
			low[r] = 0xffff // not found here: ask unicode
		}
	}
	for r := range rune(textPunctKinds) {
		k[0x800+r] = textKindOfUnicode(0x2000 + r)
	}
	return k, low
}()

const textPunctKinds = 0x70

// What measure and the stop-word look-up ask of unicode about a rune.
const (
	textRuneUpper  uint8 = 1 << iota // unicode.IsUpper
	textRuneLower                    // unicode.IsLower
	textRuneFolds                    // unicode.ToLower(r) != r
	textRuneLetter                   // unicode.IsLetter
	// textRuneBlank: white space or a zero-width mark, which the fold
	// of textSplitLines folds or drops (textSpace, textZeroWidth).
	textRuneBlank
)

// textKindOf returns what unicode says of r as the textRune bits.
func textKindOf(r rune) uint8 {
	if 0 <= r && r < 0x800 {
		return textRuneKind[r]
	}
	if d := r - 0x2000; 0 <= d && d < textPunctKinds {
		return textRuneKind[0x800+d]
	}
	return textKindOfUnicode(r)
}

func textKindOfUnicode(r rune) uint8 {
	var k uint8
	if unicode.IsUpper(r) {
		k |= textRuneUpper
	}
	if unicode.IsLower(r) {
		k |= textRuneLower
	}
	if unicode.ToLower(r) != r {
		k |= textRuneFolds
	}
	if unicode.IsLetter(r) {
		k |= textRuneLetter
	}
	if textSpace(r) || textZeroWidth(r) {
		k |= textRuneBlank
	}
	return k
}

// textToLower is unicode.ToLower(r).
func textToLower(r rune) rune {
	if 0 <= r && r < 0x800 {
		if l := textRuneLowers[r]; l != 0xffff {
			return rune(l)
		}
	}
	return unicode.ToLower(r)
}
