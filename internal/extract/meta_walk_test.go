package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaWalk must read what the walk with closures it replaced read: the
// same text, digits and leads, for every element of a sample of pages and
// at limits that cut texts short.
func TestMetaWalkAsReference(t *testing.T) {
	docs := []string{
		`<div><p>Posted <b>1</b></p><span>x</span>` + strings.Repeat("a", 30) + `<i>2</i><p>2021</p></div>`,
		`<div> <span>  B</span><b>y</b> Jane<script type="application/ld+json">{"a": 1}</script><script>var x</script></div>`,
		`<div><style>x{}</style><noscript>no</noscript>` + "\u00a0\u2003" + `<i>Ü</i>ber <p>x</p><br>y<td>z</td><button>b</button></div>`,
		`<div>` + strings.Repeat(" ", 210) + `<b>By</b> X</div>`,
	}
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "dev", "html")
	if names, _ := filepath.Glob(filepath.Join(corpus, "*.html.gz")); len(names) > 0 {
		for i := 0; i < len(names) && i < 300; i += 25 {
			data, err := os.ReadFile(names[i])
			if err != nil {
				t.Fatal(err)
			}
			doc, err := decode(data, Options{Input: FormatHTML})
			if err != nil {
				continue
			}
			docs = append(docs, doc.text)
		}
	} else {
		t.Logf("no dev corpus under %s: synthetic pages only", corpus)
	}
	for _, src := range docs {
		root, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		for n := range root.Descendants() {
			if n.Type != html.ElementNode || n.DataAtom == atom.Html {
				continue
			}
			for _, spaced := range []bool{false, true} {
				for _, max := range []int{0, 3, 40, 200} {
					var b strings.Builder
					metaWalkTextRef(n, max, spaced, func(s string) { b.WriteString(s) }, nil)
					want := metaSpace(b.String())
					if got := metaTextOf(n, max, spaced); got != want {
						t.Fatalf("<%s> max %d spaced %v: text %.80q, reference %.80q", n.Data, max, spaced, got, want)
					}
					digits := 0
					for _, c := range want {
						if '0' <= c && c <= '9' && digits < 2 {
							digits++
						}
					}
					if got := metaTextDigits(n, max, spaced); got != digits {
						t.Fatalf("<%s> max %d spaced %v: %d digits, reference text %.80q", n.Data, max, spaced, got, want)
					}
					if max == 200 && spaced {
						lead := []rune(want)
						if len(lead) > 6 {
							lead = lead[:6]
						}
						var buf [6]rune
						if got := metaCreditLead(n, &buf); string(got) != string(lead) {
							t.Fatalf("<%s>: credit lead %q, reference text %.80q", n.Data, string(got), want)
						}
					}
				}
			}
			var buf [6]rune
			lead := metaCreditLead(n, &buf)
			if len(lead) > 0 && lead[0] != metaFirstRune(n) {
				t.Fatalf("<%s>: lead %q opens otherwise than the first rune %q", n.Data, string(lead), metaFirstRune(n))
			}
		}
	}
}

// metaWalkTextRef is the walk metaWalk replaced, kept as its reference.
func metaWalkTextRef(n *html.Node, max int, spaced bool, emit func(string), done func() bool) {
	size := 0
	put := func(s string) {
		size += len(s)
		emit(s)
	}
	more := func() bool { return size <= max && (done == nil || !done()) }
	var f func(*html.Node)
	f = func(n *html.Node) {
		if !more() {
			return
		}
		switch n.Type {
		case html.TextNode:
			put(n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Button, atom.Select:
				return
			case atom.Script:
				// Scripts hold code, not text; JSON-LD is read whole.
				if metaJSONScript(n) {
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						put(c.Data)
					}
				}
				return
			case atom.Br, atom.P, atom.Div, atom.Li, atom.Td, atom.Th:
				put(" ")
			default:
				if spaced {
					put(" ")
				}
			}
		}
		for c := n.FirstChild; c != nil && more(); c = c.NextSibling {
			f(c)
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.Div, atom.Li, atom.Td, atom.Th:
				put(" ")
			default:
				if spaced {
					put(" ")
				}
			}
		}
	}
	f(n)
}
