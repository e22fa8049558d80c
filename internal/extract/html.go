package extract

// readHTML is the HTML path. Stub: the HTML owner replaces it.
func readHTML(text string, opts Options) (*page, error) {
	return &page{}, nil
}
