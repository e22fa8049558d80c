package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// textRepeatsRef is textRepeats as it was before it counted in its own
// table: a map of the short lines.
func textRepeatsRef(lines []tLine) {
	seen := map[string]int{}
	for i := range lines {
		if lines[i].eff() < 40 {
			seen[lines[i].text]++
		}
	}
	for i := range lines {
		l := &lines[i]
		if l.eff() >= 40 || seen[l.text] < 3 || strings.Contains(l.text, ": ") {
			continue
		}
		l.repeated = true
		if textLineMatcher().scan(textForMatch(l), textGroupReply) != 0 {
			l.comment = true
		}
	}
}

// TestTextRepeatsMatchesRef holds textRepeats to the map-based count on
// random pages of short lines drawn from a few, long lines, lines of the
// same length and labels with ": ".
func TestTextRepeatsMatchesRef(t *testing.T) {
	pool := []string{
		"Reply", "Reply ", "reply", "Login to reply", "Read more", "Share", "Earcuff: Zoeca", "A", "B", "12345678",
		"123456789", "abcdefgh", "abcdefgi", "Antworten", "Ответить", "回复", strings.Repeat("long line of prose ", 4),
	}
	rng := rand.New(rand.NewPCG(5, 8))
	for k := range 3000 {
		var page strings.Builder
		n := rng.IntN(40)
		if k%100 == 0 {
			n = 600 // more lines than textRepeats keeps on the stack
		}
		for ; n > 0; n-- {
			page.WriteString(pool[rng.IntN(len(pool))])
			page.WriteByte('\n')
		}
		got, want := textSplitLines(page.String()), textSplitLines(page.String())
		for i := range got {
			got[i].measure()
			want[i].measure()
		}
		textRepeats(got)
		textRepeatsRef(want)
		for i := range got {
			if got[i].repeated != want[i].repeated || got[i].comment != want[i].comment {
				t.Fatalf("line %d %q: repeated %v comment %v, want %v %v", i, got[i].text,
					got[i].repeated, got[i].comment, want[i].repeated, want[i].comment)
			}
		}
	}
}

// TestTextGramsMatchesPairs holds textGrams, four pairs a turn, to the
// pairs hashed one by one, on strings of every length up to 40 and of
// any bytes, capitals among them.
func TestTextGramsMatchesPairs(t *testing.T) {
	ref := func(s string) uint64 {
		var m uint64
		for i := 1; i < len(s); i++ {
			m |= 1 << ((textGramFirst[s[i-1]] ^ textGramSecond[s[i]]) & 63)
		}
		return m
	}
	rng := rand.New(rand.NewPCG(7, 7))
	const alphabet = "aZ e.Q\xc3\xa9\x00\xff9"
	for n := range 41 {
		for range 200 {
			b := make([]byte, n)
			for k := range b {
				if rng.IntN(2) == 0 {
					b[k] = alphabet[rng.IntN(len(alphabet))]
				} else {
					b[k] = byte(rng.IntN(256))
				}
			}
			if got, want := textGrams(string(b)), ref(string(b)); got != want {
				t.Fatalf("textGrams(%q) = %x, want %x", b, got, want)
			}
		}
	}
}
