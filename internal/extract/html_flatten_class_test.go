package extract

import (
	"testing"

	"golang.org/x/net/html"
)

// The flattener's class memo must answer as classFlags,
// whatever the class and id, on the first question and the ones after.
func TestFlattenClassMemo(t *testing.T) {
	classes := []string{"", "content", "Entry-Content post", "sidebar", "comments", "tag-comments category-news", "js-related article-body",
		"nav", "AD", "header-main", "node-promoted story", "has-sidebar single", "hidden", "sr-only visually-hidden", "d-none promo",
		"Ärger navigation", "\u212aomment", "SHARE-bar", "article tags", "meta", "no-comments main"}
	ids := []string{"", "main", "Footer", "related-posts", "ads", "post-1234", "ünïcode", "toc"}
	f := &flat{}
	for round := 0; round < 2; round++ {
		for _, class := range classes {
			for _, id := range ids {
				for _, order := range []bool{false, true} {
					var attr []html.Attribute
					if class != "" {
						attr = append(attr, html.Attribute{Key: "class", Val: class})
					}
					if id != "" {
						attr = append(attr, html.Attribute{Key: "id", Val: id})
					}
					if order && len(attr) == 2 {
						attr[0], attr[1] = attr[1], attr[0]
					}
					attr = append(attr, html.Attribute{Key: "data-x", Val: "1"})
					n := &html.Node{Type: html.ElementNode, Data: "div", Attr: attr}
					if got, want := f.classFlagsOf(n), classFlags(n); got != want {
						t.Errorf("round %d: classFlagsOf(class %q, id %q) = %b, want %b", round, class, id, got, want)
					}
				}
			}
		}
	}
	if len(f.classMemo) == 0 {
		t.Error("the memo kept no class")
	}
}
