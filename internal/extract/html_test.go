package extract

import (
	"strings"
	"testing"

	"github.com/extract-dev/extract/internal/model"
)

// The body reader on small hand-written pages: each page has the shape of
// a common layout, and the test asserts which blocks come out.

const htmlNav = `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>`

const htmlFooter = `<footer><p>© 2025 The Daily Example. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li></ul></footer>`

// para returns a paragraph of prose of about n sentences, distinct per seed.
func htmlPara(seed string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("The council of " + seed + " met on Tuesday, and its members argued for a long time about the budget, the roads and the new school.")
	}
	return b.String()
}

func htmlBodyOf(t *testing.T, src string) []block {
	t.Helper()
	p, err := readHTML(src, Options{})
	if err != nil {
		t.Fatalf("readHTML: %v", err)
	}
	return p.blocks
}

func htmlTexts(bs []block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.text)
	}
	return out
}

func wantHTMLBody(t *testing.T, got []block, want []string) {
	t.Helper()
	g := htmlTexts(got)
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n got %q\nwant %q", g, want)
	}
}

func TestHTMLBodySplitByAd(t *testing.T) {
	a, b, c, d := htmlPara("Alpha", 3), htmlPara("Bravo", 2), htmlPara("Charlie", 3), htmlPara("Delta", 2)
	src := `<html><body>` + htmlNav + `
<main><h1>Council argues over budget</h1>
<div class="article-body"><p>` + a + `</p><p>` + b + `</p></div>
<div class="ad-slot"><p>Advertisement</p><a href="https://ads.example/x">Buy the new phone today</a></div>
<div class="article-body"><p>` + c + `</p><p>` + d + `</p></div>
</main>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, c, d})
}

func TestHTMLBodyRelatedLinksAfter(t *testing.T) {
	a, b, c := htmlPara("Echo", 3), htmlPara("Foxtrot", 2), htmlPara("Golf", 3)
	src := `<html><body>` + htmlNav + `
<article><h1>Echo council votes</h1><p>` + a + `</p><p>` + b + `</p><p>` + c + `</p>
<div class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/1">Golf council to vote on new roads next month</a></li>
<li><a href="/2">Budget talks stall again in the city of Hotel</a></li>
<li><a href="/3">School plans unveiled after a long debate</a></li></ul></div>
</article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, c})
}

func TestHTMLBodyCommentsBelow(t *testing.T) {
	a, b := htmlPara("India", 3), htmlPara("Juliett", 3)
	c1, c2 := htmlPara("Kilo", 2), htmlPara("Lima", 3)
	src := `<html><body>` + htmlNav + `
<div id="content"><div class="post"><h1>India budget</h1><p>` + a + `</p><p>` + b + `</p></div>
<div id="comments"><h3>2 Comments</h3>
<div class="comment"><p class="author">Mike says:</p><p>` + c1 + `</p></div>
<div class="comment"><p class="author">Anna says:</p><p>` + c2 + `</p></div>
</div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})
}

func TestHTMLBodyCommentsWithoutClassNames(t *testing.T) {
	// Comments marked only by a heading, in the same container as the post.
	a, b := htmlPara("Mike", 3), htmlPara("November", 2)
	c1 := htmlPara("Oscar", 2)
	src := `<html><body><div class="content"><h2>The post</h2><p>` + a + `</p><p>` + b + `</p>
<h2>Comments</h2><div><p>` + c1 + `</p></div><p>Posted by: Ann at 9:40 PM</p></div></body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{"The post", a, b})
}

func TestHTMLBodyKinds(t *testing.T) {
	a, b := htmlPara("Papa", 3), htmlPara("Quebec", 2)
	src := `<html><body><article><h1>Title</h1><p>` + a + `</p>
<h2>What the council decided</h2>
<ul><li>More money for roads in the north of the town.</li><li>A new school by the river, to open in two years.</li></ul>
<blockquote><p>We argued, but we agreed in the end, as we always do.</p></blockquote>
<ol><li>First, the roads.</li><li>Then, the school.</li></ol>
<p>` + b + `</p><pre>x := 1
y := 2</pre></article></body></html>`
	got := htmlBodyOf(t, src)
	want := []struct {
		kind model.Kind
		text string
	}{
		{model.KindParagraph, a},
		{model.KindHeading, "What the council decided"},
		{model.KindItem, "More money for roads in the north of the town."},
		{model.KindItem, "A new school by the river, to open in two years."},
		{model.KindQuote, "We argued, but we agreed in the end, as we always do."},
		{model.KindOrdered, "First, the roads."},
		{model.KindOrdered, "Then, the school."},
		{model.KindParagraph, b},
		{model.KindCode, "x := 1\ny := 2"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d blocks %q, want %d", len(got), htmlTexts(got), len(want))
	}
	for i, w := range want {
		if got[i].kind != w.kind || got[i].text != w.text {
			t.Errorf("block %d = %s %q, want %s %q", i, got[i].kind, got[i].text, w.kind, w.text)
		}
	}
}

func TestHTMLBodyNavAndHidden(t *testing.T) {
	a, b := htmlPara("Romeo", 3), htmlPara("Sierra", 3)
	src := `<html><head><script>var x = "<p>not text</p>";</script><style>p{color:red}</style></head><body>` + htmlNav + `
<div class="menu"><a href="/a">Weather</a> | <a href="/b">Traffic</a> | <a href="/c">Jobs</a></div>
<div class="story"><p>` + a + `</p>
<div style="display: none"><p>` + htmlPara("Hidden", 3) + `</p></div>
<p hidden>` + htmlPara("Hidden too", 1) + `</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>` + b + `</p><p>Share this article</p></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})
}

func TestHTMLBodyBreaksSplitParagraphs(t *testing.T) {
	a, b := htmlPara("Tango", 3), htmlPara("Uniform", 3)
	src := `<html><body><div class="entry">` + a + `<br><br>` + b + `<br>Second line of the last paragraph, which goes on.</div></body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b + "\nSecond line of the last paragraph, which goes on."})
}

func TestHTMLBodyCJK(t *testing.T) {
	p1 := "新华社北京10月18日电，国务院新闻办公室今天举行发布会，介绍前三季度国民经济运行情况。国家统计局新闻发言人表示，经济运行总体平稳，稳中有进。"
	p2 := "发言人指出，前三季度，全国居民人均可支配收入实际增长百分之五点二，就业形势总体稳定，城镇调查失业率保持在较低水平。"
	p3 := "他说，下一步将继续加大宏观政策调控力度，着力扩大国内需求，推动经济持续回升向好。"
	src := `<html><body><div class="nav"><a href="/">首页</a><a href="/news">新闻</a><a href="/finance">财经</a><a href="/sports">体育</a></div>
<div class="main-text"><h1>国民经济运行总体平稳</h1><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>
<p>责任编辑：王明</p></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">统计局：九月份工业生产稳中有升</a></li><li><a href="/2">前三季度消费市场持续恢复</a></li></ul></div>
<div class="footer"><p>版权所有 © 2025 新闻网 京ICP备12345678号</p></div></body></html>`
	got := htmlTexts(htmlBodyOf(t, src))
	if len(got) < 3 || got[0] != p1 || got[1] != p2 || got[2] != p3 {
		t.Fatalf("body = %q, want the three paragraphs first", got)
	}
	for _, g := range got {
		if strings.Contains(g, "版权所有") || strings.Contains(g, "统计局：") || strings.Contains(g, "首页") {
			t.Errorf("chrome in body: %q", g)
		}
	}
}

func TestHTMLBodyArticleInsideChromeWrapper(t *testing.T) {
	// A layout wrapper named for the sidebar beside the article must not
	// take the article with it.
	a, b, c := htmlPara("Victor", 3), htmlPara("Whiskey", 3), htmlPara("Xray", 2)
	src := `<html><body>` + htmlNav + `<div id="content-sidebar-wrap"><div class="entry-content"><p>` + a + `</p><p>` + b + `</p><p>` + c + `</p></div>
<div class="sidebar widget-area"><div class="widget"><h4>Popular</h4><ul><li><a href="/p">A popular story</a></li></ul></div></div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, c})
}

func TestHTMLCandidatePositions(t *testing.T) {
	// Visible candidates from the metadata reader are placed relative to
	// the body blocks: the headline above the body comes at position 0.
	a, b := htmlPara("Yankee", 3), htmlPara("Zulu", 3)
	src := `<html><body>` + htmlNav + `<article><h1>Zulu council</h1><p>` + a + `</p><p>` + b + `</p></article></body></html>`
	p, err := readHTML(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range p.cands {
		if c.field == fieldHeadline && c.value == "Zulu council" {
			found = true
			if c.pos != 0 {
				t.Errorf("headline pos = %d, want 0", c.pos)
			}
		}
	}
	if !found {
		t.Skip("the metadata reader gives no visible headline candidate")
	}
}

func TestHTMLBoilerplateLines(t *testing.T) {
	for _, s := range []string{"Advertisement", "Share this article", "Read more", "Photo: Jane Doe / Reuters",
		"© 2024 Example News", "Anzeige", "Lesen Sie auch:", "Publicité", "Реклама", "All rights reserved."} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false", s)
		}
	}
	for _, s := range []string{"The council met on Tuesday.", "Read the report, he said, and you will see.", "Advertising revenue fell by a third this year, the company said."} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true", s)
		}
	}
}

func TestHTMLNoPanicOnOddInput(t *testing.T) {
	for _, s := range []string{"", "<", "<html>", "<p>one</p>", "<table><td><p>x<table><td>y", "<pre><pre><br><br>x"} {
		if _, err := readHTML(s, Options{}); err != nil {
			t.Errorf("readHTML(%.20q): %v", s, err)
		}
	}
	// Nesting the parser refuses is flattened and read, not a panic.
	if _, err := readHTML(strings.Repeat("<div>", 5000)+"text", Options{}); err != nil {
		t.Errorf("deep nesting: %v", err)
	}
}

func TestHTMLBodyLeadInHeader(t *testing.T) {
	// The standfirst sits in the article's <header>, beside the body
	// container; it belongs to the body, the byline and date do not.
	lead := "The council agreed on a budget after a night of talks, ending a dispute that had closed two schools."
	a, b := htmlPara("Alpha", 3), htmlPara("Bravo", 3)
	src := `<html><body>` + htmlNav + `<article><header><h1>Budget agreed</h1><p class="intro">` + lead + `</p>
<p class="byline">By Jane Doe</p><p>October 18, 2025</p></header>
<div class="article-body"><p>` + a + `</p><p>` + b + `</p></div></article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{lead, a, b})
}

func TestHTMLBodyFrameLines(t *testing.T) {
	// Labels at the edges of the container go; short lines inside stay.
	a, b := htmlPara("Charlie", 3), htmlPara("Delta", 3)
	src := `<html><body><div class="entry-content"><p>Kategorie: News</p><p>` + a + `</p>
<p>Eintritt: 12 Euro</p><p>` + b + `</p><p>Kontakt:</p><p>Telefon: 0123 456</p></div></body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, "Eintritt: 12 Euro", b})
}

func TestHTMLBodyRelatedInsideContainer(t *testing.T) {
	// A related-posts box with excerpts (prose, few links) inside the
	// article container ends the article once its prose is read.
	a, b, c := htmlPara("Echo", 3), htmlPara("Foxtrot", 3), htmlPara("Golf", 3)
	src := `<html><body><div class="post-content"><p>` + a + `</p><p>` + b + `</p><p>` + c + `</p>
<div class="related-posts"><h3>You may also like</h3><div class="item"><p>` + htmlPara("Hotel", 2) + `</p></div></div>
<p>` + htmlPara("India", 1) + ` Share your thoughts below.</p></div></body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, c})
}

func TestHTMLBodyInvisibles(t *testing.T) {
	a := htmlPara("Kilo", 3)
	src := "<html><body><article><p>" + a + "</p><p>Die Stra\u00adßen\u00adbahn f\u00e4hrt\u200b wieder, sagte die Stadt am Montag, nachdem die Gleise repariert worden waren.</p></article></body></html>"
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, "Die Straßenbahn fährt wieder, sagte die Stadt am Montag, nachdem die Gleise repariert worden waren."})
}

func TestHTMLBodyLeadAboveLinkedMeta(t *testing.T) {
	// A linked date-and-author line between the standfirst and the body
	// does not hide the standfirst, and a photo caption is never taken
	// for it.
	lead := "The council agreed on a budget after a night of talks, ending a dispute that had closed two schools."
	a, b := htmlPara("Lima", 3), htmlPara("Mike", 3)
	body := `<div class="article-body"><p>` + a + `</p><p>` + b + `</p></div>`
	meta := `<div class="entry-meta"><a href="/2025/10/18">18.10.2025 um 16:14 Uhr</a> - <a href="/author/jane">Jane Doe</a></div>`
	src := `<html><body>` + htmlNav + `<article><header><h1>Budget agreed</h1><div class="excerpt"><p>` + lead + `</p></div>` +
		meta + `</header>` + body + `</article>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{lead, a, b})

	caption := `<div class="wp-caption"><p class="wp-caption-text">The mayor speaks to the council on Tuesday, before the vote on the budget, in the old hall of the town.</p></div>`
	src = `<html><body><h1>Budget agreed</h1>` + caption + body + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})
}

func TestHTMLBodyFormInsideContainer(t *testing.T) {
	// A rating form set in the article's container is not the article;
	// a form that wraps the whole page is only a wrapper.
	a, b := htmlPara("November", 3), htmlPara("Oscar", 3)
	rating := `<form action="/rate"><fieldset><h4>Wie bewerten Sie diesen Artikel?</h4><p>Ihre Stimme hilft uns, bessere Texte für Sie zu schreiben.</p></fieldset></form>`
	src := `<html><body>` + htmlNav + `<div class="entry-content"><p>` + a + `</p><p>` + b + `</p>` + rating + `</div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})

	src = `<html><body><form id="aspnetForm">` + htmlNav + `<div class="entry-content"><p>` + a + `</p><p>` + b + `</p></div>` + htmlFooter + `</form></body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})
}

func TestHTMLBodySignOff(t *testing.T) {
	// A short closing line beside the last paragraph stays; a label and a
	// line in a box of its own after it go.
	a, b := htmlPara("Papa", 3), htmlPara("Quebec", 3)
	src := `<html><body>` + htmlNav + `<div class="entry-content"><p>` + a + `</p><p>` + b + `</p><p>Euer Hans</p>
<div class="contact"><p>Kontakt</p></div></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b, "Euer Hans"})

	src = `<html><body>` + htmlNav + `<div class="entry-content"><p>` + a + `</p><p>` + b + `</p><p>Ansprechpartnerin zum Thema:</p></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, b})
}

func TestHTMLRatingPrompts(t *testing.T) {
	for _, s := range []string{"War der Artikel nützlich?", "Was this article helpful?", "Wie bewerten Sie diesen Artikel? *",
		"Möchten Sie den Artikel teilen?", "Rate this post"} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"War der Artikel von Goethe ein Erfolg?", "Was this the end of the affair?"} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
}

func TestHTMLBodyItemAroundLink(t *testing.T) {
	// An item that is mostly its own words around a link is kept; an
	// item that is mostly its link is not.
	a, b := htmlPara("Romeo", 3), htmlPara("Sierra", 3)
	item := `The new school opens in <a href="/school">the old post office</a> next spring.`
	src := `<html><body>` + htmlNav + `<div class="entry-content"><p>` + a + `</p><ul><li>` + item + `</li>
<li>See <a href="/budget">the budget of the council for next year</a></li></ul><p>` + b + `</p></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{a, "The new school opens in the old post office next spring.", b})
}

func TestHTMLBodyGreeting(t *testing.T) {
	// A greeting before the first paragraph, in the same element, stays;
	// a label before it goes.
	a, b := htmlPara("Tango", 3), htmlPara("Uniform", 3)
	src := `<html><body>` + htmlNav + `<div class="entry-content"><p>Kategorie: Reisen</p><p>Hallo ihr Lieben,</p><p>` + a + `</p><p>` + b + `</p></div>` + htmlFooter + `</body></html>`
	wantHTMLBody(t, htmlBodyOf(t, src), []string{"Hallo ihr Lieben,", a, b})
}
