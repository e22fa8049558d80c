package extract

import "testing"

func TestTextRunInKicker(t *testing.T) {
	page := func(s ...string) []tLine {
		ls := make([]tLine, len(s))
		for i, x := range s {
			ls[i] = tLine{text: x}
		}
		return ls
	}
	cases := []struct {
		name  string
		lines []tLine
		h     int
		want  string
	}{
		{"tab title ends with the kicker", page(
			"Neue Brücke gesperrt - Risse im Beton",
			"Risse im Beton Neue Brücke gesperrt",
		), 1, "Neue Brücke gesperrt"},
		{"trail ends with the kicker", page(
			"Start » Verkehr » Bahn aktuell",
			"Bahn aktuell Neue Züge für die Nordstrecke",
		), 1, "Neue Züge für die Nordstrecke"},
		{"no line sets the words off", page(
			"Start » Verkehr",
			"Risse im Beton Neue Brücke gesperrt",
		), 1, "Risse im Beton Neue Brücke gesperrt"},
		{"a kicker the page prints before a colon elsewhere stays", page(
			"Risse im Beton Neue Brücke gesperrt",
			"Von Jane Doe",
			"Risse im Beton: Was Pendler wissen müssen",
		), 0, "Risse im Beton Neue Brücke gesperrt"},
		{"the shortened title just above sets the kicker off", page(
			"Risse im Beton: Was Pendler wissen müssen",
			"Risse im Beton Was Pendler jetzt über die Sperrung wissen müssen",
		), 1, "Was Pendler jetzt über die Sperrung wissen müssen"},
		{"the rest must open as a title", page(
			"Neue Brücke gesperrt - Risse im",
			"Risse im beton und mehr",
		), 1, "Risse im beton und mehr"},
	}
	for _, c := range cases {
		if got := textRunInKicker(c.lines, c.h, c.lines[c.h].text); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
