package extract

import "testing"

// creditMay must answer what the filters answer, whether the lead is the
// one asked about before or not: a shorter or longer lead sharing its
// runes is another lead.
func TestCreditMayAsFilters(t *testing.T) {
	leads := []string{"By Jan", "By Jan", "By Ja", "By Ja", "By Jane", "Share", "Autori", "Autori", "", "", "B", "Von Ma", "Text: ", "Text: ", "12 com", "Par Ma", "Share"}
	var c creditMemo
	fs := creditFilters()
	for _, s := range leads {
		lead := []rune(s)
		if len(lead) > 6 {
			lead = lead[:6]
		}
		label, prefix := c.creditMay(lead)
		if wl, wp := fs[0].may(lead), fs[1].may(lead); label != wl || prefix != wp {
			t.Errorf("creditMay(%q) = %v, %v; filters %v, %v", s, label, prefix, wl, wp)
		}
	}
	// A remembered answer is not given for another lead of the same
	// length.
	c = creditMemo{}
	c.creditMay([]rune("By Jan"))
	if label, prefix := c.creditMay([]rune("Share ")); label != fs[0].may([]rune("Share ")) || prefix != fs[1].may([]rune("Share ")) {
		t.Errorf("creditMay(%q) answered for the lead before", "Share ")
	}
}
