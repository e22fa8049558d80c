package extract

import (
	"strings"
	"unicode"
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
	// strings.Index finds a sign many bytes at a time; LastIndex, byte
	// by byte from the end, is asked only of a line that has one.
	if strings.Contains(s, "©") {
		if k := strings.LastIndex(s, "©"); k >= textCaptionLead {
			tail := strings.TrimSpace(s[k+len("©"):])
			if tail != "" && strings.Count(tail, " ") < textCaptionCreditWords && !textEndsSentence(tail) {
				return true
			}
		}
	}
	return textFigureLabel(s) || textBracketCredit(s)
}

// textBracketCredit reports whether s ends with a picture's credit in
// brackets: a credit label ("(Foto: Agentur Nord)", "(Bildquelle: Verein
// der Gärtner)"), a stock word ("(Symbolbild)"), or names parted by a
// slash of which one is an agency in capitals or a person's name
// ("(AGENCY/Jane Roe)", "(Quelle: Roe/Bildarchiv/DJV)"). Words
// parted by a slash in a sentence ("(Whitelist/Blacklist)") credit
// nothing.
func textBracketCredit(s string) bool {
	t := strings.TrimSuffix(s, ".")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	k := strings.LastIndexByte(t, '(')
	if k < textCaptionLead {
		return false
	}
	in := strings.TrimSpace(t[k+1 : len(t)-1])
	if in == "" || strings.Count(in, " ") >= textCaptionCreditWords {
		return false
	}
	for _, w := range textBracketLabels {
		if strings.HasPrefix(in, w) {
			rest := in[len(w):]
			if rest == "" || rest[0] == ':' {
				return true
			}
		}
	}
	if !strings.Contains(in, "/") {
		return false
	}
	for _, part := range strings.Split(in, "/") {
		part = strings.TrimSpace(part)
		if textAllCaps(part) || strings.Contains(part, " ") && looksLikeNames(part) {
			return true
		}
	}
	return false
}

// textAllCaps reports whether w is a word of two or more letters, all
// capitals: an agency's name ("REUTERS", "AFP", "DJV").
func textAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// textBracketLabels open the credit of a picture in brackets.
var textBracketLabels = []string{
	"Foto", "Fotos", "Bild", "Bildquelle", "Quelle", "Photo", "Photos", "Credit", "Crédit", "Imagen", "Fotografía",
	"Zdjęcie", "Symbolbild", "Symbolfoto", "Archivbild", "Archivfoto",
}

// textCaptionsKept reports whether the credited captions of the run
// [start, end) are its text: a run of one line (a post that is one
// captioned picture), or a photo essay, where they are at least half its
// good lines.
//
// It returns the credited captions too, in order, for textBlocks not to
// read each good line a second time.
func textCaptionsKept(lines []tLine, start, end int) (bool, []int) {
	good := 0
	var captions []int
	for i := start; i < end; i++ {
		if l := &lines[i]; l.class == tGood {
			good++
			if textCreditedCaption(l) {
				captions = append(captions, i)
			}
		}
	}
	return good <= 1 || len(captions)*2 >= good, captions
}

// textFigureLabel reports whether s opens with a figure's label: a word
// for a figure, an optional number, a colon ("Abbildung:", "Abb. 3:",
// "Figure 2:", "Grafik 1:").
func textFigureLabel(s string) bool {
	// Nearly every line opens with a byte no figure word opens with: it
	// is turned away before the words are compared.
	if s == "" || !textFigureFirst[s[0]] {
		return false
	}
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

// textFigureFirst holds the first bytes of textFigureWords.
var textFigureFirst = func() *[256]bool {
	var g [256]bool
	for _, w := range textFigureWords {
		g[w[0]] = true
	}
	return &g
}()

// textCaptionMax is the longest line read as a credited caption;
// textCaptionLead the fewest bytes of caption before the sign (one
// opening the line is the page's notice); textCaptionCreditWords the
// most words of the credit after it.
const (
	textCaptionMax         = 260
	textCaptionLead        = 20
	textCaptionCreditWords = 10
)
