package extract

import "testing"

func TestTextGluedLead(t *testing.T) {
	cases := []struct{ in, want string }{
		{`Die Wochenfrage"Wer zahlt für die neue Brücke?"`, `"Wer zahlt für die neue Brücke?"`},
		{"StartseiteAktuelles12.03.2021 - Neue Züge für die Nordstrecke", "Neue Züge für die Nordstrecke"},
		{"12.03.2021 – Neue Züge für die Nordstrecke", "Neue Züge für die Nordstrecke"},
		{"Die Wochenfrage«Wer zahlt für die neue Brücke?»", "«Wer zahlt für die neue Brücke?»"},
		{"Die Wochenfrage„Wer zahlt für die neue Brücke?“", "„Wer zahlt für die neue Brücke?“"},
		{"Aktuelles1.2.2020 — Neue Züge für die Nordstrecke", "Neue Züge für die Nordstrecke"},
		// Kept: a quote after a space, a title ending on a date, a dash
		// leaving too little, a date without its year.
		{`Die Wochenfrage: "Wer zahlt für die neue Brücke?"`, `Die Wochenfrage: "Wer zahlt für die neue Brücke?"`},
		{"Sitzung des Stadtrats - 12.03.2021", "Sitzung des Stadtrats - 12.03.2021"},
		{"Protokoll 12.03.2021 - Entwurf", "Protokoll 12.03.2021 - Entwurf"},
		{"12.03. - Neue Züge für die Nordstrecke", "12.03. - Neue Züge für die Nordstrecke"},
	}
	for _, c := range cases {
		if got := textGluedLead(c.in); got != c.want {
			t.Errorf("textGluedLead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
