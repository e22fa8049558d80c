package extract

import (
	"testing"

	"golang.org/x/net/html"
)

// classFlags lower-cases and drops taxonomy classes in a buffer for ASCII
// values; it must read them as the string path (classFlagsUnicode) does.
func TestHTMLClassFlagsBufferMatchesStrings(t *testing.T) {
	attrs := [][]html.Attribute{
		{{Key: "class", Val: "Article__Content js-truncate-related-to-my-size"}},
		{{Key: "class", Val: "js-related-articles"}},
		{{Key: "class", Val: "post tag-cookie-recipes category-social\tformat-standard"}},
		{{Key: "class", Val: "tag-a tag-b"}, {Key: "id", Val: "Sidebar"}},
		{{Key: "id", Val: "main"}, {Key: "class", Val: "has-comments  no-sidebar entry-content"}},
		{{Key: "class", Val: "node node-promoted promoted"}},
		{{Key: "class", Val: "Promoted Story"}},
		{{Key: "class", Val: "AD-slot"}},
		{{Key: "class", Val: "top ad"}},
		{{Key: "class", Val: "header-wrap"}, {Key: "id", Val: "NAV"}},
		{{Key: "class", Val: "som-Buttons js-sharebuttons"}},
		{{Key: "class", Val: "post_tag-x entry-author-y post-author-z topic-q tags-r with-s"}},
		{{Key: "href", Val: "/comments"}, {Key: "class", Val: ""}},
	}
	for _, a := range attrs {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: a}
		if got, want := classFlags(n), classFlagsUnicode(n); got != want {
			t.Errorf("%v: classFlags %b, string path %b", a, got, want)
		}
	}
	// The Kelvin sign lower-cases to an ASCII "k", as strings.ToLower
	// reads it: "\u212Aeyword" is the weak word "keyword".
	n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: "\u212Aeyword"}}}
	if fl := classFlags(n); fl&efWeak == 0 {
		t.Errorf("class with the Kelvin sign: flags %b, want weak chrome", fl)
	}
}

// wordsIn passes over a place whose first two bytes begin no word: every
// word must have two bytes, and each must still be found.
func TestHTMLClassWordSetFindsEveryWord(t *testing.T) {
	for list, words := range map[uint8][]string{
		inHard: hardChrome, inStrong: strongChrome, inWeak: weakChrome, inPositive: positiveSubstrings,
	} {
		for _, x := range words {
			if len(x) < 2 {
				t.Fatalf("word %q: the index needs two bytes", x)
			}
			if got := wordsIn(classSet, "x-"+x+"-y"); got&list == 0 {
				t.Errorf("word %q not found in its list (got %b)", x, got)
			}
		}
	}
	if got := wordsIn(classSet, "zzqqx"); got != 0 {
		t.Errorf("no word in %q, got %b", "zzqqx", got)
	}
}

func TestHTMLClassHasHook(t *testing.T) {
	for v, want := range map[string]bool{
		"js-share": true, "post\tjs-x": true, "post  js-x": true,
		"has-js-x": false, "js": false, "post js": false, "": false,
		"has-js-x js-y": true, "ajs-x bjs-y": false, "js-": true, "x js-": true, "has-js-": false,
	} {
		if got := hasHook([]byte(v)); got != want {
			t.Errorf("hasHook(%q) = %v, want %v", v, got, want)
		}
	}
}
