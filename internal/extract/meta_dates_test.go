package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestMetaTextDigitsFullWidth checks that full-width digits count as
// digits, so that a date written in them reaches findDate.
func TestMetaTextDigitsFullWidth(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p>公開 ２０２５年</p><span>日 １</span><i>Ｅ</i>`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"p": 2, "span": 1, "i": 0}
	for n := range doc.Descendants() {
		if w, ok := want[n.Data]; ok && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			if got := metaTextDigits(n, 200, false); got != w {
				t.Errorf("<%s>: %d digits, want %d", n.Data, got, w)
			}
		}
	}
}

// TestMetaFullWidthDateLine checks that a visible date line in full-width
// digits becomes a publication candidate.
func TestMetaFullWidthDateLine(t *testing.T) {
	m := metaOf(t, `<html><body><article><h1>見出し</h1><p>２０２５年１０月１８日</p><p>`+strings.Repeat("本文です。", 30)+`</p></article></body></html>`)
	if len(m[fieldPublished]) == 0 {
		t.Fatalf("no publication date among %v", m)
	}
}

// TestMetaSideDate checks the labelled publication dates read in a page's
// chrome, and that they count only when nothing else dates the page.
func TestMetaSideDate(t *testing.T) {
	body := `<article><h1>Ein Titel für den Artikel</h1><p>` + strings.Repeat("Text des Artikels. ", 20) + `</p></article>`
	for _, tc := range []struct{ name, src, want string }{
		{"label and date in two elements",
			body + `<div class="sidebar"><ul><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul></div>`,
			"2019-05-23"},
		{"dt and dd",
			body + `<aside><dl><dt>Published</dt><dd>7 April 2020</dd></dl></aside>`,
			"2020-04-07"},
		{"labelled line",
			body + `<div id="sidebar"><p>Veröffentlicht am 03.05.2021</p></div>`,
			"2021-05-03"},
		{"blog's note on the post",
			body + `<div id="sidebar"><h2>Über diesen Artikel</h2><p><a href="/x">Ein Titel für den Artikel</a> wurde am <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr gepostet und unter <a href="/c">Lesenswert</a> abgelegt.</p></div>`,
			"2010-05-19"},
		{"posted on a weekday",
			body + `<div class="sidebar"><p>This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm.</p></div>`,
			"2010-05-19"},
		{"an unlabelled date in a sidebar is another post's",
			body + `<div class="sidebar"><ul><li><a href="/a">Other post</a></li><li>12 March 2019</li></ul></div>`,
			""},
		{"a label before another element's text is no label of a date",
			body + `<div class="sidebar"><p>Published</p><p>Other post 12 March 2019 and more words here</p></div>`,
			""},
		{"a wiki's note on the last change",
			body + `<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></div>`,
			"2020-01-29"},
		{"a wiki's note in English",
			body + `<footer><ul><li>This page was last edited on 29 January 2020, at 13:22.</li></ul></footer>`,
			"2020-01-29"},
		{"a wiki's note in Spanish",
			body + `<footer><ul><li>Esta página se editó por última vez el 29 ene 2020 a las 13:22.</li></ul></footer>`,
			"2020-01-29"},
		{"a wiki's note in Russian",
			body + `<footer><ul><li>Эта страница в последний раз была отредактирована 29 января 2020 в 13:22.</li></ul></footer>`,
			"2020-01-29"},
		{"the article's own date wins",
			`<article><h1>Ein Titel</h1><time datetime="2021-06-01">1. Juni 2021</time></article><div id="sidebar"><p>Veröffentlicht am 03.05.2021</p></div>`,
			"2021-06-01"},
	} {
		t.Run(tc.name, func(t *testing.T) { publishedFirst(t, tc.src, tc.want) })
	}
}

// TestMetaSideTime checks that the one <time> of a page's chrome dates a
// page nothing else dates, and that several, or a comment's, do not.
func TestMetaSideTime(t *testing.T) {
	body := `<article><h1>Ein Titel für den Artikel</h1><p>` + strings.Repeat("Text des Artikels. ", 20) + `</p></article>`
	for _, tc := range []struct{ name, src, want string }{
		{"lone time in a sidebar",
			`<div class="sidebar"><p class="time"><time datetime="2022-01-28">28. Januar 2022</time></p></div>` + body,
			"2022-01-28"},
		{"a sidebar of posts",
			body + `<div class="sidebar"><ul><li><time datetime="2022-01-20">20. Januar</time></li><li><time datetime="2022-01-18">18. Januar</time></li></ul></div>`,
			""},
		{"a comment's time",
			body + `<ol class="commentlist"><li id="comment-12"><div class="comment-metadata"><time datetime="2020-11-01T03:32:06+01:00">November 1, 2020</time></div></li></ol>`,
			""},
		{"a labelled date first",
			body + `<div class="sidebar"><time datetime="2022-01-28">28. Januar 2022</time><p>Veröffentlicht am 03.05.2021</p></div>`,
			"2021-05-03"},
	} {
		t.Run(tc.name, func(t *testing.T) { publishedFirst(t, tc.src, tc.want) })
	}
}

// TestMetaLabelledDateInLine checks that a date line's publication label
// picks its date among several, and in a line too long to be read as a
// date line otherwise; the label stays with the date.
func TestMetaLabelledDateInLine(t *testing.T) {
	body := `<article><h1>Ein Titel für den Artikel</h1><p>` + strings.Repeat("Text des Artikels. ", 20) + `</p></article>`
	for _, tc := range []struct{ name, src, want string }{
		{"after an update date",
			`<p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br> Lesungen: 61<br> © bei der Autorin und bei der Zeitschrift, alle Rechte vorbehalten, Nachdruck nur mit Genehmigung</p>`,
			"Erschienen am: 01.11.2023"},
		{"short line",
			`<p>Updated 3 May 2021, first published 1 May 2021</p>`,
			"first published 1 May 2021"},
		{"ePublished",
			`<div>Received: 3 March 2020 · ePublished: 7 April 2020</div>`,
			"ePublished: 7 April 2020"},
		{"no label: the first date",
			`<p>3 May 2021, 1 May 2021</p>`,
			"3 May 2021"},
		{"a label inside a word is none",
			`<p>3 May 2021, Unpublished 1 May 2021</p>`,
			"3 May 2021"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := metaOf(t, `<html><body>`+body+tc.src+`</body></html>`)[fieldPublished]
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("publication %q, want %q first", got, tc.want)
			}
		})
	}
}

// TestMetaLabelBeforeDate checks a publication label in an element of its
// own with its date in the next, a heading included.
func TestMetaLabelBeforeDate(t *testing.T) {
	body := `<p>` + strings.Repeat("Text des Artikels. ", 20) + `</p>`
	for _, tc := range []struct{ name, src, want string }{
		{"date styled as a heading",
			`<main><h1>Ein Titel</h1><div><span class="sub">Erschienen am:</span> <h2 class="event__headline">13.10.2021</h2></div>` + body + `</main>`,
			"13.10.2021"},
		{"dt and dd",
			`<main><h1>Ein Titel</h1><dl><dt>Published:</dt><dd>7 April 2020</dd></dl>` + body + `</main>`,
			"7 April 2020"},
		{"another label",
			`<main><h1>Ein Titel</h1><div><span>Termin:</span> <h2 class="event__headline">13.10.2021</h2></div>` + body + `</main>`,
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := metaOf(t, `<html><body>`+tc.src+`</body></html>`)[fieldPublished]
			if tc.want == "" {
				if len(got) != 0 {
					t.Errorf("publication %q, want none", got)
				}
				return
			}
			if !has(got, tc.want) {
				t.Errorf("publication %q, want %q among them", got, tc.want)
			}
		})
	}
}

// TestLabelledFirst checks that a labelled shown date wins over an
// earlier-placed later one (a header's today's date) when no metadata
// dates the page.
func TestLabelledFirst(t *testing.T) {
	vis := func(v string) candidate {
		return candidate{field: fieldPublished, origin: originVisible, value: v, pos: 0}
	}
	for _, tc := range []struct {
		name string
		list []candidate
		want string
	}{
		{"header's date before the labelled one",
			[]candidate{vis("May 11, 2022"), vis("Published On May 10, 2022 01:52 PM")}, "2022-05-10"},
		{"an earlier unlabelled date stays first",
			[]candidate{vis("May 9, 2022"), vis("Published On May 10, 2022")}, "2022-05-09"},
		{"no label",
			[]candidate{vis("May 11, 2022"), vis("May 10, 2022")}, "2022-05-11"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := chooseTimes(newCands(tc.list))
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("published %q, want %s", got, tc.want)
			}
		})
	}
}

// publishedFirst checks the publication candidates the metadata reader
// finds in a body: none when want is "", else the first starts with want.
func publishedFirst(t *testing.T, src, want string) {
	t.Helper()
	got := metaOf(t, `<html><body>`+src+`</body></html>`)[fieldPublished]
	if want == "" {
		if len(got) != 0 {
			t.Errorf("publication %q, want none", got)
		}
		return
	}
	if len(got) == 0 || !strings.HasPrefix(got[0], want) {
		t.Errorf("publication %q, want %s first", got, want)
	}
}

// TestMetaDateUnderTitle checks the date line read right under a heading
// of the page's chrome that repeats the title, and that a heading which is
// not the title dates nothing.
func TestMetaDateUnderTitle(t *testing.T) {
	head := `<head><title>Ein Titel für den Artikel – Verein e.V.</title></head>`
	body := `<div class="content"><p>` + strings.Repeat("Text des Artikels. ", 20) + `</p></div>`
	for _, tc := range []struct{ name, src, want string }{
		{"a date line in a breadcrumb block",
			`<div class="intro intro__breadcrumbNavigation"><nav><ul><li><a href="/">Start</a></li></ul></nav><h1>Ein Titel für den Artikel</h1><p class="caption">01. November 2021 | Naturschutz</p></div>` + body,
			"2021-11-01"},
		{"a box opening with the date in an element of its own",
			`<div class="intro__breadcrumbNavigation"><h1>Ein Titel für den Artikel</h1><!-- partial --><div class="date-cat"><span class="date">10. November 2021</span><div class="cat"><ul><li>Pressemitteilung</li><li>Gesundheit</li></ul></div></div></div>` + body,
			"2021-11-10"},
		{"a date opening a sentence is no date line",
			`<div class="intro__breadcrumbNavigation"><h1>Ein Titel für den Artikel</h1><p>10. November 2021 war ein Tag</p></div>` + body,
			""},
		{"a heading that is not the title",
			`<div class="intro__breadcrumbNavigation"><h1>Verein für Naturschutz</h1><p>Freitag, 27. November 2026</p></div>` + body,
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := metaOf(t, `<html>`+head+`<body>`+tc.src+`</body></html>`)[fieldPublished]
			day := ""
			if len(got) > 0 {
				if d, ok := findDate(got[0]); ok {
					day = d.day()
				}
			}
			if day != tc.want {
				t.Errorf("publication %q, want %q", got, tc.want)
			}
		})
	}
}

// TestMetaOtherLabelledDate checks that a date line whose label names the
// date as something other than the publication (a member's registration,
// the day's edition) gives no publication candidate, and that a plain or
// publication-labelled date line still does.
func TestMetaOtherLabelledDate(t *testing.T) {
	post := `<article><h1>Ein Titel für den Beitrag</h1><p>` + strings.Repeat("Text des Beitrags. ", 20) + `</p></article>`
	for _, tc := range []struct{ name, src, want string }{
		{"a member's registration",
			`<dl><dt>r23</dt><dd class="profile-joined"><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl><p class="post-date">21.01.2009, 05:42</p>` + post,
			"2009-01-21"},
		{"member since",
			`<div class="user"><span>Member since March 3, 2015</span></div><div class="date">January 21, 2009</div>` + post,
			"2009-01-21"},
		{"a member's registration in Russian",
			`<div class="user"><span>Зарегистрирован: 03.03.2015</span></div><div class="date">21.01.2009</div>` + post,
			"2009-01-21"},
		{"the day's edition in a header",
			`<div class="edition"><span><a href="/">Édition du 12 octobre 2020</a></span></div><p class="signature">Par Jean Dupont le 07 Mai 2020</p>` + post,
			"2020-05-07"},
		{"a span of days is a teaser's",
			`<ul><li><a href="/tippspiel-kw-4">Tippspiel +++ KW 4 +++ 28.01.2022 – 29.01.2022</a></li></ul><p class="meta">2. Februar 2022</p>` + post,
			"2022-02-02"},
		{"a date and its time after a dash stay",
			`<p class="meta">02.02.2022 - 14:35</p>` + post,
			"2022-02-02"},
		{"a date spoken of in a sentence",
			`<p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Café statt.</p><p class="meta">29. Januar 2020</p>` + post,
			"2020-01-29"},
		{"a sentence that says when it was published stays",
			`<p>Dieser Beitrag wurde am 5. Februar 2020 um 19 Uhr veröffentlicht.</p>` + post,
			"2020-02-05"},
		{"a sentence that says when the page was changed stays",
			`<p>Last updated on 3 May 2021 by the editors of this page.</p>` + post,
			"2021-05-03"},
		{"a publication label stays",
			`<p class="signature">Publié le 07 Mai 2020</p>` + post,
			"2020-05-07"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := metaOf(t, `<html><body>`+tc.src+`</body></html>`)[fieldPublished]
			day := ""
			if len(got) > 0 {
				if d, ok := findDate(got[0]); ok {
					day = d.day()
				}
			}
			if day != tc.want {
				t.Errorf("publication %q, want %s first", got, tc.want)
			}
		})
	}
}
