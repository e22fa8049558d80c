package extract

import "strings"

// A comment form printed as text: the labels of its fields, each alone
// on its line ("Name *", "E-Mail (erforderlich)", "Website"), under a
// title that many themes word in ways no list holds ("Kommentar
// verfassen", "Hinterlasse jetzt einen Kommentar"). The fields open the
// readers' part of the page as a comment header does: what follows is
// comments or the blog's sidebar, not the post.

// textFormFields are the labels of a comment form's fields, lower-cased.
var textFormFields = []string{
	"name", "e-mail", "email", "e-mail-adresse", "website", "webseite", "web site", "url", "nom", "nombre",
	"nome", "imię", "имя", "courriel", "adresse e-mail", "adresse de messagerie", "correo electrónico",
	"correo", "site web", "sitio web", "sito web", "site", "naam",
}

// textFormSiteFields are the fields a newsletter or log-in form does not
// ask for: a form with one of them is a comment form.
var textFormSiteFields = map[string]bool{
	"website": true, "webseite": true, "web site": true, "url": true, "site web": true, "sitio web": true,
	"sito web": true, "site": true,
}

// textFormCommentWords name a comment in the common languages; one of
// them over the fields makes them a comment form.
var textFormCommentWords = []string{
	"comment", "kommentar", "commentaire", "comentario", "commento", "komentarz", "коммент", "reactie",
	"reply", "antwort", "répondre", "responder", "rispondi", "odpowied",
}

// The form: the longest field line, the lines a form's fields may span,
// and the lines above it read for its title.
const (
	textFormFieldMax = 70
	textFormSpan     = 6
	textFormAbove    = 5
)

// textCommentForms marks the first field of each comment form as a
// comment header, unless a header stands just above it already.
func textCommentForms(lines []tLine) {
	for i := 0; i < len(lines); i++ {
		// textFormField's first gates, asked here: nearly every line
		// fails them, and a call for each costs more than they do.
		if l := &lines[i]; l.eff() > textFormFieldMax || l.text == "" || l.words > 10 ||
			l.text[0] < 0x80 && !textFormFirst[l.text[0]] {
			continue
		}
		f, ok := textFormField(&lines[i])
		if !ok {
			continue
		}
		fields, site := 1, textFormSiteFields[f]
		last := i
		for j := i + 1; j < min(len(lines), i+textFormSpan); j++ {
			if g, ok := textFormField(&lines[j]); ok && g != f {
				fields++
				site = site || textFormSiteFields[g]
				last = j
			}
		}
		if fields < 2 {
			continue
		}
		titled, headed := false, false
		for k := max(0, i-textFormAbove); k < i; k++ {
			if lines[k].comment {
				headed = true
			}
			if lines[k].eff() <= textFormFieldMax*2 && textHasAny(lines[k].lowered(), textFormCommentWords) {
				titled = true
			}
		}
		if (site || titled) && !headed {
			lines[i].comment = true
		}
		i = last
	}
}

// textFormField returns the field a line labels: the label alone, with
// at most a star, a colon or a bracket after it ("Name (required)",
// "E-Mail (Adresse wird niemals veröffentlicht)").
func textFormField(l *tLine) (string, bool) {
	if l.eff() > textFormFieldMax || l.text == "" || l.words > 10 {
		return "", false
	}
	if c := l.text[0]; c < 0x80 && !textFormFirst[c] {
		return "", false
	}
	if l.fold {
		// A line that folds is read as it stands (textForMatch): a label
		// with nothing after it is the whole line, so a line that does
		// not end as a label's rest may ("*", ":", a bracket) has a
		// label's length.
		if last := l.text[len(l.text)-1]; last != ')' && last != ' ' && last != '*' && last != ':' && !textFormLens.has(len(l.text)) {
			return "", false
		}
	}
	// Nearly every short line is asked: one that folds is read as it
	// stands, capitals folded, with no lower-cased copy made.
	s := textForMatch(l)
	if s == "" {
		return "", false
	}
	for _, f := range textFormByFirst[textFoldByte(s[0])] {
		if !textHasFoldPrefix(s, f) {
			continue
		}
		rest := strings.TrimLeft(s[len(f):], " *:")
		if rest == "" || rest[0] == '(' && strings.HasSuffix(strings.TrimRight(rest, " *:"), ")") {
			return f, true
		}
	}
	return "", false
}

// textFormByFirst holds textFormFields by their first byte, each list
// in the order of textFormFields: a line is read only against the labels
// its first byte (capitals folded) may open, and the first that fits
// wins as before.
var textFormByFirst = func() *[256][]string {
	var t [256][]string
	for _, f := range textFormFields {
		t[f[0]] = append(t[f[0]], f)
	}
	return &t
}()

// textFormLens holds the lengths in bytes of textFormFields.
var textFormLens = newTextLens(textFormFields)

// textLens is a set of lengths in bytes of phrases; a length of
// textLensMax or more is always in it.
type textLens [textLensMax / 64]uint64

const textLensMax = 128

func newTextLens(phrases []string) textLens {
	var s textLens
	for _, p := range phrases {
		if len(p) < textLensMax {
			s[len(p)/64] |= 1 << (len(p) % 64)
		}
	}
	return s
}

func (s *textLens) has(n int) bool {
	return n >= textLensMax || s[n/64]&(1<<(n%64)) != 0
}

// textFormFirst holds the ASCII bytes that open a label of
// textFormFields, in either case: a table, not a search of a string, for
// nearly every short line.
var textFormFirst = func() *[128]bool {
	var g [128]bool
	for _, f := range textFormFields {
		if c := f[0]; c < 0x80 {
			g[c] = true
			if 'a' <= c && c <= 'z' {
				g[c-'a'+'A'] = true
			}
		}
	}
	return &g
}()
