package extract

import (
	"strings"
	"testing"
)

// The credited author's biography, printed as the last paragraph
// without a header, is not the article's; a paragraph that names the
// author further up is.
func TestTextCutBio(t *testing.T) {
	para := strings.Repeat("The storage makers have found a way to write more bits on a platter than before. ", 4)
	blocks := []block{
		{kind: "p", text: para},
		{kind: "p", text: "Jane Doe said the drives would ship next year. " + para},
		{kind: "p", text: "Jane Doe is a senior writer covering hardware. She was previously an editor at a trade weekly."},
		{kind: "p", text: "Read more"},
	}
	cands := []candidate{{field: fieldByline, value: "By Jane Doe"}}
	got := textCutBio(blocks, cands)
	if len(got) != 2 {
		t.Fatalf("textCutBio kept %d blocks, want 2: %v", len(got), got)
	}
	// Without a credit, a paragraph that opens with a name and does not
	// present a writer stays; with prose under the paragraph, nothing
	// goes.
	said := append(append([]block{}, blocks[:2]...), block{kind: "p", text: "Jane Doe thinks the drives will sell well once the price falls under a hundred dollars."}, blocks[3])
	if got := textCutBio(said, nil); len(got) != len(said) {
		t.Errorf("textCutBio without a byline cut to %d blocks", len(got))
	}
	more := append(append([]block{}, blocks[:3]...), block{kind: "p", text: para})
	if got := textCutBio(more, cands); len(got) != len(more) {
		t.Errorf("textCutBio cut a paragraph with the article going on under it: %d blocks", len(got))
	}
}

// Short labels that also open other lines ("Mira:" may be a speaker's
// name) make a teaser only before a title, which has no final stop.
func TestTextTeaserShortLabels(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Mire: El cantante da positivo en una prueba", true},
		{"PUEDES VER: ¿Qué es la universidad y para qué sirve?", true},
		{"Auch lesen: Diese drei Sternzeichen verschenken ihr Herz", true},
		{"Mira: I think we should have left much earlier that day.", false},
		{"Lea más tarde el informe completo", false},
	} {
		l := tLine{text: c.s}
		l.measure()
		if got := textTeaserLine(&l); got != c.want {
			t.Errorf("textTeaserLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A call to follow the site on a social network is the site's; a
// sentence that names a network is the text's.
func TestTextSocialPromo(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.", true},
		{"Folgen Sie uns auf Instagram und Facebook, um nichts zu verpassen.", true},
		{"The minister said on Twitter that he would join the talks next week.", false},
	} {
		l := tLine{text: c.s}
		l.measure()
		if got := textSocialPromo(&l); got != c.want {
			t.Errorf("textSocialPromo(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A biography's shape is known without the credit: a name, a verb that
// presents the person and a trade that writes, or the author presenting
// themselves.
func TestTextBioShape(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Jane Doe is a senior writer covering hardware. She was previously an editor at a trade weekly.", true},
		{"Karl Beispiel leitet das Ressort Wirtschaft und schreibt über Banken.", true},
		{"Hallo, ich bin Foodbloggerin und backe seit meiner Kindheit.", true},
		{"Jane Doe is the new mayor of the city, elected last week with a large majority.", false},
		{"Jane Doe thinks the drives will sell well once the price falls.", false},
		{"The writer is a keen cook.", false},
	} {
		if got := textBioShape(tc.s); got != tc.want {
			t.Errorf("textBioShape(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	para := strings.Repeat("The storage makers have found a way to write more bits on a platter than before. ", 4)
	blocks := []block{{kind: "p", text: para}, {kind: "p", text: para}, {kind: "p", text: "Jane Doe is a senior writer covering hardware."}}
	if got := textCutBio(blocks, nil); len(got) != 2 {
		t.Errorf("biography without a credit kept: %d blocks", len(got))
	}
}
