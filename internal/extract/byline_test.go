package extract

import (
	"reflect"
	"testing"
)

func TestIsByline(t *testing.T) {
	yes := []string{
		"By Jane Doe",
		"By JANE DOE and JOHN ROE",
		"by Jane Doe, Staff Writer",
		"By Jane Doe, AP Television Writer",
		"Von Max Muster",
		"Von Max Muster und Erika Mustermann",
		"Par Jean Dupont",
		"Por Juan Pérez y María López",
		"Door Jan de Vries",
		"Di Mario Rossi",
		"Av Per Persson",
		"Text: Max Muster",
		"Autor: Max Muster",
		"Autorin: Erika Mustermann",
		"Written by J. R. Smith",
		"XINHUA",
		"Reuters",
		"AFP/dpa",
		"Jane Doe, Reuters",
		"Max Muster (dpa)",
		"Jane Doe | Updated: 2025-10-18 07:46",
		"By Jane Doe | October 18, 2025",
		"October 18, 2025 | By Jane Doe",
		"作者：张三",
		"记者 李四",
		"Автор: Иван Петров",
		"홍길동 기자",
		"By Dr. Tim Loppe",
		"By Mady",
		"by marc",
		"von lupa",
		"by oz on December 4, 2006",
		"---- by Kenneth Surin",
		"Eingestellt von Weinlachgummi um 10:52",
		"Posted by Jane Doe at 7:46 PM",
		"Geschrieben vonElisa Marvena",
		"Dezember 26, 2019 von Andrea Kategorien: Allgemein",
		"05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)",
		"Blog Beitrag von Margarita Koreneva",
		"Harald Bauer Autor",
	}
	for _, s := range yes {
		if !isByline(s) {
			t.Errorf("isByline(%q) = false, want true", s)
		}
	}
	no := []string{
		"",
		"Jane Doe",
		"By the time the rain stopped, the river had risen by two metres.",
		"Von der Leyen will Kriegsland Ukraine in EU holen",
		"By Topic",
		"Home News Sport Weather",
		"Trump says to meet Putin in Hungary",
		"October 18, 2025",
		"Updated: 2025-10-18 07:46",
		"By clicking Subscribe you agree to our terms",
		"Par ailleurs, le gouvernement a annoncé une réforme.",
		"De acuerdo con el informe publicado hoy",
		"Is this by Jane Doe?",
		"Share this article",
		"by now",
		"von hier",
		"by myself",
		"de nada",
		"par exemple",
		"von 10:00 bis 12:00",
		"- by the way",
		"Geschrieben vonwegen",
		"Über den Autor",
		"Mehr vom Autor",
		"Unser Autor",
		"Der Beitrag von heute",
	}
	for _, s := range no {
		if isByline(s) {
			t.Errorf("isByline(%q) = true, want false", s)
		}
	}
}

func TestBylineSegment(t *testing.T) {
	for in, want := range map[string]string{
		"Accueil | Par Loïc Le Clerc | 30 septembre 2018":           "Par Loïc Le Clerc",
		"05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie": "Autor: gnaddrig",
		"By Jane Doe":                          "By Jane Doe",
		"Jane Doe | Updated: 2025-10-18 07:46": "Jane Doe | Updated: 2025-10-18 07:46",
	} {
		if got, _ := bylineSegment(in); got != want {
			t.Errorf("bylineSegment(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"By JANE DOE and JOHN ROE", []string{"JANE DOE", "JOHN ROE"}},
		{"By Jane Doe, John Roe and Max Muster", []string{"Jane Doe", "John Roe", "Max Muster"}},
		{"By Jane Doe, Staff Writer", []string{"Jane Doe"}},
		{"By Jane Doe, AP Television Writer", []string{"Jane Doe"}},
		{"Von Max Muster und Erika Mustermann", []string{"Max Muster", "Erika Mustermann"}},
		{"Par Jean Dupont et Marie Curie", []string{"Jean Dupont", "Marie Curie"}},
		{"Jane Doe | Updated: 2025-10-18 07:46", []string{"Jane Doe"}},
		{"By Jane Doe jane.doe@example.com", []string{"Jane Doe"}},
		{"By Jane Doe, jane.doe@example.com", []string{"Jane Doe"}},
		{"XINHUA", []string{"XINHUA"}},
		{"Jane Doe (AP)", []string{"Jane Doe", "AP"}},
		{"作者：张三", []string{"张三"}},
		{"Redaktion Gelbe Liste", []string{"Redaktion Gelbe Liste"}},
		{"Von Max Muster, Korrespondent in Paris", []string{"Max Muster"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := splitAuthors(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutBylineLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Autor: gnaddrig":              "gnaddrig",
		"Posted by marc":               "marc",
		"责任编辑：孔德明":                     "孔德明",
		"记者 : 张三":                      "张三",
		"编辑部的故事":                       "编辑部的故事",
		"Geschrieben vonElisa Marvena": "Elisa Marvena",
		"Jane Doe":                     "Jane Doe",
	} {
		if got := cutBylineLabel(in); got != want {
			t.Errorf("cutBylineLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsAgencyCyrillic(t *testing.T) {
	for _, s := range []string{"ТАСС", "РИА Новости", "Интерфакс", "(ТАСС)"} {
		if !isAgency(s) {
			t.Errorf("isAgency(%q) = false", s)
		}
	}
	if isAgency("Иван Петров") {
		t.Error("a person's name taken for an agency")
	}
	if !deskCredit("РИА Новости") {
		t.Error("an agency credit is a desk's")
	}
}

func TestSplitAuthorsRoleWordInName(t *testing.T) {
	for in, want := range map[string]string{
		"Rasender Reporter":         "Rasender Reporter",
		"Jane Doe Staff Writer":     "Jane Doe",
		"By Jane Doe, Staff Writer": "Jane Doe",
	} {
		if got := splitAuthors(in); len(got) != 1 || got[0] != want {
			t.Errorf("splitAuthors(%q) = %q, want [%q]", in, got, want)
		}
	}
}
