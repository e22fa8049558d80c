package extract

import (
	"strings"
	"testing"
)

// A recipe's list of ingredients under its colon header, apart from the
// steps the run takes, is the body's too; a list of counts without a
// header ("314 posts") is not.
func TestTextBodyIngredientsAboveSteps(t *testing.T) {
	page := strings.Join([]string{
		"Kitchen at home", "About this blog",
		"8 December 2012",
		"Almond biscuits",
		"",
		"Time: 25 minutes",
		"Makes: 40 pieces",
		"",
		"Ingredients:",
		"300 g flour", "1 tsp baking powder", "100 g ground almonds", "200 g butter", "200 g sugar", "1 pinch of salt", "1 egg",
		"Flaked almonds",
		"",
		"Method:",
		"",
		"Put all the ingredients in a bowl and knead them with the dough hooks into a smooth dough, then let it rest for an hour in a cool place.",
		"Roll the dough out on a floured board and cut out any shapes you like, as small or as large as you wish, and lay them on a tray lined with paper.",
		"Bake them in the middle of the oven for 15 minutes until they are golden, and let them cool on a rack before you put them away in a tin.",
		"",
		"Share this:", "Twitter", "Facebook",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"200 g sugar", "Flaked almonds", "knead them with the dough hooks"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
	counts := textSplitLines("Forums\nTablet Talk\n247 posts (2 new)\nBetamaxed\n192 posts\nThe Firm\n121 posts (1 new)\nHacks\n101 posts\nLatest")
	for i := range counts {
		counts[i].measure()
	}
	if got := textIngredients(counts, len(counts)-1); got != nil {
		t.Errorf("a list of counts taken for ingredients: %v", got)
	}
}
