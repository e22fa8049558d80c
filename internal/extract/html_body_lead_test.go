package extract

import "testing"

// The site's name holds the page's <h1>; the headline is an <h2> that
// repeats og:title, with a short standfirst under it and a run of share
// links before the body: the standfirst opens the body.
func TestHTMLBodyLeadUnderTitleHeading(t *testing.T) {
	lead := "Whether the bridge opens this year now depends on the ministry."
	a, b := htmlPara("Papa", 3), htmlPara("Hotel", 3)
	src := `<html><head><meta property="og:title" content="Papa council votes on the bridge"></head><body>
<header class="site"><h1><a href="/">The Daily Example</a></h1></header>` + htmlNav + `
<div class="top"><h2>Papa council votes on the bridge</h2><p>` + lead + `</p>
<p><a href="/s/wa">Share on WhatsApp</a></p><p><a href="/s/fb">Share on Facebook</a></p></div>
<div class="story"><p>` + a + `</p><p>` + b + `</p></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{lead, a, b})
}

// A standfirst that the page's description repeats, found only by the
// wider walk (its headline an <h2>), is left to the assembler, which
// shows it as the dek; one the description does not repeat is body text.
func TestHTMLBodyLeadThatIsTheDescription(t *testing.T) {
	lead := "Whether the bridge opens this year now depends on the ministry."
	a, b := htmlPara("Kilo", 3), htmlPara("Lima", 3)
	page := func(desc string) string {
		return `<html><head><meta property="og:title" content="Kilo council votes on the bridge">
<meta name="description" content="` + desc + `"></head><body>` + htmlNav + `
<div class="top"><h2>Kilo council votes on the bridge</h2><p>` + lead + `</p></div>
<div class="story"><p>` + a + `</p><p>` + b + `</p></div>` + htmlFooter + `</body></html>`
	}
	wantHTMLBody(t, htmlBodyOf(t, page(lead)), []string{a, b})
	wantHTMLBody(t, htmlBodyOf(t, page("The council of Kilo and its bridge.")), []string{lead, a, b})
}

// A date line between the headline and the body is not a standfirst,
// though it ends on a point ("4:56 p.m.").
func TestHTMLBodyLeadIsNoDateLine(t *testing.T) {
	a, b := htmlPara("Mike", 3), htmlPara("Oscar", 3)
	src := `<html><body>` + htmlNav + `
<div class="top"><h1>Mike council votes</h1><p>Published: November 8, 2023 at 4:56 p.m.</p></div>
<div class="story"><p>` + a + `</p><p>` + b + `</p></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})
}

// A post that ends on a list written as short lines, each in a box like
// those of its paragraphs (a word processor's export): the list is the
// end of the post, not the frame around it.
func TestHTMLBodyLineRunAtTheEnd(t *testing.T) {
	a, b := htmlPara("Quebec", 3), htmlPara("Romeo", 3)
	lines := []string{"Ingredients for 4 portions:", "2 tsp vegetable oil", "1 large onion",
		"4 cloves garlic", "1 tsp cumin", "salt and pepper to taste"}
	src := `<html><body>` + htmlNav + `<div class="post"><h1>White bean chili</h1><div class="post-body">
<div class="Normal">` + a + `</div><div class="Normal">` + b + `</div>`
	for _, l := range lines {
		src += `<div class="Normal">` + l + `</div>`
	}
	src += `</div><div class="post-footer"><a href="/label/soup">Soups</a></div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), append([]string{a, b}, lines...))
}

// A line of ten words or more before a list of links is a line of the
// text, whatever its last mark; a short label before them goes with them.
func TestHTMLBodyLongLineBeforeLinksStays(t *testing.T) {
	a, b := htmlPara("Sierra", 3), htmlPara("Tango", 3)
	line := "In the evening we all felt somehow like heroes and I liked that 😉"
	links := `<ul><li><a href="/a">The first walk of the year in the hills</a></li>
<li><a href="/b">The second walk of the year by the river</a></li>
<li><a href="/c">The third walk of the year in the snow</a></li></ul>`
	page := func(last string) string {
		return `<html><body>` + htmlNav + `<article><h1>Sierra walk</h1><p>` + a + `</p><p>` + b + `</p>
<p>` + last + `</p>` + links + `</article>` + htmlFooter + `</body></html>`
	}
	wantHTMLBody(t, htmlBodyOf(t, page(line)), []string{a, b, line})
	wantHTMLBody(t, htmlBodyOf(t, page("More walks in the region")), []string{a, b})
}

// A clause ending in a colon over the first paragraph introduces it and
// opens the body; a one-word label there is the container's frame.
func TestHTMLBodyColonLineOpensText(t *testing.T) {
	a, b := htmlPara("Yankee", 3), htmlPara("Zulu", 3)
	page := func(first string) string {
		return `<html><body>` + htmlNav + `<article><h1>Yankee question</h1><p>` + first + `</p><p>` + a + `</p><p>` + b + `</p></article>` + htmlFooter + `</body></html>`
	}
	intro := "A reader asked a variant of a perennial question:"
	wantHTMLBody(t, htmlBodyOf(t, page(intro)), []string{intro, a, b})
	wantHTMLBody(t, htmlBodyOf(t, page("Price:")), []string{a, b})
}
