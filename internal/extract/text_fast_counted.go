package extract

// textCommentWordGrams holds textGrams of each of textCommentWords.
var textCommentWordGramsLazy textLazy[[]uint64]

func textCommentWordGrams() []uint64 {
	return *textCommentWordGramsLazy.get(func() *[]uint64 {
		v := func() []uint64 {
			var gs []uint64
			for w, ok := range textCommentWords {
				if ok {
					gs = append(gs, textGrams(w))
				}
			}
			return gs
		}()
		return &v
	})
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
