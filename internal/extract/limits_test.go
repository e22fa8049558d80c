package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
)

// article is a short page both paths read as an article.
const limitsArticle = "<html><head><title>A headline for the limits</title></head><body><article>" +
	"<h1>A headline for the limits</h1>" +
	"<p>The first paragraph of the article says what happened, where and when it happened, in a full sentence.</p>" +
	"<p>The second paragraph adds the detail that readers want to know, with another full sentence of prose.</p>" +
	"</article></body></html>"

func extractErr(t *testing.T, src []byte, opts Options) error {
	t.Helper()
	_, err := Extract(src, "page", opts)
	var xe *Error
	if err != nil && !errors.As(err, &xe) {
		t.Fatalf("error %v is not an *extract.Error", err)
	}
	return err
}

func TestLimitNodes(t *testing.T) {
	if err := extractErr(t, []byte(limitsArticle), Options{}); err != nil {
		t.Fatalf("a short page: %v", err)
	}
	if err := extractErr(t, []byte(limitsArticle), Options{MaxNodes: 5}); err == nil || !strings.Contains(err.Error(), "more than 5 HTML elements") {
		t.Fatalf("a page over MaxNodes 5: %v", err)
	}
	// Over the default: 200,001 paragraphs, each an element and a text.
	big := "<html><body>" + strings.Repeat("<p>a", defaultMaxNodes/2+1) + "</body></html>"
	err := extractErr(t, []byte(big), Options{})
	if err == nil || !strings.Contains(err.Error(), "HTML elements and text nodes, the limit") {
		t.Fatalf("a page over the default node limit: %v", err)
	}
	// Many '<' that are not tags do not count.
	text := "<html><body><p>" + strings.Repeat("a < b ", defaultMaxNodes) + "</p></body></html>"
	if err := checkNodes(text, 0, 4<<20); err != nil {
		t.Fatalf("'<' in text counted as nodes: %v", err)
	}
}

func TestLimitHTMLText(t *testing.T) {
	big := "<html><body><p>" + strings.Repeat("word ", defaultMaxLineBytes/5+1) + "</p></body></html>"
	err := extractErr(t, []byte(big), Options{})
	if err == nil || !strings.Contains(err.Error(), "page has a text of 1.0 MiB without markup, more than the limit of 1 MiB") {
		t.Fatalf("a paragraph over 1 MiB: %v", err)
	}
	// A large script is not text.
	script := "<html><head><script>" + strings.Repeat("var x = 1; ", defaultMaxLineBytes/5) + "</script></head><body>" +
		strings.TrimPrefix(limitsArticle, "<html><head>") + "</body></html>"
	if err := checkNodes(script, 0, 0); err != nil {
		t.Fatalf("a 2 MiB script: %v", err)
	}
	if err := extractErr(t, []byte(limitsArticle), Options{MaxLineBytes: 50}); err == nil || !strings.Contains(err.Error(), "more than the limit of 50 bytes") {
		t.Fatalf("MaxLineBytes 50 on HTML: %v", err)
	}
}

func TestLimitDepth(t *testing.T) {
	// Nesting past the parser's 512 levels is flattened, not refused: the
	// text at the bottom of 100,000 levels is read, in time and memory
	// that grow with the page, not with its depth squared.
	const n = 100_000
	deep := "<html><body>" + strings.Repeat("<div>", n) + limitsArticle + strings.Repeat("</div>", n) + "</body></html>"
	a, err := Extract([]byte(deep), "deep.html", Options{})
	if err != nil {
		t.Fatalf("100,000 nested elements: %v", err)
	}
	if len(a.Paragraphs) == 0 {
		t.Fatal("100,000 nested elements: no paragraph read")
	}
	// Just under the parser's limit the page takes the single parse.
	ok := "<html><body>" + strings.Repeat("<div>", 400) + limitsArticle + "</body></html>"
	if err := extractErr(t, []byte(ok), Options{}); err != nil {
		t.Fatalf("400 nested elements: %v", err)
	}
}

func TestLimitLineLength(t *testing.T) {
	page := "Headline of the page\n\n" + strings.Repeat("word ", defaultMaxLineBytes/5+1) + "\n\nA last line.\n"
	err := extractErr(t, []byte(page), Options{Input: FormatText})
	if err == nil || !strings.Contains(err.Error(), "line 3 is 1.0 MiB long") {
		t.Fatalf("a line over 1 MiB: %v", err)
	}
	short := "Headline\n\n" + strings.Repeat("A sentence of prose that goes on. ", 10) + "\n"
	err = extractErr(t, []byte(short), Options{Input: FormatText, MaxLineBytes: 100})
	if err == nil || !strings.Contains(err.Error(), "more than the limit of 100 bytes") {
		t.Fatalf("a line over MaxLineBytes 100: %v", err)
	}
	if err := checkLineLength(short, 1000); err != nil {
		t.Fatalf("lines under the limit: %v", err)
	}
}

func TestLimitSizeAndGzipBomb(t *testing.T) {
	err := extractErr(t, []byte(limitsArticle), Options{MaxBytes: 100})
	if err == nil || !strings.Contains(err.Error(), "more than the limit of 100 bytes") {
		t.Fatalf("a page over MaxBytes: %v", err)
	}
	// 80 MiB of markup in about 120 KB of gzip: refused, not expanded.
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	chunk := bytes.Repeat([]byte("<div>"), 1<<16)
	for i := 0; i < (80<<20)/len(chunk); i++ {
		zw.Write(chunk)
	}
	zw.Close()
	err = extractErr(t, buf.Bytes(), Options{})
	if err == nil || !strings.Contains(err.Error(), "gzip") {
		t.Fatalf("a gzip bomb: %v", err)
	}
	t.Logf("gzip bomb of %d bytes: %v", buf.Len(), err)
}

// Raw page text is bounded in lines as HTML is in nodes: a page of
// millions of one-letter lines would cost gigabytes, while blank lines,
// which cost nothing, are not counted.
func TestLimitTextLines(t *testing.T) {
	page := "Headline of the page\n\n" + strings.Repeat("A sentence of prose that goes on and on.\n", 40)
	if err := extractErr(t, []byte(page), Options{Input: FormatText}); err != nil {
		t.Fatalf("a short page: %v", err)
	}
	err := extractErr(t, []byte(page), Options{Input: FormatText, MaxNodes: 30})
	if err == nil || !strings.Contains(err.Error(), "more than 30 lines of text, the limit") {
		t.Fatalf("a page over MaxNodes 30: %v", err)
	}
	many := strings.Repeat("a\n", defaultMaxNodes+1)
	err = extractErr(t, []byte(many), Options{Input: FormatText})
	if err == nil || !strings.Contains(err.Error(), "lines of text, the limit") {
		t.Fatalf("a page over the default line limit: %v", err)
	}
	blank := page + strings.Repeat("\n \r\n", defaultMaxNodes)
	if err := checkLines(blank, 0); err != nil {
		t.Fatalf("blank lines counted: %v", err)
	}
	if err := checkLines(many, defaultMaxNodes+1); err != nil {
		t.Fatalf("a page at the limit: %v", err)
	}
}
