package model

import (
	"bytes"
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
)

// render reads Markdown back with a CommonMark parser, so that the tests
// check what a reader of our output gets, not the strings we meant to write.
func render(t testing.TB, md []byte) string {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.Convert(md, &out); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	return out.String()
}

var onePara = regexp.MustCompile(`\A<p>([^<]*)</p>\n\z`)

// paragraphText is the text a paragraph is expected to read back as: its
// lines trimmed, blank ones dropped (they would end the paragraph), and NUL
// replaced as CommonMark requires.
func paragraphText(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.ReplaceAll(strings.Join(lines, "\n"), "\x00", "\uFFFD")
}

// escapeCases are texts that would turn into markup if written raw.
var escapeCases = []string{
	"plain text stays plain",
	"# not a heading",
	"## nor this",
	"#hashtag at the start",
	"Rank #1 in the league",
	"> not a quote",
	"- not a list item",
	"-",
	"+ not a list item either",
	"* nor this",
	"---",
	"- - -",
	"***",
	"___",
	"===",
	"1. not an ordered item",
	"2025. The year it began.",
	"3) not this either",
	"123456789. nine digits",
	"1234567890. ten digits is no marker",
	"3.5 million people",
	"-5 degrees overnight",
	"a *b* c",
	"snake_case and _emphasis_",
	"**strong**",
	"`code` and ``more``",
	"[a link](https://example.com)",
	"![an image](x.png)",
	"[ref]: https://example.com",
	"<b>bold</b> and <https://example.com>",
	"a < b > c",
	`back\slash and \*escaped\*`,
	"trailing backslash \\",
	"AT&T and &copy; and &#169; and &#xA9; and & alone",
	"~~~ not a fence",
	"```not a fence",
	"    four spaces of indent",
	"\ttab indent",
	"line one\n# line two looks like a heading",
	"line one\n===",
	"line one\n---",
	"line one\n\n\nafter blank lines",
	"two trailing spaces  \nnext line",
	"unicode — “quotes” « guillemets » 中文 العربية",
	"NUL \x00 byte",
	"| a | table | row |",
	"foo\\\nbar",
}

func TestMarkdownEscapesParagraphs(t *testing.T) {
	for _, s := range escapeCases {
		a := &Article{Paragraphs: []string{s}}
		md := a.Markdown(MarkdownOptions{})
		got := render(t, md)
		m := onePara.FindStringSubmatch(got)
		if m == nil {
			t.Errorf("%q\nwrote %q\nwhich reads as %q, not one plain paragraph", s, md, got)
			continue
		}
		if text := html.UnescapeString(m[1]); text != paragraphText(s) {
			t.Errorf("%q\nwrote %q\nwhich reads back as %q", s, md, text)
		}
	}
}

func TestEscapeLine(t *testing.T) {
	// The exact form matters for people reading the Markdown: escape what
	// must be escaped, and leave ordinary text alone.
	for _, tc := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"# heading", `\# heading`},
		{"> quote", `\> quote`},
		{"- item", `\- item`},
		{"-5 degrees", "-5 degrees"},
		{"+ item", `\+ item`},
		{"1. item", `1\. item`},
		{"3) item", `3\) item`},
		{"3.5 million", "3.5 million"},
		{"2025.", `2025\.`},
		{"a*b*c", `a\*b\*c`},
		{"snake_case", `snake\_case`},
		{"`code`", "\\`code\\`"},
		{"[x](y)", `\[x\](y)`},
		{"a <b> c", `a \<b> c`},
		{"a > b", "a > b"},
		{`back\slash`, `back\\slash`},
		{"AT&T", "AT&T"},
		{"&amp;", `\&amp;`},
		{"===", `\===`},
		{"~~~", `\~~~`},
		{"3.5 * 2", `3.5 \* 2`},
	} {
		if got := escapeLine(tc.in); got != tc.want {
			t.Errorf("escapeLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMarkdownStructure(t *testing.T) {
	a := &Article{
		Headline:  "Rates rise to 5% — #1 story",
		Dek:       "The *bank* acts",
		Byline:    "By Jane Doe",
		Timestamp: "2025-10-18T07:46:00",
		Paragraphs: []string{
			"First paragraph.",
			"A subheading",
			"apples",
			"pears",
			"one",
			"two",
			"A quote.",
			"Its second paragraph.",
			"x := `y`\n  indented",
			"- last words",
		},
		Kinds: []Kind{KindParagraph, KindHeading, KindItem, KindItem, KindOrdered, KindOrdered, KindQuote, KindQuote, KindCode, KindParagraph},
	}
	md := string(a.Markdown(MarkdownOptions{}))
	want := "# Rates rise to 5% — \\#1 story\n\n" +
		"*The \\*bank\\* acts*\n\n" +
		"By Jane Doe · 2025-10-18T07:46:00\n\n" +
		"First paragraph.\n\n" +
		"## A subheading\n\n" +
		"- apples\n- pears\n\n" +
		"1. one\n2. two\n\n" +
		"> A quote.\n>\n> Its second paragraph.\n\n" +
		"```\nx := `y`\n  indented\n```\n\n" +
		"\\- last words\n"
	if md != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", md, want)
	}
	got := render(t, []byte(md))
	for _, frag := range []string{
		"<h1>Rates rise to 5% — #1 story</h1>",
		"<p><em>The *bank* acts</em></p>",
		"<p>By Jane Doe · 2025-10-18T07:46:00</p>",
		"<h2>A subheading</h2>",
		"<ul>\n<li>apples</li>\n<li>pears</li>\n</ul>",
		"<ol>\n<li>one</li>\n<li>two</li>\n</ol>",
		"<blockquote>\n<p>A quote.</p>\n<p>Its second paragraph.</p>\n</blockquote>",
		"<pre><code>x := `y`\n  indented\n</code></pre>",
		"<p>- last words</p>",
	} {
		if !strings.Contains(got, frag) {
			t.Errorf("rendered HTML lacks %q:\n%s", frag, got)
		}
	}
}

func TestMarkdownEdges(t *testing.T) {
	// Nothing known: an empty document, not stray markers.
	if md := (&Article{}).Markdown(MarkdownOptions{}); len(md) != 0 {
		t.Errorf("empty article gave %q", md)
	}
	// Only a timestamp: the credit line without a dangling separator.
	md := string((&Article{Timestamp: "2025-10-18", Paragraphs: []string{"Body."}}).Markdown(MarkdownOptions{}))
	if md != "2025-10-18\n\nBody.\n" {
		t.Errorf("timestamp only: %q", md)
	}
	// A standfirst the body opens with is shown once; another is shown.
	lead := "Gusts of 120 km/h hit the coast."
	md = string((&Article{Headline: "Storm", Dek: lead, Paragraphs: []string{lead, "More."}}).Markdown(MarkdownOptions{}))
	if md != "# Storm\n\n"+lead+"\n\nMore.\n" {
		t.Errorf("dek repeated by the body: %q", md)
	}
	md = string((&Article{Headline: "Storm", Dek: "The day in brief.", Paragraphs: []string{lead}}).Markdown(MarkdownOptions{}))
	if md != "# Storm\n\n*The day in brief.*\n\n"+lead+"\n" {
		t.Errorf("dek: %q", md)
	}
	// A headline over several lines stays one heading.
	md = string((&Article{Headline: "Two\nlines"}).Markdown(MarkdownOptions{}))
	if md != "# Two lines\n" {
		t.Errorf("multi-line headline: %q", md)
	}
	// A code block holding a fence gets a longer fence.
	md = string((&Article{Paragraphs: []string{"```\ncode\n```"}, Kinds: []Kind{KindCode}}).Markdown(MarkdownOptions{}))
	if got := render(t, []byte(md)); got != "<pre><code>```\ncode\n```\n</code></pre>\n" {
		t.Errorf("fence inside code: wrote %q, reads as %q", md, got)
	}
	// A list item over several lines stays in the item.
	md = string((&Article{Paragraphs: []string{"first\n# second"}, Kinds: []Kind{KindItem}}).Markdown(MarkdownOptions{}))
	if got := render(t, []byte(md)); got != "<ul>\n<li>first\n# second</li>\n</ul>\n" {
		t.Errorf("multi-line item: wrote %q, reads as %q", md, got)
	}
	// An ordered run restarts its numbers after another kind of block.
	a := &Article{Paragraphs: []string{"a", "b", "break", "c"}, Kinds: []Kind{KindOrdered, KindOrdered, KindParagraph, KindOrdered}}
	if md := string(a.Markdown(MarkdownOptions{})); md != "1. a\n2. b\n\nbreak\n\n1. c\n" {
		t.Errorf("ordered runs: %q", md)
	}
}

func TestFrontMatter(t *testing.T) {
	a := &Article{
		Headline:  `He said "yes": 12:30 # not a comment`,
		Byline:    "@reporter",
		Authors:   []string{"Jane Doe", "O'Brien"},
		Timestamp: "2025-10-18",
		Language:  "en",
		Source:    &Source{Path: "pages/a.html", Format: "html", Charset: "utf-8"},
		Paragraphs: []string{
			"Body.",
		},
	}
	md := string(a.Markdown(MarkdownOptions{FrontMatter: true}))
	want := "---\n" +
		`headline: "He said \"yes\": 12:30 # not a comment"` + "\n" +
		`byline: "@reporter"` + "\n" +
		"authors:\n" +
		`  - "Jane Doe"` + "\n" +
		`  - "O'Brien"` + "\n" +
		`timestamp: "2025-10-18"` + "\n" +
		`language: "en"` + "\n" +
		"source:\n" +
		`  path: "pages/a.html"` + "\n" +
		`  format: "html"` + "\n" +
		`  charset: "utf-8"` + "\n" +
		"---\n\n" +
		"# He said \"yes\": 12:30 \\# not a comment\n\n" +
		"@reporter · 2025-10-18\n\n" +
		"Body.\n"
	if md != want {
		t.Errorf("front matter:\n%s\nwant:\n%s", md, want)
	}
}

// TestYAMLQuote checks that every quoted value is a JSON string too (YAML
// 1.2 reads JSON strings as double-quoted scalars) that decodes to the
// original text.
func TestYAMLQuote(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " and backslash \`, "new\nline\ttab\rcr",
		"bell \a nul \x00 del \x7f", "c1 \u0085 control", "separators \u2028 \u2029",
		"bom \ufeff", "yes", "no", "~", "null", "12:30", "- dash", "# hash", "emoji 🎉 中文",
	} {
		q := yamlQuote(s)
		var back string
		if err := json.Unmarshal([]byte(q), &back); err != nil {
			t.Errorf("yamlQuote(%q) = %s, not a valid quoted string: %v", s, q, err)
			continue
		}
		if back != s {
			t.Errorf("yamlQuote(%q) = %s reads back as %q", s, q, back)
		}
		for _, r := range q {
			if r < 0x20 || r == 0x2028 || r == 0x2029 || r == 0x85 {
				t.Errorf("yamlQuote(%q) = %s holds a raw %U", s, q, r)
			}
		}
	}
	if q := yamlQuote("bad \xff byte"); !utf8.ValidString(q) {
		t.Errorf("invalid UTF-8 was written raw: %q", q)
	}
}

// FuzzMarkdownParagraph checks the escaping on any text: a paragraph reads
// back as itself.
func FuzzMarkdownParagraph(f *testing.F) {
	for _, s := range escapeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\v\f\u0085\u00a0\u2028\u2029\u1680\u3000") {
			t.Skip() // line and space characters outside CommonMark's own
		}
		if paragraphText(s) == "" {
			t.Skip()
		}
		md := (&Article{Paragraphs: []string{s}}).Markdown(MarkdownOptions{})
		got := render(t, md)
		m := onePara.FindStringSubmatch(got)
		if m == nil {
			t.Fatalf("%q\nwrote %q\nwhich reads as %q, not one plain paragraph", s, md, got)
		}
		if text := html.UnescapeString(m[1]); text != paragraphText(s) {
			t.Fatalf("%q\nwrote %q\nwhich reads back as %q", s, md, text)
		}
	})
}
