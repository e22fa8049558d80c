package extract

import (
	"strings"
	"unicode/utf8"
)

// textCreditedCaption reports whether line l is a picture's caption that
// a copyright sign credits at its end ("Lee Elder war mit golferischem
// Talent gesegnet. | © Augusta National/Getty Images", "Das Bundeskabinett
// bei seiner Klausurtagung© Bundesregierung/Steffen Kugler"), or a
// figure's numbered label opens ("Abbildung 4: Die grösste Lawine ...",
// "Figure 2: ..."). textPhotoCredit takes the short captions; these run
// longer, up to a few sentences, and the credit after the sign is a few
// names with no sentence after it.
func textCreditedCaption(l *tLine) bool {
	if l.eff() >= textCaptionMax {
		return false
	}
	s := l.text
	if k := strings.LastIndex(s, "©"); k >= textCaptionLead {
		tail := strings.TrimSpace(s[k+len("©"):])
		if tail != "" && strings.Count(tail, " ") < textCaptionCreditWords && !textEndsSentence(tail) {
			return true
		}
	}
	return textFigureLabel(s)
}

// textFigureLabel reports whether s opens with a figure's label: a word
// for a figure, an optional number, a colon ("Abbildung:", "Abb. 3:",
// "Figure 2:", "Grafik 1:").
func textFigureLabel(s string) bool {
	for _, w := range textFigureWords {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], " ")
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		rest = strings.TrimLeft(rest[n:], " ")
		if strings.HasPrefix(rest, ":") && utf8.RuneCountInString(rest) > 2 {
			return true
		}
	}
	return false
}

// textFigureWords name a figure in the common languages.
var textFigureWords = []string{"Abbildung", "Abb.", "Grafik", "Figure", "Fig.", "Figura", "Rysunek", "Rys.", "Рисунок", "Рис."}

// textCaptionMax is the longest line read as a credited caption;
// textCaptionLead the fewest bytes of caption before the sign (one
// opening the line is the page's notice); textCaptionCreditWords the
// most words of the credit after it.
const (
	textCaptionMax         = 260
	textCaptionLead        = 20
	textCaptionCreditWords = 10
)
