package extract

import (
	"strings"
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

// hiddenNode is the hidden check blockAttrs replaced, kept as its reference.
func hiddenNode(n *html.Node) bool {
	for i := range n.Attr {
		a := &n.Attr[i]
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if (strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden")) && styleHides(a.Val) {
				return true
			}
		case "class":
			if hiddenClass(a.Val) {
				return true
			}
		}
	}
	return false
}

// blockAttrs must answer in one pass what hiddenNode, classFlags and
// htmlAttr(n, "role") answer, whatever the order and repeats of the
// attributes.
func TestBlockAttrsOnePass(t *testing.T) {
	pool := []html.Attribute{
		{Key: "class", Val: "content"}, {Key: "class", Val: "Hidden"}, {Key: "class", Val: ""},
		{Key: "id", Val: "sidebar"}, {Key: "id", Val: ""}, {Key: "hidden"}, {Key: "aria-hidden", Val: "true"},
		{Key: "aria-hidden", Val: "false"}, {Key: "style", Val: "Display : NONE"}, {Key: "style", Val: "border:none"},
		{Key: "role", Val: "navigation"}, {Key: "role", Val: "main"}, {Key: "role", Val: "x", Namespace: "xlink"},
		{Key: "data-role", Val: "menu"},
	}
	f := &flat{}
	// Every pair and triple of the pool, in order.
	for i := range pool {
		for j := range pool {
			for k := -1; k < len(pool); k++ {
				attr := []html.Attribute{pool[i], pool[j]}
				if k >= 0 {
					attr = append(attr, pool[k])
				}
				n := &html.Node{Type: html.ElementNode, Data: "div", Attr: attr}
				var a blockAttrs
				a.read(n)
				if a.hidden != hiddenNode(n) {
					t.Errorf("%v: hidden %v, want %v", attr, a.hidden, hiddenNode(n))
				}
				if a.role != htmlAttr(n, "role") {
					t.Errorf("%v: role %q, want %q", attr, a.role, htmlAttr(n, "role"))
				}
				if got, want := f.classFlagsFrom(n, &a), classFlags(n); got != want {
					t.Errorf("%v: class flags %b, want %b", attr, got, want)
				}
			}
		}
	}
}
