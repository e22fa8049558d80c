package extract

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// Limits on what one page may cost, checked after decoding and before a
// path builds anything in proportion to the page. The input size and the
// gzip expansion are bounded in decode.go (Options.MaxBytes,
// maxGzipRatio). Depth needs no check of ours: the HTML parser stops at
// 512 elements open at once, and html_parse.go reparses such a page with
// its nesting capped, in linear time.
const (
	// defaultMaxNodes bounds the elements and text nodes of an HTML page,
	// and the lines of raw page text, when Options.MaxNodes is 0. Large news pages have 10,000 to 30,000;
	// each costs about a kilobyte of memory and 20 µs once parsed and
	// flattened, so the limit holds a page near 200 MB and a few seconds.
	defaultMaxNodes = 200_000
	// defaultMaxLineBytes bounds one line of raw page text, and one run
	// of text between HTML tags, when Options.MaxLineBytes is 0. A
	// paragraph of a megabyte is some 150,000 words: no page has one,
	// while a dump without line ends does, and a 50 MB text node costs
	// the HTML path over half a gigabyte.
	defaultMaxLineBytes = 1 << 20
)

// checkLimits refuses a decoded page that is over a limit for its path.
func checkLimits(doc *document, opts Options) error {
	if doc.format == FormatHTML {
		return checkNodes(doc.text, opts.MaxNodes, opts.MaxLineBytes)
	}
	if err := checkLineLength(doc.text, opts.MaxLineBytes); err != nil {
		return err
	}
	return checkLines(doc.text, opts.MaxNodes)
}

// checkLines refuses raw page text of more lines holding text than the
// limit, the text path's counterpart of the node limit: every such line
// costs the reader about 140 bytes, so 64 MiB of one-letter lines would
// take over 4 GB, where the longest pages copied from a browser hold a few
// thousand lines. Blank lines cost next to nothing and are not counted;
// a count of the line ends clears most pages at once.
func checkLines(text string, limit int) error {
	if limit <= 0 {
		limit = defaultMaxNodes
	}
	if strings.Count(text, "\n") < limit {
		return nil
	}
	n := 0
	for text != "" {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			i = len(text)
		}
		if strings.TrimLeft(text[:i], " \t\r\f\v") != "" {
			if n++; n > limit {
				return fmt.Errorf("page has more than %d lines of text, the limit", limit)
			}
		}
		text = text[min(i+1, len(text)):]
	}
	return nil
}

// checkNodes counts the nodes the parser would build, stopping at the
// limit, and measures the text between tags, whose longest run is bounded
// as a line of page text is. A page has at most two nodes per '<' (the
// tag and the text after it), so most pages are cleared by one count of
// bytes; the tokenizer runs only on pages near the node limit or larger
// than the text limit, and builds no tree. The text of scripts and styles
// is not counted against the text limit: inline JSON of a megabyte or two
// is common.
func checkNodes(text string, limit, maxText int) error {
	if limit <= 0 {
		limit = defaultMaxNodes
	}
	if maxText <= 0 {
		maxText = defaultMaxLineBytes
	}
	if 2*strings.Count(text, "<")+1 <= limit && len(text) <= maxText {
		return nil
	}
	z := html.NewTokenizer(strings.NewReader(text))
	n := 0
	raw := false // the last token opened a script or a style
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken, html.TextToken, html.CommentToken, html.DoctypeToken:
			n++
			if n > limit {
				return fmt.Errorf("page has more than %d HTML elements and text nodes, the limit", limit)
			}
		}
		if tt == html.TextToken && !raw {
			if size := len(z.Raw()); size > maxText {
				return fmt.Errorf("page has a text of %s without markup, more than the limit of %s", byteSize(int64(size)), byteSize(int64(maxText)))
			}
		}
		raw = false
		if tt == html.StartTagToken {
			name, _ := z.TagName()
			raw = string(name) == "script" || string(name) == "style"
		}
	}
}

// checkLineLength refuses raw page text with a line longer than the limit.
func checkLineLength(text string, limit int) error {
	if limit <= 0 {
		limit = defaultMaxLineBytes
	}
	if len(text) <= limit {
		return nil
	}
	for n := 1; text != ""; n++ {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			i = len(text)
		}
		if i > limit {
			return fmt.Errorf("line %d is %s long, more than the limit of %s for a line of page text", n, byteSize(int64(i)), byteSize(int64(limit)))
		}
		text = text[min(i+1, len(text)):]
	}
	return nil
}
