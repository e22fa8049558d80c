package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestMetaTextDigitsFullWidth checks that full-width digits count as
// digits, so that a date written in them reaches findDate.
func TestMetaTextDigitsFullWidth(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p>公開 ２０２５年</p><span>日 １</span><i>Ｅ</i>`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"p": 2, "span": 1, "i": 0}
	for n := range doc.Descendants() {
		if w, ok := want[n.Data]; ok && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			if got := metaTextDigits(n, 200, false); got != w {
				t.Errorf("<%s>: %d digits, want %d", n.Data, got, w)
			}
		}
	}
}

// TestMetaFullWidthDateLine checks that a visible date line in full-width
// digits becomes a publication candidate.
func TestMetaFullWidthDateLine(t *testing.T) {
	m := metaOf(t, `<html><body><article><h1>見出し</h1><p>２０２５年１０月１８日</p><p>`+strings.Repeat("本文です。", 30)+`</p></article></body></html>`)
	if len(m[fieldPublished]) == 0 {
		t.Fatalf("no publication date among %v", m)
	}
}
