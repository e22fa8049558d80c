package extract

import "strings"

// textLowerKeyMax is the longest word textLowerIn folds on the stack.
const textLowerKeyMax = 32

// textLowerIn reports whether m holds s lower-cased, as
// m[strings.ToLower(s)] does, without a copy for a short ASCII word:
// strings.ToLower folds ASCII capitals only, and a map looked up with a
// string made of a byte slice makes no string.
func textLowerIn(m map[string]bool, s string) bool {
	if len(s) > textLowerKeyMax {
		return m[strings.ToLower(s)]
	}
	var buf [textLowerKeyMax]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return m[strings.ToLower(s)]
		}
		buf[i] = textFoldByte(c)
	}
	return m[string(buf[:len(s)])]
}
