package extract

// isByline reports whether a short line reads as a credit line: "By Jane
// Doe", "Von Max Muster", "XINHUA", "Jane Doe, Reuters". Stub: the byline
// owner replaces it.
func isByline(s string) bool { return false }

// splitAuthors returns the person or agency names in a byline, without
// the leading "By" and the joining words. Stub: the byline owner replaces it.
func splitAuthors(byline string) []string { return nil }
