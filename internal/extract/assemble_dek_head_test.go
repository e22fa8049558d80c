package extract

import "testing"

func TestCutHeadlineLeadClosingMarks(t *testing.T) {
	stand := "Die Schauspielerin ist am Samstag im Alter von 93 Jahren in Wien gestorben."
	for _, tt := range []struct{ head, in string }{
		{"Ist Lena Berg tot?", "Ist Lena Berg tot? " + stand},
		{"Lena Berg 'ist tot'", "Lena Berg 'ist tot’ " + stand},
	} {
		if got := cutHeadlineLead(tt.in, tt.head); got != stand {
			t.Errorf("cutHeadlineLead(%q, %q) = %q, want %q", tt.in, tt.head, got, stand)
		}
	}
}

func TestCutHeadlineLead(t *testing.T) {
	head := "Lena Berg ist tot"
	stand := "Die Schauspielerin ist am Samstag im Alter von 93 Jahren in Wien gestorben."
	for _, tt := range []struct{ in, want string }{
		{head + " " + stand, stand},
		{"Chronik " + head + ": " + stand, stand},
		{"Kostenlos bis 19:34 Uhr " + head + " " + stand, stand},
		{stand, stand},
		{head + " in Wien", head + " in Wien"},
		{"Eine lange Einleitung von vielen Wörtern, bevor " + head + " " + stand, "Eine lange Einleitung von vielen Wörtern, bevor " + head + " " + stand},
	} {
		if got := cutHeadlineLead(tt.in, head); got != tt.want {
			t.Errorf("cutHeadlineLead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAssembleDekWithoutHeadlineBox(t *testing.T) {
	// The dek's class is on the headline box: kicker, headline and
	// standfirst in one element. The description is the body's first
	// paragraph, so it is not the dek; the standfirst shown is.
	stand := "Die Schauspielerin ist am Samstag im Alter von 93 Jahren in Wien gestorben."
	p := &page{cands: []candidate{
		cand(fieldHeadline, originVisible, "Lena Berg ist tot", 0),
		cand(fieldDek, originVisible, "Chronik Lena Berg ist tot "+stand, 0),
	}, blocks: paras("Lena Berg stand sechzig Jahre lang auf der Bühne des Theaters.", "Sie wurde 93 Jahre alt.")}
	if a := assemble(p, Options{}); a.Dek != stand {
		t.Errorf("dek %q, want the standfirst without the headline box", a.Dek)
	}
}

func TestDekNotACreditLine(t *testing.T) {
	p := &page{cands: []candidate{
		cand(fieldHeadline, originVisible, "Road closed after gas leak", 0),
		cand(fieldDek, originVisible, "by Loga Ritch November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm Share: Click to share on Facebook (Opens in new window) Click to share on LinkedIn (Opens in new window) Click to email a link to a friend (Opens in new window)", 0),
	}, blocks: paras("The road is closed between the two bridges, the police said on Wednesday.", "More soon.")}
	if a := assemble(p, Options{}); a.Dek != "" {
		t.Errorf("dek %q, want none: a credit and date line is no standfirst", a.Dek)
	}
	for _, s := range []string{
		"By 2030 the city will have planted ten thousand trees along its rivers, the council said.",
		"Von Montag an gilt die neue Regel für alle Schulen im Land, teilte das Ministerium mit.",
	} {
		if creditOpening(s) {
			t.Errorf("creditOpening(%q) = true, want false", s)
		}
	}
}

func TestCutCreditTail(t *testing.T) {
	stand := "Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden."
	for _, tt := range []struct{ in, want string }{
		{stand + " Von Jana Berg 19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019, 19:08 Uhr", stand},
		{stand + " By Jana Berg, October 19, 2019", stand},
		{stand, stand},
		{stand + " Von Montag an gilt die Regel, sagte der Minister am 19. Oktober 2019.", stand + " Von Montag an gilt die Regel, sagte der Minister am 19. Oktober 2019."},
		{stand + " 19.10.2019 12.09 Online seit heute, 12.09 Uhr Auf Facebook teilen", stand},
		{stand + "Monday, 6 January 2020", stand},
		{stand + " Von Jana Berg", stand},
		{stand + " Dann kam alles anders.", stand + " Dann kam alles anders."},
	} {
		if got := cutCreditTail(tt.in); got != tt.want {
			t.Errorf("cutCreditTail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutDateStamp(t *testing.T) {
	stand := "Das Wetter eignet sich ja bekanntermaßen exzellent dazu, Gespräche zu beleben."
	for _, tt := range []struct{ in, want string }{
		{"31.10.2023, 10.19 Uhr : " + stand, stand},
		{"31. Oktober 2023 – " + stand, stand},
		{stand, stand},
		{"31.10.2023: kurz", "31.10.2023: kurz"},
		{"2023 wird das wärmste Jahr seit Beginn der Messungen, sagen die Forscher voraus.", "2023 wird das wärmste Jahr seit Beginn der Messungen, sagen die Forscher voraus."},
	} {
		if got := cutDateStamp(tt.in); got != tt.want {
			t.Errorf("cutDateStamp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
