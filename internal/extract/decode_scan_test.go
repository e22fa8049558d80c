package extract

import (
	"math/rand"
	"testing"
)

// binaryControlsRef is binaryReason's former byte-by-byte count, kept as
// the reference of binaryControls.
func binaryControlsRef(b []byte) int {
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl
}

// sniffUTF16Ref is sniffUTF16 without its NUL gate.
func sniffUTF16Ref(b []byte) string {
	b = b[:min(len(b), 4<<10)&^1]
	pairs := len(b) / 2
	if pairs < 2 {
		return ""
	}
	var even, odd int
	for i := 0; i < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= pairs && even*100 <= pairs:
		return "utf-16le"
	case even*10 >= pairs && odd*100 <= pairs:
		return "utf-16be"
	}
	return ""
}

func TestBinaryControlsAgrees(t *testing.T) {
	// Every byte value at every offset of a word, among neighbours of
	// every value.
	for c := 0; c < 256; c++ {
		for at := 0; at < 9; at++ {
			for _, fill := range []byte{'a', 0, 0x1f, 0x20, 0x80, 0xff, '\n', 0x1b} {
				b := make([]byte, 9+at%3)
				for i := range b {
					b[i] = fill
				}
				b[at] = byte(c)
				if got, want := binaryControls(b), binaryControlsRef(b); got != want {
					t.Fatalf("binaryControls(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 3000; n++ {
		b := make([]byte, rng.Intn(200))
		for i := range b {
			switch rng.Intn(4) {
			case 0:
				b[i] = byte(rng.Intn(0x21))
			case 1:
				b[i] = byte(rng.Intn(256))
			default:
				b[i] = byte(0x20 + rng.Intn(0x60))
			}
		}
		if got, want := binaryControls(b), binaryControlsRef(b); got != want {
			t.Fatalf("binaryControls(%q) = %d, want %d", b, got, want)
		}
		if got, want := sniffUTF16(b), sniffUTF16Ref(b); got != want {
			t.Fatalf("sniffUTF16(%q) = %q, want %q", b, got, want)
		}
	}
}

func TestSniffUTF16Agrees(t *testing.T) {
	for _, s := range []string{"", "a", "a\x00", "a\x00b\x00", "\x00a\x00b", "abcd", "a\x00b\x00c\x00d\x00e\x00", "\x00\x00\x00\x00"} {
		if got, want := sniffUTF16([]byte(s)), sniffUTF16Ref([]byte(s)); got != want {
			t.Errorf("sniffUTF16(%q) = %q, want %q", s, got, want)
		}
	}
}
