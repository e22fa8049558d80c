package extract

import "testing"

func TestTextCaptionWithAgency(t *testing.T) {
	for s, want := range map[string]bool{
		"Penguins on the ice in Antarctica on 11 February. EFE":    true,
		"The mayor at the opening of the bridge. Jane Doe/Reuters": true,
		"Council votes to rebuild the bridge. Work starts in May":  false,
		"Why the A.P. Giannini bridge matters":                     false,
	} {
		if got := textCaptionLine(s); got != want {
			t.Errorf("textCaptionLine(%q) = %v", s, got)
		}
	}
	// The caption nearest the body is not the headline.
	page := "Council votes to rebuild river bridge\n12 March 2024\nThe old bridge over the river at dusk, seen from the east bank. AFP\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Council votes to rebuild river bridge" {
		t.Errorf("headline %q", got)
	}
}

func TestTextHeadlineNotInNumberedList(t *testing.T) {
	// An ingredient list between the title and the method: its lines
	// share the method's words, the title is further up.
	page := "Home\n\nBaked apple crumble\n\nIngredients\n4 apples from the river orchard\n200 g flour\n100 g butter, cold\n2 tbsp sugar\n\n" + textTestBody
	if got := textHeadlineOf(t, page); got != "Baked apple crumble" {
		t.Errorf("headline %q", got)
	}
}
