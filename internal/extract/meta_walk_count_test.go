package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaHoldsArticle and htmlCountElements walk the tree by hand; they must
// agree with the same questions put through n.Descendants, on every
// element of the test pages.
func TestTreeWalksByHand(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*.html"))
	if len(names) == 0 {
		t.Skip("no test pages under testdata/pages")
	}
	checked := 0
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(string(src)))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			var holds bool
			var count int32
			for d := range n.Descendants() {
				if d.Type == html.ElementNode {
					count++
					if d.DataAtom == atom.Main || d.DataAtom == atom.Article || d.DataAtom == atom.H1 {
						holds = true
					}
				}
			}
			if got := metaHoldsArticle(n); got != holds {
				t.Errorf("%s: metaHoldsArticle(<%s>) = %v, want %v", name, n.Data, got, holds)
			}
			if got := htmlCountElements(n); got != count {
				t.Errorf("%s: htmlCountElements(<%s>) = %d, want %d", name, n.Data, got, count)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no node checked")
	}
}
