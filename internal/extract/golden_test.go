package extract_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/model"
)

// The -update flag may be defined by another test file of this binary;
// define it only if it is not there yet, and read it by name.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata/pages")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

const pagesDir = "../../testdata/pages"

// goldenPages lists testdata/pages/NAME.html and NAME.txt.
func goldenPages(t *testing.T) []string {
	t.Helper()
	var pages []string
	for _, pat := range []string{"*.html", "*.txt"} {
		m, err := filepath.Glob(filepath.Join(pagesDir, pat))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, m...)
	}
	if len(pages) == 0 {
		t.Fatalf("no pages in %s", pagesDir)
	}
	return pages
}

// extractPage runs Extract as the command does, naming the page by its
// base name so that goldens do not depend on where the tests run.
func extractPage(t *testing.T, path string) (*model.Article, error) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return extract.Extract(src, filepath.Base(path), extract.Options{})
}

// goldenJSON is what a golden file holds: the Article as indented JSON, or,
// for a page that gives an error, the error and the partial Article, so
// that -update keeps working while the extractor changes.
func goldenJSON(t *testing.T, a *model.Article, err error) []byte {
	t.Helper()
	var v any = a
	if err != nil {
		v = struct {
			Error   string         `json:"error"`
			Article *model.Article `json:"article"`
		}{err.Error(), a}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden compares the Article of every page with its golden NAME.json.
// Run with -update to rewrite them, then read the diff: a golden is a claim
// that the output is right.
func TestGolden(t *testing.T) {
	for _, path := range goldenPages(t) {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		t.Run(name, func(t *testing.T) {
			a, err := extractPage(t, path)
			got := goldenJSON(t, a, err)

			// The same bytes give the same Article: no state carried over.
			a2, err2 := extractPage(t, path)
			if again := goldenJSON(t, a2, err2); !bytes.Equal(got, again) {
				t.Errorf("second extraction differs:\n%s", diff.Diff("first", got, "second", again))
			}
			// The JSON reads back into the same Article.
			if err == nil {
				var back model.Article
				if err := json.Unmarshal(got, &back); err != nil {
					t.Errorf("golden JSON does not decode: %v", err)
				} else if re := goldenJSON(t, &back, nil); !bytes.Equal(re, got) {
					t.Errorf("Article does not survive a JSON round trip:\n%s", diff.Diff("encoded", got, "decoded and encoded", re))
				}
			}

			golden := filepath.Join(pagesDir, name+".json")
			if updating() {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s",
					golden, diff.Diff(name+".json", want, "got", got))
			}
		})
	}
}

// TestSeedVariants converts the seed page to other encodings and
// containers and checks that each gives the same Article; only the charset
// that decided may differ.
func TestSeedVariants(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(pagesDir, "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	base, baseErr := extract.Extract(seed, "seed", extract.Options{})
	if baseErr != nil {
		t.Fatalf("seed: %v", baseErr)
	}
	// GB18030 is GBK extended to all of Unicode: the seed's Chinese is in
	// GBK's own bytes, and the "ç" of Français, which GBK lacks, still fits.
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(seed)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(seed)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(seed)
	zw.Close()
	crlf := bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n"))

	for _, v := range []struct {
		name    string
		src     []byte
		charset string // the charset that should decide, "" to leave unchecked
	}{
		{"gbk", gbk, "gbk"},
		{"utf-16-bom", utf16, "utf-16le"},
		{"gzip", gz.Bytes(), ""},
		{"crlf", crlf, ""},
	} {
		t.Run(v.name, func(t *testing.T) {
			a, err := extract.Extract(v.src, "seed", extract.Options{})
			if err != nil {
				t.Fatalf("seed as %s: %v", v.name, err)
			}
			if v.charset != "" && (a.Source == nil || !sameCharset(a.Source.Charset, v.charset)) {
				t.Errorf("seed as %s: source.charset %+v, want %s", v.name, a.Source, v.charset)
			}
			got, want := *a, *base
			got.Source, want.Source = nil, nil
			g, w := goldenJSON(t, &got, nil), goldenJSON(t, &want, nil)
			if !bytes.Equal(g, w) {
				t.Errorf("seed as %s differs from the seed:\n%s", v.name, diff.Diff("seed", w, v.name, g))
			}
		})
	}
}

// sameCharset compares charset names loosely: GBK may be reported as gbk
// or gb18030 (a superset that decodes GBK bytes the same), UTF-16 with or
// without its byte order.
func sameCharset(got, want string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.ReplaceAll(s, "_", "-"))
		switch s {
		case "gb18030", "gb2312":
			return "gbk"
		case "utf-16", "utf-16le":
			return "utf-16le"
		}
		return s
	}
	return norm(got) == norm(want)
}

// truth is what a page is known to hold, because we wrote the page (or, for
// the seed, because its issue states it). Unlike a golden, which records
// whatever the extractor gave, each field here is a claim about the page.
type truth struct {
	headline, dek, timestamp, modified, dateline, charset string
	byline                                                []string // names the byline or authors must hold
	paragraphs                                            int      // the body's block count, 0 unchecked
	first, last                                           string   // prefixes of the first and last blocks
	with, without                                         []string // text the body must hold, or must not
	bylineIs                                              string   // the exact credit line as printed, when sure
	authors                                               []string // the exact author list, when sure
	kinds                                                 map[string]model.Kind
	// knownWrong names the fields the extractor gets wrong today, with
	// why: they are logged rather than failed, and the test fails once
	// one comes out right, so that the entry is removed.
	knownWrong map[string]string
}

var truths = map[string]truth{
	"seed": {
		headline:   "Trump says to meet Putin in Hungary",
		dek:        "Summit expected in Budapest as Washington touts diplomatic gains",
		byline:     []string{"XINHUA"},
		bylineIs:   "XINHUA",
		timestamp:  "2025-10-18T07:46:00",
		modified:   "2025-10-18T07:46:00",
		dateline:   "WASHINGTON",
		paragraphs: 22,
		first:      "WASHINGTON — US President Donald Trump said on Thursday",
		last:       "Ukraine wants missiles that would put Moscow",
		without:    []string{"Global Edition", "Share - WeChat", "Copyright", "Most Viewed"},
	},
	"jsonld-only": {
		headline:   "Wind farm approved off the northern coast",
		dek:        "Sixty turbines will stand twelve miles out to sea, enough to power 400,000 homes.",
		byline:     []string{"Eleanor Pike", "Samuel Achebe"},
		timestamp:  "2025-05-06T08:15:00+01:00",
		modified:   "2025-05-06T11:40:00+01:00",
		paragraphs: 7,
		first:      "The government approved a sixty-turbine wind farm",
		last:       "The port at Dunmore will be used",
		without:    []string{"Subscribe", "Registered in England", "Privacy"},
	},
	"opengraph-only": {
		headline:   "City council votes to pedestrianise Market Street",
		dek:        "Cars will be banned from the historic shopping street from September, after a trial that divided traders.",
		byline:     []string{"Priya Natarajan"},
		timestamp:  "2025-06-19T17:02:00-04:00",
		paragraphs: 6,
		first:      "Riverside's city council voted eight to three",
		last:       "Work to replace the asphalt",
		without:    []string{"Share on Facebook", "Most read", "High school team", "Copyright"},
	},
	"visible-byline": {
		headline:   "Glacier retreat doubles in a decade, survey finds",
		byline:     []string{"Lukas Brenner", "Chiara Valli"},
		bylineIs:   "By Lukas Brenner and Chiara Valli",
		timestamp:  "2025-03-12T14:05:00",
		dateline:   "GENEVA",
		paragraphs: 6,
		first:      "GENEVA — The glaciers of the western Alps",
		last:       "The authors say that even if warming stopped today",
		without:    []string{"Tags:", "Imprint", "Published 12 March"},
	},
	"ads-related": {
		headline:  "Rail operator orders 40 new trains for the coastal line",
		byline:    []string{"Daniel Okafor"},
		bylineIs:  "By Daniel Okafor, Transport Correspondent",
		authors:   []string{"Daniel Okafor"},
		timestamp: "2025-02-27T10:00:00Z",
		knownWrong: map[string]string{
			"authors": `"Transport Correspondent" after the comma is split off as a second author`,
			"byline":  `the job title after the comma is cut to its first word`,
		},
		paragraphs: 6,
		first:      "The company that runs trains along the coastal line",
		last:       "The regional transport authority said",
		with:       []string{"The order is worth about 620 million euros", "The first trains are due to be delivered"},
		without:    []string{"Advertisement", "Related", "Station upgrade delayed", "Ferry timetable", "morning briefing", "Sign up", "All rights reserved"},
	},
	"comments": {
		headline:   "Town pool to stay open after volunteers step in",
		dek:        "A group of parents and retired swimmers will run the kiosk and the front desk so the council can afford the lifeguards.",
		byline:     []string{"Grace Whitfield"},
		bylineIs:   "By Grace Whitfield",
		timestamp:  "2025-07-08T06:30:00+10:00",
		paragraphs: 5,
		first:      "The outdoor pool in Millbrook will open",
		last:       "The pool will open on the first Saturday of December",
		without:    []string{"swimmer_dad_77", "This is wonderful news", "Volunteers are great until", "Where do we sign up", "Comments (4)"},
	},
	"liveblog": {
		headline:  "Live: Storm Imogen hits the coast – updates",
		byline:    []string{"Oliver Grant"},
		timestamp: "2025-01-24T06:00:00Z",
		modified:  "2025-01-24T13:45:00Z",
		with: []string{
			"The electricity network says power is back for about 6,000 homes",
			"Police have closed the harbour road",
			"all schools in the coastal districts will close at noon",
			"The ferry company has cancelled all sailings",
			"Good morning. Storm Imogen is expected to make landfall",
		},
		without: []string{"Load more updates"},
	},
	"german": {
		headline:   "Stadtwerke senken die Strompreise zum Jahreswechsel",
		dek:        "Haushalte zahlen ab Januar rund acht Prozent weniger für Strom. Der Gaspreis bleibt dagegen unverändert.",
		byline:     []string{"Anna Schmidt"},
		bylineIs:   "Von Anna Schmidt",
		authors:    []string{"Anna Schmidt"},
		timestamp:  "2025-11-14T10:15:00",
		dateline:   "KÖLN",
		paragraphs: 5,
		first:      "KÖLN. Die Stadtwerke senken zum 1. Januar",
		last:       "Kundinnen und Kunden müssen nichts unternehmen.",
		without:    []string{"Artikel teilen", "Mehr zum Thema", "Fernwärme wird teurer", "Impressum", "Alle Rechte vorbehalten"},
		knownWrong: map[string]string{
			"dek":        `the dek is the shorter meta description; the printed standfirst <p class="vorspann"> is read as body`,
			"paragraphs": "the standfirst is counted as a body paragraph",
			"first":      "the standfirst is the first body paragraph",
			"dateline":   `the German dateline form "KÖLN. ..." is not recognised`,
		},
	},
	"russian-cp1251": {
		headline:   "В Самаре открыли новый мост через Волгу",
		byline:     []string{"Ирина Соколова"},
		timestamp:  "2025-10-21T09:30:00",
		charset:    "windows-1251",
		paragraphs: 6,
		first:      "В Самаре во вторник открыли движение",
		last:       "Пешеходные дорожки и велосипедные полосы",
		without:    []string{"Поделиться", "Все права защищены"},
	},
	"japanese-sjis": {
		headline: "北陸新幹線、来春から臨時列車を増便へ",
		byline:   []string{"山本健太"},
		authors:  []string{"山本健太"},
		knownWrong: map[string]string{
			"authors": "the desk name 経済部 (economics desk) is kept as part of the author's name",
		},
		timestamp:  "2025-09-30T18:20:00+09:00",
		charset:    "shift_jis",
		paragraphs: 5,
		first:      "ＪＲ西日本は３０日、北陸新幹線の臨時列車を",
		last:       "ＪＲ西日本は、夏の行楽シーズンに向けて",
		without:    []string{"シェア", "アクセスランキング", "無断転載"},
	},
	"structure": {
		headline:   "What the new tenancy law changes for renters",
		dek:        "Longer notice periods, a cap on deposits and an end to bidding wars: the main points of the law that comes into force on Monday.",
		byline:     []string{"Hannah Lindqvist"},
		bylineIs:   "By Hannah Lindqvist",
		timestamp:  "2025-08-01T12:00:00+02:00",
		paragraphs: 15,
		first:      "Parliament passed the new tenancy law",
		last:       "Landlords' groups say the cap on deposits",
		without:    []string{"newsletter", "All rights reserved"},
		kinds: map[string]model.Kind{
			"Notice periods":                      model.KindHeading,
			"two months' rent":                    model.KindItem,
			"no deposit at all for tenants":       model.KindItem,
			"Find the date of the last increase":  model.KindOrdered,
			"If the increase is above the index":  model.KindOrdered,
			"Until now, people moved out because": model.KindQuote,
			"The deposit a landlord may ask for":  model.KindParagraph,
		},
	},
}

// TestPageTruths checks each page against what it is known to hold.
func TestPageTruths(t *testing.T) {
	for _, path := range goldenPages(t) {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		want, ok := truths[name]
		if !ok {
			t.Errorf("%s has no entry in truths: say what the page holds", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			a, err := extractPage(t, path)
			if err != nil {
				t.Fatalf("%v", err)
			}
			checkTruth(t, a, want)
		})
	}
}

func checkTruth(t *testing.T, a *model.Article, w truth) {
	t.Helper()
	failed := map[string]bool{}
	fail := func(field, format string, args ...any) {
		t.Helper()
		failed[field] = true
		if reason, known := w.knownWrong[field]; known {
			t.Logf("known wrong (%s): "+format, append([]any{reason}, args...)...)
			return
		}
		t.Errorf(format, args...)
	}
	eq := func(field, got, want string) {
		t.Helper()
		if want != "" && got != want {
			fail(field, "%s = %q, want %q", field, got, want)
		}
	}
	eq("headline", a.Headline, w.headline)
	eq("byline", a.Byline, w.bylineIs)
	eq("dek", a.Dek, w.dek)
	eq("timestamp", a.Timestamp, w.timestamp)
	eq("modified", a.Modified, w.modified)
	eq("dateline", a.Dateline, w.dateline)
	if w.charset != "" && (a.Source == nil || !sameCharset(a.Source.Charset, w.charset)) {
		fail("charset", "source = %+v, want charset %s", a.Source, w.charset)
	}
	credit := a.Byline + " | " + strings.Join(a.Authors, " | ")
	for _, name := range w.byline {
		if !strings.Contains(credit, name) {
			fail("byline", "byline %q, authors %q: want %q", a.Byline, a.Authors, name)
		}
	}
	if w.authors != nil && !slices.Equal(a.Authors, w.authors) {
		fail("authors", "authors %q, want %q", a.Authors, w.authors)
	}
	n := len(a.Paragraphs)
	if w.paragraphs != 0 && n != w.paragraphs {
		fail("paragraphs", "%d paragraphs, want %d", n, w.paragraphs)
	}
	if w.first != "" && (n == 0 || !strings.HasPrefix(a.Paragraphs[0], w.first)) {
		fail("first", "first paragraph %q, want it to begin %q", at(a.Paragraphs, 0), w.first)
	}
	if w.last != "" && (n == 0 || !strings.HasPrefix(a.Paragraphs[n-1], w.last)) {
		fail("last", "last paragraph %q, want it to begin %q", at(a.Paragraphs, n-1), w.last)
	}
	body := strings.Join(a.Paragraphs, "\n")
	for _, s := range w.with {
		if !strings.Contains(body, s) {
			fail("with", "body lacks %q", s)
		}
	}
	for _, s := range w.without {
		if strings.Contains(body, s) {
			fail("without", "body holds chrome %q", s)
		}
	}
	for prefix, kind := range w.kinds {
		found := false
		for i, p := range a.Paragraphs {
			if strings.HasPrefix(p, prefix) {
				found = true
				if got := a.KindOf(i); got != kind {
					fail("kinds", "block %q is %q, want %q", prefix, got, kind)
				}
			}
		}
		if !found {
			fail("kinds", "no block begins %q", prefix)
		}
	}
	// A known-wrong field that comes out right must leave the list, so the
	// list only ever names what is wrong now.
	for field := range w.knownWrong {
		if !failed[field] {
			t.Errorf("%s is now right: remove it from knownWrong", field)
		}
	}
}

func at(s []string, i int) string {
	if i < 0 || i >= len(s) {
		return ""
	}
	return s[i]
}
