package extract

import "testing"

// A headline line keeps what the page printed around the title: the mark
// a menu item opens with, the site's address from the browser tab, a
// rating plugin's note. The title alone is the headline.
func TestTextHeadTidy(t *testing.T) {
	for in, want := range map[string]string{
		"|Sustainability in the shop":                    "Sustainability in the shop",
		"[> Jane Doe":                                    "Jane Doe",
		"› Our history":                                  "Our history",
		"What we do not want to hear | EXAMPLE.NET":      "What we do not want to hear",
		"Why rivers flood - www.example-news.co.uk":      "Why rivers flood",
		"Truck wash A31, 6.0 out of 6 based on 1 rating": "Truck wash A31",
		"»Einfach kein Geld mehr«":                       "»Einfach kein Geld mehr«",
		"Brexit | The vote in parliament":                "Brexit | The vote in parliament",
		"Node.js":                                        "Node.js",
		"The 5 best tools - a review of version 2.0":     "The 5 best tools - a review of version 2.0",
		"Rating: 6.0 out of 6 based on 1 rating":         "Rating: 6.0 out of 6 based on 1 rating",
	} {
		if got := textHeadTidy(in); got != want {
			t.Errorf("textHeadTidy(%q) = %q, want %q", in, got, want)
		}
	}
	page := "Home\nShop\n|Sustainability in the shop\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Sustainability in the shop" {
		t.Errorf("headline = %q", got)
	}
}
