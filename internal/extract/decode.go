package extract

// document is a page decoded to UTF-8, with what decided its reading.
type document struct {
	text    string
	format  Format
	charset string
}

// decode gunzips, sniffs the format and converts the page to UTF-8.
// Stub: the decode owner replaces it.
func decode(src []byte, opts Options) (*document, error) {
	f := opts.Input
	if f == FormatAuto {
		f = FormatText
	}
	return &document{text: string(src), format: f, charset: "utf-8"}, nil
}
