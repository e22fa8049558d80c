package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// digitMemo must answer what metaTextDigits answers, for every element
// and at limits that cut texts short, whichever elements are asked about
// first.
func TestDigitMemoAsWalk(t *testing.T) {
	docs := []string{
		`<div><p>Posted <b>1</b></p><span>x</span>` + strings.Repeat("a", 30) + `<i>2</i><p>2021</p></div>`,
		`<div> <span>  B</span><b>1</b> Jane<script type="application/ld+json">{"a": 12}</script><script>var x = 12</script></div>`,
		`<div><style>x{1}</style><noscript>no 12</noscript><i>Ü</i>ber 3<p>x</p><br>y4<td>z</td><button>b <span>12</span></button><select><option>1</option><option>2</option></select>5</div>`,
		`<p>` + strings.Repeat(" ", 190) + `<b>1</b>` + strings.Repeat("x", 20) + `<i>2</i></p><p>２０２５年</p><p>x２</p><p>` + "1\xef\xbc\x91" + `</p><p>` + "2\xef\xbc" + `</p>`,
		`<div><svg><text>12</text></svg><template><p>12</p></template><span>1</span><!-- 2 --><span>2</span></div>`,
		`<ul><li>1<li>2<li>` + strings.Repeat("y", 400) + `3</ul><table><tr><td>1</td><th>2</th></tr></table>`,
		// Past digitLimit: reads cut short.
		`<span><i>1</i>` + strings.Repeat("<b>x</b>", 120) + `<b>2</b><em>3<i>4</i></em></span><span>` + strings.Repeat("z ", 300) + `<b>5<i>6</i></b></span>`,
		`<div><button>` + strings.Repeat("<i>w</i>", 300) + `<b>1</b></button><span>2</span><p>3</p>` + strings.Repeat("<a>v</a>", 300) + `<p>4<b>5</b></p></div>`,
	}
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "dev", "html")
	if dir := os.Getenv("EXTRACT_BENCH_CORPUS"); dir != "" {
		corpus = filepath.Join(dir, "html")
	}
	if names, _ := filepath.Glob(filepath.Join(corpus, "*.html.gz")); len(names) > 0 {
		for i := 0; i < len(names) && i < 400; i += 20 {
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
	checked := 0
	for _, src := range docs {
		root, err := parseHTML(src)
		if err != nil {
			t.Fatal(err)
		}
		// Elements in document order, indexed from 1 as the metadata
		// walk counts them.
		var els []*html.Node
		for n := range root.Descendants() {
			if n.Type == html.ElementNode {
				els = append(els, n)
			}
		}
		for _, step := range []int{1, 3, 7} {
			var d digitMemo
			// Every step-th element, backwards from the last when the
			// step is 7, so that children come before parents too.
			for k := range els {
				i := k
				if step == 7 {
					i = len(els) - 1 - k
				}
				if i%step != 0 {
					continue
				}
				n := els[i]
				for _, max := range []int{0, 1, 3, 40, 60, 120, 200, 400} {
					want := metaTextDigits(n, max, false)
					if got := d.digits(n, i+1, max); got != want {
						t.Fatalf("<%s> #%d max %d: %d digits, metaTextDigits %d", n.Data, i+1, max, got, want)
					}
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Error("nothing checked")
	}
}
