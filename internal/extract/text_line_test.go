package extract

import (
	"strings"
	"testing"
)

func TestTextFullWidthDate(t *testing.T) {
	// A date printed in full-width digits under the headline, as Japanese
	// and Chinese pages print them: the line gates count those digits, so
	// findDate reads the line and it is neither lost nor the headline.
	body := strings.Repeat("東京都は十八日、隅田川に架かる新しい橋の開通式を行った。橋の長さは約二百メートルで、歩行者と自転車の専用道も設けられている。\n\n", 3)
	page := "ホーム\nニュース\n\n東京の新しい橋が開通\n２０２５年１０月１８日\n\n" + body
	a, err := Extract([]byte(page), "page.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Timestamp != "2025-10-18" {
		t.Errorf("timestamp %q", a.Timestamp)
	}
	if a.Headline != "東京の新しい橋が開通" {
		t.Errorf("headline %q", a.Headline)
	}
	if !textHasYear("２０２５年１０月１８日") || textHasYear("１２３年") {
		t.Errorf("textHasYear on full-width digits")
	}
}
