package extract

import (
	"slices"
	"strings"
)

// textTailEndKey is the number of bytes at the end of a line that
// textTailEndMaybe compares before textBodyTails lower-cases the line.
const textTailEndKey = 4

// textTailEndKeys holds the last textTailEndKey bytes of each phrase of
// textBodyTailEnds; all is set when a phrase is too short or does not
// end in ASCII, and then every line is read.
type textTailEndKeys struct {
	keys []string
	// packed holds the keys as textFold4 reads them.
	packed []uint32
	all    bool
}

var textTailEndsLazy textLazy[textTailEndKeys]

func textTailEnds() *textTailEndKeys {
	return textTailEndsLazy.get(func() *textTailEndKeys {
		k := &textTailEndKeys{}
		for _, p := range textBodyTailEnds {
			if len(p) < textTailEndKey {
				k.all = true
				continue
			}
			key := p[len(p)-textTailEndKey:]
			for i := 0; i < len(key); i++ {
				if key[i] >= 0x80 || textFoldByte(key[i]) != key[i] {
					k.all = true
				}
			}
			k.keys = append(k.keys, key)
			k.packed = append(k.packed, textLoad4(key))
		}
		return k
	})
}

// textTailEndMaybe reports whether the line s may end with a phrase of
// textBodyTailEnds once lower-cased and trimmed as textBodyTailEnd trims
// it. It answers as the lower-cased copy would, without making one:
// strings.ToLower maps rune by rune, leaves ": …" as they are and maps no
// rune onto them, so the trimmed copy ends with the lower-cased runes of
// the trimmed line; when its last bytes are ASCII they are the copy's
// last bytes, ASCII capitals folded. A line ending in other runes is
// read as before.
func textTailEndMaybe(s string) bool {
	k := textTailEnds()
	if k.all {
		return true
	}
	s = textTrimTailMarks(s)
	if len(s) < textTailEndKey {
		return true
	}
	x := textLoad4(s[len(s)-textTailEndKey:])
	if x&0x80808080 != 0 {
		return true
	}
	x = textFold4(x)
	for _, key := range k.packed {
		if x == key {
			return true
		}
	}
	return false
}

// textTrimTailMarks is strings.TrimRight(s, ": …"): the bytes ' ' and ':'
// are whole runes, and "…" ending s is one rune whatever precedes it.
func textTrimTailMarks(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == ':':
			s = s[:len(s)-1]
		case c == 0xa6 && strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
		default:
			return s
		}
	}
	return s
}

// textLoad4 packs the first four bytes of s, the first lowest.
func textLoad4(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// textFold4 lower-cases the ASCII capitals of x, four ASCII bytes (each
// below 0x80): adding 0x3f to a byte reaches 0x80 when it is 'A' or
// above, adding 0x25 when it is past 'Z', and no sum carries into the
// next byte.
func textFold4(x uint32) uint32 {
	upper := (x + 0x3f3f3f3f) &^ (x + 0x25252525) & 0x80808080
	return x | upper>>2
}

// textClosedFirst holds the first bytes of textClosedPhrases.
var textClosedFirstLazy textLazy[[256]bool]

func textClosedFirst() *[256]bool {
	return textClosedFirstLazy.get(func() *[256]bool {
		var g [256]bool
		for p := range textClosedPhrases {
			g[p[0]] = true
		}
		return &g
	})
}

// textClosedMaybe reports whether the line s, lower-cased and trimmed as
// textClosedComments trims it, may be one of textClosedPhrases: its first
// rune, when ASCII, lower-cases to its ASCII fold, which must open a
// phrase.
func textClosedMaybe(s string) bool {
	s = textTrimClosedLead(s)
	if s == "" {
		return false
	}
	return (s[0] >= 0x80 || textClosedFirst()[textFoldByte(s[0])]) && textClosedKeys().maybe(s)
}

// textHeadKeyLen is the number of bytes at the start of a line that a
// textHeadKeys gate compares.
const textHeadKeyLen = 4

// textHeadKeys gates a list of lower-case phrases looked for at the
// start of a line lower-cased: it holds the ASCII start of each phrase,
// at most textHeadKeyLen bytes. strings.ToLower maps rune by rune and an
// ASCII byte to its fold, so when a line's first textHeadKeyLen bytes are
// ASCII, the lower-cased copy opens with their folds, and opens with a
// phrase only when they fold to its key. Other lines are let through.
type textHeadKeys struct {
	// keys holds the keys by their first byte (ASCII, lower case).
	keys [128][]string
	// packed holds the distinct keys by their first byte, as textLoad4
	// reads them, with the mask of their bytes.
	packed [128][]textHeadKey
}

type textHeadKey struct{ key, mask uint32 }

func newTextHeadKeys(lists ...[]string) *textHeadKeys {
	g := &textHeadKeys{}
	for _, list := range lists {
		for _, p := range list {
			n := 0
			for n < len(p) && n < textHeadKeyLen && p[n] < 0x80 {
				n++
			}
			if n > 0 {
				// A phrase with no ASCII start can open only a line with
				// a rune that is not ASCII, which the gate lets through.
				g.keys[p[0]] = append(g.keys[p[0]], p[:n])
				var k textHeadKey
				for i := 0; i < n; i++ {
					k.key |= uint32(p[i]) << (8 * i)
					k.mask |= 0xff << (8 * i)
				}
				if !slices.Contains(g.packed[p[0]], k) {
					g.packed[p[0]] = append(g.packed[p[0]], k)
				}
			}
		}
	}
	return g
}

// maybe reports whether s, lower-cased, may open with one of the phrases.
func (g *textHeadKeys) maybe(s string) bool {
	if len(s) < textHeadKeyLen {
		return true
	}
	x := textLoad4(s)
	if x&0x80808080 != 0 {
		return true
	}
	x = textFold4(x)
	for _, k := range g.packed[x&0x7f] {
		if x&k.mask == k.key {
			return true
		}
	}
	return false
}

var (
	textFilingKeysLazy   textLazy[textHeadKeys]
	textTailHeadKeysLazy textLazy[textHeadKeys]
	textClosedKeysLazy   textLazy[textHeadKeys]
)

func textClosedKeys() *textHeadKeys {
	return textClosedKeysLazy.get(func() *textHeadKeys {
		var ps []string
		for p := range textClosedPhrases {
			ps = append(ps, p)
		}
		return newTextHeadKeys(ps)
	})
}

func textTailHeadKeys() *textHeadKeys {
	return textTailHeadKeysLazy.get(func() *textHeadKeys { return newTextHeadKeys(textBodyTailHeads) })
}

func textFilingKeys() *textHeadKeys {
	return textFilingKeysLazy.get(func() *textHeadKeys { return newTextHeadKeys(textFilingHeads) })
}

var (
	textPromoKeysLazy  textLazy[textHeadKeys]
	textTeaserKeysLazy textLazy[textHeadKeys]
	textNavKeysLazy    textLazy[textHeadKeys]
	// textLicenceGrams holds textGrams of each of textLicenceMarks.
	textLicenceGramsLazy textLazy[[]uint64]
)

func textLicenceGrams() []uint64 {
	return *textLicenceGramsLazy.get(func() *[]uint64 {
		v := func() []uint64 {
			gs := make([]uint64, len(textLicenceMarks))
			for i, p := range textLicenceMarks {
				gs[i] = textGrams(p)
			}
			return gs
		}()
		return &v
	})
}

func textNavKeys() *textHeadKeys {
	return textNavKeysLazy.get(func() *textHeadKeys { return newTextHeadKeys(textNavHeads) })
}

func textTeaserKeys() *textHeadKeys {
	return textTeaserKeysLazy.get(func() *textHeadKeys { return newTextHeadKeys(textBodyTeaserLabels) })
}

func textPromoKeys() *textHeadKeys {
	return textPromoKeysLazy.get(func() *textHeadKeys { return newTextHeadKeys(textPromoHeads) })
}

// textMayHoldLicence reports whether the line, lower-cased, may contain
// one of textLicenceMarks: it must hold all byte pairs of one of them
// (lowGrams reads a line that folds without lower-casing it).
func textMayHoldLicence(l *tLine) bool {
	g := l.lowGrams()
	for _, m := range textLicenceGrams() {
		if g&m == m {
			return true
		}
	}
	return false
}

// textTrimClosedLead is strings.TrimLeft(s, " .!…"), which, its cut set
// holding a rune beyond ASCII, decoded each rune of s and looked it up in
// the set.
func textTrimClosedLead(s string) string {
	i := 0
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '.' || c == '!':
			i++
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xA6: // …
			i += 3
		default:
			return s[i:]
		}
	}
	return ""
}
