package extract

import "strings"

// textRepIndex lists a page's lines by length, built once for the
// header's scoring: whether a line is printed elsewhere on the page
// (case aside; a headline repeats in title bars and breadcrumbs) is asked
// only of lines between the candidate's length and three times it, and walking every line of a long
// page for each of the header's candidates cost more than the comparisons.
type textRepIndex struct {
	built bool
	// at[n] is where the lines of n bytes start in order; at[n+1] where
	// they end. Lines of textRepMax bytes or more are never compared.
	at [textRepMax + 1]int32
	// The order of the lines by length: small[:n] on most pages, without
	// an allocation, big on a page with more lines. (A slice of small
	// kept in the struct would send the whole index to the heap.)
	n     int32
	small [512]int32
	big   []int32
	// grams[k] is lowGrams of the k-th line in that order once read, 0
	// before (lowGrams is never 0): the loop over a length window reads
	// them in a row, and nearly every line fails on them, where reaching
	// into each line's struct cost more than the test.
	grams    [512]uint64
	bigGrams []uint64
}

// textRepMin is the length under which a line is never looked for
// (repeated): a shorter one is no headline printed again.
const textRepMin = 12

// textRepMax bounds the lines compared: a line of this many
// bytes or more is body text, not a copy of the headline.
const textRepMax = 400

func (x *textRepIndex) build(lines []tLine) {
	x.built = true
	var count [textRepMax + 1]int32
	for j := range lines {
		if n := len(lines[j].text); n < textRepMax {
			count[n+1]++
		}
	}
	for n := 1; n <= textRepMax; n++ {
		count[n] += count[n-1]
	}
	x.at = count
	x.n = count[textRepMax]
	order := x.small[:0]
	if int(x.n) <= len(x.small) {
		order = x.small[:x.n]
	} else {
		x.big = make([]int32, x.n)
		order = x.big
	}
	for j := range lines {
		if n := len(lines[j].text); n < textRepMax {
			order[count[n]] = int32(j)
			count[n]++
		}
	}
	if int(x.n) > len(x.grams) {
		x.bigGrams = make([]uint64, x.n)
	}
}

// repeated reports whether line i's text is printed elsewhere on the page
// (case aside), comparing it only with the lines of a length that could
// hold it; any one match answers.
func (x *textRepIndex) repeated(lines []tLine, i int) bool {
	if len(lines[i].text) < textRepMin {
		return false
	}
	li := &lines[i]
	fold := li.fold && !li.lowOK
	t := li.text
	if !fold {
		t = li.lowered()
	}
	lo, hi := len(t), min(3*len(t)+40, textRepMax-1)
	if lo > hi {
		return false
	}
	if !x.built {
		x.build(lines)
	}
	g := li.lowGrams()
	order, grams := x.big, x.bigGrams
	if order == nil {
		order, grams = x.small[:x.n], x.grams[:x.n]
	}
	from, to := x.at[lo], x.at[hi+1]
	for k := from; k < to; k++ {
		m := grams[k]
		if m == 0 {
			m = lines[order[k]].lowGrams()
			grams[k] = m
		}
		if m&g != g {
			continue
		}
		j := order[k]
		if int(j) == i {
			continue
		}
		lj := &lines[j]
		if fold && lj.fold && !lj.lowOK {
			if textContainsFold(lj.text, t) {
				return true
			}
			continue
		}
		if strings.Contains(lj.lowered(), li.lowered()) {
			return true
		}
	}
	return false
}
