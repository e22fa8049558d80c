package extract

import "sort"

// textCommentWordGrams holds textGrams of textCommentWords, but for the
// sets of pairs holding another word's ("comments" holds all the pairs of
// "comment"): a line holding all pairs of such a word holds the other's,
// so dropping it leaves textMayNameComments' answer as it was, for about
// half the words to try.
var textCommentWordGramsLazy textLazy[[]uint64]

func textCommentWordGrams() []uint64 {
	return *textCommentWordGramsLazy.get(func() *[]uint64 {
		v := textMinimalGrams(textCommentWords)
		return &v
	})
}

// textMinimalGrams returns the distinct sets of pairs (textGrams) of the
// words of m that hold no other word's set, in a fixed order.
func textMinimalGrams(m map[string]bool) []uint64 {
	var all []uint64
	for w, ok := range m {
		if ok {
			all = append(all, textGrams(w))
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	var gs []uint64
	for i, g := range all {
		if i > 0 && g == all[i-1] {
			continue
		}
		minimal := true
		for _, h := range all {
			if h != g && g&h == h {
				minimal = false
				break
			}
		}
		if minimal {
			gs = append(gs, g)
		}
	}
	return gs
}

// textMayNameComments reports whether the line may hold one of
// textCommentWords, as textCountedComments needs: the line, lower-cased,
// must hold all byte pairs of one of them. lowGrams is kept for the
// other readers that ask it.
func textMayNameComments(l *tLine) bool {
	g := l.lowGrams()
	for _, m := range textCommentWordGrams() {
		if g&m == m {
			return true
		}
	}
	return false
}
