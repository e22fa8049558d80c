package extract

import "testing"

// Each gate must let through every text its expression matches.
func TestBylineGates(t *testing.T) {
	texts := []string{"HalperStaff Writer", "Jane DoeSenior Reporter", "ByAlex Bozarjian", "VonMax Muster", "PorAna Gómez",
		"von Jane Doe in Allgemein", "Max MusterIN UNCATEGORIZED ", "Jean Dupont in Non classé", "Ana in sin categoría",
		"Jane Doe Weitere Beiträge", "Jane Doe Follow", "Jane Doe | PROFILE\t", "Max Muster alle Artikel", "Jane View all posts",
		"Jane Doe more ſtories", "Jane Doe", "By Jane Doe", "Jane Doe, Staff Writer", "Max Muster (dpa)", "", " ", "in",
		"Hans Folgen", "Ana profil", "Posted by Jane Doe", "AUTOR: Max Muster", "作者：张三", "Written  by", "author",
		"Text und Fotos: Ana", "Eine Kolumne von Max", "\u212Autor Max", "posted on", "Autorin Jane"}
	gates := []struct {
		name string
		may  func(string) bool
		re   func(string) bool
	}{
		{"gluedRole", mayGlueRole, func(s string) bool { return gluedRoleRE().MatchString(s) }},
		{"gluedBy", mayGlueBy, func(s string) bool { return gluedByRE().MatchString(s) }},
		{"defaultCategory", mayDefaultCategory, func(s string) bool { return defaultCategoryRE().MatchString(s) }},
		{"bylineTail", mayBylineTail, func(s string) bool { return bylineTailRE().MatchString(s) }},
		{"bylineLabel", mayBylineLabel, func(s string) bool { return bylineLabel().MatchString(s) }},
	}
	for _, g := range gates {
		matched, refused := 0, 0
		for _, s := range texts {
			m := g.re(s)
			if m {
				matched++
			}
			if !g.may(s) {
				refused++
				if m {
					t.Errorf("%s gate refuses %q, which its expression matches", g.name, s)
				}
			}
		}
		if matched == 0 || refused == 0 {
			t.Errorf("%s: %d texts matched, %d refused: the test reads neither side", g.name, matched, refused)
		}
	}
}
