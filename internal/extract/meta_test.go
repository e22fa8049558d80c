package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// metaOf parses src and returns htmlMeta's candidates as field → values.
func metaOf(t *testing.T, src string) map[field][]string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	out := map[field][]string{}
	for _, c := range htmlMeta(doc, Options{}) {
		out[c.field] = append(out[c.field], c.value)
	}
	return out
}

func has(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func TestHTMLMetaJSONLD(t *testing.T) {
	// A @graph with a reference to the author, trailing commas and an
	// HTML comment wrapper, as pages write them.
	src := `<html lang="en-GB"><head><script type="application/ld+json"><!--
{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","name":"Page title | Site"},
 {"@type":"NewsArticle","headline":"Council approves bridge","datePublished":"2025-10-18T07:46:00+02:00",
  "dateModified":"2025-10-19","author":{"@id":"#p1"},"publisher":{"@type":"Organization","name":"Daily Bugle"},
  "image":[{"@type":"ImageObject","url":"https://x.test/a.jpg"}],"articleSection":["Local"],},
 {"@type":"Person","@id":"#p1","name":"Jane Doe"},
]}
--></script></head><body></body></html>`
	m := metaOf(t, src)
	for f, want := range map[field]string{
		fieldHeadline:  "Council approves bridge",
		fieldTitle:     "Page title | Site",
		fieldPublished: "2025-10-18T07:46:00+02:00",
		fieldModified:  "2025-10-19",
		fieldAuthor:    "Jane Doe",
		fieldSiteName:  "Daily Bugle",
		fieldImage:     "https://x.test/a.jpg",
		fieldSection:   "Local",
		fieldLanguage:  "en-GB",
	} {
		if !has(m[f], want) {
			t.Errorf("field %d: %q not in %q", f, want, m[f])
		}
	}
}

func TestHTMLMetaTags(t *testing.T) {
	src := `<html><head><title>Bridge | Bugle</title>
<meta property="og:title" content="Bridge approved">
<meta property="og:description" content="The council voted.">
<meta property="article:published_time" content="2025-10-18T07:46:00Z">
<meta property="article:author" content="https://x.test/jane">
<meta name="author" content="Jane Doe">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="John Roe">
<link rel="canonical" href="/bridge">
</head><body>
<nav><span class="byline">By Menu Person</span></nav>
<article><h1><span class="kicker">Local</span> Bridge approved</h1>
<p class="standfirst">The council voted for the new bridge on Friday night.</p>
<div class="byline">By Jane Doe | October 18, 2025</div>
<time datetime="2025-10-18">Oct 18</time>
<p>Body text.</p></article></body></html>`
	m := metaOf(t, src)
	checks := []struct {
		f    field
		want string
	}{
		{fieldTitle, "Bridge | Bugle"},
		{fieldHeadline, "Bridge approved"},
		{fieldDescription, "The council voted."},
		{fieldPublished, "2025-10-18T07:46:00Z"},
		{fieldPublished, "2025-10-18"},
		{fieldAuthor, "Jane Doe"},
		{fieldAuthor, "John Roe"},
		{fieldURL, "/bridge"},
		{fieldDek, "The council voted for the new bridge on Friday night."},
		{fieldByline, "By Jane Doe | October 18, 2025"},
	}
	for _, c := range checks {
		if !has(m[c.f], c.want) {
			t.Errorf("field %d: %q not in %q", c.f, c.want, m[c.f])
		}
	}
	if has(m[fieldAuthor], "https://x.test/jane") {
		t.Error("article:author URL taken as a name")
	}
	for _, b := range m[fieldByline] {
		if strings.Contains(b, "Menu") {
			t.Errorf("byline from navigation: %q", b)
		}
	}
}

func TestHTMLMetaBrokenJSONLD(t *testing.T) {
	// Raw newlines in strings and "\'" are not JSON; pages write them.
	src := "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"It\\'s a\nheadline\"}</script>"
	if m := metaOf(t, src); !has(m[fieldHeadline], "It's a headline") {
		t.Errorf("headline from broken JSON-LD: %q", m[fieldHeadline])
	}
}

func TestHTMLMetaPositions(t *testing.T) {
	// Visible candidates carry their element's document-order index:
	// elements counted in pre-order from 1 (html=1, head=2, body=3, h1=4).
	src := `<html><head></head><body><h1>Title here</h1></body></html>`
	doc, _ := html.Parse(strings.NewReader(src))
	for _, c := range htmlMeta(doc, Options{}) {
		if c.field == fieldHeadline && c.pos != 4 {
			t.Errorf("h1 pos = %d, want 4", c.pos)
		}
	}
}

func TestHTMLMetaScriptDate(t *testing.T) {
	got := metaOf(t, `<html><head><script>window.__STATE__={"post":{"published_at":"2019-03-02T06:22:28+01:00","title":"x"},"related":[{"published_at":"2018-01-01T00:00:00Z"}]}</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head>
<body><article><h1>H</h1><p>Body text.</p></article></body></html>`)
	want := []string{"2019-03-02T06:22:28+01:00"}
	if !reflect.DeepEqual(got[fieldPublished], want) {
		t.Errorf("published %q, want %q", got[fieldPublished], want)
	}
	// The script's date comes after every other source.
	got = metaOf(t, `<html><head><script>var d={"datePublished":"2019-03-02"}</script>
<meta property="article:published_time" content="2020-05-05T10:00:00Z"></head><body><p>x</p></body></html>`)
	want = []string{"2020-05-05T10:00:00Z", "2019-03-02"}
	if !reflect.DeepEqual(got[fieldPublished], want) {
		t.Errorf("published %q, want %q", got[fieldPublished], want)
	}
}

func TestHTMLMetaLoneParagraphUnderHeadline(t *testing.T) {
	lead := "A vote ends years of debate over the river crossing."
	m := metaOf(t, `<body><header><h1>Bridge approved</h1> <p>`+lead+`</p></header>
<div class="content"><p>The council voted on Friday.</p><p>Work starts in spring.</p></div></body>`)
	if !has(m[fieldDek], lead) {
		t.Errorf("the paragraph alone under the headline is not a dek candidate: %q", m[fieldDek])
	}
	m = metaOf(t, `<body><article><h1>Bridge approved</h1><p>`+lead+`</p><p>Work starts in spring and takes two years.</p></article></body>`)
	if has(m[fieldDek], lead) {
		t.Errorf("the first of a run of paragraphs is taken for a dek")
	}
}

func TestHTMLMetaPageWideForm(t *testing.T) {
	m := metaOf(t, `<body><form id="mainform"><h1>Easy cake</h1><div class="recipeDate">Updated June 13, 2019</div><p>Text.</p></form></body>`)
	if len(m[fieldPublished])+len(m[fieldModified]) == 0 {
		t.Error("a form wrapping the whole page hides the date line")
	}
	m = metaOf(t, `<body><h1>Easy cake</h1><form class="search"><div class="date">June 13, 2019</div></form></body>`)
	if len(m[fieldPublished])+len(m[fieldModified]) != 0 {
		t.Errorf("a date in a search form is taken: %q", m[fieldPublished])
	}
}
