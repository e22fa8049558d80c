package extract

import (
	"testing"
)

// The folded-text shortcut of flat.text must leave the block as the word
// loop does: same bytes, same counts, same pending space.
func TestFlatTextShortcut(t *testing.T) {
	texts := []string{
		"", " ", "\n\t ", "word", " word", "word ", "  two words  ", "a  b", "a\tb", "a\nb",
		"3. 5", "1,500 and 3078.02.", "x\u00a0y", "\u00a0lead", "trail\u3000", "soft\u00adhyphen",
		"zero\u200bwidth", "日本語の文。", " Привет, мир! ", "bad\xffbyte ", "\xc2", "end\u0085",
		"..., ;", "A.B,C", "9.", ".9",
	}
	for _, prev := range []string{"", "x", "x\n"} {
		for _, pending := range []bool{false, true} {
			for _, s := range texts {
				var a, b flat
				a.buf = append(a.buf, prev...)
				b.buf = append(b.buf, prev...)
				a.space, b.space = pending, pending
				a.inLink, b.inLink = 1, 1
				a.text(s, walkCtx{})
				b.textWords(s)
				if string(a.buf) != string(b.buf) || a.space != b.space || a.bufRunes != b.bufRunes ||
					a.bufCJK != b.bufCJK || a.bufPunct != b.bufPunct || a.bufLinks != b.bufLinks {
					t.Errorf("text(%q) after %q, space %v: got %q %v %d/%d/%d/%d, word loop %q %v %d/%d/%d/%d", s, prev, pending,
						a.buf, a.space, a.bufRunes, a.bufCJK, a.bufPunct, a.bufLinks,
						b.buf, b.space, b.bufRunes, b.bufCJK, b.bufPunct, b.bufLinks)
				}
			}
		}
	}
}

func TestHiddenClass(t *testing.T) {
	for v, want := range map[string]bool{
		"hidden": true, "foo HIDDEN bar": true, "sr-only": true, "Visually-Hidden x": true,
		"\tscreen-reader-text\n": true, "d-none": true, "hiddenx": false, "is-hidden": false,
		"": false, "  ": false, "element-invisible": true, "offscreen-nav": false,
		"caché hidden": true, "caché": false, "\u00a0hide": true, "x\u00a0hide": true,
		"hide caché": true, "hidé": false, "x hidé hidden": true, "HIDDEN\u00a0x": true,
		"sr-only\u2003": true, "\u2003": false, "a\u00e9b offscreen": true,
	} {
		if got := hiddenClass(v); got != want {
			t.Errorf("hiddenClass(%q) = %v, want %v", v, got, want)
		}
		if got := hiddenClassLower(v); got != want {
			t.Errorf("hiddenClassLower(%q) = %v, want %v", v, got, want)
		}
	}
}

// hiddenLengths and hiddenFirst must let every word hiddenWord knows
// through.
func TestHiddenWordGates(t *testing.T) {
	for _, w := range []string{"hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "d-none", "invisible", "element-invisible", "offscreen"} {
		if !hiddenWord(w) {
			t.Errorf("hiddenWord(%q) = false", w)
		}
		if hiddenLengths&(1<<len(w)) == 0 || !hiddenFirst[w[0]] {
			t.Errorf("%q is gated out", w)
		}
	}
}
