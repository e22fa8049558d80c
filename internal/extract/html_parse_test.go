package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// deepPage is a page whose template forgets to close a div in its comment
// loop, so that every comment nests one level deeper than the last.
func deepPage(comments int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Harbour bridge reopens after repairs - The Gazette</title></head><body>`)
	b.WriteString(`<article><h1>Harbour bridge reopens after repairs</h1>`)
	for i := 0; i < 4; i++ {
		b.WriteString(`<p>The harbour bridge opened again to traffic on Monday morning after eight months of repairs to its deck and cables, the city council said in a statement.</p>`)
	}
	b.WriteString(`</article><section class="comments">`)
	for i := 0; i < comments; i++ {
		b.WriteString(`<div class="comment"><p>Nice.</p>`)
	}
	b.WriteString(`</section></body></html>`)
	return b.String()
}

func TestParseHTMLDeepNesting(t *testing.T) {
	page := deepPage(700)
	if _, err := html.ParseWithOptions(strings.NewReader(page), html.ParseOptionEnableScripting(false)); err == nil {
		t.Fatal("the parser accepts the page: the test no longer exercises the fallback")
	}
	a, err := Extract([]byte(page), "deep.html", Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a.Headline != "Harbour bridge reopens after repairs" {
		t.Errorf("headline %q", a.Headline)
	}
	if len(a.Paragraphs) != 4 {
		t.Errorf("got %d paragraphs, want the 4 of the article: %q", len(a.Paragraphs), a.Paragraphs)
	}
}

func TestCapNesting(t *testing.T) {
	// Unclosed paragraphs and list items add no level: a page of them is
	// copied whole.
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString("<p>one<li>two<br>")
	}
	if got := string(capNesting(b.String(), 8)); got != b.String() {
		t.Errorf("flat page changed: %d bytes in, %d out", b.Len(), len(got))
	}
	// Levels past the cap lose their tags, and only their own end tags.
	in := "<div><div><div><span>deep</span></div></div></div><b>after</b>"
	want := "<div><div>deep</div></div><b>after</b>"
	if got := string(capNesting(in, 2)); got != want {
		t.Errorf("capNesting(%q, 2) = %q, want %q", in, got, want)
	}
	// Script text is copied as it is, even when it looks like tags.
	in = "<div><script>if (a<b) { x = '</div>' }</script></div>"
	if got := string(capNesting(in, 4)); got != in {
		t.Errorf("capNesting(%q) = %q", in, got)
	}
}

func TestParseHTMLKeepsOtherErrors(t *testing.T) {
	doc, err := parseHTML("<p>plain</p>")
	if err != nil || doc == nil {
		t.Fatalf("parseHTML of a plain page: %v", err)
	}
}
