package extract

import (
	"strings"
	"testing"
)

// A list the text introduces with a sentence ending in a colon, under a
// subheading that opens the run of short lines, is the text's list: it
// stays between the paragraphs around it. A menu of short links is still
// left out.
func TestTextBodyIntroUnderHeading(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Services", "Courses", "About us", "Contact",
		"",
		"Surveying old trees",
		"",
		"Surveying a tree takes both knowledge and experience: the surveyor reads the crown, the trunk and the roots, weighs what the tree has been through, and writes down what can be done to keep it standing safely for years.",
		"Tree surveys: when and how?",
		"There are a great many good reasons for having your trees looked at:",
		"A survey of the tree's stability",
		"A survey of signs of poor nutrition",
		"A survey for fungi and other parasites",
		"A survey of measures that prolong its life",
		"A survey of the tree's value",
		"",
		"Each of these surveys ends with a written report that the owner can show to the insurer, the town or a court, and we explain every finding in it in plain words before we leave the site.",
		"",
		"Imprint", "Privacy", "Sitemap", "Newsletter", "Login",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"There are a great many good reasons", "A survey for fungi", "A survey of the tree's value", "Each of these surveys"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
	for _, chrome := range []string{"Services", "Sitemap"} {
		if strings.Contains(body, chrome) {
			t.Errorf("menu %q kept in body:\n%s", chrome, body)
		}
	}
}

func TestTextIntroUnder(t *testing.T) {
	mk := func(ss ...string) []tLine {
		out := make([]tLine, len(ss))
		for i, s := range ss {
			out[i] = tLine{text: s}
			out[i].measure()
		}
		return out
	}
	for _, c := range []struct {
		run  []string
		want bool
	}{
		{[]string{"Tree surveys", "There are a great many good reasons for having trees looked at:", "Stability"}, true},
		{[]string{"Bookmark", "Posted on this day, other years:", "An essay - 2006"}, false},
		{[]string{"Share", "Tags:", "Trees"}, false},
		{[]string{"News", "Sport", "Weather", "There are a great many good reasons for having trees looked at:"}, false},
	} {
		if got := textIntroUnder(mk(c.run...)); got != c.want {
			t.Errorf("textIntroUnder(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}
