package extract

import "testing"

func TestTextColonKicker(t *testing.T) {
	page := func(s ...string) []tLine {
		ls := make([]tLine, len(s))
		for i, x := range s {
			ls[i] = tLine{text: x}
			ls[i].measure()
			ls[i].flag()
		}
		return ls
	}
	cases := []struct {
		name  string
		lines []tLine
		want  string
	}{
		{"a kicker leading in with a colon", page("Neue Brücke über den Rhein:", "Risse schon nach zwei Wochen"),
			"Neue Brücke über den Rhein: Risse schon nach zwei Wochen"},
		{"a label is no kicker", page("Zuletzt aktualisiert:", "Risse schon nach zwei Wochen"), "Risse schon nach zwei Wochen"},
		{"no colon, no kicker", page("Neue Brücke über den Rhein", "Risse schon nach zwei Wochen"), "Risse schon nach zwei Wochen"},
		{"a dated line is no kicker", page("Stand vom 12. März 2021:", "Risse schon nach zwei Wochen"), "Risse schon nach zwei Wochen"},
	}
	for _, c := range cases {
		if got := textColonKicker(c.lines, 1, c.lines[1].text); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
