package extract

import (
	"errors"
	"fmt"
	"time"

	"github.com/extract-dev/extract/internal/model"
)

// Format names the two kinds of input the extractor reads.
type Format string

// The input formats. The zero Format means "detect from the content".
const (
	FormatAuto Format = ""
	FormatHTML Format = "html"
	FormatText Format = "text"
)

// Options tune one extraction. The zero value detects everything from the
// content.
type Options struct {
	// Input forces the HTML or the text path; FormatAuto sniffs the content.
	Input Format
	// Encoding names the charset to decode with (any WHATWG label, such as
	// "gbk" or "windows-1252"), overriding BOM, <meta> and detection.
	Encoding string
	// URL is the page's address: it resolves relative links and fills
	// Article.URL and SiteName when the page does not give them.
	URL string
	// MaxBytes is the largest input accepted, after gunzip; 0 means 64 MiB.
	MaxBytes int64
	// MaxNodes bounds the elements and text nodes of an HTML page, and the
	// lines holding text of raw page text; a page is refused beyond it; 0
	// means 200,000 (see limits.go).
	MaxNodes int
	// MaxLineBytes bounds one line of raw page text, and one run of text
	// between HTML tags; a page is refused beyond it; 0 means 1 MiB.
	MaxLineBytes int
	// Timeout is the longest one page should take; 0 means 30 seconds,
	// a negative value no limit.
	// Extract does not stop itself: callers that can give up on a page,
	// such as the command's runners, run it under this deadline and
	// report the page as timed out.
	Timeout time.Duration
}

// ErrNoArticle reports a page that was read and decoded but held no
// article text.
var ErrNoArticle = errors.New("no article found")

// Error is an extraction failure, naming the input and the stage that failed.
type Error struct {
	Name  string // the input's name, as given to Extract
	Stage string // "read", "decode", "parse" or "extract"
	Err   error
}

func (e *Error) Error() string {
	if e.Name == "" {
		return e.Stage + ": " + e.Err.Error()
	}
	return e.Name + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Extract reads one page and returns its Article. name is used only in
// errors and as Article.Source.Path. A page that decodes but holds no
// article gives an error wrapping ErrNoArticle together with the partial
// Article (metadata without body), so that callers can still report it.
func Extract(src []byte, name string, opts Options) (*model.Article, error) {
	doc, err := decode(src, opts)
	if err != nil {
		return nil, &Error{Name: name, Stage: "decode", Err: err}
	}
	if err := checkLimits(doc, opts); err != nil {
		return nil, &Error{Name: name, Stage: "parse", Err: err}
	}
	var p *page
	switch doc.format {
	case FormatHTML:
		p, err = readHTML(doc.text, opts)
	default:
		p, err = readText(doc.text, opts)
	}
	if err != nil {
		return nil, &Error{Name: name, Stage: "parse", Err: err}
	}
	a := assemble(p, opts)
	a.Source = &model.Source{Path: name, Format: string(doc.format), Charset: doc.charset}
	a.Normalize()
	if len(a.Paragraphs) == 0 {
		return a, &Error{Name: name, Stage: "extract", Err: ErrNoArticle}
	}
	return a, nil
}

// errorf is fmt.Errorf, kept short for the decode and parse stages.
var errorf = fmt.Errorf
