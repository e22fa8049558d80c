package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTextStrTabMatchesMap puts and finds random keys, many of one length
// and of the same first and last bytes, in a textStrTab and a map.
func TestTextStrTabMatchesMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for trial := 0; trial < 300; trial++ {
		var tab textStrTab
		m := map[string]int32{}
		n := r.IntN(200)
		key := func() string {
			switch r.IntN(4) {
			case 0:
				return ""
			case 1:
				return fmt.Sprint(r.IntN(50))
			case 2:
				return "Chapter " + strings.Repeat("x", r.IntN(3)) + fmt.Sprint(r.IntN(40)) + ": the same ending here"
			}
			return strings.Repeat("ab", r.IntN(30))
		}
		for i := 0; i < n; i++ {
			k, v := key(), int32(r.IntN(1000))
			e, added := tab.put(k, v)
			old, had := m[k]
			if added == had {
				t.Fatalf("put %q: added %v, map had it %v", k, added, had)
			}
			if had && e.val != old {
				t.Fatalf("put %q: slot holds %d, map %d", k, e.val, old)
			}
			if !had {
				m[k] = v
			}
			if r.IntN(3) == 0 {
				e.val = v + 1
				m[k] = v + 1
			}
		}
		if tab.n != len(m) {
			t.Fatalf("%d keys, map %d", tab.n, len(m))
		}
		for i := 0; i < 100; i++ {
			k := key()
			e := tab.find(k)
			v, ok := m[k]
			if (e != nil) != ok || ok && e.val != v {
				t.Fatalf("find %q: %v, map %d %v", k, e, v, ok)
			}
		}
	}
}

// textTOCRef is textTOC as it stood before its lookups went through a
// textStrTab and its two sweeps under the targets were fused: the
// reference the rewrite must agree with.
func textTOCRef(lines []tLine) []bool {
	// An entry names the section whose subheading stands further down
	// over a paragraph: the last short line with the entry's title. Only
	// the titles of short lines over a paragraph (the targets) can be
	// such a subheading, so the last index is kept for those titles
	// alone, and a line whose title is of no target's length is not
	// looked up at all. Building a map of every short line's title cost
	// more than all the rest.
	var lens textTOCLens
	var last map[string]int
	for j := 0; j+1 < len(lines); j++ {
		l := &lines[j]
		if l.eff() >= textTOCLine || l.words < 2 || lines[j+1].eff() < textTOCPara {
			continue
		}
		key := textTOCTitle(l.text)
		if len(key) < textTOCKeyMin {
			// Shorter than an entry's title in bytes, so in runes.
			continue
		}
		if last == nil {
			last = make(map[string]int)
		}
		last[key] = j
		lens.add(len(key))
	}
	if last == nil {
		return nil
	}
	for k := range lines {
		if l := &lines[k]; l.eff() < textTOCLine && l.words >= 2 {
			if key := textTOCTitle(l.text); lens.has(len(key)) {
				if _, ok := last[key]; ok {
					last[key] = k
				}
			}
		}
	}
	later := last
	var toc []bool
	for i := range lines {
		l := &lines[i]
		if l.eff() >= textTOCLine || l.boiler || l.comment || l.tail || l.date || l.repeated {
			continue
		}
		key := textTOCTitle(l.text)
		if !lens.has(len(key)) || textTOCShort(key) {
			// "15 comments" names no section.
			continue
		}
		// The section's subheading stands further down, over a
		// paragraph.
		j, ok := later[key]
		if !ok || j <= i+textTOCGap || j+1 >= len(lines) || lines[j+1].eff() < textTOCPara {
			continue
		}
		if toc == nil {
			toc = make([]bool, len(lines))
		}
		toc[i] = true
	}
	if toc == nil {
		return nil
	}
	// Keep only clusters of entries.
	for i := 0; i < len(toc); {
		if !toc[i] {
			i++
			continue
		}
		j, n := i, 0
		for k := i; k < len(toc) && k <= j+textTOCGap+1; k++ {
			if toc[k] {
				j = k
				n++
			}
		}
		if n < textTOCEntries {
			for k := i; k <= j; k++ {
				toc[k] = false
			}
			i = j + 1
			continue
		}
		// The table goes on over the numbered entries under it whose
		// sections it names in other words, or which a "more" button
		// hides.
		for j+1 < len(toc) && lines[j+1].eff() < textTOCLine && textTOCKey(lines[j+1].text) != lines[j+1].text {
			j++
			toc[j] = true
		}
		i = j + 1
	}
	return toc
}

// TestTextTOCMatchesFormer compares textTOC with its former version on
// random pages of titles, numbered entries and paragraphs.
func TestTextTOCMatchesFormer(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 17))
	titles := []string{"Was ist ein Steckturm?", "Die Ergebnisse im Detail", "Fazit und Ausblick", "Zweiter Abschnitt", "Short", "Où va-t-on ensuite"}
	para := strings.Repeat("A sentence of the paragraph runs on here. ", 4)
	tocs := 0
	for trial := 0; trial < 5000; trial++ {
		n := r.IntN(40)
		lines := make([]tLine, n)
		for i := range lines {
			l := &lines[i]
			switch r.IntN(4) {
			case 0:
				l.text = para
			case 1:
				l.text = fmt.Sprintf("%d. %s", r.IntN(9), titles[r.IntN(len(titles))])
			default:
				l.text = titles[r.IntN(len(titles))]
			}
			l.runes = len(l.text)
			l.words = strings.Count(l.text, " ") + 1
			if r.IntN(8) == 0 {
				l.words = 1
			}
			l.boiler = r.IntN(12) == 0
			l.repeated = r.IntN(12) == 0
		}
		want, got := textTOCRef(lines), textTOC(lines)
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Fatalf("trial %d: got %v, want %v", trial, got, want)
		}
		if want != nil {
			tocs++
		}
	}
	if tocs < 100 {
		t.Fatalf("only %d pages held a table of contents: the test does not reach the rule", tocs)
	}
}
