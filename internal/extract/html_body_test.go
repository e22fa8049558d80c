package extract

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// htmlLinkBoxes returns n boxes of one link each, as shops list their
// brands or producers.
func htmlLinkBoxes(n int) string {
	var s string
	for i := range n {
		s += `<div class="col-4"><a href="/p/` + strconv.Itoa(i) + `">Producer number ` + strconv.Itoa(i) + ` of the valley (` + strconv.Itoa(i+1) + `)</a></div>`
	}
	return s
}

// Text set loose in a container, paragraphs split by <br><br>, beside a
// child box (a photo credit, a table): the container earns the points of
// its own paragraphs, as Readability's wrapping them in <p> would give,
// so a box of <p> paragraphs elsewhere on the page does not outscore it
// when the article's column also holds a list of links.
func TestHTMLBodyLooseTextBesideChildBox(t *testing.T) {
	a, b, c := htmlPara("Kilo", 3), htmlPara("Lima", 3), htmlPara("Mike", 2)
	s1, s2 := htmlPara("November", 3), htmlPara("Oscar", 3)
	src := `<html><body>` + htmlNav + `
<div class="row"><div class="col-main"><h1>Kilo council votes</h1>
<div class="description"><div class="callout">Photo: the town hall of Kilo</div>` +
		a + `<br><br>` + b + `<br><br>` + c + `</div>
<h2>Producers of the region</h2>` + htmlLinkBoxes(12) + `
</div></div>
<div id="shipping"><h3>Shipping and delivery</h3><p>` + s1 + `</p><p>` + s2 + `</p></div>
</body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	f := flattenNodes(doc)
	f.score()
	sel := f.chooseContainer()
	if len(sel) != 1 || htmlAttr(f.nodes[sel[0]], "class") != "description" {
		var got []string
		for _, e := range sel {
			got = append(got, f.nodes[e].Data+"."+htmlAttr(f.nodes[e], "class")+"#"+htmlAttr(f.nodes[e], "id"))
		}
		t.Errorf("container %v, want the div.description", got)
	}
}

// A standfirst in a content-named box, the paragraphs beside it and a long
// list of links under them in the same column: the scores pick the box,
// the summed values one paragraph; their near common element holds the
// article.
func TestHTMLBodyStandfirstBoxAndLinkLists(t *testing.T) {
	lead, a, b := htmlPara("Quebec", 1), htmlPara("Romeo", 3), htmlPara("Sierra", 4)
	var links string
	for i := range 8 {
		links += `<h2>Press release</h2><ul><li><a href="/r/` + strconv.Itoa(i) +
			`">The minister opens the forum on volunteering in rural regions, part ` + strconv.Itoa(i) + `</a></li></ul>`
	}
	src := `<html><body>` + htmlNav + `
<div class="main"><div class="col"><div class="intro"><h1>Quebec forum</h1><div class="intro-text"><p>` + lead + `</p></div></div>
<p>` + a + `</p><p>` + b + `</p>` + links + `</div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{lead, a, b})
}

// A point or comma inside a number is not punctuation: a stock ticker of
// prices must not read as prose full of sentences.
func TestHTMLCountNumbersAreNotPunctuation(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int32
	}{
		{"ATX3078.02-0.24%ANDRITZ43.14-0.6%", 0},
		{"1,500 people came. They stayed, and sang.", 3},
		{"It ended 2.", 1},
		{"U.S. troops", 2},
	} {
		if _, _, p := htmlCount(c.s); p != c.want {
			t.Errorf("htmlCount(%q) punctuation %d, want %d", c.s, p, c.want)
		}
	}
}

// Closing lines set in heading tags are kept when they read as sentences;
// a bare subheading at the end, and a print-edition line with its date,
// still go.
func TestHTMLBodyProseHeadingsAtTheEnd(t *testing.T) {
	a, b := htmlPara("Tango", 3), htmlPara("Uniform", 3)
	q1 := "The story is dreadful. One could say it is perfectly dreadful."
	q2 := "He opens a fake profile on a social network. It supports his version."
	src := `<html><body>` + htmlNav + `
<article><h1>Tango council votes</h1><p>` + a + `</p><p>` + b + `</p>
<h4>` + q1 + `</h4><h4>` + q2 + `</h4>
<h4>A version of this article appeared in print on 11/08/2012, on page B9.</h4>
<h3>More on this topic</h3></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, q1, q2})
}

// A reference list of punctuated items weighs less than the prose beside
// it: list items count half in the scores.
func TestHTMLBodyReferencesDoNotWin(t *testing.T) {
	var prose, refs string
	for _, seed := range []string{"Victor", "Whiskey", "Xray", "Yankee"} {
		prose += `<p>` + htmlPara(seed, 4) + `</p>`
	}
	for i := range 6 {
		refs += `<li>^ Maaten, L.; Hinton, G. (2008). "Visualizing data, part ` + strconv.Itoa(i) +
			`". J. Mach. Learn. Res. 9: 2579–2605. Retrieved 3 May, 2019.</li>`
	}
	src := `<html><body>` + htmlNav + `
<div class="page"><h1>Victor method</h1><div class="output">` + prose + `</div></div>
<div class="refs"><h2>References</h2><ol class="references">` + refs + `</ol></div>` + htmlFooter + `</body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	f := flattenNodes(doc)
	f.score()
	sel := f.chooseContainer()
	if len(sel) != 1 || htmlAttr(f.nodes[sel[0]], "class") != "output" {
		var got []string
		for _, e := range sel {
			got = append(got, f.nodes[e].Data+"."+htmlAttr(f.nodes[e], "class"))
		}
		t.Errorf("container %v, want the div.output", got)
	}
}

// A content-named box of one paragraph (an advertisers' disclaimer) does
// not outscore the article's plainly named box of several paragraphs.
func TestHTMLBodyOneParagraphContentBox(t *testing.T) {
	a, b, c, d := htmlPara("Zulu", 2), htmlPara("Alpha", 2), htmlPara("Bravo", 2), htmlPara("Charlie", 2)
	src := `<html><body>` + htmlNav + `
<div id="left"><div class="col"><div class="group"><p>` + a + `</p><p>` + b + `</p><p>` + c + `</p></div></div></div>
<div id="right"><div class="links"><div class="link-content"><p>` + d + `</p></div></div></div>` + htmlFooter + `</body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	f := flattenNodes(doc)
	f.score()
	sel := f.chooseContainer()
	if len(sel) != 1 || htmlAttr(f.nodes[sel[0]], "class") != "group" {
		var got []string
		for _, e := range sel {
			got = append(got, f.nodes[e].Data+"."+htmlAttr(f.nodes[e], "class"))
		}
		t.Errorf("container %v, want the div.group", got)
	}
}

// Tags shown as text (an embed code pasted into a widget) are not prose:
// such a block neither scores nor stays in the body.
func TestHTMLBodyMarkupShownAsText(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{`Get the <a href="http://widgets.example/w/rays" data-href="http://widgets.example/w/rays">Rays</a> widget`, true},
		{`Use a < b and keep x<y, then print "<b>" once in the whole sentence of the tutorial text.`, false},
		{`Plain prose without tags.`, false},
	} {
		if got := markupText(c.s); got != c.want {
			t.Errorf("markupText(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	a, b := htmlPara("Delta", 3), htmlPara("Echo", 3)
	embed := `Get the &lt;a href="http://widgets.example/widget/prospects" data-href="http://widgets.example/widget/prospects"&gt;Prospects&lt;/a&gt; widget, and many other great free widgets, at &lt;a href="http://widgets.example"&gt;Widgets&lt;/a&gt;! Not seeing a widget? &lt;a href="http://docs.example/help/why-cant-i-see-my-widget/"&gt;(More info)&lt;/a&gt;`
	src := `<html><body>` + htmlNav + `
<article><h1>Delta game</h1><p>` + a + `</p><p>` + b + `</p><p>` + embed + `</p></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})
}

// Chrome lines that sit inside article containers in several languages:
// blog footers, print and rating widgets, author-box labels, ad marks.
func TestHTMLBoilerplateLinesMore(t *testing.T) {
	for _, s := range []string{
		"This entry was posted in News and tagged budget. Bookmark the permalink.",
		"Dieser Eintrag wurde veröffentlicht in Allgemein. Setze ein Lesezeichen.",
		"Permalink", "- Anzeige -", "Rezept drucken", "Bild anzeigen", "(Noch keine Bewertungen)",
		"Über den Autor", "About the author", "Externer Inhalt", "Zum Weiterlesen:",
		"*Werbung. Dieser Beitrag enthält Werbung für eine Marke.",
		"If you enjoyed reading this post, please consider a donation.",
		"We want to hear what you think about this article.",
	} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Eintritt: 12 Euro", "The author was born in Kilo in 1950.", "Drucken Sie das Formular aus und senden Sie es uns.",
		"Werbung ist ein Thema, über das der Rat lange stritt.",
	} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
}

// A teaser list (linked title over an excerpt) after the article goes,
// in a box that is not named as related; the same shape as the article's
// own paragraphs stays.
func TestHTMLBodyTeaserList(t *testing.T) {
	a, b := htmlPara("Foxtrot", 3), htmlPara("Golf", 3)
	item := func(seed string) string {
		return `<li><a href="/` + seed + `">The ` + seed + ` council looks almost the same</a><br>` + htmlPara(seed, 1) + `</li>`
	}
	src := `<html><body>` + htmlNav + `
<div class="wrap"><div class="box"><h1>Foxtrot council</h1><div class="text"><p>` + a + `</p><p>` + b + `</p></div></div>
<div class="box2"><div class="label">More news</div><ul>` + item("Hotel") + item("India") + item("Juliett") + item("Kilo") + `</ul></div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})

	var own string
	for _, seed := range []string{"Lima", "Mike", "November"} {
		own += `<p><a href="/` + seed + `">` + seed + `: a talk on the budget</a><br>` + htmlPara(seed, 2) + `</p>`
	}
	src = `<html><body>` + htmlNav + `<article><h1>Talks</h1><div class="text"><p>` + a + `</p>` + own + `</div></article>` + htmlFooter + `</body></html>`
	if got := htmlBodyOf(t, src); len(got) != 4 {
		t.Errorf("playlist post: %d blocks, want 4: %q", len(got), htmlTexts(got))
	}
}

// fewWords only lets boilerLine skip lines it could never match.
func TestHTMLFewWordsGuardsBoilerLine(t *testing.T) {
	for _, l := range []string{
		"advertisement - continue reading to continue", "share this article on facebook",
		"- • read more »", "à propos de l'auteur", "(noch keine bewertungen)", "story continues below advertisement",
	} {
		if !boilerLine.MatchString(l) {
			t.Errorf("boilerLine does not match %q", l)
		}
		if !fewWords(l, 6) {
			t.Errorf("fewWords(%q, 6) = false for a boilerplate line", l)
		}
	}
	if fewWords("the council met on tuesday and argued about the budget", 6) {
		t.Error("fewWords lets a ten-word sentence through")
	}
}

// A closing question before an embed stays: only labels and lines without
// a sentence go with the link blocks they introduce.
func TestHTMLBodyQuestionBeforeEmbed(t *testing.T) {
	a, b := htmlPara("Oscar", 3), htmlPara("Papa", 3)
	q := "Will the council of Oscar change its mind about the roads?"
	src := `<html><body>` + htmlNav + `
<article><h1>Oscar council</h1><div class="entry-content"><p>` + a + `</p><p>` + b + `</p><p>` + q + `</p>
<blockquote class="embed"><a href="https://social.example/p/1">View this post on Social</a></blockquote>
<p>Read also:</p><p><a href="/x">Papa council votes on the budget again</a></p></div></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, q})
}

// A one-line post whose line holds an exclamation inside it is a sentence
// of the text, not a label introducing the comment link after it.
func TestHTMLBodyOneLinePostBeforeCommentLink(t *testing.T) {
	line := "Wonderful animated video for the band from Quito! Directed by Ana Ruiz"
	src := `<html><body>` + htmlNav + `
<div id="content"><div class="post"><h2><a href="/p/1">La Noche</a></h2>
<div class="meta">Filed under: <a href="/c/music">music</a> — Tags: <a href="/t/film">film</a> — editor @ 11:07</div>
<div class="storycontent"><p>` + line + `</p></div>
<p><a href="/p/1#comments">Comments (0)</a></p></div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{line})
}

// A post of one line that ends in a colon over the photos it shows, then
// a list of related links: the line is the whole post, not an intro to the
// links. A "Post a Comment" heading of the reply form below is not a line
// of the article either, however little text came before it.
func TestHTMLBodyLoneLineOverLinks(t *testing.T) {
	line := "In addition to the first set of sample images from the new lens I published a few days ago, here are a few more pictures found on the photo site:"
	var rel string
	for i := range 3 {
		rel += `<li><a href="/r/` + strconv.Itoa(i) + `">More sample images of the lens, part ` + strconv.Itoa(i) + `</a></li>`
	}
	post := `<div class="post"><h1>More lens sample images</h1><div class="entry-content"><p>` + line + `</p>
<p>Related posts:</p><ol>` + rel + `</ol></div></div>`
	for _, c := range []struct{ name, after string }{
		{"alone", ""},
		{"reply form", `<div id="comments"><div id="respond"><h3>Post a Comment</h3><form><p>Your email is never published nor shared.</p></form></div></div>`},
	} {
		src := `<html><body>` + htmlNav + `<div id="content">` + post + c.after + `</div>` + htmlFooter + `</body></html>`
		t.Run(c.name, func(t *testing.T) { wantHTMLBody(t, htmlBodyOf(t, src), []string{line}) })
	}
}

// A paywalled post: a content-named header box of short lines (the path,
// the headline, a subtitle) outscores the one paragraph left of the body
// further down. The header holds nothing to keep, so the subtree of
// greatest value gives the body.
func TestHTMLBodyEmptyChoiceFallsBack(t *testing.T) {
	a := htmlPara("Tango", 2)
	src := `<html><body>` + htmlNav + `
<article class="post"><div class="post-header"><p><a href="/">Home</a> <a href="/issues">Issues</a> Tango prison under review</p>
<h1>Tango prison under review</h1><p>Officials say the prison is not fit for its inmates</p></div>
<div class="container"><div class="row"><div class="main-content"><div class="post-content"><p>` + a + `</p>
<div class="pay-box"><a href="/subscribe">Subscribe to read more</a></div></div></div></div></div>
<div class="post-nav"><a href="/p/1">Previous article: Tango bridge plans revealed in full</a> <a href="/p/2">Next article: Tango bank raises its income again</a></div>
</article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a})
}

// A block made of several chrome labels in a row, or of one in brackets,
// is chrome as the single label is; a sentence that opens with such a
// word is not.
func TestHTMLBoilerplateLabelRuns(t *testing.T) {
	for _, s := range []string{
		"Bild anzeigen Bild schließen",
		"Print | Email | Share",
		"(Alle Angaben ohne Gewähr)",
		"(Noch keine Bewertungen)\nLoading...",
		"Rezept drucken Bei Pinterest speichern",
		"Permalink https://p.example.com/p/RPYx",
		"Abbildung 4: klassische Schwachschicht im Schneeprofil.",
	} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Share the road with the cyclists of the valley.",
		"Print runs fell by half last year",
		"(The council met on Tuesday)",
		"Permalinks keep an address stable when a post is renamed.",
	} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
}

// A line that stops on a comma or a small word runs on into the link
// block after it: it is text, not a label introducing a list of links,
// which a short line ending in a colon still is.
func TestHTMLBodyRunOnLineBeforeLink(t *testing.T) {
	a, b := htmlPara("Uniform", 3), htmlPara("Victor", 3)
	for _, c := range []struct{ line, want string }{
		{"Now as to the money the council of Uniform could not find,", "kept"},
		{"The mayor of Uniform wrote about the missing money on her page at", "kept"},
		{"More from the council of Uniform:", "dropped"},
	} {
		src := `<html><body>` + htmlNav + `
<article><h1>Uniform council</h1><div class="entry-content"><p>` + a + `</p><p>` + c.line + `</p>
<p><a href="/r/1">the report of the auditors of the council on the spending on roads</a></p><p>` + b + `</p></div></article>` + htmlFooter + `</body></html>`
		want := []string{a, c.line, b}
		if c.want == "dropped" {
			want = []string{a, b}
		}
		wantHTMLBody(t, htmlBodyOf(t, src), want)
	}
}

// A shop sets a product's description inside its order form: a form that
// holds most of the container's paragraphs is a wrapper, while a rating
// or reply form in the container is still left out.
func TestHTMLBodyDescriptionInOrderForm(t *testing.T) {
	a, b, c, d := htmlPara("Whiskey", 2), htmlPara("Xray", 3), htmlPara("Yankee", 2), htmlPara("Zulu", 2)
	src := `<html><body>` + htmlNav + `
<article class="product"><h1>Whiskey blanket</h1><div class="entry-content">
<div class="intro"><p>` + d + `</p></div>
<form class="productform" action="/cart"><p>Price: 36 EUR</p><input type="number" name="qty">
<div class="description"><p>` + a + `</p><p>` + b + `</p><p>` + c + `</p></div><button>Add to cart</button></form>
<form class="rating" action="/rate"><p>How do you rate this product? Tell us what you think of it below.</p><input type="text" name="r"></form>
</div></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{d, "Price: 36 EUR", a, b, c})
}

// A sidebar list named for posts ("recent-posts") holds a teaser of a
// sentence per item; the content-name bonus is for boxes, not lists, so
// the short post in the main column stays the article.
func TestHTMLBodyPostsListIsNotTheArticle(t *testing.T) {
	a := htmlPara("Alpha", 2)
	var items string
	for _, s := range []string{"Bravo", "Charlie", "Delta", "Echo", "Foxtrot"} {
		items += `<li><a href="/p/` + s + `">` + s + ` council news</a> – ` + htmlPara(s, 1) + `</li>`
	}
	src := `<html><body>` + htmlNav + `
<div class="wrapper"><div id="content"><div class="post"><h1>Alpha quickies</h1><div class="entry-content"><p>` + a + `</p></div></div></div>
<div id="sidebar"><div class="widget"><h3>Recent posts</h3><ul class="recent_posts">` + items + `</ul></div></div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a})
}

// A section heading over a subheading of a deeper rank heads that
// subsection and stays; a heading over one of its own rank heads nothing.
func TestHTMLBodyHeadingOverSubheading(t *testing.T) {
	a, b, c := htmlPara("Golf", 3), htmlPara("Hotel", 2), htmlPara("India", 2)
	src := `<html><body>` + htmlNav + `
<article><h1>Golf school</h1><div class="entry-content"><p>` + a + `</p>
<h2>Course contents</h2><h3>Third year</h3><p>` + b + `</p>
<h2>Dates</h2><h2>Fees</h2><p>` + c + `</p></div></article>` + htmlFooter + `</body></html>`
	got := htmlTexts(htmlBodyOf(t, src))
	want := []string{a, "Course contents", "Third year", b, "Fees", c}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n got %q\nwant %q", got, want)
	}
}

// A script hook beside a content-named class says what a script does, not
// what the element is; alone, a hook may be the only name of a share bar.
func TestHTMLClassScriptHooks(t *testing.T) {
	flags := func(class string) uint8 {
		return classFlags(&html.Node{Type: html.ElementNode, Data: "section", Attr: []html.Attribute{{Key: "class", Val: class}}})
	}
	if fl := flags("article__content js-truncate-related-to-my-size"); fl&(efChrome|efHard) != 0 || fl&efPositive == 0 {
		t.Errorf("content box with a script hook: flags %b, want positive and no chrome", fl)
	}
	if fl := flags("som-Buttons js-sharebuttons"); fl&(efWeak|efChrome) == 0 {
		t.Errorf("share bar named only by its hook: flags %b, want chrome", fl)
	}
	if fl := flags("js-related-articles"); fl&efHard == 0 {
		t.Errorf("related box named only by its hook: flags %b, want hard chrome", fl)
	}
}

// flattenNodes is flatten keeping each element's node, so that a test can
// name the elements chosen.
func flattenNodes(doc *html.Node) *flat {
	f := newFlat()
	f.nodes = []*html.Node{nil}
	f.walkDoc(doc)
	return f
}
