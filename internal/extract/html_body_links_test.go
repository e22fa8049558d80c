package extract

import "testing"

// A list of the article that names links and says what each holds is
// kept though most of its letters are links; a menu of short links in the
// same article is not.
func TestHTMLBodyLinkedListItems(t *testing.T) {
	a, b := htmlPara("Uniform", 3), htmlPara("Victor", 3)
	items := []string{
		"The quarterly budget report of the council – the figures for roads",
		"The minutes of the Tuesday meeting in full – who voted for what",
		"The map of the new school district – the streets it takes in",
	}
	src := `<html><body>` + htmlNav + `<article><h1>Uniform budget</h1><p>` + a + `</p><p>` + b + `</p><ul>`
	for _, it := range items {
		name, note, _ := cutDash(it)
		src += `<li><a href="/doc">` + name + `</a> – ` + note + `</li>`
	}
	src += `</ul><ul class="tags"><li><a href="/t/a">Budget</a></li><li><a href="/t/b">Roads</a></li><li><a href="/t/c">Schools</a></li></ul></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), append([]string{a, b}, items...))
}

func cutDash(s string) (string, string, bool) {
	for i := 0; i+len(" – ") <= len(s); i++ {
		if s[i:i+len(" – ")] == " – " {
			return s[:i], s[i+len(" – "):], true
		}
	}
	return s, "", false
}
