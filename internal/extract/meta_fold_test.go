package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// foldSamples are class, id and style values of the kinds pages carry,
// with the case, space and non-ASCII variants the in-place readers must
// treat as the lower-casing ones do.
var foldSamples = []string{
	"", " ", "entry-content clearfix", "Sidebar", "site-NAV", "nav", "navn", "navs", "ads", "AD",
	"category-comments tag-share", "cat-nav topic-menu", "most-read-box", "MORE-STORIES", "x read-more",
	"promoted", "promos", "footer-links", "commentlist", "c-Related__items", "byline", "Author-Name",
	"post-date", "DateLine", "sub_head", "kicker-text", "article-sub", "TimeStamp", "data-info",
	"display:none", "display: none", "DISPLAY : NONE", "display:block;border:none", "visibility : Hidden",
	"overflow:hidden", "dis play:none", " display:none", "display:no ne", "caché nav", "İnfo", "\u212aicker",
	"naïve sidebar", "\u00a0nav", "x\tmenu\ny", "a  b", "déjà-vu share",
}

// fuzzFold returns random values made of the words above and separators.
func fuzzFold(n int) []string {
	r := rand.New(rand.NewSource(1))
	parts := []string{"nav", "Nav", "share", "date", "AUTHOR", "sub", "head", "-", "_", " ", "\t", ":", "none",
		"display", "visibility", "hidden", "ad", "s", "é", "İ", "comment", "lead", "x", "9", "read", "more", "most", "tag-", "category-"}
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.Intn(7); k >= 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		out[i] = b.String()
	}
	return out
}

func TestMetaFoldReaders(t *testing.T) {
	for _, list := range [][]string{keyBylineWords, keyDateWords, keyDekWords} {
		for _, w := range list {
			if len(w) < 3 {
				t.Errorf("key word %q: metaKeyKindsFold reads words of three bytes or more", w)
			}
			if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
				t.Errorf("key word %q: keyPairTable needs two lower-case ASCII letters first", w)
			}
		}
	}
	for _, s := range append(foldSamples, fuzzFold(5000)...) {
		if got, want := metaKeyKindsFold(s), metaKeyKinds(strings.ToLower(s)); got != want {
			t.Errorf("metaKeyKindsFold(%q) = %d, want %d", s, got, want)
		}
		if metaASCII(s) {
			if got, want := metaChromeWords(s), metaChromeKey(s, ""); got != want {
				t.Errorf("metaChromeWords(%q) = %v, metaChromeKey %v", s, got, want)
			}
		}
		l := strings.ToLower(strings.ReplaceAll(s, " ", ""))
		want := strings.Contains(l, "display:none") || strings.Contains(l, "visibility:hidden")
		if got := styleHides(s); got != want {
			t.Errorf("styleHides(%q) = %v, want %v", s, got, want)
		}
	}
}

// metaFoldBytes must fold as metaSpace does, white space of every kind and
// invalid UTF-8 included.
func TestMetaFoldBytes(t *testing.T) {
	samples := append([]string{"", " ", "  a  ", "a\u00a0\u00a0b", "\u0085x\u2003y\u3000", "\xffa \xe2\x80 b", "a\tb\nc\vd\fe\rf",
		" 12. Mai 2024 | Politik ", "\u00a0", "x\u200by"}, foldSamples...)
	samples = append(samples, fuzzFold(5000)...)
	for _, s := range samples {
		if got, want := string(metaFoldBytes([]byte(s))), metaSpace(s); got != want {
			t.Errorf("metaFoldBytes(%q) = %q, want %q", s, got, want)
		}
	}
}
