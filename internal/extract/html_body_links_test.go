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

// A paragraph of two sentences or more whose words are mostly links (the
// sources it names) is prose; a labelled line of links is not.
func TestHTMLBodyLinkedProse(t *testing.T) {
	a, b := htmlPara("Whiskey", 3), htmlPara("Xray", 3)
	prose := `As <a href="/r1">the report of the regional office on the state of the roads</a> shows, repairs lag behind. ` +
		`<a href="/r2">The survey of the drivers of the valley last spring</a> says the same.`
	want := "As the report of the regional office on the state of the roads shows, repairs lag behind. The survey of the drivers of the valley last spring says the same."
	label := `See also: <a href="/x1">The roads of the valley and their repair over the last ten years</a>. <a href="/x2">The budget of the region for the roads</a>.`
	src := `<html><body>` + htmlNav + `<article><h1>Whiskey roads</h1><p>` + a + `</p><p>` + prose + `</p><p>` + b + `</p><p>` + label + `</p></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, want, b})
}

// An author box after the article, its biography long enough to escape
// the length test of chrome boxes, is the article's frame.
func TestHTMLBodyWeakBoxAtTheEnd(t *testing.T) {
	a, b, c := htmlPara("Alpha", 4), htmlPara("Bravo", 4), htmlPara("Charlie", 3)
	bio := "Jane Doe is the founder and editor of the Daily Example, a site about the councils of the valley, their budgets, their roads and their schools. " +
		"Before that she reported for twenty years on local politics for several papers of the region, and she teaches a class on reporting at the university. " +
		"She lives in the valley with her family, two dogs and a garden that is never quite finished. " +
		"Her book on the history of the valley's bridges, their builders and the floods that took them away came out last spring and is in its second printing."
	src := `<html><body>` + htmlNav + `<article><h1>Alpha council</h1><div class="entry-content"><p>` + a + `</p><p>` + b + `</p><p>` + c + `</p>
<div class="author-box"><p>` + bio + `</p></div></div></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, c})
}

// A rating box over the article is its frame; a standfirst in a box of the
// same kind is the article's.
func TestHTMLBodyWeakBoxAtTheTop(t *testing.T) {
	a, b, c := htmlPara("Delta", 4), htmlPara("Echo", 4), htmlPara("Foxtrot", 3)
	page := func(top string) string {
		return `<html><body>` + htmlNav + `<article><h1>Delta council</h1><div class="entry-content">
<div class="rating-box"><p>` + top + `</p><p>Rated by 212 readers of the site since Tuesday | Reading time 4 minutes</p></div><p>` + a + `</p><p>` + b + `</p><p>` + c + `</p></div></article>` + htmlFooter + `</body></html>`
	}
	wantHTMLBody(t, htmlBodyOf(t, page("4 and a half out of 5 stars for this report of the council | 38 comments")), []string{a, b, c})
	lead := "The council of Delta voted on Tuesday. The roads come first."
	wantHTMLBody(t, htmlBodyOf(t, page(lead)), []string{lead, "Rated by 212 readers of the site since Tuesday | Reading time 4 minutes", a, b, c})
}
