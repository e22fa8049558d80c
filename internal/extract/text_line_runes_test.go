package extract

import (
	"testing"
	"unicode"
)

// TestTextRuneKindMatchesUnicode holds the rune tables to the unicode
// functions they stand for, for every rune and a few beyond.
func TestTextRuneKindMatchesUnicode(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		k := textKindOf(r)
		if k&textRuneUpper != 0 != unicode.IsUpper(r) || k&textRuneLower != 0 != unicode.IsLower(r) ||
			k&textRuneFolds != 0 != (unicode.ToLower(r) != r) || k&textRuneLetter != 0 != unicode.IsLetter(r) ||
			k&textRuneBlank != 0 != (textSpace(r) || textZeroWidth(r)) {
			t.Fatalf("textKindOf(%U) = %04b", r, k)
		}
		if got, want := textToLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("textToLower(%U) = %U, want %U", r, got, want)
		}
	}
}
