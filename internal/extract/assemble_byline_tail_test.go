package extract

import "testing"

func TestAssembleBylineTailCredit(t *testing.T) {
	body := []string{"Der Bau der neuen Brücke beginnt im Frühjahr, teilte die Stadt mit.", "Die Kosten trägt das Land."}
	for _, tt := range []struct {
		last, want string
	}{
		{"Text: Jana Berg", "Jana Berg"},
		{"Posted by Jana Berg on Thursday, November 1, 2012", "Jana Berg"},
		{"Jana T. Berg", "Jana T. Berg"},
		{"Contacting Us", ""},
		{"Weitere Informationen zum Bau", ""},
	} {
		p := &page{blocks: paras(append(append([]string(nil), body...), tt.last)...)}
		if a := assemble(p, Options{}); a.Byline != tt.want {
			t.Errorf("last paragraph %q: byline %q, want %q", tt.last, a.Byline, tt.want)
		}
	}
	// A credit the metadata gives comes first.
	p := &page{cands: []candidate{cand(fieldAuthor, originJSONLD, "Tom Roe", -1)}, blocks: paras(append(append([]string(nil), body...), "Text: Jana Berg")...)}
	if a := assemble(p, Options{}); a.Byline != "Tom Roe" {
		t.Errorf("byline %q, want the metadata's author", a.Byline)
	}
}
