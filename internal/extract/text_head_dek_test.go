package extract

import "testing"

func TestDekInsideBodyStays(t *testing.T) {
	lead := "The council decided on Tuesday to rebuild the old crossing."
	for pos, keep := range map[int]bool{0: false, 1: true} {
		p := &page{
			blocks: []block{{kind: "p", text: lead}, {kind: "p", text: "Work starts in spring."}},
			cands: []candidate{
				{field: fieldHeadline, origin: originVisible, value: "Bridge vote"},
				{field: fieldDek, origin: originVisible, value: lead, pos: pos},
			},
		}
		a := assemble(p, Options{})
		if a.Dek != lead {
			t.Errorf("pos %d: dek %q", pos, a.Dek)
		}
		if got := len(a.Paragraphs) == 2; got != keep {
			t.Errorf("pos %d: paragraphs %q", pos, a.Paragraphs)
		}
	}
}
