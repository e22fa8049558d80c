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

// A line of an icon glyph (a private-use character) between the
// ingredients and a table of nutrients parts them: the list above it is
// the recipe's, though the table under it, read with it, holds too few
// amounts.
func TestTextBodyIngredientsOverNutrients(t *testing.T) {
	page := strings.Join([]string{
		"Recipes", "Baking", "Cakes", "",
		"Apple cake",
		"Ingredients for", "12", "pieces",
		"For the dough:", "", "250 g flour", "125 g sugar", "125 g butter", "2 eggs", "1 tsp baking powder",
		"For the topping:", "", "4 apples", "50 g almonds", "2 tbsp honey",
		"\ue03b",
		"Add to shopping list", "Nutrition per piece", "kcal", "310", "Protein", "5,2 g", "Fat", "14,1 g", "Carbs", "40,3 g",
		"Method", "Working time about 30 minutes", "",
		"Knead the flour, sugar, butter, eggs and baking powder into a smooth dough and press it into a greased tin, drawing up a small rim at the edge.",
		"",
		"Peel the apples, cut them into thin slices and lay them on the dough in circles; scatter the almonds over them and drizzle the honey on top.",
		"",
		"Bake the cake at 180 degrees for about forty minutes until it is golden, then let it cool in the tin before you cut it.",
		"",
		"Recipe by", "Share",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"For the dough:", "250 g flour", "2 tbsp honey", "Peel the apples"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
}
