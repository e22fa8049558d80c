package extract

// readText is the raw page text path. Stub: the text owner replaces it.
func readText(text string, opts Options) (*page, error) {
	return &page{}, nil
}
