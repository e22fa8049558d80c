package extract

import (
	"math/rand"
	"testing"

	"golang.org/x/net/html/atom"
)

// The walks selPaths replaced, as pick asked them of every block: the
// plain statement the table must agree with.

// under reports whether element e lies in a selected subtree with no chrome
// between it and the selected root.
func (f *flat) under(e int32, sel []bool, mask uint8) bool {
	chrome := false
	for ; e > 0; e = f.elems[e].parent {
		if sel[e] {
			return !chrome
		}
		if f.elems[e].flags&mask != 0 {
			chrome = true
		}
	}
	return false
}

// inForm reports whether element e lies in a <form> inside the selected
// subtree: a rating, subscription or comment form set in the article's
// container. A form around the whole page (ASP.NET wraps every page in
// one) lies above the selection and does not count, nor does a form
// that holds most of the selection's paragraphs (a shop wraps a product's
// description in its order form).
func (f *flat) inForm(e int32, sel []bool) bool {
	form := int32(-1)
	for ; e > 0; e = f.elems[e].parent {
		if sel[e] {
			if form < 0 {
				return false
			}
			p := f.elems[form].paras
			return !(p >= 2 && p*2 >= f.elems[e].paras)
		}
		if f.elems[e].tag == atom.Form {
			form = e
		}
	}
	return form >= 0
}

// underAny reports whether element e lies in a selected subtree.
func (f *flat) underAny(e int32, sel []bool) bool {
	for ; e > 0; e = f.elems[e].parent {
		if sel[e] {
			return true
		}
	}
	return false
}

// selPaths must answer as the walks up from each element do, on random
// trees with random selections, chrome flags and forms.
func TestSelPathsMatchWalks(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for round := 0; round < 300; round++ {
		n := 1 + r.Intn(60)
		f := &flat{elems: make([]hElem, n)}
		f.elems[0] = hElem{parent: -1}
		for e := 1; e < n; e++ {
			el := hElem{parent: int32(r.Intn(e)), paras: int32(r.Intn(5))}
			if r.Intn(4) == 0 {
				el.flags |= efChrome
			}
			if r.Intn(5) == 0 {
				el.flags |= efHard
			}
			if r.Intn(6) == 0 {
				el.tag = atom.Form
			}
			f.elems[e] = el
		}
		sel := make([]bool, n)
		for e := 0; e < n; e++ {
			sel[e] = r.Intn(8) == 0
		}
		for _, mask := range []uint8{efChrome, efHard, efChrome | efHard} {
			up := f.selPaths(sel, mask)
			for e := int32(0); e < int32(n); e++ {
				if got, want := up[e].under, f.under(e, sel, mask); got != want {
					t.Fatalf("round %d, element %d: under %v, walk says %v", round, e, got, want)
				}
				if got, want := up[e].any, f.underAny(e, sel); got != want {
					t.Fatalf("round %d, element %d: underAny %v, walk says %v", round, e, got, want)
				}
				if got, want := f.inFormOf(up, e), f.inForm(e, sel); got != want {
					t.Fatalf("round %d, element %d: inForm %v, walk says %v", round, e, got, want)
				}
			}
		}
	}
}
