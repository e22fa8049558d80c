package extract

import (
	"strings"
	"testing"
)

// A caption that a copyright sign credits at its end, or that a figure's
// label opens, is the picture's, however long; a paragraph that names a
// work's copyright inside a sentence is the article's.
func TestTextCreditedCaption(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Der Bürgermeister bei der Eröffnung der neuen Brücke über den Fluss am Samstagmorgen, umringt von Schülern der Grundschule am Markt | © Stadtverwaltung/Anna Beispiel", true},
		{"Die Arbeiter befestigen die letzten Platten an der Fassade des Rathauses, das im Herbst wieder öffnen soll.© Baufirma Muster", true},
		{"Abbildung 3: Die Schneehöhe am Pass im Vergleich der letzten zehn Winter. Die Werte schwanken stark.", true},
		{"Figure 2: Average response time of the three servers over a week of traffic.", true},
		{"Abbildung", false},
		{"Die Ministerin sprach am Montag mit den Vertretern der Verbände über den neuen Plan. (Bildquelle: Landesverband Nord)", true},
		{"Der Präsident der Kommission bei seiner Rede vor dem Parlament in Brüssel (AGENTUR/Maria Beispiel)", true},
		{"Wer die Bänke im Park beschädigt hat, ist bis heute nicht bekannt (Symbolbild).", true},
		{"Die Fragen an die Vortragende lassen sich während der Sitzung live ordnen (Whitelist/Blacklist).", false},
		{"Der Verein trifft sich jeden Dienstag im Saal der Schule am Markt (Eingang über den Hof).", false},
		{"© 2024 Beispiel Verlag. Alle Rechte vorbehalten.", false},
		{"The band's first record (© 1971 by the label that later went bankrupt) sold more copies than all of the others together, and it is still printed today.", false},
		{"Der Autor hat das Foto © selbst gemacht und es der Zeitung geschenkt, die es am Montag auf der ersten Seite druckte.", false},
	} {
		l := tLine{text: tc.line}
		l.measure()
		if got := textCreditedCaption(&l); got != tc.want {
			t.Errorf("textCreditedCaption(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	page := strings.Join([]string{
		"Start", "Nachrichten", "Sport", "",
		"Die Stadt hat am Samstag die neue Brücke über den Fluss eröffnet, nach zwei Jahren Bauzeit und mit einem Fest für die Bewohner beider Ufer, das bis in den Abend dauerte.", "",
		"Der Bürgermeister bei der Eröffnung der neuen Brücke über den Fluss am Samstagmorgen, umringt von Schülern der Grundschule am Markt | © Stadtverwaltung/Anna Beispiel", "",
		"Die Brücke ersetzt einen alten Steg, der vor drei Jahren nach einem Hochwasser gesperrt werden musste, und verkürzt den Schulweg vieler Kinder um eine halbe Stunde.", "",
		"Impressum",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "Die Stadt hat") || !strings.Contains(body, "Die Brücke ersetzt") {
		t.Errorf("article missing:\n%s", body)
	}
	if strings.Contains(body, "umringt von Schülern") {
		t.Errorf("credited caption kept in body:\n%s", body)
	}
}

// In a photo essay the credited captions are the text: when they are at
// least half the run's good lines, they are kept.
func TestTextCaptionsKeptInEssay(t *testing.T) {
	page := strings.Join([]string{
		"Start", "Bilder", "Sport", "",
		"Halloween in der Altstadt", "31. Oktober 2024", "",
		"Kinder in Kostümen ziehen am Abend durch die Altstadt und sammeln an jeder Tür Süßigkeiten ein. (Anna Beispiel/AGENTUR)", "",
		"Ein Mann mit einem Kürbis auf dem Kopf wartet vor dem Eingang eines Restaurants am Hafen. (Karl Muster/AGENTUR)", "",
		"Zwei Frauen in Kleidern aus dem letzten Jahrhundert tanzen auf dem Platz vor dem Rathaus. (Anna Beispiel/AGENTUR)", "",
		"Impressum",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"Kinder in Kostümen", "Kürbis auf dem Kopf", "Zwei Frauen"} {
		if !strings.Contains(body, want) {
			t.Errorf("caption %q of a photo essay dropped:\n%s", want, body)
		}
	}
}
