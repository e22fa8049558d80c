package extract

import "testing"

func TestDekStyledElementWithKickerGivesDescription(t *testing.T) {
	// The styled standfirst opens with a kicker of two words; the
	// description is the standfirst without it.
	desc := "Der Regierungschef muss eine Verlängerung der Frist beantragen und verliert damit seine Mehrheit im Parlament"
	p := &page{cands: []candidate{
		cand(fieldHeadline, originVisible, "Niederlage im Unterhaus", 0),
		cand(fieldDescription, originOpenGraph, desc, -1),
		cand(fieldDek, originVisible, "Schwere Schlappe: "+desc, 0),
	}, blocks: paras("Im Unterhaus stimmte am Samstag eine knappe Mehrheit gegen den Plan der Regierung.", "Die Opposition jubelte.")}
	if a := assemble(p, Options{}); a.Dek != desc {
		t.Errorf("dek %q, want the description without the kicker", a.Dek)
	}
	// A standfirst that opens as the description does is the whole one
	// the description was cut from.
	p = &page{cands: []candidate{
		cand(fieldHeadline, originVisible, "Niederlage im Unterhaus", 0),
		cand(fieldDescription, originOpenGraph, desc, -1),
		cand(fieldDek, originVisible, desc+" – ein Rückschlag", 0),
	}, blocks: paras("Im Unterhaus stimmte am Samstag eine knappe Mehrheit gegen den Plan der Regierung.", "Die Opposition jubelte.")}
	if a := assemble(p, Options{}); a.Dek != desc+" – ein Rückschlag" {
		t.Errorf("dek %q, want the whole standfirst shown", a.Dek)
	}
}

func TestDropSiteSegmentHostName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"by Bo Yirk , Sciencewire.net", "by Bo Yirk"},
		{"Jane Doe | example.co.uk", "Jane Doe"},
		{"Jane Doe, Tom Roe", "Jane Doe, Tom Roe"},
		{"Jane Doe, Example News", "Jane Doe, Example News"},
	} {
		if got := dropSiteSegment(tt.in, nil); got != tt.want {
			t.Errorf("dropSiteSegment(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
