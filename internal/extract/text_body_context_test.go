package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// textContextRef is textContext as it stood before its two sweeps were
// fused (four sweeps, an array of neighbours per line, a separate pass for
// the near-good chains): the reference the rewrite must agree with.
func textContextRef(lines []tLine) {
	// orig and near share one allocation.
	buf := make([]tClass, 5*len(lines))
	orig := buf[:len(lines):len(lines)]
	for i := range lines {
		orig[i] = lines[i].class
	}
	// neighbour gives the class of the nearest line in direction d that
	// is not short (and, with skipNear, not near-good either); the page's
	// edges count as chrome. The four answers for every line are filled
	// in two sweeps, so that a page of many short lines costs linear time
	// rather than a scan per line.
	n := len(lines)
	near := buf[n:] // [prev any, prev skipNear, next any, next skipNear]
	prevAny, prevFar := tBad, tBad
	for i := 0; i < n; i++ {
		near[4*i], near[4*i+1] = prevAny, prevFar
		if c := orig[i]; c != tShort {
			prevAny = c
			if c != tNear {
				prevFar = c
			}
		}
	}
	nextAny, nextFar := tBad, tBad
	for i := n - 1; i >= 0; i-- {
		near[4*i+2], near[4*i+3] = nextAny, nextFar
		if c := orig[i]; c != tShort {
			nextAny = c
			if c != tNear {
				nextFar = c
			}
		}
	}
	neighbour := func(i, d int, skipNear bool) tClass {
		k := 4 * i
		if d > 0 {
			k += 2
		}
		if skipNear {
			k++
		}
		return near[k]
	}
	// A stretch of several near-good sentences in a row, each its own
	// paragraph (a photo essay's captions, a post of short paragraphs),
	// is prose on its own, whatever stands around it. A sidebar's blurbs
	// come between short link titles, and a list of recent comments has
	// no empty line between its items.
	chain := make([]bool, n)
	for i := 0; i < n; {
		if orig[i] != tNear {
			i++
			continue
		}
		j, count, sum := i, 0, 0
		for j < n && orig[j] == tNear && (j == i || lines[j].blankBefore) {
			if textCaptionEnd(&lines[j]) {
				count++
				sum += lines[j].eff()
			}
			j++
		}
		if count >= textChainLines && count*4 >= (j-i)*3 && sum >= textChainEff {
			for k := i; k < j; k++ {
				chain[k] = true
			}
		}
		i = j
	}
	out := make([]tClass, len(lines))
	for i := range lines {
		c := orig[i]
		switch c {
		case tShort:
			p, n := neighbour(i, -1, true), neighbour(i, 1, true)
			switch {
			case p == tGood && n == tGood:
				c = tGood
			case p == tBad && n == tBad:
				c = tBad
			case p == tBad && neighbour(i, -1, false) == tNear, n == tBad && neighbour(i, 1, false) == tNear:
				c = tGood
			default:
				c = tBad
			}
		case tNear:
			p, n := neighbour(i, -1, true), neighbour(i, 1, true)
			if p == tBad && n == tBad && !chain[i] {
				c = tBad
			} else {
				c = tGood
			}
		}
		out[i] = c
	}
	for i := range lines {
		lines[i].class = out[i]
	}
}

// TestTextContextMatchesFormer compares textContext with its former
// version on random pages of all four classes, with empty lines, stops and
// lengths varied so that near-good chains form and break.
func TestTextContextMatchesFormer(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	texts := []string{"", "Short", "A caption here.", "Ends in a credit. (Ann Lee/Reuters)", "No stop (bracket)",
		strings.Repeat("word ", 30) + "end.", strings.Repeat("x", 150)}
	chains := 0
	for trial := 0; trial < 20000; trial++ {
		n := r.IntN(30)
		a := make([]tLine, n)
		// Half the pages have no good line, so that a chain alone
		// decides whether near-good lines between chrome are prose.
		kinds := 4 - trial%2
		for i := range a {
			l := &a[i]
			l.class = tClass(r.IntN(kinds))
			if r.IntN(2) == 0 {
				l.class = tNear
			}
			l.text = texts[r.IntN(len(texts))]
			l.runes = len(l.text)
			l.endStop = strings.HasSuffix(l.text, ".") && r.IntN(4) != 0
			l.blankBefore = r.IntN(5) != 0
		}
		b := make([]tLine, n)
		copy(b, a)
		orig := classesOf(a)
		for i := 0; i < n; i++ {
			if _, ok := textNearChain(a, orig, i); ok && orig[i] == tNear && kinds == 3 {
				chains++
			}
		}
		textContextRef(a)
		textContext(b)
		for i := range a {
			if a[i].class != b[i].class {
				t.Fatalf("trial %d line %d: got %v, want %v", trial, i, b[i].class, a[i].class)
			}
		}
	}
	if chains == 0 {
		t.Fatal("no page held a chain of near-good lines: the test does not reach that rule")
	}
}

func classesOf(lines []tLine) []tClass {
	out := make([]tClass, len(lines))
	for i := range lines {
		out[i] = lines[i].class
	}
	return out
}

// TestTextNthMatchesSort compares textNth with the sorted slice's element
// on random slices with many equal values, as stop-word densities have.
func TestTextNthMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 9))
	for trial := 0; trial < 20000; trial++ {
		n := 1 + r.IntN(60)
		a := make([]float64, n)
		for i := range a {
			a[i] = float64(r.IntN(1+r.IntN(12))) / float64(1+r.IntN(4))
		}
		k := r.IntN(n)
		b := slices.Clone(a)
		slices.Sort(b)
		if got := textNth(a, k); got != b[k] {
			t.Fatalf("textNth(%v, %d) = %v, sorted %v", b, k, got, b[k])
		}
	}
}

// textBestRunInRef is textBestRunIn before the lines flagged as nothing
// took a short way through its weights: the reference the rewrite must
// agree with.
func textBestRunInRef(lines []tLine, toc []bool) (int, int, int) {
	best, bestStart, bestEnd := 0, -1, -1
	sum, start := 0, 0
	// Prose after a comment header is readers' comments: it may be
	// taken only when nothing before it is prose.
	before, comments := 0, false
	// walled: the comments under the header are dated one by one, as
	// readers' comments are, and no run under it may win.
	walled := false
	// closed: the page's footer stands under prose; a run that starts
	// under it is the site's, not the article's.
	closed := -1
	// prior holds the best run as it stood at each "Most read" or
	// "Related" header under prose: a run under such a header is the
	// list's teasers unless clearly stronger than the article above it.
	var prior [textPriorMax]textRunAt
	priors, commentsAt := 0, -1
	for i := range lines {
		l := &lines[i]
		var w int
		if l.footer && closed < 0 && before >= textBodyTailProse && textPageEnd(l) {
			closed = i
		}
		if l.tail && bestStart >= 0 && before >= textBodyTailProse && priors < textPriorMax {
			prior[priors] = textRunAt{at: i, best: best, start: bestStart, end: bestEnd}
			priors++
		}
		switch {
		case toc != nil && toc[i] && !comments:
			// A table of contents: the run crosses it.
			w = 0
		case l.comment:
			w = -2000
			if before >= 100 {
				if !comments {
					commentsAt = i
				}
				comments = true
				walled = walled || textDatedComments(lines, i)
			}
		case l.class == tGood && comments:
			w = min(l.eff(), 1200) / 8
		case l.tail:
			w = -300
		case l.footer:
			w = -600
		case l.class == tGood:
			w = min(l.eff(), 1200)
			if orig := l.eff(); orig < 70 {
				w = orig / 2
			}
		default:
			w = -(30 + min(l.eff(), 200)/4)
		}
		if l.class == tGood {
			before += l.eff()
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += w
		// Once prose stands before a header of dated comments, a run
		// that starts under it is readers' comments however long they
		// run.
		if sum > best && !walled && (closed < 0 || start <= closed) {
			best, bestStart, bestEnd = sum, start, i+1
		}
	}
	// A run under a list header that is not clearly stronger than the
	// best run above the header is the list's, unless it has the
	// article's header (a date or credit line) over it and the run above
	// has none. Under a comment header prose weighs an eighth, and the
	// weights do not compare.
	for k := priors - 1; k >= 0; k-- {
		if p := prior[k]; p.at < bestStart && (commentsAt < 0 || commentsAt > bestStart) {
			if best < textPriorRatio*p.best && !(textHeaded(lines, bestStart, bestEnd, textHeadedLines) && !textHeaded(lines, p.start, p.start, textHeadedLines)) {
				return p.best, p.start, p.end
			}
			break
		}
	}
	return best, bestStart, bestEnd
}

// TestTextBestRunInMatchesFormer compares textBestRunIn with its former
// version on random pages of classes, flags, lengths and tables of
// contents.
func TestTextBestRunInMatchesFormer(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 19))
	texts := []string{"© 2024 Site", "Copyright Site", "Filed under: News", strings.Repeat("Prose of the page. ", 12), "Short line"}
	runs := 0
	for trial := 0; trial < 20000; trial++ {
		n := r.IntN(60)
		lines := make([]tLine, n)
		var toc []bool
		if r.IntN(3) == 0 {
			toc = make([]bool, n)
		}
		for i := range lines {
			l := &lines[i]
			l.class = tClass(r.IntN(4))
			if r.IntN(2) == 0 {
				l.class = tGood
			}
			l.text = texts[r.IntN(len(texts))]
			l.runes = []int{10, 50, 69, 70, 150, 400, 1500}[r.IntN(7)]
			l.cjk = r.IntN(3) * r.IntN(20)
			l.footer = r.IntN(15) == 0
			l.tail = r.IntN(15) == 0
			l.comment = r.IntN(20) == 0
			l.date = r.IntN(10) == 0
			l.thread = r.IntN(10) == 0
			if toc != nil {
				toc[i] = r.IntN(6) == 0
			}
		}
		b1, s1, e1 := textBestRunInRef(lines, toc)
		b2, s2, e2 := textBestRunIn(lines, toc)
		if b1 != b2 || s1 != s2 || e1 != e2 {
			t.Fatalf("trial %d: got %d [%d,%d), want %d [%d,%d)", trial, b2, s2, e2, b1, s1, e1)
		}
		if s1 > 0 {
			runs++
		}
	}
	if runs < 1000 {
		t.Fatalf("only %d runs found below the first line", runs)
	}
}
