package extract

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func TestOpenersOf(t *testing.T) {
	re := regexp.MustCompile(`^(?i:by|von)\s|^作者`)
	o := openersOf(re)
	for _, s := range []string{"By Jane", "bY x", "Von X", "VON y", "作者 Li"} {
		if !re.MatchString(s) {
			t.Fatalf("%q should match", s)
		}
		r, _ := utf8.DecodeRuneInString(s)
		if !o.can(r) {
			t.Errorf("openers refuse %q, which matches", s)
		}
	}
	for _, s := range []string{"Share", "12 comments", "a by", " by x"} {
		r, _ := utf8.DecodeRuneInString(s)
		if o.can(r) {
			t.Errorf("openers allow %q", s)
		}
	}
	if !openersOf(regexp.MustCompile(`(?i)by`)).all {
		t.Error("an unanchored expression can open with anything")
	}
	if !openersOf(regexp.MustCompile(`^x?`)).all {
		t.Error("an expression matching empty text can open with anything")
	}
}

// TestCreditOpeners checks the credit-line filter against its expressions:
// every text either expression matches opens with an allowed rune.
func TestCreditOpeners(t *testing.T) {
	o := creditOpeners()
	for _, s := range []string{"By Jane Doe", "Von Max Muster", "Autorin: Uta", "Text: Max", "Posted by x", "Written by A",
		"par Jean", "Por Ana", "Redaktion: X", "автор: Иван", "作者：李", "记者 王", "View all posts by X", "Door Jan", "a cura di Rossi"} {
		if bylineLabel().FindStringIndex(s) == nil && bylinePrefix().FindStringIndex(s) == nil {
			t.Errorf("%q: neither expression matches; fix the test", s)
			continue
		}
		r, _ := utf8.DecodeRuneInString(s)
		if !o.can(r) {
			t.Errorf("creditOpeners refuse %q", s)
		}
	}
	for _, s := range []string{"12 comments", "Lorem", "(Foto: dpa)", "Furthermore"} {
		r, _ := utf8.DecodeRuneInString(s)
		if o.can(r) {
			t.Errorf("creditOpeners allow %q", s)
		}
	}
}

func TestMetaFirstRune(t *testing.T) {
	for _, src := range []string{
		`<div> <span>  </span><b>Jane</b></div>`,
		`<div><style>x{}</style><script>var a</script>` + "\u00a0\u2003" + `<i>Ü</i></div>`,
		`<div><button>Share</button><script type="application/ld+json">{"a":1}</script></div>`,
		`<div><svg><text>x</text></svg></div>`,
		`<div><!-- c --> <p> </p></div>`,
	} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var div *html.Node
		for d := range doc.Descendants() {
			if d.Type == html.ElementNode && d.Data == "div" {
				div = d
				break
			}
		}
		want := rune(-1)
		if s := metaSpacedText(div, 200); s != "" {
			want, _ = utf8.DecodeRuneInString(s)
		}
		if got := metaFirstRune(div); got != want {
			t.Errorf("%s: first rune %q, metaSpacedText opens with %q", src, got, want)
		}
	}
}

func TestMetaScriptDate(t *testing.T) {
	for _, s := range []string{
		``, `"ublish"`, `var a = {"datePublished":"2019-03-02T06:22:28Z"}`,
		`x"publishedAt": "2020-01-02" "published_at":"2021-01-01"`,
		`"first_published_at":"2018-05-06 10:00:00+0200","datePublished":"2017-01-01"`,
		`"date_published":"bad" "firstPublished":"2016-07-08T09:10"`,
		`"publishDate""publish_date":"2015-01-02"`, `"published":"2015-01-02"`,
		strings.Repeat(`"x":"ublish",`, 50) + `"publishDate":"2014-03-04"`,
	} {
		want := ""
		if sm := scriptDateRE().FindStringSubmatch(s); sm != nil {
			want = sm[1]
		}
		if got := metaScriptDate(s); got != want {
			t.Errorf("%.60q: %q, the expression finds %q", s, got, want)
		}
	}
}

// TestMetaTextDigits checks the digit count against the text it stands
// for, at limits that cut the text at and around its digits.
func TestMetaTextDigits(t *testing.T) {
	src := `<div><p>Posted <b>1</b></p><span>x</span>` + strings.Repeat("a", 30) + `<i>2</i><p>2021</p></div>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var div *html.Node
	for d := range doc.Descendants() {
		if d.Type == html.ElementNode && d.Data == "div" {
			div = d
			break
		}
	}
	for max := 0; max < 60; max++ {
		for _, spaced := range []bool{false, true} {
			want := 0
			for _, c := range metaTextOf(div, max, spaced) {
				if '0' <= c && c <= '9' && want < 2 {
					want++
				}
			}
			if got := metaTextDigits(div, max, spaced); got != want {
				t.Errorf("max %d spaced %v: %d digits, the text has %d (%q)", max, spaced, got, want, metaTextOf(div, max, spaced))
			}
		}
	}
}

// TestLeadFilter checks that the filter never refuses a text its
// expression matches, and refuses some it does not.
func TestLeadFilter(t *testing.T) {
	texts := []string{"By Jane Doe", "by", "BY", "Von Max", "Autorin: Uta", "Autor", "Text: Max", "Text und Fotos: X", "Posted by x",
		"Written by A", "par Jean", "Por Ana", "Redaktion: X", "автор: Иван", "作者：李", "记者 王", "View all posts by X",
		"Door Jan", "a cura di Rossi", "Di Mario", "De Paul", "Av Per", "Text & Bild: Y", "文/ 张", "Share this", "Bypass",
		"Byline", "Vonovia", "Autorenseite", "Read more", "12 comments", "Submitted by X", "Story by Y", "Reported by Z", "Ein Beitrag von X"}
	refused := 0
	for _, re := range []*regexp.Regexp{bylineLabel(), bylinePrefix(), regexp.MustCompile(`^(?i:by|von)(?:\s|$)`)} {
		f := newLeadFilter(re)
		if f.all {
			t.Errorf("%s: taken as unanchored", re)
		}
		for _, s := range texts {
			lead := []rune(s)
			if len(lead) > 6 {
				lead = lead[:6]
			}
			may := f.may(lead)
			if re.MatchString(s) && !may {
				t.Errorf("%s: refuses %q, which matches", re, s)
			}
			if !may {
				refused++
			}
		}
	}
	if refused == 0 {
		t.Error("the filters refuse nothing")
	}
	if !newLeadFilter(regexp.MustCompile(`(?i)by`)).all {
		t.Error("an unanchored expression must not be filtered")
	}
}

func TestMetaLead(t *testing.T) {
	for _, src := range []string{
		`<div> <span>  B</span><b>y</b> Jane</div>`,
		`<div><style>x{}</style><script>var a</script>` + "\u00a0\u2003" + `<i>Ü</i>ber <p>x</p></div>`,
		`<div>` + strings.Repeat(" ", 210) + `<b>By</b> X</div>`,
		`<div>Te<br>xt:   A` + "\u00a0" + `B</div>`,
	} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var div *html.Node
		for d := range doc.Descendants() {
			if d.Type == html.ElementNode && d.Data == "div" {
				div = d
				break
			}
		}
		want := []rune(metaTextOf(div, 200, true))
		if len(want) > 6 {
			want = want[:6]
		}
		var buf [6]rune
		if got := metaCreditLead(div, &buf); string(got) != string(want) {
			t.Errorf("%.40q: lead %q, text opens %q", src, string(got), string(want))
		}
	}
}

func TestMetaKeyKinds(t *testing.T) {
	for _, key := range []string{"", "post-author vcard", "entry-date published", "article__standfirst", "meta info", "x y z",
		"sub_head byl", "authorinfo", "timestamp-dek", "bylinedate intro", "kicker-text", "deckhand"} {
		want := 0
		if metaHas(key, keyBylineWords...) {
			want |= keyByline
		}
		if metaHas(key, keyDateWords...) {
			want |= keyDate
		}
		if metaHas(key, keyDekWords...) {
			want |= keyDek
		}
		if got := metaKeyKinds(key); got != want {
			t.Errorf("%q: kinds %b, metaHas gives %b", key, got, want)
		}
	}
}

func TestMetaCrumbs(t *testing.T) {
	for src, want := range map[string]bool{
		`<ol class="Site-Breadcrumb">`: true, `<nav aria-label="Breadcrumb">`: true, `<ol itemtype="https://schema.org/BreadcrumbList">`: true,
		`<div id="breadcrumbs">`: true, `<div class="nav crumbs">`: false, `<ol itemtype="https://schema.org/Breadcrumb">`: false,
		`<div class="x" class="breadcrumb">`: false,
	} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var el *html.Node
		for d := range doc.Descendants() {
			if d.Type == html.ElementNode && (d.Data == "ol" || d.Data == "nav" || d.Data == "div") {
				el = d
				break
			}
		}
		if got := metaCrumbs(el); got != want {
			t.Errorf("%s: crumbs %v, want %v", src, got, want)
		}
	}
}
