package extract

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML parses a page as a browser would. The parser refuses a page
// whose elements nest deeper than 512 (a guard against quadratic work),
// yet browsers render such pages: templates that forget a closing tag in
// a loop nest every comment or row one level deeper. Those pages are
// parsed a second time with the nesting beyond a cap flattened, which
// keeps their text and drops only the extra levels of structure.
func parseHTML(text string) (*html.Node, error) {
	doc, err := html.ParseWithOptions(strings.NewReader(text), html.ParseOptionEnableScripting(false))
	if err == nil || !strings.Contains(err.Error(), "open stack of elements exceeds") {
		return doc, err
	}
	flat, ferr := html.ParseWithOptions(bytes.NewReader(capNesting(text, nestingCap)), html.ParseOptionEnableScripting(false))
	if ferr != nil {
		return nil, err
	}
	return flat, nil
}

// nestingCap leaves room under the parser's 512 for the levels the tree
// builder adds itself (html, body, tbody, implied paragraphs and the
// elements its bookkeeping reopens).
const nestingCap = 256

// capNesting copies a page token by token, leaving out the start tags that
// would open an element deeper than limit and the end tags that would
// close them. Elements that close themselves when a sibling opens (p, li,
// td, ...) and void elements add no level: counting them would flatten
// pages that merely leave their paragraphs unclosed.
func capNesting(text string, limit int) []byte {
	z := html.NewTokenizer(strings.NewReader(text))
	out := make([]byte, 0, len(text))
	var open []string
	dropped := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() == io.EOF {
				return out
			}
			// The tokenizer stops only at the end of its input.
			return append(out, z.Raw()...)
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if nestsFlat(atom.Lookup(name)) {
				break
			}
			if len(open) >= limit {
				dropped[string(name)]++
				continue
			}
			open = append(open, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			if n := dropped[string(name)]; n > 0 {
				dropped[string(name)] = n - 1
				continue
			}
			if nestsFlat(atom.Lookup(name)) {
				break
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
		}
		out = append(out, raw...)
	}
}

// nestsFlat reports whether an element adds no level to the nesting a page
// can pile up: void elements and those a sibling closes.
func nestsFlat(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr,
		atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Tr, atom.Td, atom.Th:
		return true
	}
	return false
}
