package extract

import (
	"strings"
	"testing"
)

// A recipe's ingredients, printed one a line under a heading without a
// colon, stand between the recipe's prose and are kept: a run of short
// lines that give amounts is no menu.
func TestTextBodyIngredients(t *testing.T) {
	page := strings.Join([]string{
		"Recipes", "Baking", "Cooking", "Drinks", "Shop",
		"",
		"Plum Cake with Cinnamon Crumble",
		"",
		"Mirror, mirror on the wall, which cake is the finest of them all? This one, with sweet plums from the garden under a crumble of butter, sugar and a good pinch of cinnamon, baked on a tray for a crowd.",
		"Ingredients",
		"For 20 pieces",
		"1 kg plums",
		"350 g sugar",
		"400 g flour",
		"250 g soft butter",
		"2 tsp cinnamon",
		"Salt",
		"3 eggs (size M)",
		"1 packet baking powder",
		"Preparation",
		"1.",
		"Wash the plums, cut them in half and take out the stones. Beat the butter with 150 g of sugar until pale, then beat in the eggs one by one and fold in 250 g of flour with the baking powder and the salt.",
		"2.",
		"Spread the dough on a lined tray and lay the plums on it close together. Rub the rest of the butter, flour and sugar with the cinnamon into crumbs, scatter them over the plums and bake for about 45 minutes.",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"350 g sugar", "2 tsp cinnamon", "1 packet baking powder", "Wash the plums"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Drinks") {
		t.Errorf("menu kept in body:\n%s", body)
	}
}

func TestTextQuantityLine(t *testing.T) {
	for s, want := range map[string]bool{
		"350 g Zucker":          true,
		"½ cup milk":            true,
		"1/2 TL Salz":           true,
		"2-3 Äpfel":             true,
		"18 Aug: Swansea (h)":   false,
		"1. Storm hits coast":   false,
		"2012 Olympics in full": false,
		"Salz":                  false,
		"4512":                  false,
	} {
		l := tLine{text: s}
		l.measure()
		if got := textQuantityLine(&l); got != want {
			t.Errorf("textQuantityLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// A page that prints its article twice (once per tab or pane) gives each
// paragraph once.
func TestTextBodyPrintedTwice(t *testing.T) {
	paras := []string{
		"Distressed investors bought and sold two billion dollars of claims last month, nearly all of which came from two large bankruptcies that are still being worked out in court.",
		"About two billion dollars of those claims changed hands in June, according to figures the claims agent released on Tuesday, more than in any month since the spring.",
	}
	page := strings.Join([]string{
		"Markets", "Article", "Stock Quotes",
		"",
		"Claims Trading Slows",
		"By Jane Palmer",
		"", paras[0], "", paras[1], "",
		"By Jane Palmer",
		"", paras[0], "", paras[1], "",
	}, "\n")
	body := textBodyOf(t, page)
	for _, p := range paras {
		if n := strings.Count(body, p[:40]); n != 1 {
			t.Errorf("paragraph %q given %d times:\n%s", p[:40], n, body)
		}
	}
}

// The site's licence notice under the article is left out; a paragraph
// that speaks of a licence without publishing under it stays.
func TestTextBodyLicenceNotice(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Blog", "Contact",
		"",
		"Sharing Knowledge Freely",
		"",
		"Creative Commons helps you legally share your knowledge and creativity, and many schools now ask their teachers to publish their lesson plans so that others may use them.",
		"",
		"Our own lesson plans have been online for three years now, and teachers from other towns write to us every month to tell us how they changed them for their classes.",
		"",
		"Texts on this website are licensed under a Creative Commons Attribution 4.0 International licence.",
		"Imprint", "Privacy",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "Creative Commons helps you") {
		t.Errorf("paragraph about the licence missing from body:\n%s", body)
	}
	if strings.Contains(body, "Texts on this website") {
		t.Errorf("licence notice kept in body:\n%s", body)
	}
}

// Links to the previous and next post under the article are left out.
func TestTextBodyPostNavigation(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Blog", "Contact",
		"",
		"Why the Old Bridge Stays Closed",
		"",
		"The old bridge over the river has been closed for a year now, and the town has still not decided whether to repair it or to build a new one a little further upstream.",
		"",
		"Both plans cost about the same, but the new bridge would take three years longer to build, and the shops on the old square fear they would not survive the wait.",
		"",
		"← The market moves to the station square for the summer months",
		"The council votes on the budget for next year, with the bridge at the top of the list →",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "Both plans cost about the same") {
		t.Errorf("article missing from body:\n%s", body)
	}
	for _, bad := range []string{"The market moves", "The council votes"} {
		if strings.Contains(body, bad) {
			t.Errorf("link %q kept in body:\n%s", bad, body)
		}
	}
}

// Paragraphs printed without empty lines between them are paragraphs;
// short phrases so printed, or items that open with a label, are a list.
func TestTextBodyJoinedKinds(t *testing.T) {
	page := strings.Join([]string{
		"Home", "News", "Contact",
		"",
		"The Exhibition Hall Reopens",
		"",
		"The exhibition hall is perhaps best known as the site of the food court of the annual farm show, which fills it for a week every January with stalls from every county.",
		"This spring it reopens after a year of work on the roof and the heating, paid for by the state and by the farmers' association together.",
		"The first event in the new hall will be the garden fair in April, and the organisers expect more visitors than ever before.",
		"",
		"What changed in the hall:",
		"a new roof",
		"new heating",
		"more doors on the east side",
		"",
		"Three tips for the fair:",
		"Arrive early. The car parks fill up by ten in the morning on both days of the fair, and the buses from the station are full then too.",
		"Bring cash. Not every stall takes cards, and the machines at the entrance run out of money by noon on the busy days of the fair.",
	}, "\n")
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"The exhibition hall is": "p", "This spring it reopens": "p", "The first event": "p",
		"new heating": "li", "Arrive early.": "li", "Bring cash.": "li",
	}
	for _, b := range p.blocks {
		for prefix, k := range want {
			if strings.HasPrefix(b.text, prefix) && string(b.kind) != k {
				t.Errorf("%q: kind %q, want %q", prefix, b.kind, k)
			}
		}
	}
}

// A standfirst printed over the first paragraph, which the run's trim
// hands to the header, stays in the body blocks too; the headline, the
// credit and a picture's caption do not.
func TestTextBodyTrimmedLead(t *testing.T) {
	page := strings.Join([]string{
		"Home", "News", "Sport", "Contact",
		"",
		"Second Training Camp Called Off",
		"Next national team meeting in March with two matches against the Netherlands",
		"The coach at the last camp. Photo: Ann Lee/Agency",
		"",
		"After the camp planned for January, the federation is also calling off the regional camp set for late February, as the rules for travel and for halls in several regions still make it impossible to hold.",
		"",
		"The league and the clubs may use the free dates for matches that had to be put off, and the federation expects most of them to do so before the end of the season.",
	}, "\n")
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, b := range p.blocks {
		texts = append(texts, b.text)
	}
	body := strings.Join(texts, "\n")
	if !strings.Contains(body, "Next national team meeting in March") {
		t.Errorf("standfirst missing from body blocks:\n%s", body)
	}
	for _, bad := range []string{"Second Training Camp Called Off", "The coach at the last camp"} {
		if strings.Contains(body, bad) {
			t.Errorf("%q in body blocks:\n%s", bad, body)
		}
	}
}
