package extract

import "github.com/extract-dev/extract/internal/model"

// assemble chooses the Article's fields from a page's candidates.
// Stub: the assembler owner replaces it.
func assemble(p *page, opts Options) *model.Article {
	a := &model.Article{}
	for _, b := range p.blocks {
		a.Paragraphs = append(a.Paragraphs, b.text)
		a.Kinds = append(a.Kinds, b.kind)
	}
	return a
}
