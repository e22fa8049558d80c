package extract

import (
	"regexp"
	"strings"
)

// textHeadTidy cuts from a headline line what the page printed around the
// title: a separator or arrow a menu item opens with ("|Nachhaltigkeit im
// Onlineshop", "[> Jens Weber"), the site's address after a bar ("Title |
// EXAMPLE.NET"), and a rating plugin's note ("Title, 6.0 out of 6 based on
// 1 rating").
func textHeadTidy(s string) string {
	t := s
	if !textQuoted(t) {
		for {
			u := strings.TrimPrefix(strings.TrimPrefix(t, "[>"), "[›")
			u = strings.TrimLeft(strings.TrimLeft(u, "|>›"), " ")
			if u == t {
				break
			}
			t = u
		}
	}
	// The expressions run only on a line holding their literal parts: a
	// dot and a bar or dash for the address, "out of" for the rating.
	if strings.IndexByte(t, '.') >= 0 && strings.ContainsAny(t, "|–—-") {
		if m := textSiteSuffix.FindStringIndex(t); m != nil && m[0] > 0 {
			t = t[:m[0]]
		}
	}
	if strings.Contains(t, "out of") {
		if m := textRatingNote.FindStringIndex(t); m != nil && m[0] > 0 {
			t = t[:m[0]]
		}
	}
	t = strings.TrimSpace(t)
	if t == "" {
		return s
	}
	return t
}

// textSiteSuffix is a site's address after a bar or dash at the end of a
// title, as the browser's tab shows it.
var textSiteSuffix = regexp.MustCompile(`\s+[|–—-]\s+(?:www\.)?[\pL\d-]+(?:\.[\pL\d-]+)*\.\pL{2,6}$`)

// textRatingNote is a rating plugin's note run into a title.
var textRatingNote = regexp.MustCompile(`,\s+\d+(?:[.,]\d+)?\s+out of\s+\d+(?:[.,]\d+)?\s+based on\s+\d+\s+ratings?$`)
