package extract

import "github.com/extract-dev/extract/internal/model"

// page is what one path (HTML or text) found in a document: the body
// blocks in reading order and the candidates for every metadata field.
// The assembler turns it into an Article with one set of rules for both
// paths.
type page struct {
	blocks []block
	cands  []candidate
}

// block is one body block: a paragraph, subheading, list item or quote.
type block struct {
	kind model.Kind
	text string
}

// field is the Article field a candidate may fill.
type field int

const (
	fieldHeadline    field = iota // a headline: visible <h1>, og:title, JSON-LD headline, a text line
	fieldTitle                    // the document <title>, often with a site suffix
	fieldDek                      // a visible standfirst
	fieldDescription              // description metadata (og:description, JSON-LD description)
	fieldByline                   // a credit line as printed
	fieldAuthor                   // one author name from metadata
	fieldPublished                // a publication time, as found (parsed by the assembler)
	fieldModified                 // an update time, as found
	fieldDateline                 // "WASHINGTON"
	fieldSection                  // a section or breadcrumb trail
	fieldSiteName                 // the publication's name
	fieldLanguage                 // a language tag
	fieldURL                      // the canonical address
	fieldImage                    // the lead image
)

// origin says where a candidate came from. The assembler weighs candidates
// by origin; lower values are more trusted structured sources.
type origin int

const (
	originJSONLD    origin = iota // schema.org JSON-LD
	originMicrodata               // itemprop
	originOpenGraph               // og:* and article:*
	originMeta                    // <meta name=...>, Dublin Core, <html lang>
	originMarkup                  // <time datetime>, rel=author, class="byline" and similar markup
	originVisible                 // a visible line recognised by its shape (HTML or text)
	originOptions                 // the caller's Options (URL)
)

// candidate is one possible value for a field.
type candidate struct {
	field  field
	origin origin
	value  string
	// pos is the candidate's place in reading order: the index of the first
	// body block after it (0 = before the body), or -1 when unknown
	// (metadata).
	pos int
	// inArticle marks a visible h1 inside <article> or <main>: the
	// article's own heading, not a logo's.
	inArticle bool
}
