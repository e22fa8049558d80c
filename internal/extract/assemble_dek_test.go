package extract

import (
	"strings"
	"testing"
)

func TestDekNotTheWholeBody(t *testing.T) {
	// A headline over one paragraph and nothing else: the paragraph is the
	// article, not a standfirst over it.
	para := strings.Repeat("Die neue Brücke über den Fluss wurde am Samstag eröffnet. ", 8)
	page := "<html><head><title>Brücke eröffnet</title></head><body><h1>Brücke eröffnet</h1><p>" + para + "</p></body></html>"
	a, err := Extract([]byte(page), "page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dek != "" {
		t.Errorf("dek %q", a.Dek)
	}
	if len(a.Paragraphs) != 1 || a.Paragraphs[0] != strings.TrimSpace(para) {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}

func TestDekNotArticleText(t *testing.T) {
	body := paras("The council voted on Friday to build the bridge across the river, ending years of debate.", "Work starts in spring.")
	head := cand(fieldHeadline, originVisible, "Bridge approved after years of debate", 0)
	real := "A vote ends years of debate over the river crossing"
	tests := []struct {
		name string
		desc string
	}{
		{"a template left unrendered", "{{ seo.helper.extractText(entry.teaser) }}"},
		{"a script's data", `{ "@context": "https://schema.org", "@type": "BreadcrumbList" }`},
		{"the blog software's stand-in", "Visit the post for more."},
		{"the credit line", "Written by Staff Report"},
		{"a credit with its place and date", "Par Jean Dupont (Les blogs du Courrier, 21 juin 2018)"},
		{"the site's name", "The Daily Bugle"},
		{"the site's tagline naming its host", "dailybugle.com - the independent voice of the valley"},
		{"a section label naming the host", "++ dailybugle.de Blaulicht ++"},
	}
	for _, tt := range tests {
		// The odd one is the most trusted source: without the rule it
		// would win over the article's own description.
		a := assemble(&page{blocks: body, cands: []candidate{
			head,
			cand(fieldSiteName, originOpenGraph, "The Daily Bugle", -1),
			cand(fieldDescription, originOpenGraph, tt.desc, -1),
			cand(fieldDescription, originMeta, real, -1),
		}}, Options{})
		if a.Dek != real {
			t.Errorf("%s: dek %q, want %q", tt.name, a.Dek, real)
		}
	}
}

func TestDekSiteTaglineKeepsArticleDescription(t *testing.T) {
	// A short description that names the site and the headline's subject
	// is the article's.
	body := paras("The council voted on Friday to build the bridge across the river, ending years of debate.", "Work starts in spring.")
	desc := "dailybugle.de: Valley bridge approved"
	a := assemble(&page{blocks: body, cands: []candidate{
		cand(fieldHeadline, originVisible, "Council approves the valley bridge", 0),
		cand(fieldDescription, originOpenGraph, desc, -1),
	}}, Options{})
	if a.Dek != desc {
		t.Errorf("dek %q, want %q", a.Dek, desc)
	}
}

func TestDekStandfirstTheDescriptionRepeats(t *testing.T) {
	// A kicker and the standfirst are styled alike under the headline; the
	// body reader also took the standfirst as its first paragraph, so the
	// description that repeats it is no help on its own. The description
	// tells the standfirst from the kicker, and the paragraph it repeats
	// stays in the body.
	lead := "Doctors in the valley explain why many patients fare better at home, and why the count of cases is not the only measure of the crisis."
	body := paras(lead, "The hospital in the valley has forty beds.", "Most of them are taken.")
	a := assemble(&page{blocks: body, cands: []candidate{
		cand(fieldHeadline, originVisible, "It also matters how people are cared for", 0),
		cand(fieldDek, originVisible, "Corona pandemic", 0),
		cand(fieldDek, originVisible, lead, 0),
		cand(fieldDescription, originMeta, lead, -1),
		cand(fieldDescription, originOpenGraph, lead, -1),
	}}, Options{})
	if a.Dek != lead {
		t.Errorf("dek %q, want the standfirst", a.Dek)
	}
	if len(a.Paragraphs) != 3 || a.Paragraphs[0] != lead {
		t.Errorf("paragraphs %q, want the three with the standfirst first", a.Paragraphs)
	}
}

func TestDekBoldLeadTheDescriptionRepeats(t *testing.T) {
	lead := "Der Stadtrat hat am Freitag den Bau der neuen Brücke beschlossen. Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre."
	body := "<p>Die alte Brücke über den Fluss ist seit Jahren gesperrt, und die Umwege kosten die Pendler jeden Tag eine halbe Stunde.</p>" +
		"<p>Die Kosten von zwölf Millionen Euro teilen sich die Stadt und das Land, wie der Bürgermeister nach der Sitzung sagte.</p>" +
		"<p>Gegen den Entwurf hatten Anwohner zwei Jahre lang protestiert, weil die neue Zufahrt durch ihr Viertel führt.</p>"
	page := func(desc, first string) string {
		return `<html><head><title>Brücke beschlossen</title><meta property="og:description" content="` + desc + `"></head>` +
			`<body><article><h1>Brücke beschlossen</h1>` + first + body + `</article></body></html>`
	}
	// Set in bold as the first paragraph and repeated by the description:
	// the standfirst, which the body keeps.
	a, err := Extract([]byte(page(lead, "<p><strong>"+lead+"</strong></p>")), "page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dek != lead {
		t.Errorf("bold lead: dek %q, want the lead", a.Dek)
	}
	if len(a.Paragraphs) != 4 || a.Paragraphs[0] != lead {
		t.Errorf("bold lead: paragraphs %q, want four with the lead first", a.Paragraphs)
	}
	// After a picture's caption, and with the description cut short.
	caption := `<figure><img src="b.jpg"><figcaption><p>Die alte Brücke über den Fluss im Winter, kurz vor ihrer Sperrung.</p></figcaption></figure>`
	cut := lead[:strings.LastIndex(lead, " ")] + " ..."
	a, err = Extract([]byte(page(cut, caption+"<p><b>"+lead+"</b></p>")), "page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dek != lead {
		t.Errorf("bold lead after a caption: dek %q, want the lead", a.Dek)
	}
	// In plain type it is just the first paragraph: no dek.
	a, err = Extract([]byte(page(lead, "<p>"+lead+"</p>")), "page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dek != "" {
		t.Errorf("plain lead: dek %q, want none", a.Dek)
	}
	// In bold but not the page's summary: an editor's note, no dek.
	a, err = Extract([]byte(page("Die Stadt baut eine neue Brücke über den Fluss.", "<p><strong>"+lead+"</strong></p>")), "page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dek == lead {
		t.Errorf("bold lead the description does not repeat: dek %q", a.Dek)
	}
}
