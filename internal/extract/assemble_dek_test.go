package extract

import (
	"strings"
	"testing"
)

func TestDekNotTheWholeBody(t *testing.T) {
	// A headline over one paragraph and nothing else: the paragraph is the
	// article, not a standfirst over it.
	para := strings.Repeat("Die neue Brücke über den Fluss wurde am Samstag eröffnet. ", 8)
	page := "<html><head><title>Brücke eröffnet</title></head><body><h1>Brücke eröffnet</h1><p>" + para + "</p></body></html>"
	a, err := Extract([]byte(page), "page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dek != "" {
		t.Errorf("dek %q", a.Dek)
	}
	if len(a.Paragraphs) != 1 || a.Paragraphs[0] != strings.TrimSpace(para) {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}
