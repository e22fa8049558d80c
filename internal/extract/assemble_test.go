package extract

import (
	"reflect"
	"testing"
)

func cand(f field, o origin, v string, pos int) candidate {
	return candidate{field: f, origin: o, value: v, pos: pos}
}

func paras(texts ...string) []block {
	var out []block
	for _, t := range texts {
		out = append(out, block{text: t})
	}
	return out
}

func TestAssembleHeadline(t *testing.T) {
	tests := []struct {
		name  string
		cands []candidate
		want  string
	}{
		{"visible agreeing with og:title", []candidate{
			cand(fieldHeadline, originOpenGraph, "Bridge approved by council", -1),
			cand(fieldHeadline, originVisible, "Site Name", 0),
			cand(fieldHeadline, originVisible, "Bridge approved by council!", 0),
		}, "Bridge approved by council!"},
		{"kicker before a title another source gives alone", []candidate{
			cand(fieldHeadline, originJSONLD, "Kücknitz - So lief die Auktion der Schätzchen", -1),
			cand(fieldHeadline, originOpenGraph, "So lief die Auktion der Schätzchen", -1),
		}, "So lief die Auktion der Schätzchen"},
		{"title cut at an unescaped quote", []candidate{
			cand(fieldHeadline, originOpenGraph, "Senator calls the plan", -1),
			cand(fieldTitle, originMeta, `Senator calls the plan "reckless"`, -1),
		}, `Senator calls the plan "reckless"`},
		{"a longer title without a separator stays", []candidate{
			cand(fieldHeadline, originJSONLD, "Why the bridge was approved by council", -1),
			cand(fieldHeadline, originOpenGraph, "the bridge was approved by council", -1),
		}, "Why the bridge was approved by council"},
		{"site suffix of <title> cut", []candidate{
			cand(fieldTitle, originMeta, "Bridge approved by council | Daily Bugle", -1),
			cand(fieldSiteName, originOpenGraph, "Daily Bugle", -1),
		}, "Bridge approved by council"},
		{"site prefix cut", []candidate{
			cand(fieldTitle, originMeta, "Daily Bugle - Bridge approved by council", -1),
			cand(fieldSiteName, originOpenGraph, "Daily Bugle", -1),
		}, "Bridge approved by council"},
		{"label around the visible headline dropped", []candidate{
			cand(fieldHeadline, originOpenGraph, "Bridge approved by council", -1),
			cand(fieldHeadline, originVisible, "Local News | Bridge approved by council", 0),
		}, "Bridge approved by council"},
		{"structured title cut at a length limit gives way to the whole h1", []candidate{
			cand(fieldHeadline, originJSONLD, "Council approves the new bridge over the river after a debate that", -1),
			cand(fieldHeadline, originVisible, "Council approves the new bridge over the river after a debate that lasted two years", 0),
		}, "Council approves the new bridge over the river after a debate that lasted two years"},
		{"h1 adding a site suffix to the structured title is cut", []candidate{
			cand(fieldHeadline, originJSONLD, "Council approves the new bridge over the river", -1),
			cand(fieldHeadline, originVisible, "Council approves the new bridge over the river | Daily", 0),
		}, "Council approves the new bridge over the river"},
		{"a headline naming the site is still the headline when there is no other", []candidate{
			cand(fieldHeadline, originJSONLD, "15 Jahre example-blog.net", -1),
			cand(fieldSiteName, originOpenGraph, "example-blog.net", -1),
			cand(fieldHeadline, originVisible, "15 Jahre example-blog.net", 0),
		}, "15 Jahre example-blog.net"},
		{"a site name that is the page's title is not the site's", []candidate{
			cand(fieldTitle, originMeta, "Calm through the crisis | The Weekly", -1),
			cand(fieldSiteName, originOpenGraph, "Calm through the crisis | The Weekly", -1),
			cand(fieldHeadline, originOpenGraph, "Calm through the crisis", -1),
			cand(fieldHeadline, originVisible, "Calm through the crisis", 0),
			cand(fieldHeadline, originVisible, "Attention versus mindfulness", 0),
		}, "Calm through the crisis"},
		{"a site name that is the whole title is not the site's", []candidate{
			cand(fieldTitle, originMeta, "Student halls too full to be safe, experts warn", -1),
			cand(fieldSiteName, originMeta, "Student halls too full to be safe, experts warn", -1),
			cand(fieldHeadline, originVisible, "Student halls too full to be safe, experts warn", 0),
		}, "Student halls too full to be safe, experts warn"},
		{"h1 that is the first part of a title with a long site description", []candidate{
			cand(fieldTitle, originMeta, "Harbour Kayak Tours - Blue Bay Outfitters - Boats, Gear, Repairs and Guided Trips on the Coast", -1),
			cand(fieldHeadline, originVisible, "Harbour Kayak Tours", 0),
		}, "Harbour Kayak Tours"},
		{"a date opening the title is cut from the headline", []candidate{
			cand(fieldTitle, originMeta, "23.01.2022 - River rises over the old bridge", -1),
		}, "River rises over the old bridge"},
		{"one-word h1 agreeing only loosely with <title>", []candidate{
			cand(fieldHeadline, originOpenGraph, "Local elections in the north", -1),
			cand(fieldTitle, originMeta, "Foundation - detail", -1),
			cand(fieldHeadline, originVisible, "detail", 0),
		}, "Local elections in the north"},
		{"text path: visible only", []candidate{
			cand(fieldHeadline, originVisible, "Trump says to meet Putin in Hungary", 0),
		}, "Trump says to meet Putin in Hungary"},
	}
	for _, tt := range tests {
		a := assemble(&page{cands: tt.cands, blocks: paras("Body.")}, Options{})
		if a.Headline != tt.want {
			t.Errorf("%s: headline %q, want %q", tt.name, a.Headline, tt.want)
		}
	}
}

func TestAssembleByline(t *testing.T) {
	tests := []struct {
		name    string
		cands   []candidate
		want    string
		authors []string
	}{
		{"printed credit kept as printed, date cut", []candidate{
			cand(fieldAuthor, originJSONLD, "Jane Doe", -1),
			cand(fieldByline, originVisible, "By Jane Doe | October 18, 2025", 0),
		}, "By Jane Doe", []string{"Jane Doe"}},
		{"a labelled credit by the headline over a site-wide <meta name=author>", []candidate{
			cand(fieldAuthor, originMeta, "Harbour Press Association", -1),
			cand(fieldByline, originVisible, "Erstellt von Fabian am Dienstag 6. Mai 2014", 0),
		}, "Fabian", []string{"Fabian"}},
		{"the structured author stays over a labelled credit naming another", []candidate{
			cand(fieldAuthor, originJSONLD, "Jane Doe", -1),
			cand(fieldByline, originVisible, "Von Max Muster", 0),
		}, "Jane Doe", []string{"Jane Doe"}},
		{"a user name without accents names the printed credit", []candidate{
			cand(fieldAuthor, originOpenGraph, "gabor_munier", -1),
			cand(fieldByline, originVisible, "Author: Gàbor Muniér, Datum: 03.Mär.19", 3),
		}, "Gàbor Muniér", []string{"Gàbor Muniér"}},
		{"a description in brackets after the name dropped", []candidate{
			cand(fieldByline, originVisible, "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des Vereins)", 0),
		}, "Redaktion: Eberhard Fuhr", []string{"Eberhard Fuhr"}},
		{"the blog's handle after the author dropped", []candidate{
			cand(fieldURL, originMeta, "https://herrpfleger.example/2019/x", -1),
			cand(fieldByline, originMarkup, "Matthias herrpfleger", 0),
		}, "Matthias", []string{"Matthias"}},
		{"a labelled credit over a line taken for one by its shape", []candidate{
			cand(fieldByline, originVisible, "Édition du 12 octobre 2020", 0),
			cand(fieldByline, originVisible, "Par Matthieu Hy le 07 Mai 2020", 0),
		}, "Par Matthieu Hy", []string{"Matthieu Hy"}},
		{"the headline's line with its date is no credit", []candidate{
			cand(fieldHeadline, originVisible, "Yellow Vests and I", 0),
			cand(fieldSiteName, originOpenGraph, "Jane Doe", -1),
			cand(fieldAuthor, originJSONLD, "Jane Doe", -1),
			cand(fieldByline, originVisible, "Yellow Vests and I December 4, 2018", 0),
		}, "Jane Doe", []string{"Jane Doe"}},
		{"a meta line's list of categories is no credit", []candidate{
			cand(fieldSiteName, originOpenGraph, "Solarnews", -1),
			cand(fieldAuthor, originJSONLD, "Solarnews", -1),
			cand(fieldByline, originVisible, "01.12.2022 / / CSP / International / Photovoltaik / Top Solar News", 0),
		}, "Solarnews", []string{"Solarnews"}},
		{"words before the author in a line taken by its shape dropped", []candidate{
			cand(fieldAuthor, originJSONLD, "Jessie", -1),
			cand(fieldByline, originVisible, "16.12.2022 Wohnen Jessie", 0),
		}, "Jessie", []string{"Jessie"}},
		{"metadata names joined", []candidate{
			cand(fieldAuthor, originJSONLD, "Jane Doe", -1),
			cand(fieldAuthor, originJSONLD, "John Roe", -1),
		}, "Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"label and job title dropped", []candidate{
			cand(fieldByline, originVisible, "Posted by Jane Doe, Staff Writer", 0),
		}, "Jane Doe", []string{"Jane Doe"}},
		{"credit part of a meta line", []candidate{
			cand(fieldByline, originVisible, "05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie", 0),
		}, "gnaddrig", []string{"gnaddrig"}},
		{"site name as author gives way to a person", []candidate{
			cand(fieldSiteName, originOpenGraph, "Daily Bugle", -1),
			cand(fieldAuthor, originJSONLD, "Daily Bugle", -1),
			cand(fieldAuthor, originMeta, "Jane Doe", -1),
		}, "Jane Doe", []string{"Jane Doe"}},
		{"site name as author as a last resort", []candidate{
			cand(fieldSiteName, originOpenGraph, "Daily Bugle", -1),
			cand(fieldAuthor, originMeta, "Daily Bugle", -1),
		}, "Daily Bugle", []string{"Daily Bugle"}},
		{"long label, role and profile link dropped", []candidate{
			cand(fieldByline, originVisible, "Ein Artikel von Mathilda Trausch, Online-Redaktion", 0),
		}, "Mathilda Trausch", []string{"Mathilda Trausch"}},
		{"profile link after the name", []candidate{
			cand(fieldByline, originMarkup, "Heinz Steiner Weitere Beiträge", 0),
		}, "Heinz Steiner", []string{"Heinz Steiner"}},
		{"dates run together, then the author", []candidate{
			cand(fieldByline, originVisible, "Posted on 28. Juli 2019 28. Juli 2019 Author Andreas Kalt", 0),
		}, "Andreas Kalt", []string{"Andreas Kalt"}},
		{"a date is not a credit", []candidate{
			cand(fieldByline, originVisible, "Fr, 9. Februar 2019", 0),
		}, "", nil},
		{"placeholder names are no credit", []candidate{
			cand(fieldByline, originMarkup, "admin", 0),
			cand(fieldAuthor, originMeta, "No Author", -1),
		}, "", nil},
		{"credit cut after its joiner is completed from metadata", []candidate{
			cand(fieldAuthor, originJSONLD, "Benjamin Fischer", -1),
			cand(fieldAuthor, originJSONLD, "Marcus Theurer", -1),
			cand(fieldByline, originMarkup, "Von Benjamin Fischer und", 0),
		}, "Von Benjamin Fischer und Marcus Theurer", []string{"Benjamin Fischer", "Marcus Theurer"}},
		{"By run into the name", []candidate{
			cand(fieldByline, originVisible, "ByAlex Bozarjian", 0),
		}, "By Alex Bozarjian", []string{"Alex Bozarjian"}},
		{"default blog category after the name", []candidate{
			cand(fieldByline, originVisible, "von Christian Spließin Allgemeines", 0),
		}, "von Christian Spließ", []string{"Christian Spließ"}},
		{"agency", []candidate{
			cand(fieldByline, originVisible, "XINHUA", 0),
		}, "XINHUA", []string{"XINHUA"}},
	}
	for _, tt := range tests {
		a := assemble(&page{cands: tt.cands, blocks: paras("Body.")}, Options{})
		if a.Byline != tt.want || !reflect.DeepEqual(a.Authors, tt.authors) {
			t.Errorf("%s: byline %q authors %q, want %q %q", tt.name, a.Byline, a.Authors, tt.want, tt.authors)
		}
	}
}

func TestAssembleTimes(t *testing.T) {
	tests := []struct {
		name     string
		cands    []candidate
		url      string
		pub, mod string
	}{
		{"structured with zone", []candidate{
			cand(fieldPublished, originJSONLD, "2025-10-18T07:46:00+02:00", -1),
		}, "", "2025-10-18T07:46:00+02:00", ""},
		{"date shown by the headline wins over metadata", []candidate{
			cand(fieldPublished, originOpenGraph, "2022-11-17T10:33:13Z", -1),
			cand(fieldPublished, originVisible, "09.03.2022", 0),
		}, "", "2022-03-09", ""},
		{"bare date takes the time of another source", []candidate{
			cand(fieldPublished, originVisible, "October 18, 2025", 0),
			cand(fieldPublished, originJSONLD, "2025-10-18T07:46:00", -1),
		}, "", "2025-10-18T07:46:00", ""},
		{"distinct update time", []candidate{
			cand(fieldPublished, originJSONLD, "2025-10-18T07:46:00Z", -1),
			cand(fieldModified, originJSONLD, "2025-10-19T09:00:00Z", -1),
		}, "", "2025-10-18T07:46:00Z", "2025-10-19T09:00:00Z"},
		{"update time only", []candidate{
			cand(fieldModified, originVisible, "Updated: 2025-10-18 07:46", 0),
		}, "", "2025-10-18T07:46:00", "2025-10-18T07:46:00"},
		{"time shown as an update is kept as the update time", []candidate{
			cand(fieldPublished, originVisible, "2025-10-18T07:46:00", 0),
			cand(fieldModified, originVisible, "2025-10-18T07:46:00", 0),
		}, "", "2025-10-18T07:46:00", "2025-10-18T07:46:00"},
		{"equal update time from metadata is dropped", []candidate{
			cand(fieldPublished, originJSONLD, "2025-10-18T07:46:00Z", -1),
			cand(fieldModified, originJSONLD, "2025-10-18T07:46:00Z", -1),
		}, "", "2025-10-18T07:46:00Z", ""},
		{"date shown a day after a late UTC time is the local date", []candidate{
			cand(fieldPublished, originOpenGraph, "2018-12-31T23:11:59+00:00", -1),
			cand(fieldPublished, originVisible, "2019-01-01", 0),
		}, "", "2019-01-01", ""},
		{"today's date in a header beside the article's date is not", []candidate{
			cand(fieldPublished, originOpenGraph, "2023-10-30T13:01:18+00:00", -1),
			cand(fieldPublished, originVisible, "31. Oktober 2023", 0),
			cand(fieldPublished, originVisible, "30. Oktober 2023", 0),
		}, "", "2023-10-30T13:01:18+00:00", ""},
		{"a later shown date the markup gives too is the article's", []candidate{
			cand(fieldPublished, originMeta, "2022-01-21T09:43+01:00", -1),
			cand(fieldPublished, originVisible, "25.01.2022", 0),
			cand(fieldPublished, originMarkup, "2022-01-25T08:00:00+01:00", 0),
		}, "", "2022-01-25T08:00:00+01:00", ""},
		{"dates of a list before the body give way to the metadata", []candidate{
			cand(fieldPublished, originOpenGraph, "2019-10-01", -1),
			cand(fieldPublished, originVisible, "18. Januar 2019", 0),
			cand(fieldPublished, originVisible, "22. November 2018", 0),
			cand(fieldPublished, originVisible, "31. August 2017", 0),
		}, "", "2019-10-01", ""},
		{"a structured date two sources outvote", []candidate{
			cand(fieldPublished, originJSONLD, "2021-12-06 14:36", -1),
			cand(fieldPublished, originOpenGraph, "2022-12-15T09:13:00", -1),
			cand(fieldPublished, originMeta, "2022-12-15", -1),
		}, "", "2022-12-15T09:13:00", ""},
		{"a day apart is a zone's difference, not a dispute", []candidate{
			cand(fieldPublished, originJSONLD, "2019-10-19T01:10:00+02:00", -1),
			cand(fieldPublished, originMicrodata, "2019-10-18", -1),
			cand(fieldPublished, originMeta, "2019-10-18", -1),
		}, "", "2019-10-19T01:10:00+02:00", ""},
		{"a time with a local offset is not moved", []candidate{
			cand(fieldPublished, originOpenGraph, "2022-05-03T22:46:08-03:00", -1),
			cand(fieldPublished, originVisible, "04 de Mayo de 2022", 0),
		}, "", "2022-05-03T22:46:08-03:00", ""},
		{"UTC 23:00 sharp is a local midnight: the next day, no time", []candidate{
			cand(fieldPublished, originOpenGraph, "2021-11-04T23:00Z", -1),
		}, "", "2021-11-05", ""},
		{"a shown date keeps its day beside a UTC 23:00", []candidate{
			cand(fieldPublished, originOpenGraph, "2021-11-04T23:00:00Z", -1),
			cand(fieldPublished, originVisible, "4. November 2021", 0),
		}, "", "2021-11-04T23:00:00Z", ""},
		{"a machine time by the headline at UTC 23:00 sharp", []candidate{
			cand(fieldPublished, originMarkup, "2022-11-06T23:00:00.000Z", 0),
		}, "", "2022-11-07", ""},
		{"UTC 23:00 with minutes is a time", []candidate{
			cand(fieldPublished, originOpenGraph, "2021-11-04T23:11:00Z", -1),
		}, "", "2021-11-04T23:11:00Z", ""},
		{"date in the address", nil, "https://x.test/2019/08/02/json-parsing/", "2019-08-02", ""},
		{"a path segment that is a date, day first", nil, "https://x.test/meldungen/29-10-2021", "2021-10-29", ""},
		{"no date in a segment with more than a date", nil, "https://x.test/meldungen/29-10-2021-und-mehr", "", ""},
		{"a title ending with its date", []candidate{
			cand(fieldDescription, originOpenGraph, "Ein Rekordjahr für den Bären (Notizia del 14 Gennaio 2020)", -1),
		}, "", "2020-01-14", ""},
		{"a title's own date beats dates far down the body", []candidate{
			cand(fieldTitle, originMeta, "23.01.2022 - River rises over the old bridge", -1),
			cand(fieldPublished, originVisible, "19.01.2021", 8),
		}, "", "2022-01-23", ""},
		{"date far down the body is a fallback", []candidate{
			cand(fieldPublished, originVisible, "3 March 2021", 40),
		}, "", "2021-03-03", ""},
	}
	for _, tt := range tests {
		a := assemble(&page{cands: tt.cands, blocks: paras("Body.")}, Options{URL: tt.url})
		if a.Timestamp != tt.pub || a.Modified != tt.mod {
			t.Errorf("%s: got %q/%q, want %q/%q", tt.name, a.Timestamp, a.Modified, tt.pub, tt.mod)
		}
	}
}

func TestAssembleDek(t *testing.T) {
	body := paras("The council voted on Friday to build the bridge across the river, ending years of debate.", "Second.")
	tests := []struct {
		name  string
		cands []candidate
		want  string
	}{
		{"standfirst", []candidate{
			cand(fieldHeadline, originVisible, "Bridge approved", 0),
			cand(fieldDek, originVisible, "A vote ends years of debate", 0),
		}, "A vote ends years of debate"},
		{"tagline before the headline is not the dek", []candidate{
			cand(fieldDek, originVisible, "News you can trust since 1901", 0),
			cand(fieldHeadline, originVisible, "Bridge approved", 0),
		}, ""},
		{"description repeating the first paragraph whole", []candidate{
			cand(fieldDescription, originOpenGraph, "The council voted on Friday to build the bridge across the river, ending years of debate.", -1),
		}, ""},
		{"description as a summary", []candidate{
			cand(fieldDescription, originOpenGraph, "Summit expected in Budapest as Washington touts diplomatic gains", -1),
		}, "Summit expected in Budapest as Washington touts diplomatic gains"},
		{"styled dek disagreeing with the description", []candidate{
			cand(fieldHeadline, originVisible, "Bridge approved", 0),
			cand(fieldDek, originVisible, "Read our other stories about bridges here", 0),
			cand(fieldDescription, originOpenGraph, "A vote ends years of debate over the river crossing", -1),
		}, "A vote ends years of debate over the river crossing"},
		{"the description most sources give", []candidate{
			cand(fieldDescription, originJSONLD, "The Daily Bugle - news you can trust", -1),
			cand(fieldDescription, originOpenGraph, "A vote ends years of debate over the river crossing", -1),
			cand(fieldDescription, originMeta, "A vote ends years of debate over the river crossing.", -1),
		}, "A vote ends years of debate over the river crossing"},
		{"one source repeating itself is one voice", []candidate{
			cand(fieldDescription, originOpenGraph, "A vote ends years of debate over the river crossing", -1),
			cand(fieldDescription, originMeta, "The Daily Bugle brings you the news of the valley every day", -1),
			cand(fieldDescription, originMeta, "The Daily Bugle brings you the news of the valley every day", -1),
		}, "A vote ends years of debate over the river crossing"},
		{"a heading inside the abstract is not the dek", []candidate{
			cand(fieldHeadline, originVisible, "Bridge approved", 0),
			cand(fieldDek, originVisible, "Purpose of the vote", 0),
			cand(fieldDescription, originOpenGraph, "The purpose of the vote was to end years of debate over the river crossing", -1),
		}, "The purpose of the vote was to end years of debate over the river crossing"},
		{"an element holding the headline and the description", []candidate{
			cand(fieldHeadline, originVisible, "Bridge approved", 0),
			cand(fieldDek, originVisible, "Council says yes to the bridge A vote ends years of debate over the river crossing", 0),
			cand(fieldDescription, originOpenGraph, "A vote ends years of debate over the river crossing", -1),
		}, "A vote ends years of debate over the river crossing"},
		{"a standfirst the description was cut from", []candidate{
			cand(fieldHeadline, originVisible, "Bridge approved", 0),
			cand(fieldDek, originVisible, "A vote ends years of debate over the river crossing. Work starts in spring and takes two years.", 0),
			cand(fieldDescription, originOpenGraph, "A vote ends years of debate over the river crossing.", -1),
		}, "A vote ends years of debate over the river crossing. Work starts in spring and takes two years."},
	}
	for _, tt := range tests {
		a := assemble(&page{cands: tt.cands, blocks: body}, Options{})
		if a.Dek != tt.want {
			t.Errorf("%s: dek %q, want %q", tt.name, a.Dek, tt.want)
		}
	}
}

func TestAssembleBodyAndDateline(t *testing.T) {
	p := &page{
		cands: []candidate{
			cand(fieldHeadline, originVisible, "Trump says to meet Putin in Hungary", 0),
			cand(fieldByline, originVisible, "XINHUA", 0),
		},
		blocks: paras(
			"Trump says to meet Putin in Hungary",
			"XINHUA",
			"Updated: 2025-10-18 07:46",
			"WASHINGTON — US President Donald Trump said on Thursday he would meet Putin.",
			"Second paragraph.",
		),
	}
	a := assemble(p, Options{URL: "https://www.example.com/a"})
	if len(a.Paragraphs) != 2 || a.Paragraphs[0][:10] != "WASHINGTON" {
		t.Errorf("paragraphs: %q", a.Paragraphs)
	}
	if a.Dateline != "WASHINGTON" {
		t.Errorf("dateline %q", a.Dateline)
	}
	if a.SiteName != "example.com" || a.URL != "https://www.example.com/a" {
		t.Errorf("site %q url %q", a.SiteName, a.URL)
	}
	for _, tt := range []struct{ in, want string }{
		{"NEW YORK (AP) — Stocks fell.", "NEW YORK"},
		{"BERLIN, 18. Oktober (Reuters) - Die Regierung hat beschlossen.", "BERLIN"},
		{"UPDATE: the company said.", ""},
		{"The AP — a news agency.", ""},
	} {
		a := assemble(&page{blocks: paras(tt.in, "x")}, Options{})
		if a.Dateline != tt.want {
			t.Errorf("dateline of %q = %q, want %q", tt.in, a.Dateline, tt.want)
		}
	}
}

func TestAssembleLanguageURL(t *testing.T) {
	p := &page{cands: []candidate{
		cand(fieldLanguage, originMeta, "de-AT", -1),
		cand(fieldURL, originMarkup, "/artikel/1", -1),
		cand(fieldImage, originOpenGraph, "img/a.jpg", -1),
	}, blocks: paras("x")}
	a := assemble(p, Options{URL: "https://example.at/start"})
	if a.Language != "de" || a.URL != "https://example.at/artikel/1" || a.Image != "https://example.at/artikel/img/a.jpg" {
		t.Errorf("language %q url %q image %q", a.Language, a.URL, a.Image)
	}
}

func TestAssembleSettlesAmbiguousDates(t *testing.T) {
	p := &page{cands: []candidate{
		cand(fieldPublished, originVisible, "05/04/2022 08:43", 0),
		cand(fieldPublished, originJSONLD, "2022-05-04T05:45:00-03:00", -1),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Timestamp != "2022-05-04T08:43:00" {
		t.Errorf("timestamp %q", a.Timestamp)
	}
	// The same doubtful date printed again further down is no evidence
	// for the day-first reading.
	p = &page{cands: []candidate{
		cand(fieldPublished, originVisible, "11/01/2021", 0),
		cand(fieldPublished, originVisible, "11/01/2021, 05:00", 8),
		cand(fieldPublished, originJSONLD, "2021-11-01T05:00:14", -1),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Timestamp[:10] != "2021-11-01" {
		t.Errorf("repeated doubtful date: timestamp %q", a.Timestamp)
	}
	// A shown date after every metadata date is not the publication's.
	p = &page{cands: []candidate{
		cand(fieldPublished, originVisible, "26. Februar 2020", 0),
		cand(fieldPublished, originJSONLD, "2019-05-16T07:30:27+02:00", -1),
		cand(fieldModified, originJSONLD, "2019-05-18T07:30:27+02:00", -1),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Timestamp != "2019-05-16T07:30:27+02:00" {
		t.Errorf("timestamp %q", a.Timestamp)
	}
}

func TestAssembleBodyKeepsParagraphTheDescriptionRepeats(t *testing.T) {
	lead := "A vote ends years of debate over the river crossing."
	body := paras("Bridge news from the valley, Friday.", lead, "Work starts in spring.")
	// Only the description says it: the body's paragraph stays.
	a := assemble(&page{blocks: body, cands: []candidate{
		cand(fieldDescription, originOpenGraph, lead, -1),
	}}, Options{})
	if a.Dek != lead || len(a.Paragraphs) != 3 {
		t.Errorf("dek %q, %d paragraphs %q; want the dek and the three paragraphs", a.Dek, len(a.Paragraphs), a.Paragraphs)
	}
	// Printed as a standfirst under the headline: the dek, not body text.
	a = assemble(&page{blocks: paras(lead, "Work starts in spring."), cands: []candidate{
		cand(fieldHeadline, originVisible, "Bridge approved", 0),
		cand(fieldDek, originVisible, lead, 0),
	}}, Options{})
	if a.Dek != lead || len(a.Paragraphs) != 1 {
		t.Errorf("dek %q, paragraphs %q; want the standfirst out of the body", a.Dek, a.Paragraphs)
	}
}

func TestAssembleHeadlineMicrodataOnVisibleElement(t *testing.T) {
	// itemprop=headline on the <h1> carries its kicker: og:title says
	// which part is the headline.
	a := assemble(&page{cands: []candidate{
		cand(fieldHeadline, originOpenGraph, "Big tasks for the new government", -1),
		cand(fieldHeadline, originMicrodata, "Tunisia Big tasks for the new government", 0),
		cand(fieldHeadline, originVisible, "Tunisia Big tasks for the new government", 0),
	}}, Options{})
	if want := "Big tasks for the new government"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	// With no structured title agreeing, the marked-up headline beats the
	// document title.
	a = assemble(&page{cands: []candidate{
		cand(fieldTitle, originMeta, "Writing style - Example Web Design", -1),
		cand(fieldHeadline, originMicrodata, "Write for your readers", 0),
		cand(fieldHeadline, originVisible, "Write for your readers", 0),
	}}, Options{})
	if want := "Write for your readers"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
}

func TestCleanBylineAfterLabel(t *testing.T) {
	for in, want := range map[string]string{
		// A name of two words after a label is not a name and a role.
		"November 1, 2023 12:30 von: Rasender Reporter": "von: Rasender Reporter",
		"Posted by Jane Doe, Staff Writer":              "Jane Doe",
		"Jane Doe Staff Writer":                         "Jane Doe",
		// An agency in brackets is part of the credit; a description is not.
		"Von Max Muster (dpa)":                       "Von Max Muster (dpa",
		"Max Muster (Sprecher des Vereins)":          "Max Muster",
		"Empa (Eidgenössische Materialprüfungs- und": "Empa",
	} {
		if got := cleanByline(in); got != want {
			t.Errorf("cleanByline(%q) = %q, want %q", in, got, want)
		}
	}
}
