// Package model owns what an Article is: the type and its JSON field names
// (the output contract of extract), the Markdown rendering, the JSON Schema
// published by `extract schema`, and the rules that `extract validate` checks.
//
// It imports nothing from the extractor or from HTML libraries, so that a
// program reading extract's output can use it alone.
package model

// Article is one extracted news article. The fields without omitempty are
// always present in the JSON output (an empty string or empty array when
// unknown); the others appear only when known.
type Article struct {
	Headline  string `json:"headline"`
	Dek       string `json:"dek"`
	Byline    string `json:"byline"`
	Timestamp string `json:"timestamp"`
	// Paragraphs is the body in reading order, one string per block.
	// Subheadings, list items and block quotes are paragraphs too; Kinds
	// says which is which.
	Paragraphs []string `json:"paragraphs"`
	// Kinds runs parallel to Paragraphs and gives each block's role. It is
	// omitted when every block is a plain paragraph.
	Kinds []Kind `json:"kinds,omitempty"`

	Authors  []string `json:"authors,omitempty"`
	Modified string   `json:"modified,omitempty"`
	Dateline string   `json:"dateline,omitempty"`
	Section  string   `json:"section,omitempty"`
	SiteName string   `json:"site_name,omitempty"`
	Language string   `json:"language,omitempty"`
	URL      string   `json:"url,omitempty"`
	Image    string   `json:"image,omitempty"`
	Source   *Source  `json:"source,omitempty"`
}

// Source says where an Article came from and how its bytes were read.
type Source struct {
	Path    string `json:"path,omitempty"`
	Format  string `json:"format"`            // "html" or "text"
	Charset string `json:"charset,omitempty"` // the charset that decided the decoding
}

// Kind is the role of a body block.
type Kind string

// The body block kinds. A zero Kind reads as KindParagraph.
const (
	KindParagraph Kind = "p"
	KindHeading   Kind = "h"     // a subheading inside the body
	KindItem      Kind = "li"    // an item of an unordered list
	KindOrdered   Kind = "ol"    // an item of an ordered list
	KindQuote     Kind = "quote" // a block quote
	KindCode      Kind = "pre"   // preformatted text
)

// KindOf returns the kind of paragraph i, KindParagraph when Kinds is
// absent or shorter than Paragraphs.
func (a *Article) KindOf(i int) Kind {
	if i < len(a.Kinds) && a.Kinds[i] != "" {
		return a.Kinds[i]
	}
	return KindParagraph
}

// Normalize makes the always-present fields non-nil and drops Kinds when it
// carries nothing beyond plain paragraphs, so that equal articles encode to
// equal JSON.
func (a *Article) Normalize() {
	if a.Paragraphs == nil {
		a.Paragraphs = []string{}
	}
	plain := true
	for i := range a.Paragraphs {
		if a.KindOf(i) != KindParagraph {
			plain = false
			break
		}
	}
	if plain || len(a.Paragraphs) == 0 {
		a.Kinds = nil
	} else if len(a.Kinds) != len(a.Paragraphs) {
		k := make([]Kind, len(a.Paragraphs))
		for i := range k {
			k[i] = a.KindOf(i)
		}
		a.Kinds = k
	}
}
