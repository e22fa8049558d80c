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

// countByRune is count as it was written first, a loop over the runes:
// the reference of the byte loop.
func countByRune(w string) (n, cjk, p int32) {
	for i, r := range w {
		switch {
		case r < 0x80:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
				n++
			} else if r == ',' || r == '.' || r == '!' || r == '?' || r == ';' {
				if (r == '.' || r == ',') && i > 0 && i+1 < len(w) && isDigit(w[i-1]) && isDigit(w[i+1]) {
					continue
				}
				p++
			}
		default:
			dn, dc, dp := wideRune(r)
			n, cjk, p = n+dn, cjk+dc, p+dp
		}
	}
	return n, cjk, p
}

func TestCountAsRuneLoop(t *testing.T) {
	for _, s := range []string{
		"", "a", "word", "two words.", "3,078.02 and 1,500.", "1.", ".5", "a.b,c;d!e?f", ",,..",
		"Grüße, Welt.", "日本語の文章。", "한국어", "قال، الوزير؟", "हिन्दी।", "x·y", "bad\xffbyte.",
		"\xc2", "end\xe6\x97", "mixed 中文 and English, 2024.", "ⅷ Ⅻ ½ ²", "\u00a0\u3000",
	} {
		var f flat
		f.inLink = 1
		f.count(s)
		n, cjk, p := countByRune(s)
		if f.bufRunes != n || f.bufCJK != cjk || f.bufPunct != p || f.bufLinks != n {
			t.Errorf("count(%q) = %d/%d/%d links %d, rune loop %d/%d/%d", s, f.bufRunes, f.bufCJK, f.bufPunct, f.bufLinks, n, cjk, p)
		}
	}
}
