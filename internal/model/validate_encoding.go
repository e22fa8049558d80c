package model

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cp1252High maps the characters Windows-1252 puts at 0x80–0x9F back to
// their bytes; 0xA0–0xFF are Latin-1 and map to themselves, and the C1
// controls U+0080–U+009F are what a Latin-1 decoder makes of 0x80–0x9F.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

func cp1252Byte(c rune) (byte, bool) {
	if c >= 0x80 && c <= 0xFF {
		return byte(c), true
	}
	b, ok := cp1252High[c]
	return b, ok
}

// cp1251Cont holds the letters Windows-1251 puts at 0x80–0xBF: after "Р"
// (0xD0) or "С" (0xD1) they are the second byte of a Cyrillic letter in
// UTF-8. Punctuation of that range is left out, since "С»" ends a quoted
// Russian word in upper case.
var cp1251Cont = func() map[rune]bool {
	m := map[rune]bool{}
	for _, c := range "ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐЁЄЇІіґёєјЅѕїµ№" {
		m[c] = true
	}
	return m
}()

// textPunct are the characters of the cp1252 continuation range that
// follow a letter in real text: quotes, dashes, spaces, the soft hyphen.
var textPunct = func() map[rune]bool {
	m := map[rune]bool{}
	for _, c := range "\u00a0\u00ad“”‘’„‚–—…•«»·‹›¡¿°" {
		m[c] = true
	}
	return m
}()

// mojibakeScore measures how much s looks like UTF-8 decoded as
// Windows-1252/Latin-1 (cp1252) or as Windows-1251 (cp1251). Each
// character sequence that re-encodes to a valid multi-byte UTF-8 character
// counts; the unmistakable ones ("Ã©", "â€™", "ä¸­") count double.
func mojibakeScore(s string) (cp1252, cp1251 int) {
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c == 'Р' || c == 'С' {
			if i+1 < len(rs) && cp1251Cont[rs[i+1]] {
				cp1251++
			}
			continue
		}
		lead, ok := cp1252Byte(c)
		if !ok || lead < 0xC2 || lead > 0xF4 {
			continue
		}
		n := 1
		switch {
		case lead >= 0xF0:
			n = 3
		case lead >= 0xE0:
			n = 2
		}
		if i+n >= len(rs) {
			continue
		}
		buf := []byte{lead}
		for k := 1; k <= n; k++ {
			b, ok := cp1252Byte(rs[i+k])
			if !ok || b < 0x80 || b > 0xBF {
				buf = nil
				break
			}
			buf = append(buf, b)
		}
		if buf == nil {
			continue
		}
		r, size := utf8.DecodeRune(buf)
		if r == utf8.RuneError || size != len(buf) {
			continue
		}
		weak := n == 1 && lead != 0xC2 && lead != 0xC3 && lead != 0xD0 && lead != 0xD1
		if weak && textPunct[rs[i+1]] {
			// "ließ“", "Maß\u00adnahmen", "«ÉTÉ»": a letter of the upper
			// Latin-1 half before a quote, a dash or a soft hyphen is text.
			continue
		}
		if weak {
			cp1252++
		} else {
			cp1252 += 2
		}
		i += n
	}
	return cp1252, cp1251
}

// isMojibake says whether s shows mojibake. One sure sign is enough; weak
// signs must repeat.
func isMojibake(s string) bool {
	a, b := mojibakeScore(s)
	return a >= 2 || b >= 3
}

// textFields lists the text of an Article with the name of its field, for
// the checks that read every field alike.
func textFields(a *Article, yield func(field string, para int, s string) bool) {
	for _, f := range []struct{ name, s string }{
		{"headline", a.Headline}, {"dek", a.Dek}, {"byline", a.Byline}, {"dateline", a.Dateline},
		{"section", a.Section}, {"site_name", a.SiteName},
	} {
		if f.s != "" && !yield(f.name, 0, f.s) {
			return
		}
	}
	for _, s := range a.Authors {
		if !yield("authors", 0, s) {
			return
		}
	}
	for i, s := range a.Paragraphs {
		if !yield("paragraphs", i+1, s) {
			return
		}
	}
}

func checkEncoding(f *findings, a *Article) {
	var (
		mojiField, fffdField string
		mojiPara, fffdPara   int
		mojiText             string
		mojiCount, fffd      int
	)
	textFields(a, func(field string, para int, s string) bool {
		if isMojibake(s) {
			if mojiCount == 0 {
				mojiField, mojiPara, mojiText = field, para, s
			}
			mojiCount++
		}
		if n := strings.Count(s, "\uFFFD"); n > 0 {
			if fffd == 0 {
				fffdField, fffdPara = field, para
			}
			fffd += n
		}
		return true
	})
	if mojiCount > 0 {
		where := mojiField
		if mojiPara > 0 {
			where = "paragraph " + strconv.Itoa(mojiPara)
		}
		f.add(RuleEncodingMojibake, mojiField, mojiPara, "%s shows mojibake (UTF-8 decoded in a legacy charset) in %d field(s) or paragraph(s): %q",
			where, mojiCount, truncate(mojibakeExcerpt(mojiText), 60))
	}
	if fffd > 0 {
		where := fffdField
		if fffdPara > 0 {
			where = "paragraph " + strconv.Itoa(fffdPara)
		}
		f.add(RuleEncodingReplacement, fffdField, fffdPara, "%d U+FFFD replacement character(s), the first in %s: bytes were lost in decoding", fffd, where)
	}
}

// mojibakeExcerpt returns the part of s around the first suspicious
// character, so the message shows the damage rather than the start.
func mojibakeExcerpt(s string) string {
	rs := []rune(s)
	for i, c := range rs {
		if _, ok := cp1252Byte(c); ok && c >= 0xC2 || c == 'Р' || c == 'С' {
			lo := max(0, i-20)
			for lo > 0 && !unicode.IsSpace(rs[lo-1]) && i-lo < 30 {
				lo--
			}
			return string(rs[lo:])
		}
	}
	return s
}
