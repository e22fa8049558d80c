package extract

import (
	"strings"
	"testing"
)

// A table of contents between the lead and the sections it names does
// not split the article: the lead stays in the body. (The body keeps
// the entries its neighbours make prose, as a page's list of questions
// over the answers.)
func TestTextBodyCrossesTableOfContents(t *testing.T) {
	sections := []string{"What makes a good wooden toy?", "Toys for babies", "Toys for toddlers", "Toys for school children", "Toys for the garden", "Toys for the bath", "Toys to build yourself", "Where to buy wooden toys"}
	page := []string{
		"Home", "Family", "Toys",
		"Wooden toys: ideas for every age",
		"Ann Lee, 02.01.2023, 11:08",
		"",
		"They are pretty, colourful and hard to break, and they will last for years. Our editor tells which wooden toys her own children loved the most, and why she would buy most of them again for the children of her friends.",
		"",
		"Contents",
	}
	for k, s := range sections {
		page = append(page, string(rune('1'+k))+"."+s)
	}
	page = append(page, "Show more")
	for _, s := range sections {
		page = append(page, "", s, "",
			"Babies and small children want to touch everything, to discover and to feel the world around them, and a toy of wood gives their hands something to hold that does not break when it falls to the floor. "+s+" are chosen for the skills of that age.")
	}
	page = append(page, "", "Newsletter", "Imprint")
	body := textBodyOf(t, strings.Join(page, "\n"))
	if !strings.Contains(body, "hard to break") {
		t.Errorf("lead above the table of contents missing from body:\n%s", body)
	}
	if toc := textTOC(textSplitLines("Menu\n1.Home\n2.News\nHome\nNews")); toc != nil {
		t.Errorf("textTOC took a menu for a table of contents: %v", toc)
	}
}
