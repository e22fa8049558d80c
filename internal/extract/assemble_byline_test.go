package extract

import "testing"

func TestPersonOverDesk(t *testing.T) {
	for _, tt := range []struct {
		chosen  string
		visible []string
		want    string
	}{
		{"LN", []string{"Von Jana Berg"}, "Von Jana Berg"},
		{"Redaktion", []string{"Redaktion", "By Tom Ries"}, "By Tom Ries"},
		{"JF", []string{"JF", "Tom K. Ries"}, "Tom K. Ries"},
		{"JF", []string{"JF", "Tom Ries"}, "JF"},
		{"Staff", []string{"Staff", "Photos by Getty 2020"}, "Staff"},
		{"Redaktion", []string{"Weitere Artikel"}, "Redaktion"},
		{"Jana Berg", []string{"Tom Ries"}, "Jana Berg"},
		{"Reuters", []string{"Staff Writer Desk"}, "Reuters"},
		{"Ana Ruiz", []string{"AFP"}, "Ana Ruiz"},
	} {
		if got := personOverDesk(tt.chosen, tt.visible); got != tt.want {
			t.Errorf("personOverDesk(%q, %q) = %q, want %q", tt.chosen, tt.visible, got, tt.want)
		}
	}
}

func TestAssembleBylinePersonOverInitials(t *testing.T) {
	p := &page{cands: []candidate{
		cand(fieldAuthor, originJSONLD, "LN", -1),
		cand(fieldByline, originVisible, "Von Jana Berg", 3),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Von Jana Berg" {
		t.Errorf("byline %q, want the printed personal credit", a.Byline)
	}
}

func TestCutAfterNames(t *testing.T) {
	keys := siteKeys("Rider Review", "https://rider-review.example/a")
	for _, tt := range []struct {
		v     string
		names []string
		want  string
	}{
		{"von Jana Berg Blog, Umwelt, Vegan", []string{"Jana Berg"}, "von Jana Berg"},
		{"von Jana Berg Rider Review", []string{"Jana Berg"}, "von Jana Berg"},
		{"Jana Berg, Staff Writer", []string{"Jana Berg"}, "Jana Berg"},
		{"von Jana Berg, Tom Ries", []string{"Jana Berg"}, "von Jana Berg, Tom Ries"},
		{"Posted by Jana Berg, Open Maps Marketing, Examplecorp", []string{"Jana Berg"}, "Posted by Jana Berg"},
		{"Eine Kolumne von Nils Pickert", []string{"Nils"}, "Eine Kolumne von Nils Pickert"},
		{"By Jana Bergmann", []string{"Jana Berg"}, "By Jana Bergmann"},
	} {
		if got := cutAfterNames(tt.v, tt.names, keys); got != tt.want {
			t.Errorf("cutAfterNames(%q, %q) = %q, want %q", tt.v, tt.names, got, tt.want)
		}
	}
}
