package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
)

// Every page goes through binaryReason (its first 8 KiB) and sniffUTF16
// (its first 4 KiB) before anything else reads it; a byte-by-byte loop
// there cost as much as a tenth of a small text page's reading. Text
// holds a control byte in one word of eight at most (its line ends), so
// both read eight bytes at a time and look at single bytes only in a
// word that holds a byte below 0x20.

const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// swarBelow returns the high bit of each byte of x that is below n (n at
// most 0x80), exactly: setting every byte's high bit first keeps the
// subtraction from borrowing across bytes.
func swarBelow(x, n uint64) uint64 {
	return ^((x | swarHigh) - n*swarOnes) & ^x & swarHigh
}

// swarEqual returns the high bit of each byte of x that equals c.
func swarEqual(x, c uint64) uint64 {
	z := x ^ c*swarOnes
	return ^(((z &^ swarHigh) + ^uint64(swarHigh)) | z) & swarHigh
}

// binaryControls counts the bytes of b that binaryReason counts: those
// below 0x20 but tab, the line ends (LF, VT, FF, CR) and ESC. A block of
// 32 bytes with no byte below 0x20 (the high bit of every byte of
// (x|0x80...)-0x20... or of x set) costs a few instructions a word.
func binaryControls(b []byte) int {
	ctl := 0
	for len(b) >= 32 {
		x0 := binary.LittleEndian.Uint64(b)
		x1 := binary.LittleEndian.Uint64(b[8:])
		x2 := binary.LittleEndian.Uint64(b[16:])
		x3 := binary.LittleEndian.Uint64(b[24:])
		const k = 0x20 * swarOnes
		if ((x0|swarHigh)-k|x0)&((x1|swarHigh)-k|x1)&((x2|swarHigh)-k|x2)&((x3|swarHigh)-k|x3)&swarHigh != swarHigh {
			// Text puts a line feed in about one block of three: a word
			// whose only bytes below 0x20 are line feeds holds none of
			// the counted ones, and is passed over in a few instructions.
			if binaryBeyondLF(x0) {
				ctl += binaryControlsWord(x0)
			}
			if binaryBeyondLF(x1) {
				ctl += binaryControlsWord(x1)
			}
			if binaryBeyondLF(x2) {
				ctl += binaryControlsWord(x2)
			}
			if binaryBeyondLF(x3) {
				ctl += binaryControlsWord(x3)
			}
		}
		b = b[32:]
	}
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl
}

// binaryBeyondLF reports whether the word x holds a byte below 0x20
// other than a line feed.
func binaryBeyondLF(x uint64) bool {
	return swarBelow(x, 0x20)&^swarEqual(x, '\n') != 0
}

// binaryControlsWord counts binaryControls' bytes in the word x.
func binaryControlsWord(x uint64) int {
	low := swarBelow(x, 0x20)
	if low == 0 {
		return 0
	}
	// 0x09 to 0x0d: below 0x0e but not below 0x09.
	space := swarBelow(x, 0x0e) &^ swarBelow(x, 0x09)
	return bits.OnesCount64(low &^ space &^ swarEqual(x, 0x1b))
}

// noNUL reports whether b holds no NUL byte, as sniffUTF16 asks of the
// bytes it reads before counting them.
func noNUL(b []byte) bool { return bytes.IndexByte(b, 0) < 0 }
