package extract

import (
	"math/rand"
	"testing"

	"github.com/extract-dev/extract/internal/model"
)

// score's sums must be those of every block climbing from its element to
// the root, as they were added before.
func TestScoreSumsMatchClimb(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	for round := 0; round < 200; round++ {
		n := 1 + r.Intn(50)
		f := &flat{elems: make([]hElem, n)}
		f.elems[0] = hElem{parent: -1}
		for e := 1; e < n; e++ {
			f.elems[e] = hElem{parent: int32(r.Intn(e))}
		}
		for k := r.Intn(40); k > 0; k-- {
			b := hBlock{kind: model.KindParagraph, owner: int32(r.Intn(n)), runes: int32(r.Intn(300)), links: int32(r.Intn(40))}
			f.blocks = append(f.blocks, b)
		}
		want := make([]hElem, n)
		for i := range f.blocks {
			b := &f.blocks[i]
			for e := b.owner; e >= 0; e = f.elems[e].parent {
				want[e].runes += b.runes
				want[e].links += b.links
				if b.isPara() {
					want[e].paras++
				}
			}
		}
		f.score()
		for e := range want {
			g := f.elems[e]
			if g.runes != want[e].runes || g.links != want[e].links || g.paras != want[e].paras {
				t.Fatalf("round %d, element %d: sums %d/%d/%d, climb gives %d/%d/%d", round, e,
					g.runes, g.links, g.paras, want[e].runes, want[e].links, want[e].paras)
			}
		}
	}
}
