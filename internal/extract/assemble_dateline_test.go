package extract

import "testing"

func TestTitleDateline(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Москва — РИА Новости. Правительство решило.", "Москва"},
		{"Москва, 5 марта — Правительство решило.", "Москва"},
		{"Berlin (dpa) - Die Regierung hat beschlossen.", "Berlin"},
		{"Nowy Targ - PAP. Rada miasta zdecydowała.", "Nowy Targ"},
		{"Jane Doe — the mayor — said no.", ""},
		{"Heute - so die Regierung - wird gewählt.", ""},
		{"Ab - AP", ""},
		{"Jane Doe, 45 — said no.", ""},
	} {
		if got := titleDateline(tt.in); got != tt.want {
			t.Errorf("titleDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Only the first paragraph opens with a dateline.
	a := assemble(&page{blocks: paras("Opening words here.", "Москва — ТАСС. Текст.")}, Options{})
	if a.Dateline != "" {
		t.Errorf("dateline from a second paragraph: %q", a.Dateline)
	}
	a = assemble(&page{blocks: paras("Москва — ТАСС. Текст.", "x")}, Options{})
	if a.Dateline != "Москва" {
		t.Errorf("dateline %q, want Москва", a.Dateline)
	}
}
