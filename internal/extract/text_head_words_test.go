package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// textBodyWordsMap is textBodyWords as it was before textBodySet: a map
// of the words of the first blocks, cut from one lower-cased copy of
// them.
func textBodyWordsMap(blocks []block) map[string]bool {
	n, k := 0, 0
	for _, b := range blocks {
		n += len(b.text)
		k++
		if n > 3000 {
			break
		}
	}
	set := make(map[string]bool, n/8)
	var low strings.Builder
	low.Grow(n + k)
	for _, b := range blocks[:k] {
		textLowerWrite(&low, b.text)
		low.WriteByte('\n')
	}
	textEachContentSpan(low.String(), func(w string, cased bool) {
		if cased {
			w = strings.ToLower(w)
		}
		set[w] = true
	})
	return set
}

// checkBodySetAsMap fails unless the set built from blocks answers as the
// map did for every word of the queries, and holds as many words.
func checkBodySetAsMap(t *testing.T, blocks []block, queries []string) {
	t.Helper()
	want := textBodyWordsMap(blocks)
	set := textBodyWords(blocks)
	for _, q := range queries {
		f0, n0 := textShared(q, want)
		f1, n1 := textSharedBody(q, set)
		if f0 != f1 || n0 != n1 {
			t.Fatalf("textSharedBody(%q) = %v, %d; the map gave %v, %d", q, f1, n1, f0, n0)
		}
	}
	if !set.built {
		set.build()
	}
	for _, e := range set.words {
		if e.h != textWordHash(e.w, e.cased) {
			t.Fatalf("the set hashes %q (cased %v) to %x, textWordHash to %x", e.w, e.cased, e.h, textWordHash(e.w, e.cased))
		}
	}
	if len(set.words) != len(want) {
		t.Fatalf("the set holds %d words, the map %d (blocks %q)", len(set.words), len(want), blocks)
	}
	// Asked for first, the lines are answered from the marks the body's
	// words leave on theirs; in another order than asked, twice, and a
	// line not asked for last, which builds the body's set.
	asked := textBodyWords(blocks)
	for i := 0; i < len(queries); i += 2 {
		asked.ask(queries[i])
	}
	for range 2 {
		for i := (len(queries) - 1) &^ 1; i >= 0; i -= 2 {
			q := queries[i]
			f0, n0 := textShared(q, want)
			f1, n1 := textSharedBody(q, asked)
			if f0 != f1 || n0 != n1 {
				t.Fatalf("asked, textSharedBody(%q) = %v, %d; the map gave %v, %d", q, f1, n1, f0, n0)
			}
		}
	}
	if !asked.asked && len(queries) > 1 {
		t.Fatalf("a line not asked for was looked up")
	}
	for i := 1; i < len(queries); i += 2 {
		q := queries[i]
		f0, n0 := textShared(q, want)
		if f1, n1 := textSharedBody(q, asked); f0 != f1 || n0 != n1 {
			t.Fatalf("not asked, textSharedBody(%q) = %v, %d; the map gave %v, %d", q, f1, n1, f0, n0)
		}
	}
}

// TestTextBodySetAsMap compares the set with the map it replaces, over
// the lines of the golden and corpus pages (the lines read as blocks, and
// each line looked up in the blocks before it) and random texts of cased
// scripts, CJK runes and bad bytes.
func TestTextBodySetAsMap(t *testing.T) {
	// The words are kept as the blocks print them and compared lower-
	// cased; the map was filled from a copy lower-cased once. Both agree
	// where lower-casing twice is lower-casing once (TestTextBodyWordsOneCopy)
	// and where a CJK rune has no case, as the set keeps CJK pairs as
	// printed.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if textCJK(unicode.ToLower(r)) && unicode.ToLower(r) != r {
			t.Fatalf("%U is lower-cased to the CJK rune %U", r, unicode.ToLower(r))
		}
	}
	var lines []string
	forCorpusLines(t, func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, s)
		}
	})
	for i := 0; i+40 <= len(lines); i += 40 {
		var blocks []block
		for _, s := range lines[i : i+20] {
			blocks = append(blocks, block{text: s})
		}
		checkBodySetAsMap(t, blocks, lines[i:i+40])
	}
	rng := rand.New(rand.NewSource(11))
	word := func() string {
		var b strings.Builder
		for range 1 + rng.Intn(8) {
			switch rng.Intn(6) {
			case 0:
				b.WriteRune(rune(0x41 + rng.Intn(0x3a)))
			case 1:
				b.WriteRune(rune(0xc0 + rng.Intn(0x500)))
			case 2:
				b.WriteRune([]rune("İıKΣσςǅǈẞßⱥȺ中国政府今天한국")[rng.Intn(19)])
			case 3:
				b.WriteByte(byte(rng.Intn(256)))
			default:
				b.WriteRune(rune('a' + rng.Intn(4)))
			}
		}
		return b.String()
	}
	text := func() string {
		var f []string
		for range rng.Intn(30) {
			f = append(f, word())
		}
		return strings.Join(f, []string{" ", "\n", ", ", "-"}[rng.Intn(4)])
	}
	for range 300 {
		var blocks []block
		for range 1 + rng.Intn(8) {
			blocks = append(blocks, block{text: text()})
		}
		var queries []string
		for range 20 {
			queries = append(queries, text())
		}
		// The blocks' own texts, lower-cased and set in capitals.
		for _, b := range blocks {
			queries = append(queries, b.text, strings.ToUpper(b.text), strings.ToLower(b.text))
		}
		checkBodySetAsMap(t, blocks, queries)
	}
	// A long page: the table grows past its first size.
	var blocks []block
	for range 200 {
		blocks = append(blocks, block{text: text()})
	}
	checkBodySetAsMap(t, blocks, []string{blocks[0].text, blocks[3].text, strings.ToUpper(blocks[5].text)})
}
