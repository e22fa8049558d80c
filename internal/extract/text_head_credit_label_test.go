package extract

import (
	"strings"
	"testing"
)

func TestTextCreditLabelInflected(t *testing.T) {
	// Labels that name both genders or the plural ("AUTOR/IN",
	// "Autor:innen", "Auteur(s)") over the name: the name is the credit,
	// not the label.
	body := strings.Repeat("Die Stuttgarter Volleyballerinnen müssen im vierten Spiel der Finalserie um die Meisterschaft auf ihre beste Angreiferin verzichten, teilte der Verein am Mittwoch mit. ", 2)
	for _, label := range []string{"AUTOR/IN", "Autor:innen", "Auteur(s) :"} {
		page := "Startseite\nSport\n\nVolleyball-Meisterinnen verlieren ihre beste Angreiferin\n\n" + label + "\nJana Berg\n\n" + body + "\n\n" + body + "\n\n" + body + "\n\nImpressum\n"
		a, err := Extract([]byte(page), "p.txt", Options{Input: FormatText})
		if err != nil {
			t.Fatal(err)
		}
		if a.Byline != "Jana Berg" {
			t.Errorf("%q: byline %q, want the name under the label", label, a.Byline)
		}
	}
}

func TestTextCreditLabelAfterDate(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"10.12.2022 18:27 von", true},
		{"10.12.2022 von", true},
		{"10.12.2022", false},
		{"vor 4 Monaten von", false},
		{"Seite 2 von", false},
	} {
		ls := textSplitLines(tt.line + "\n")
		ls[0].measure()
		if got := textCreditLabelLine(&ls[0]); got != tt.want {
			t.Errorf("textCreditLabelLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
