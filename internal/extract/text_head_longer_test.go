package extract

import "testing"

func TestTextLongerBelow(t *testing.T) {
	page := func(s ...string) ([]tLine, []int) {
		ls := make([]tLine, len(s))
		role := make([]int, len(s))
		for i, x := range s {
			ls[i] = tLine{text: x}
			ls[i].measure()
			ls[i].flag()
			role[i] = roleText
		}
		return ls, role
	}
	cases := []struct {
		name  string
		lines []string
		want  int
	}{
		{"the title goes on after a comma", []string{"Burg Altena", "Burg Altena, Sauerland", "Body"}, 1},
		{"the title goes on after a dash", []string{"Alte Feuerwehrautos - Teil 12", "Von Jane Doe", "Alte Feuerwehrautos - Teil 12 – Magirus (1950)", "Body"}, 2},
		{"another title under it stays apart", []string{"Burg Altena", "Burgen im Sauerland", "Body"}, 0},
		{"the words glued on are no new part", []string{"Burg Altena", "Burg Altenahr im Ahrtal", "Body"}, 0},
	}
	for _, c := range cases {
		ls, role := page(c.lines...)
		if got := textLongerBelow(ls, 0, len(ls)-1, role, 0); got != c.want {
			t.Errorf("%s: got line %d, want %d", c.name, got, c.want)
		}
	}
}
