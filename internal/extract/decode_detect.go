package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The charset detector guesses the legacy charset of bytes that are not
// UTF-8. Each candidate decodes a prefix of the input, and the text it
// gives is scored for plausibility in the languages that charset is used
// for: each non-ASCII character earns from +1 (a common character of the
// expected script) down to -3 (a control, a private-use character, a
// decoding error), and the candidate with the best average wins.
//
// Telling the CJK charsets apart by validity alone fails, since their byte
// ranges overlap (Big5 and EUC-KR text is mostly valid GBK), so "common"
// is taken from each standard's own frequency split: GB2312 level 1, the
// Big5 "frequently used" block, JIS X 0208 level 1, the 2,350 Hangul of
// KS X 1001. Mis-decoded text lands, in large part, outside them. Korean
// read as GBK is all common hanzi, but Korean puts spaces between words
// and Chinese does not; Chinese read as Japanese has no kana. Below about
// five characters CJK text is ambiguous (two Hangul syllables are also two
// common hanzi) and the candidate order decides.
//
// Single-byte charsets are told apart by words: a word mixing scripts
// ("cafщ"), a Latin word made mostly of accented letters ("ÏðèâåÒ"), a
// capital letter after a small one ("пРИВЕТ", KOI8-R read as
// windows-1251), a sign glued inside a word ("by³a"), and accented letters
// that no one language's alphabet holds together ("trčs", "déjŕ") are
// implausible.

// plausibleScore is the average score from which a reading is trusted
// enough to override a page's own (wrong) declaration. Text whose only
// non-ASCII characters are curly quotes and dashes scores 0.5; random
// bytes score below zero.
const plausibleScore = 0.25

type charsetProfile uint8

const (
	profSimplified charsetProfile = iota
	profTraditional
	profJapanese
	profKorean
	profSingleByte
)

type charsetCandidate struct {
	name string // canonical WHATWG name
	enc  encoding.Encoding
	prof charsetProfile
	// handicap is subtracted from the score: the Central European
	// charsets read Western text as plausible Latin too ("Hervč"), and
	// must beat windows-1252, far more common, by a margin.
	handicap float64
}

// charsetCandidates are tried in this order, which breaks ties.
var charsetCandidates = []charsetCandidate{
	{"gbk", simplifiedchinese.GB18030, profSimplified, 0},
	{"big5", traditionalchinese.Big5, profTraditional, 0},
	{"shift_jis", japanese.ShiftJIS, profJapanese, 0},
	{"euc-jp", japanese.EUCJP, profJapanese, 0},
	{"euc-kr", korean.EUCKR, profKorean, 0},
	{"windows-1252", charmap.Windows1252, profSingleByte, 0},
	{"windows-1250", charmap.Windows1250, profSingleByte, 0.2},
	{"iso-8859-2", charmap.ISO8859_2, profSingleByte, 0.2},
	{"windows-1251", charmap.Windows1251, profSingleByte, 0},
	{"koi8-r", charmap.KOI8R, profSingleByte, 0},
	{"windows-1253", charmap.Windows1253, profSingleByte, 0},
}

// detectCharset returns the most plausible legacy charset for b and its
// score (at most 1).
func detectCharset(b []byte) (string, float64) {
	b = detectPrefix(b)
	best, bestScore := "windows-1252", -1e9
	for _, c := range charsetCandidates {
		out, err := c.enc.NewDecoder().Bytes(b)
		if err != nil {
			continue
		}
		s := scoreText(out, c.prof) - c.handicap
		if s > bestScore {
			best, bestScore = c.name, s
		}
	}
	return best, bestScore
}

// detectLen is how much of the input the detector reads: 16 KiB is
// thousands of non-ASCII characters, far more than it needs, and each
// candidate decodes and scores it.
const detectLen = 16 << 10

// detectPrefix returns what the detector reads of b: all of it when
// short, else the stretches around non-ASCII bytes, up to detectLen bytes.
// A page's first kilobytes are often all ASCII script and style. Each
// stretch starts in the ASCII run before a non-ASCII byte, at the start
// of its word (for the word rules) or at most 64 bytes back; the scan
// resumes at the end of the previous stretch, so the ASCII in between is
// single characters and the start is a character boundary. It ends after
// the next byte below 0x30, which no CJK charset uses as the second byte
// of a pair.
func detectPrefix(b []byte) []byte {
	if len(b) <= detectLen {
		return b
	}
	var out []byte
	for i := 0; i < len(b) && len(out) < detectLen; {
		j := indexNonASCII(b[i:])
		if j < 0 {
			break
		}
		j += i
		start := j
		for start > i && b[start-1] >= 0x30 && j-start < 64 {
			start--
		}
		if start > i && b[start-1] < 0x30 {
			start-- // the space or line end before the word
		}
		end := j
		for end < len(b) && b[end] >= 0x30 && end-start < detectLen {
			end++
		}
		if end < len(b) {
			end++
		}
		out = append(out, b[start:end]...)
		i = end
	}
	return out
}

// indexNonASCII returns the index of the first byte of b above 0x7F, or
// -1.
func indexNonASCII(b []byte) int {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}

// Flags of the cjkCommon table.
const (
	fGB1   = 1 << iota // GB2312 level 1 hanzi
	fGB2               // GB2312 level 2
	fBig5C             // Big5 frequently used
	fBig5L             // Big5 less frequently used
	fJIS1              // JIS X 0208 level 1 kanji
	fJIS2              // JIS X 0208 level 2
	fKS                // KS X 1001 Hangul syllables
)

// cjkCommon maps a BMP rune to the fGB1... flags of the frequency classes
// it belongs to. It is built once, from the x/text tables, on first use.
var cjkCommon = sync.OnceValue(func() *[0x10000]uint8 {
	var t [0x10000]uint8
	mark := func(enc encoding.Encoding, flag uint8, lead0, lead1 byte, trails ...[2]byte) {
		var buf []byte
		for l := int(lead0); l <= int(lead1); l++ {
			for _, tr := range trails {
				for c := int(tr[0]); c <= int(tr[1]); c++ {
					buf = append(buf, byte(l), byte(c), '\n')
				}
			}
		}
		out, err := enc.NewDecoder().Bytes(buf)
		if err != nil {
			return
		}
		for _, r := range string(out) {
			if r >= 0x80 && r < 0x10000 && r != utf8.RuneError {
				t[r] |= flag
			}
		}
	}
	hi := [2]byte{0xA1, 0xFE}
	lo := [2]byte{0x40, 0x7E}
	mark(simplifiedchinese.GBK, fGB1, 0xB0, 0xD7, hi)
	mark(simplifiedchinese.GBK, fGB2, 0xD8, 0xF7, hi)
	mark(traditionalchinese.Big5, fBig5C, 0xA4, 0xC5, lo, hi)
	mark(traditionalchinese.Big5, fBig5C, 0xC6, 0xC6, lo)
	mark(traditionalchinese.Big5, fBig5L, 0xC9, 0xF9, lo, hi)
	mark(japanese.EUCJP, fJIS1, 0xB0, 0xCF, hi)
	mark(japanese.EUCJP, fJIS2, 0xD0, 0xF4, hi)
	mark(korean.EUCKR, fKS, 0xB0, 0xC8, hi)
	return &t
})

// scoreText scores decoded text for the languages of a profile.
func scoreText(text []byte, p charsetProfile) float64 {
	if p == profSingleByte {
		return scoreSingleByte(text)
	}
	return scoreCJK(text, p)
}

func isHan(r rune) bool {
	return 0x4E00 <= r && r <= 0x9FFF || 0x3400 <= r && r <= 0x4DBF || 0xF900 <= r && r <= 0xFAFF || 0x20000 <= r && r <= 0x3FFFF
}

func isKana(r rune) bool { return 0x3041 <= r && r <= 0x30FF }

func isHangul(r rune) bool {
	return 0xAC00 <= r && r <= 0xD7A3 || 0x1100 <= r && r <= 0x11FF || 0x3130 <= r && r <= 0x318F
}

// isCJKPunct reports the punctuation CJK text uses: ideographic
// punctuation, full-width forms and the general punctuation block.
func isCJKPunct(r rune) bool {
	return 0x3000 <= r && r <= 0x303F || 0xFF01 <= r && r <= 0xFF60 || 0xFFE0 <= r && r <= 0xFFE6 || 0x2010 <= r && r <= 0x205E
}

// isJunk reports characters no saved page should contain: controls,
// private use, unassigned code points, decoding errors.
func isJunk(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return true
	case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
		return true
	case 0x7F <= r && r <= 0x9F:
		return true
	case 0xE000 <= r && r <= 0xF8FF:
		return true
	}
	return !unicode.IsPrint(r) && !unicode.IsSpace(r) && r != 0xAD
}

// scoreCJK scores text decoded by a CJK candidate.
func scoreCJK(text []byte, p charsetProfile) float64 {
	common := cjkCommon()
	var sum float64
	var n, cjk, kana, spaced, attached int
	lastCJK, prevSpace := false, false // for the "CJK space CJK" pattern
	prevLetter := false                // the previous rune is an ASCII letter
	for _, r := range string(text) {
		if r < utf8.RuneSelf {
			prevLetter = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
			prevSpace = r == ' ' && lastCJK
			lastCJK = false
			continue
		}
		n++
		var flags uint8
		if r < 0x10000 {
			flags = common[r]
		}
		var pts float64
		isCJK := false
		switch {
		case isJunk(r):
			pts = -3
		case isHan(r):
			isCJK = true
			switch p {
			case profSimplified:
				pts = tier(flags, fGB1, fGB2)
			case profTraditional:
				pts = tier(flags, fBig5C, fBig5L)
			case profJapanese:
				pts = tier(flags, fJIS1, fJIS2)
			case profKorean:
				pts = 0 // hanja: real, but rare in modern Korean
			}
		case isKana(r):
			isCJK = true
			kana++
			pts = -1
			if p == profJapanese {
				pts = 1
			}
		case 0xFF61 <= r && r <= 0xFF9F:
			pts = -1 // half-width katakana: what misread double bytes become
		case isHangul(r):
			isCJK = true
			pts = -1
			if p == profKorean {
				pts = 0.2
				if flags&fKS != 0 {
					pts = 1
				}
			}
		case isCJKPunct(r):
			pts = 1
		case r < 0x100:
			pts = 0 // Latin-1 signs (° · ×) appear in CJK text
		default:
			pts = -1
		}
		sum += pts
		if isCJK {
			cjk++
			if prevSpace {
				spaced++
			}
			if prevLetter {
				attached++
			}
		}
		lastCJK, prevSpace, prevLetter = isCJK, false, false
	}
	if n == 0 {
		return 0
	}
	score := sum / float64(n)
	if p != profKorean && cjk > 0 {
		// Chinese and Japanese do not put spaces between words; Korean
		// does, and Korean read as Chinese is otherwise all common hanzi.
		score -= min(1, 3*float64(spaced)/float64(cjk))
	}
	if p == profJapanese && cjk >= 10 && kana*20 < cjk {
		score -= 0.5 // Japanese text without kana is Chinese
	}
	if cjk > 0 {
		// Latin text read as double bytes turns an accented letter or a
		// curly quote and the letter after it into one CJK character
		// glued to the letters before it ("don’t" becomes "don" and a
		// kanji). CJK text glues some characters to Latin words
		// ("iPhone手机"), but not most of them.
		score -= 1.5 * max(0, float64(attached)/float64(cjk)-0.2)
	}
	return score
}

// tier scores a Han character by frequency class.
func tier(flags, common, less uint8) float64 {
	switch {
	case flags&common != 0:
		return 1
	case flags&less != 0:
		return 0.3
	}
	return -1
}

type letterScript uint8

const (
	scriptNone letterScript = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptOther
)

func scriptOf(r rune) letterScript {
	switch {
	case r < 0x250 || 0x1E00 <= r && r <= 0x1EFF:
		return scriptLatin
	case 0x400 <= r && r <= 0x52F:
		return scriptCyrillic
	case 0x370 <= r && r <= 0x3FF:
		return scriptGreek
	}
	return scriptOther
}

// rareGreek are Greek letters rare in Greek text, and what the commonest
// Cyrillic letters become when windows-1251 is read as windows-1253.
const rareGreek = "ξΞΐΰψ"

// commonSigns are the non-ASCII signs of ordinary European text.
const commonSigns = "«»“”‘’„‚–—…•·€£¥¢©®™°§№¡¿\u00A0\u00AD²³½¼¾±×"

// scoreSingleByte scores text decoded by a single-byte candidate, word
// by word. Latin letters are also checked against the alphabets of the
// languages: French read as windows-1250 is still made of Latin letters
// ("trčs", "déjŕ"), but of letters no one language uses together.
func scoreSingleByte(text []byte) float64 {
	var sum float64
	var n int
	var word []rune
	var accented [0x1C0]int // lower-case Latin letters U+00C0..U+027F, by offset
	var nAccented int
	flush := func() {
		sum += scoreWord(word)
		word = word[:0]
	}
	prevLetter := false
	var pending float64     // points of a sign, until we know what follows it
	pendingBetween := false // the sign just seen is bad if a letter follows
	for _, r := range string(text) {
		if isLetterRune(r) {
			if pendingBetween {
				// A sign between two letters ("by³a"): what a letter of
				// another charset becomes.
				sum += -1 - pending
			}
			pendingBetween = false
			word = append(word, r)
			if r >= utf8.RuneSelf {
				n++
				if lr := unicode.ToLower(r); 0xC0 <= lr && lr < 0x280 && lr != 'ƒ' {
					accented[lr-0xC0]++
					nAccented++
				}
			}
			prevLetter = true
			continue
		}
		pendingBetween = false
		if len(word) > 0 {
			flush()
		}
		if r < utf8.RuneSelf {
			prevLetter = false
			continue
		}
		n++
		switch {
		case isJunk(r):
			pending = -3
		case strings.ContainsRune(commonSigns, r):
			pending = 0.5
		default:
			pending = -1
		}
		sum += pending
		pendingBetween = prevLetter && !strings.ContainsRune("’·\u00AD–—", r) || strings.ContainsRune(notBeforeLetter, r)
		prevLetter = false
	}
	if len(word) > 0 {
		flush()
	}
	if n == 0 {
		return 0
	}
	if nAccented > 0 {
		best := 0
		for _, a := range latinAlphabets {
			in := 0
			for _, r := range a {
				in += accented[r-0xC0]
			}
			best = max(best, in)
		}
		// Letters outside the best alphabet earn -1 instead of +1.
		sum -= 2 * float64(nAccented-best)
	}
	return sum / float64(n)
}

// notBeforeLetter are signs that never start a word, but are what
// ISO-8859-2 letters (ž, ą, ź, ľ, ś) become in windows-1252.
const notBeforeLetter = "¹²³¼½¾±µ¶¤¦¨¯´¸"

// latinOneLetterWords are the accented letters that are words on their
// own (French à, Portuguese é, Italian è...).
const latinOneLetterWords = "àáèéòóåø"

// latinAlphabets are the accented letters of the languages written in
// windows-1252 and windows-1250 / ISO-8859-2.
var latinAlphabets = []string{
	"àâæçéèêëîïôœùûüÿ",  // French
	"äöüßéà",            // German
	"áéíñóúüàè",         // Spanish, Catalan
	"áâãàçéêíóôõúü",     // Portuguese
	"àèéìíîòóù",         // Italian
	"åäæöøéáíóúýðþ",     // Nordic
	"éëïóöüè",           // Dutch
	"ąćęłńóśźż",         // Polish
	"áčďéěíňóřšťúůýž",   // Czech
	"áäčďéíĺľňóôŕšťúýž", // Slovak
	"áéíóöőúüű",         // Hungarian
	"čćđšžé",            // Croatian, Slovene, Bosnian
	"ăâîșțşţ",           // Romanian
	"äöüõšž",            // Estonian
}

// scoreWord sums the points of a word's non-ASCII letters.
func scoreWord(w []rune) float64 {
	var nonASCII, ascii int
	first := scriptNone
	mixed := false
	for _, r := range w {
		if r < utf8.RuneSelf {
			ascii++
		} else {
			nonASCII++
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		s := scriptOf(r)
		if first == scriptNone {
			first = s
		} else if s != first {
			mixed = true
		}
	}
	if nonASCII == 0 {
		return 0
	}
	// Latin words are mostly ASCII letters, even in Czech ("příští"):
	// runs of accented letters are another script read as Latin-1.
	if mixed || first == scriptLatin && nonASCII >= 2 && nonASCII > 2*ascii+1 {
		return -float64(nonASCII)
	}
	if first == scriptGreek && misplacedSigma(w) {
		return -float64(nonASCII)
	}
	if first == scriptCyrillic && !hasBasicCyrillic(w) {
		// Only letters from outside the Russian alphabet (Ў, Є, Ї, Ђ):
		// what double-byte punctuation becomes in windows-1251.
		return -float64(nonASCII)
	}
	if len(w) == 1 && first == scriptLatin && !strings.ContainsRune(latinOneLetterWords, unicode.ToLower(w[0])) {
		return 0 // "Š" or "ą" alone: a sign of another charset, more likely
	}
	var sum float64
	for i, r := range w {
		if r < utf8.RuneSelf {
			continue
		}
		switch {
		case i > 0 && unicode.IsUpper(r) && unicode.IsLower(w[i-1]):
			sum-- // "пРИВЕТ": a capital after a small letter
		case i > 0 && unicode.IsUpper(r):
			// all capitals: real, but rare enough to earn nothing
		case strings.ContainsRune(rareGreek, r):
			sum-- // Russian о and а read as Greek
		default:
			sum++
		}
	}
	return sum
}

// hasBasicCyrillic reports a letter of the basic Cyrillic alphabet, А to я.
func hasBasicCyrillic(w []rune) bool {
	for _, r := range w {
		if 0x410 <= r && r <= 0x44F {
			return true
		}
	}
	return false
}

// misplacedSigma reports a final sigma inside a Greek word or a medial
// one at its end: Greek spells them apart, Cyrillic read as Greek does
// not.
func misplacedSigma(w []rune) bool {
	for i, r := range w {
		last := i == len(w)-1
		if r == 'ς' && !last || r == 'σ' && last && len(w) > 1 {
			return true
		}
	}
	return false
}

// isLetterRune reports a letter or a combining mark, leaving out the
// modifier letters (ˇ, ˘), which are ISO-8859-2's accents standing alone.
func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) && !unicode.Is(unicode.Lm, r) || unicode.Is(unicode.Mn, r)
}
