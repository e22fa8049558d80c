package extract

import (
	"math/bits"
	"unicode/utf8"
)

// The byte lanes of a machine word holding eight ASCII bytes: measure
// classes them all at once, each lane's class kept in its top bit.
const (
	textLaneOnes = 0x0101010101010101
	textLaneTops = 0x80 * textLaneOnes
)

// textMeasure is measure's state as it reads a line. The loop over
// ASCII bytes (ascii) calls out (ends) for the eight bytes where a word
// ends.
type textMeasure struct {
	stops *textWordSet
	tab   *textStopTable
	punct int
	// Two counts in one word each, the second in the high 32 bits:
	// digits and joins, cased words and lower-case words.
	digitsJoins, casedLower int
	// inWord and prevLower are 0 or 0x80 (the top bit of a lane): a word
	// is open; the previous rune is a lower-case letter.
	inWord, prevLower uint64
	wide              bool // the open word has a rune that is not ASCII
	wordStart         int
	words, nstops     int
	// blank is not 0 once the line shows a byte or rune the fold of
	// textSplitLines may change: white space other than ' ', a space
	// after a space, a rune of zero width, an invalid byte. measureSplit
	// asks it. It may be set where nothing needs folding (a space after
	// a CJK rune, which leaves no word open), never the other way.
	blank uint64
}

// measure fills the line's counts in one pass over the text, eight bytes
// at a time where they are ASCII, most of the text on most pages: the
// spaces, capitals, small letters and digits of the eight are classed by
// word arithmetic, counted by a multiply, and only the spaces that end a
// word, the bytes that start one and the rare other marks (punctuation)
// are visited one by one. A rune beyond ASCII is decoded and classed as
// it stands. TestTextMeasureMatchesRef holds it to measureRef, the
// byte-at-a-time reading it replaced.
func (l *tLine) measure() {
	if !l.measured {
		l.measureText(false)
	}
}

// measureSplit measures a line textSplitLines cut, its ends trimmed but
// its inside not checked for white space to fold: measure reads every
// byte anyway, and tells whether the line may need folding as it goes.
// Only then is the inside checked, and if it must be, folded and the
// line measured again.
func (l *tLine) measureSplit() {
	if !l.measureText(true) {
		l.text = textFoldSpaceSlow(l.text)
		l.measureText(false)
	}
	l.measured = true
}

// measureText is measure. With check set, it measures a line whose inside
// may need folding, and sets nothing but reports false, as soon as it
// knows, when it does.
func (l *tLine) measureText(check bool) bool {
	s := l.text
	m := textMeasure{}
	m.stops, m.tab = l.stopSets()
	// Every byte is a rune but the continuation bytes of runes beyond
	// ASCII, which the rune branch takes off.
	runes := len(s)
	cjk := 0
	fold := true
	for i := 0; i < len(s); {
		if m.blank != 0 {
			// ascii returns early when it sets blank: a line to fold
			// is read no further.
			if check {
				if !textFoldedInside(s) {
					return false
				}
				check = false
			}
			m.blank = 0
		}
		if s[i] < utf8.RuneSelf {
			i = m.ascii(s, i)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		runes -= n - 1
		switch {
		case textCJKPunct(r), textCJK(r):
			// No CJK rune nor CJK mark is a lower-case letter.
			m.prevLower = 0
			if textCJKPunct(r) {
				m.punct++
			} else {
				cjk++
			}
			if m.inWord != 0 {
				m.end(s, i)
				m.inWord = 0
			}
		default:
			k := textKindOf(r)
			upper := k&textRuneUpper != 0
			if fold && (upper || r == utf8.RuneError && n == 1 || k&textRuneFolds != 0) {
				fold = false
			}
			if k&textRuneBlank != 0 || r == utf8.RuneError && n == 1 {
				m.blank = 1
			}
			if m.inWord == 0 {
				m.inWord = 0x80
				m.wordStart = i
				if upper {
					m.casedLower++
				} else if k&textRuneLower != 0 {
					m.casedLower += 1 + 1<<32
				}
			}
			m.wide = true
			if r == '…' {
				m.punct++
			}
			if r >= 0xFF10 && r <= 0xFF19 {
				// A full-width digit ("２０２５年"): findDate reads it,
				// so the date gates must count it.
				m.digitsJoins++
			}
			if upper && m.prevLower != 0 {
				m.digitsJoins += 1 << 32
			}
			m.prevLower = uint64(k&textRuneLower) << 6 // 0x80 when lower
		}
		i += n
	}
	if m.inWord != 0 {
		m.end(s, len(s))
	}
	if check && m.blank != 0 && !textFoldedInside(s) {
		return false
	}
	l.runes += runes
	l.cjk += cjk
	l.words += m.words
	l.stops += m.nstops
	l.punct += m.punct
	l.cased += int32(uint32(m.casedLower))
	l.lower += int32(m.casedLower >> 32)
	l.digits += int32(uint32(m.digitsJoins))
	l.joins += int32(m.digitsJoins >> 32)
	l.fold = fold
	if textEndsSentence(s) {
		l.endStop = true
	}
	return true
}

// end counts the open word, which ends at i.
func (m *textMeasure) end(s string, i int) {
	m.word(s, m.wordStart, i, m.wide)
}

// word counts the word s[i:j], and looks it up in the stop set: wide,
// it has a rune beyond ASCII; if not, its bytes are ASCII (a rune beyond
// it makes the word wide, or ends it). An ASCII word is trimmed of what
// is not a letter, as textIsStop trims it, and found in the table when
// at most 8 bytes are left: a word of at most 8 bytes, with 8 bytes of s
// from its start, is trimmed and packed in one machine word.
func (m *textMeasure) word(s string, i, j int, wide bool) {
	m.words++
	if wide {
		if textStopWord(m.stops, s[i:j]) {
			m.nstops++
		}
		return
	}
	if n := j - i; n <= 8 && i+8 <= len(s) {
		x := textLoad8(s, i)
		xl := x | 0x20*textLaneOnes
		letter := (xl + 0x1f*textLaneOnes) &^ (xl + 0x05*textLaneOnes) & textLaneValid[n&15]
		if letter == 0 {
			return
		}
		lead := uint(bits.TrailingZeros64(letter)) &^ 7
		size := (uint(63-bits.LeadingZeros64(letter)) | 7) + 1 - lead // in bits
		up := letter &^ (x << 2)
		key := (x | up>>2) >> (lead & 63) & (^uint64(0) >> ((64 - size) & 63))
		if m.tab.has(key) {
			m.nstops++
		}
		return
	}
	for i < j && textASCIIKind[s[i]&0x7f]&textKindLetter == 0 {
		i++
	}
	for j > i && textASCIIKind[s[j-1]&0x7f]&textKindLetter == 0 {
		j--
	}
	n := j - i
	switch {
	case n <= 0:
	case n > 8:
		if m.tab.long && textIsStop(m.stops, s, i, j, false) {
			m.nstops++
		}
	case i+8 <= len(s):
		if m.tab.has(textStopKey8(textLoad8(s, i), n)) {
			m.nstops++
		}
	default:
		if m.tab.has(textASCIIKey(s[i:j]).lo) {
			m.nstops++
		}
	}
}

// ascii reads the ASCII bytes of s from i, eight at a time, up to the
// first byte that is not ASCII or the end of s, and returns where it
// stopped. It keeps its counts and carried bits in m, not in locals: it
// calls ends for most eight bytes, and a call spills and reloads every
// local live across it, while an add to memory is one instruction
// (callgrind: 19% fewer instructions in ascii).
func (m *textMeasure) ascii(s string, i int) int {
	// Eight bytes at a time while they are all ASCII: the loop below
	// is the one after it with valid all set, written out without it.
	for i+8 <= len(s) {
		x := textLoad8(s, i)
		if x&textLaneTops != 0 {
			break
		}
		sp := ^((x ^ 0x20*textLaneOnes) + 0x7f*textLaneOnes) & textLaneTops
		xl := x | 0x20*textLaneOnes
		letter := (xl + 0x1f*textLaneOnes) &^ (xl + 0x05*textLaneOnes) & textLaneTops
		lo := letter & (x << 2)
		up := letter &^ lo
		dg := (x + 0x50*textLaneOnes) &^ (x + 0x46*textLaneOnes) & textLaneTops
		t := ((dg>>7 | (up&(lo<<8|m.prevLower))>>3) * textLaneOnes) >> 56
		m.digitsJoins += int(t&15 | t>>4<<32)
		word := textLaneTops &^ sp
		after := word<<8 | m.inWord
		starts := word &^ after
		t = (((starts&letter)>>7 | (starts&lo)>>3) * textLaneOnes) >> 56
		m.casedLower += int(t&15 | t>>4<<32)
		for k := word &^ (letter | dg); k != 0; k &= k - 1 {
			b := uint(bits.TrailingZeros64(k))
			k := textASCIIKind[byte(x>>((b-7)&63))&0x7f]
			m.punct += int(k >> textKindPunctBit & 1)
			m.blank |= uint64(k & textKindBlank)
		}
		// A space after a space: no word was open before it. (The
		// previous lane is in the top bit of inWord, and no space
		// opens the line.)
		m.blank |= sp &^ after
		m.inWord, m.prevLower = word>>56, lo>>56
		if ends := sp & after; ends != 0 {
			m.ends(s, i, starts, ends, x, letter)
		} else if starts != 0 {
			m.wordStart, m.wide = i+bits.TrailingZeros64(starts)>>3, false
		}
		i += 8
		if m.blank != 0 {
			return i
		}
	}
	if i < len(s) {
		// x holds the next v bytes, at most 8, the lanes past them zero.
		var x uint64
		v := len(s) - i
		switch {
		case v >= 8:
			x, v = textLoad8(s, i), 8
		case len(s) >= 8:
			x = textLoad8(s, len(s)-8) >> (8 * uint(8-v) & 63)
		default:
			for k := len(s) - 1; k >= i; k-- {
				x = x<<8 | uint64(s[k])
			}
		}
		// Only the ASCII bytes before the first that is not are read; a
		// carry out of a lane beyond them runs into higher lanes only,
		// which valid leaves out.
		if hi := x & textLaneTops; hi != 0 {
			v = bits.TrailingZeros64(hi) >> 3
		}
		if v > 0 {
			valid := textLaneValid[v&15]
			sp := ^((x ^ 0x20*textLaneOnes) + 0x7f*textLaneOnes) & valid
			// A letter is one in a-z once 0x20 is set; a small one had it.
			xl := x | 0x20*textLaneOnes
			letter := (xl + 0x1f*textLaneOnes) &^ (xl + 0x05*textLaneOnes) & valid
			lo := letter & (x << 2)
			up := letter &^ lo
			dg := (x + 0x50*textLaneOnes) &^ (x + 0x46*textLaneOnes) & valid // 0-9
			// Two counts summed by one multiply: the first in the low
			// nibble of each lane, the second in the high one; the top
			// byte gets the sums (at most 8 and 8*16).
			t := ((dg>>7 | (up&(lo<<8|m.prevLower))>>3) * textLaneOnes) >> 56
			m.digitsJoins += int(t&15 | t>>4<<32)
			word := valid &^ sp
			after := word<<8 | m.inWord // the lane before is in a word
			starts := word &^ after
			t = (((starts&letter)>>7 | (starts&lo)>>3) * textLaneOnes) >> 56
			m.casedLower += int(t&15 | t>>4<<32)
			for k := word &^ (letter | dg); k != 0; k &= k - 1 {
				b := uint(bits.TrailingZeros64(k))
				k := textASCIIKind[byte(x>>((b-7)&63))&0x7f]
				m.punct += int(k >> textKindPunctBit & 1)
				m.blank |= uint64(k & textKindBlank)
			}
			m.blank |= sp &^ after
			// The last lane's word and small letter, moved to the top
			// bit of the first.
			sh := uint(64-8*v) & 63
			m.inWord, m.prevLower = word<<sh>>56, lo<<sh>>56
			if ends := sp & after; ends != 0 {
				m.ends(s, i, starts, ends, x, letter)
			} else if starts != 0 {
				m.wordStart, m.wide = i+bits.TrailingZeros64(starts)>>3, false
			}
			i += v
		}
	}
	return i
}

// ends counts the words that end in the eight bytes x at i, at the
// spaces ends; letter has the top bits of x's letters. Starts and ends
// take turns: the start of a word ending here is the one start before
// its end, or the word was open before. A word that starts here too is
// looked up from x, with no load.
func (m *textMeasure) ends(s string, i int, starts, ends, x, letter uint64) {
	// x with its capitals lower-cased: a letter without 0x20 is one.
	low := x | (letter&^(x<<2))>>2
	for ; ends != 0; ends &= ends - 1 {
		e := uint(bits.TrailingZeros64(ends))
		before := starts & (1<<e - 1)
		if before == 0 {
			end := i + int(e>>3)
			n := end - m.wordStart
			if m.wide || n > 8 || end < 8 {
				m.word(s, m.wordStart, end, m.wide)
				continue
			}
			// A word of at most 8 ASCII bytes begun before: the top n
			// lanes of the eight bytes ending with it, read as ascii
			// reads them but with the bytes before it (which may be
			// beyond ASCII) kept from carrying into it.
			m.words++
			y := textLoad8(s, end-8)
			y7 := y&^textLaneTops | 0x20*textLaneOnes
			w := (y7 + 0x1f*textLaneOnes) &^ (y7 + 0x05*textLaneOnes) &^ y & textLaneTops &^ (1<<((64-8*uint(n))&63) - 1)
			if w != 0 {
				lead := uint(bits.TrailingZeros64(w)) &^ 7
				size := (uint(63-bits.LeadingZeros64(w)) | 7) + 1 - lead // in bits
				lw := y | (w&^(y<<2))>>2
				if m.tab.has(lw >> (lead & 63) & (^uint64(0) >> ((64 - size) & 63))) {
					m.nstops++
				}
			}
			continue
		}
		starts &^= before
		m.words++
		// The word's letters: the lanes from its start (the bit 7 of
		// lane a is bit 8a+7) up to the space.
		from := uint(bits.TrailingZeros64(before)) &^ 7
		if w := letter & (1<<e - 1) &^ (1<<from - 1); w != 0 {
			lead := uint(bits.TrailingZeros64(w)) &^ 7
			size := (uint(63-bits.LeadingZeros64(w)) | 7) + 1 - lead // in bits
			if m.tab.has(low >> (lead & 63) & (^uint64(0) >> ((64 - size) & 63))) {
				m.nstops++
			}
		}
	}
	if starts != 0 {
		m.wordStart, m.wide = i+bits.TrailingZeros64(starts)>>3, false
	}
}

// textLaneValid[v] has the top bits of the first v lanes set.
var textLaneValid = [16]uint64{
	0, 0x80, 0x8080, 0x808080, 0x80808080, 0x8080808080, 0x808080808080, 0x80808080808080, textLaneTops,
}

// stopSets returns textStopSet() and textStopTab(), kept by the page's
// arena.
func (l *tLine) stopSets() (*textWordSet, *textStopTable) {
	if a := l.arena; a != nil && a.stops != nil {
		return a.stops, a.stopTab
	}
	return textStopSet(), textStopTab()
}
