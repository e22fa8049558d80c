package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

var testNow = time.Date(2025, 10, 20, 12, 0, 0, 0, time.UTC)

// goodBody is an ordinary article body, long enough for every minimum.
var goodBody = []string{
	"WASHINGTON — The city council voted on Tuesday to extend the bus network to the northern suburbs, ending a debate that had lasted more than two years.",
	"The plan adds four routes and about 60 new stops. Officials said the first buses would run in the spring, once drivers have been hired and trained.",
	"Residents of the suburbs, who had petitioned for the change, welcomed the vote. Several business owners said the routes would bring customers.",
}

func goodArticle() *Article {
	return &Article{
		Headline:   "Council votes to extend bus network to northern suburbs",
		Byline:     "By Jane Doe",
		Timestamp:  "2025-10-18T07:46:00",
		Paragraphs: slices.Clone(goodBody),
		SiteName:   "Example Daily",
		URL:        "https://www.exampledaily.co.uk/news/bus-network",
	}
}

func rulesOf(fs []Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}

func TestGoodArticlePasses(t *testing.T) {
	if fs := (Rules{Now: testNow}).Validate(goodArticle()); len(fs) != 0 {
		t.Fatalf("good article has findings: %+v", fs)
	}
}

func TestRulesPerField(t *testing.T) {
	tests := []struct {
		name  string
		rules Rules
		edit  func(a *Article)
		want  []string // rule ids expected, in catalogue order
	}{
		{"no body", Rules{}, func(a *Article) { a.Paragraphs = nil }, []string{RuleRequiredField}},
		{"blank body", Rules{}, func(a *Article) { a.Paragraphs = []string{" ", ""} }, []string{RuleRequiredField}},
		{"no headline", Rules{}, func(a *Article) { a.Headline = "  " }, []string{RuleRequiredField}},
		{"byline required", Rules{Require: []string{"headline", "byline", "timestamp"}}, func(a *Article) { a.Byline, a.Timestamp = "", "" }, []string{RuleRequiredField, RuleRequiredField}},
		{"nothing required", Rules{Require: []string{}, MinWords: -1, MinParagraphs: -1}, func(a *Article) { a.Headline, a.Paragraphs = "", nil }, nil},
		{"body not required but short", Rules{Require: []string{"headline"}}, func(a *Article) { a.Paragraphs = nil }, []string{RuleMinWords, RuleMinParagraphs}},
		{"few words", Rules{}, func(a *Article) { a.Paragraphs = []string{"Too short to be an article."} }, []string{RuleMinWords}},
		{"min words raised", Rules{MinWords: 200}, nil, []string{RuleMinWords}},
		{"min words off", Rules{MinWords: -1}, func(a *Article) { a.Paragraphs = []string{"Short."} }, nil},
		{"min paragraphs", Rules{MinParagraphs: 4}, nil, []string{RuleMinParagraphs}},
		{"CJK words count per character", Rules{}, func(a *Article) {
			a.Paragraphs = []string{"新华社华盛顿10月17日电美国总统特朗普17日表示他将与俄罗斯总统普京在匈牙利首都布达佩斯举行会晤双方就此达成一致"}
		}, nil},
		{"timestamp unparseable", Rules{}, func(a *Article) { a.Timestamp = "yesterday" }, []string{RuleTimestampUnparseable}},
		{"timestamp US date", Rules{}, func(a *Article) { a.Timestamp = "10/18/2025" }, []string{RuleTimestampUnparseable}},
		{"timestamp zoned ok", Rules{}, func(a *Article) { a.Timestamp = "2025-10-18T07:46:00+08:00" }, nil},
		{"timestamp Z ok", Rules{}, func(a *Article) { a.Timestamp = "2025-10-18T07:46:00.123Z" }, nil},
		{"date only ok", Rules{}, func(a *Article) { a.Timestamp = "2025-10-18" }, nil},
		{"date today ok", Rules{}, func(a *Article) { a.Timestamp = "2025-10-20" }, nil},
		{"local time later today ok", Rules{}, func(a *Article) { a.Timestamp = "2025-10-20T23:30:00" }, nil},
		{"future", Rules{}, func(a *Article) { a.Timestamp = "2025-10-22" }, []string{RuleTimestampFuture}},
		{"future zoned", Rules{}, func(a *Article) { a.Timestamp = "2025-10-20T13:00:00Z" }, []string{RuleTimestampFuture}},
		{"modified future", Rules{}, func(a *Article) { a.Modified = "2031-01-01T00:00:00Z" }, []string{RuleTimestampFuture}},
		{"too old", Rules{}, func(a *Article) { a.Timestamp = "1970-01-01T00:00:00Z" }, []string{RuleTimestampTooOld}},
		{"floor lowered", Rules{FloorYear: 1900}, func(a *Article) { a.Timestamp = "1970-01-01" }, nil},
		{"headline punctuation", Rules{}, func(a *Article) { a.Headline = " | — " }, []string{RuleHeadlineEmpty}},
		{"headline is site name", Rules{}, func(a *Article) { a.Headline = "Example Daily" }, []string{RuleHeadlineSiteName}},
		{"headline is host label", Rules{}, func(a *Article) { a.Headline, a.SiteName = "ExampleDaily", "" }, []string{RuleHeadlineSiteName}},
		{"headline with site name is fine", Rules{}, func(a *Article) { a.Headline = "Example Daily wins press award" }, nil},
		{"headline generic", Rules{}, func(a *Article) { a.Headline = "404 Not Found" }, []string{RuleHeadlineGeneric}},
		{"headline just a moment", Rules{}, func(a *Article) { a.Headline = "Just a moment..." }, []string{RuleHeadlineGeneric}},
		{"headline access denied", Rules{}, func(a *Article) { a.Headline = "Access Denied" }, []string{RuleHeadlineGeneric}},
		{"headline home with site", Rules{}, func(a *Article) { a.Headline = "Home | Example Daily" }, []string{RuleHeadlineGeneric}},
		{"headline startseite", Rules{}, func(a *Article) { a.Headline = "Startseite" }, []string{RuleHeadlineGeneric}},
		{"headline page not found with site", Rules{}, func(a *Article) { a.Headline = "Page not found – Example Daily" }, []string{RuleHeadlineGeneric}},
		{"headline with colon is fine", Rules{}, func(a *Article) { a.Headline = "Home: the new normal for office workers" }, nil},
		{"headline mentioning error is fine", Rules{}, func(a *Article) { a.Headline = "Error in ballot count delays result" }, nil},
		{"headline too long", Rules{}, func(a *Article) { a.Headline = strings.Repeat("word ", 45) }, []string{RuleHeadlineTooLong}},
		{"headline CJK normal", Rules{}, func(a *Article) { a.Headline = "特朗普称将在匈牙利与普京会面" }, nil},
		{"headline CJK paragraph", Rules{}, func(a *Article) { a.Headline = strings.Repeat("特朗普称将在匈牙利与普京会面", 7) }, []string{RuleHeadlineTooLong}},
		{"severity off", Rules{Severity: map[string]Severity{RuleRequiredField: SeverityOff}}, func(a *Article) { a.Headline = "" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := goodArticle()
			if tt.edit != nil {
				tt.edit(a)
			}
			r := tt.rules
			r.Now = testNow
			got := rulesOf(r.Validate(a))
			if !slices.Equal(got, tt.want) {
				t.Errorf("rules = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSeverityOverride(t *testing.T) {
	a := goodArticle()
	a.Timestamp = "1980-05-01"
	r := Rules{Now: testNow, Severity: map[string]Severity{RuleTimestampTooOld: SeverityWarning}}
	fs := r.Validate(a)
	if len(fs) != 1 || fs[0].Severity != SeverityWarning {
		t.Fatalf("findings = %+v, want one warning", fs)
	}
	if fs := (Rules{Now: testNow}).Validate(a); len(fs) != 1 || fs[0].Severity != SeverityError {
		t.Fatalf("default findings = %+v, want one error", fs)
	}
}

func TestRulesCheck(t *testing.T) {
	bad := []Rules{
		{Require: []string{"title"}},
		{Severity: map[string]Severity{"no-such-rule": SeverityOff}},
		{Severity: map[string]Severity{RuleMinWords: "fatal"}},
		{NearDuplicate: 1.5},
	}
	for _, r := range bad {
		if err := r.Check(); err == nil {
			t.Errorf("Check(%+v) = nil, want an error", r)
		}
	}
	if err := DefaultRules().Check(); err != nil {
		t.Errorf("DefaultRules().Check() = %v", err)
	}
	if err := (Rules{}).Check(); err != nil {
		t.Errorf("Rules{}.Check() = %v", err)
	}
}

func TestZeroRulesAreDefaults(t *testing.T) {
	if got, want := (Rules{}).resolved(), DefaultRules(); !slices.Equal(got.Require, want.Require) ||
		got.MinWords != want.MinWords || got.MinParagraphs != want.MinParagraphs ||
		got.FloorYear != want.FloorYear || got.MaxHeadlineWords != want.MaxHeadlineWords ||
		got.NearDuplicate != want.NearDuplicate {
		t.Errorf("zero rules resolve to %+v, want %+v", got, want)
	}
}

func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range AllRules() {
		if seen[r.ID] {
			t.Errorf("rule %s listed twice", r.ID)
		}
		seen[r.ID] = true
		if r.Severity != SeverityError && r.Severity != SeverityWarning {
			t.Errorf("rule %s has default severity %q", r.ID, r.Severity)
		}
		if r.Summary == "" {
			t.Errorf("rule %s has no summary", r.ID)
		}
	}
}

// chromeCases: paragraphs each family must flag, in the corpus languages.
var chromeCases = map[string][]string{
	RuleChromeCookie: {
		"We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
		"This website uses cookies. Accept all cookies",
		"Cookie settings",
		"Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
		"Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung von Cookies zu.",
		"Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
		"Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
		"Questo sito utilizza cookie tecnici e di profilazione.",
		"Este site utiliza cookies para melhorar a sua experiência.",
		"Deze website gebruikt cookies om je ervaring te verbeteren.",
		"Ta strona używa plików cookie. Dowiedz się więcej.",
		"Мы используем файлы cookie, чтобы сайт работал лучше.",
		"本网站使用cookie以改善您的浏览体验。",
		"当サイトではクッキーを使用しています。",
		"Enable or Disable Cookies If you disable this cookie, we will not be able to save your preferences.",
	},
	RuleChromeNewsletter: {
		"Sign up for our newsletter to get the best stories delivered to your inbox.",
		"Receive our monthly newsletter",
		"Unser kostenloser Newsletter informiert Sie über unsere neuesten Beiträge.",
		"Newsletter",
		"Inscrivez-vous à notre newsletter",
		"Suscríbete a nuestro boletín",
		"Iscriviti alla newsletter",
		"Assine nossa newsletter",
		"Schrijf je in voor onze nieuwsbrief",
		"Zapraszamy też do subskrypcji naszego newslettera.",
		"Подпишитесь на нашу рассылку",
		"No spam, we promise. Unsubscribe at any time.",
	},
	RuleChromeShare: {
		"Share",
		"Share this article",
		"Share on Facebook",
		"Facebook Twitter WhatsApp Email",
		"Teilen",
		"Beitrag teilen",
		"Partager sur Facebook",
		"Compartir en Twitter",
		"Condividi su Facebook",
		"Udostępnij",
		"Поделиться",
		"分享到微博",
		"Share to Facebook",
	},
	RuleChromeCopyright: {
		"© 2024 Example Media Group. All rights reserved.",
		"Copyright 2023 The Example Times",
		"Copyright © Example Ltd",
		"(c) 2019 Example GmbH",
		"Alle Rechte vorbehalten.",
		"Tous droits réservés",
		"Todos los derechos reservados.",
		"Wszelkie prawa zastrzeżone.",
		"Все права защищены.",
		"版权所有 © 新华网",
		"Foto: © dpa",
		"Reproduction of material from any Example pages without written permission is strictly prohibited.",
		"This work is licensed under a Creative Commons Attribution 4.0 International License.",
	},
	RuleChromeRelated: {
		"Related",
		"Related Articles",
		"Most Popular",
		"You might also like:",
		"Read more: Recognizing Germany's colonial crimes",
		"Das könnte Sie auch interessieren!",
		"Lesen Sie auch: Wie die Stadt das Problem lösen will",
		"Verwandte Beiträge",
		"Meist gelesene Beiträge",
		"À lire aussi : la réforme des retraites",
		"Lo más leído",
		"Temas relacionados",
		"Leggi anche: il governo approva la manovra",
		"Leia também",
		"Lees ook: kabinet valt",
		"Czytaj też: Rząd przyjął projekt",
		"Читайте также: правительство одобрило",
		"相关新闻",
		"関連記事",
	},
	RuleChromePaywall: {
		"Subscribe to continue reading.",
		"You have 4 free articles left this month",
		"Already a subscriber? Sign in",
		"Immediate online access to all issues from 2019.",
		"Kostenlos registrieren und weiterlesen",
		"Dieser Artikel ist nur für Abonnenten verfügbar.",
		"Cet article est réservé aux abonnés.",
		"Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
		"Contenuto riservato agli abbonati",
		"Conteúdo exclusivo para assinantes",
		"Ben je al abonnee? Log in",
		"Treść dostępna tylko dla subskrybentów.",
		"Материал доступен только для подписчиков.",
		"この記事は有料会員限定です。",
	},
}

func TestChromeFlags(t *testing.T) {
	for rule, paras := range chromeCases {
		for _, p := range paras {
			if got := ChromeRules(p); !slices.Contains(got, rule) {
				t.Errorf("%s: ChromeRules(%q) = %v, want it to include %s", rule, p, got, rule)
			}
		}
	}
}

// bodyParagraphs are article paragraphs that mention what chrome mentions
// and must not be flagged.
var bodyParagraphs = []string{
	"Preheat the oven to 180C. Bake the cookies for 12 minutes, until the edges are golden, then let them cool on a rack before you share them.",
	"Cookies are small files that websites store on a visitor's computer. The court ruled on Tuesday that the use of cookies for advertising requires the consent of the user, a decision that privacy groups welcomed and that publishers said would cost them revenue.",
	"Shares of the company rose 4% on Tuesday after it reported better-than-expected earnings. Investors had feared that the market share it lost last year would not come back.",
	"The band will share the stage with three other acts at the festival on Saturday.",
	"Copyright law in the European Union was overhauled in 2019, and the directive took effect in member states over the following two years.",
	"She said she would subscribe to any plan that cut emissions, but warned that the newsletter the ministry published had overstated its effects.",
	"Related to the earlier case, the prosecutor filed a second indictment on Friday.",
	"Die Plätzchen werden 12 Minuten gebacken. Wer mag, teilt sie mit den Nachbarn und verschenkt sie in einer Dose.",
	"Die Aktie des Unternehmens stieg am Dienstag um vier Prozent, nachdem es bessere Zahlen als erwartet vorgelegt hatte.",
	"Le gouvernement a annoncé mardi un plan de relance de 30 milliards d'euros, dont la moitié sera consacrée à la transition écologique.",
	"S'il vous reste des questions, le ministère a ouvert une ligne téléphonique gratuite.",
	"La receta es sencilla: mezclar la harina con el azúcar y hornear las galletas durante quince minutos.",
	"Il governo ha approvato la manovra, che ora passa al Parlamento per l'esame definitivo.",
	"Most popular among young voters was the promise to cut tuition fees, the survey found.",
	"Read more about the history of the bridge in the city archive, which opens its collection to the public next month.",
	"Facebook and Twitter both said they had removed the accounts after the report was published on Monday.",
	"Полиция задержала двух подозреваемых в Москве в пятницу вечером.",
	"美国总统特朗普17日表示，他将与俄罗斯总统普京在匈牙利首都布达佩斯举行会晤。",
	"«L'ÉTÉ» est le titre du nouveau film, qui sort en salles cette semaine.",
	"The photographer, whose copyright was infringed, said she had not been asked for permission.",
	"Print editions will cease at the end of the year, the publisher said, while the website will continue.",
}

func TestChromeFalsePositives(t *testing.T) {
	for _, p := range bodyParagraphs {
		if got := ChromeRules(p); len(got) != 0 {
			t.Errorf("ChromeRules(%q) = %v, want none: a body paragraph", p, got)
		}
	}
}

func TestChromeFindingPerRule(t *testing.T) {
	a := goodArticle()
	a.Paragraphs = append(a.Paragraphs, "Share", "We use cookies to improve your experience.", "Share on Facebook", "© 2024 Example Media")
	fs := (Rules{Now: testNow}).Validate(a)
	got := rulesOf(fs)
	want := []string{RuleChromeCookie, RuleChromeShare, RuleChromeCopyright}
	if !slices.Equal(got, want) {
		t.Fatalf("rules = %v, want %v", got, want)
	}
	for _, f := range fs {
		if f.Rule == RuleChromeShare && (f.Paragraph != 4 || !strings.Contains(f.Message, "2 paragraphs")) {
			t.Errorf("share finding = %+v, want first paragraph 4 and a count of 2", f)
		}
		if f.Severity != SeverityWarning {
			t.Errorf("chrome finding %s has severity %s, want warning", f.Rule, f.Severity)
		}
	}
}

func TestCodeBlocksAreNotChrome(t *testing.T) {
	a := goodArticle()
	a.Paragraphs = append(a.Paragraphs, "© 2024 Example")
	a.Kinds = []Kind{"p", "p", "p", KindCode}
	if fs := (Rules{Now: testNow}).Validate(a); len(fs) != 0 {
		t.Errorf("findings = %+v, want none for a code block", fs)
	}
}

func TestEncoding(t *testing.T) {
	tests := []struct {
		text string
		want string // rule id or ""
	}{
		{"Le cafÃ© est fermÃ© aujourd'hui.", RuleEncodingMojibake},
		{"It didnâ€™t matter.", RuleEncodingMojibake},
		{"Die StÃ¤dte wachsen.", RuleEncodingMojibake},
		{"ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", RuleEncodingMojibake},                  // Russian read as Windows-1252
		{"РџСЂРёРІРµС‚ РјРёСЂ, РєР°Рє РґРµР»Р°", RuleEncodingMojibake}, // Russian read as Windows-1251
		{"ä¸­æ–‡æ–°é—»", RuleEncodingMojibake},                         // Chinese read as Windows-1252
		{"Price:Â\u00a020 euros", RuleEncodingMojibake},
		{"The city lost � of its budget.", RuleEncodingReplacement},
		// Real text in the languages the patterns come from.
		{"Le café est fermé aujourd'hui, à cause de la grève.", ""},
		{"Die Städte wachsen, München und Köln vorneweg.", ""},
		{"São Paulo e Brasília: NÃO à reforma, dizem os manifestantes.", ""},
		{"«L'ÉTÉ» et «L'HIVER» sont deux films.", ""},
		{"Привет, мир! Сегодня «ЧАС» и «РАС» — названия.", ""},
		{"СССР и США подписали договор.", ""},
		{"Zażółć gęślą jaźń. Łódź, Kraków.", ""},
		{"北京时间10月18日，中国新闻。", ""},
		{"ÆØÅ er danske bogstaver, og Ærø er en ø.", ""},
	}
	for _, tt := range tests {
		a := goodArticle()
		a.Paragraphs = append(a.Paragraphs, tt.text)
		got := rulesOf((Rules{Now: testNow}).Validate(a))
		var want []string
		if tt.want != "" {
			want = []string{tt.want}
		}
		if !slices.Equal(got, want) {
			a1, b1 := mojibakeScore(tt.text)
			t.Errorf("%q: rules = %v, want %v (scores %d, %d)", tt.text, got, want, a1, b1)
		}
	}
}

func TestEncodingInHeadline(t *testing.T) {
	a := goodArticle()
	a.Headline = "RÃ©forme des retraites"
	fs := (Rules{Now: testNow}).Validate(a)
	if len(fs) != 1 || fs[0].Rule != RuleEncodingMojibake || fs[0].Field != "headline" {
		t.Fatalf("findings = %+v, want mojibake in headline", fs)
	}
}

func longBody(seed int, n int) []string {
	// A deterministic body of n sentences, different for each seed.
	var ps []string
	words := []string{"council", "river", "bridge", "budget", "school", "mayor", "vote", "plan", "road", "park",
		"train", "market", "winter", "police", "court", "museum", "harbour", "festival", "hospital", "library"}
	x := uint64(seed*7919 + 1)
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j := 0; j < 12; j++ {
			x = mix64(x)
			b.WriteString(words[x%uint64(len(words))])
			b.WriteByte(' ')
		}
		ps = append(ps, strings.TrimSpace(b.String())+".")
	}
	return ps
}

func TestArchiveDuplicates(t *testing.T) {
	r := Rules{Now: testNow}
	x := NewArchive(r)
	a := &Article{Headline: "A", Paragraphs: longBody(1, 20)}
	b := &Article{Headline: "B", Paragraphs: longBody(2, 20)}
	if fs := x.Add("a.html", "", a); len(fs) != 0 {
		t.Fatalf("first page: %+v", fs)
	}
	if fs := x.Add("b.html", "", b); len(fs) != 0 {
		t.Fatalf("different page: %+v", fs)
	}
	// The same body with other white space and case is a duplicate.
	same := &Article{Paragraphs: []string{strings.ToUpper(strings.Join(a.Paragraphs, "  "))}}
	fs := x.Add("a-copy.html", "", same)
	if got := rulesOf(fs); !slices.Equal(got, []string{RuleDuplicateBody}) || !strings.Contains(fs[0].Message, "a.html") {
		t.Fatalf("exact copy: %+v", fs)
	}
	// One paragraph changed out of twenty: nearly the same.
	near := slices.Clone(b.Paragraphs)
	near[10] = "A new paragraph that was not there before replaces one of the old ones."
	fs = x.Add("b-edit.html", "", &Article{Paragraphs: near})
	if got := rulesOf(fs); !slices.Equal(got, []string{RuleNearDuplicateBody}) || !strings.Contains(fs[0].Message, "b.html") {
		t.Fatalf("near copy: %+v", fs)
	}
	// Half the body changed: not a near duplicate.
	half := append(slices.Clone(a.Paragraphs[:10]), longBody(3, 10)...)
	if fs := x.Add("half.html", "", &Article{Paragraphs: half}); len(fs) != 0 {
		t.Fatalf("half copy: %+v", fs)
	}
	// Short bodies are min-words' business.
	x.Add("short1.html", "", &Article{Paragraphs: []string{"Access denied"}})
	if fs := x.Add("short2.html", "", &Article{Paragraphs: []string{"Access denied"}}); len(fs) != 0 {
		t.Fatalf("short duplicate: %+v", fs)
	}
}

func TestArchiveURLConflict(t *testing.T) {
	x := NewArchive(Rules{})
	u := "https://example.org/news/1"
	x.Add("crawl.warc#1", u, &Article{Paragraphs: longBody(1, 10)})
	if fs := x.Add("crawl.warc#2", u+"#top", &Article{Paragraphs: longBody(1, 10)}); slices.Contains(rulesOf(fs), RuleWARCURLConflict) {
		t.Fatalf("same URL, same body: %+v", fs)
	}
	fs := x.Add("crawl.warc#3", u, &Article{Paragraphs: longBody(5, 10)})
	if got := rulesOf(fs); !slices.Equal(got, []string{RuleWARCURLConflict}) || !strings.Contains(fs[0].Message, "crawl.warc#1") {
		t.Fatalf("same URL, other body: %+v", fs)
	}
	// The Article's own url field is not a fetch URL.
	y := NewArchive(Rules{})
	y.Add("a.html", "", &Article{URL: u, Paragraphs: longBody(1, 10)})
	if fs := y.Add("b.html", "", &Article{URL: u, Paragraphs: longBody(2, 10)}); len(fs) != 0 {
		t.Fatalf("canonical url: %+v", fs)
	}
}

func TestArchiveRulesOff(t *testing.T) {
	x := NewArchive(Rules{Severity: map[string]Severity{RuleDuplicateBody: SeverityOff}})
	a := &Article{Paragraphs: longBody(1, 10)}
	x.Add("a", "", a)
	if fs := x.Add("b", "", a); len(fs) != 0 {
		t.Fatalf("duplicate-body off: %+v", fs)
	}
}

func TestArchiveManyPages(t *testing.T) {
	// Many distinct pages: no false duplicates, and Add stays cheap.
	x := NewArchive(Rules{})
	for i := 0; i < 2000; i++ {
		if fs := x.Add(fmt.Sprint(i), "", &Article{Paragraphs: longBody(i+10, 6)}); len(fs) != 0 {
			t.Fatalf("page %d: %+v", i, fs)
		}
	}
}

func TestParseTimestamp(t *testing.T) {
	for _, s := range []string{"2025-10-18", "2025-10-18T07:46", "2025-10-18T07:46:00",
		"2025-10-18T07:46:00+08:00", "2025-10-18T07:46:00Z", "2025-10-18T07:46:00.5-05:00"} {
		if _, _, err := ParseTimestamp(s); err != nil {
			t.Errorf("ParseTimestamp(%q): %v", s, err)
		}
	}
	for _, s := range []string{"18.10.2025", "Oct 18, 2025", "2025-13-01", "2025-10-18T25:00", "now", "2025-10", "2025-10-18 07:46:00"} {
		if _, _, err := ParseTimestamp(s); err == nil {
			t.Errorf("ParseTimestamp(%q) = nil error", s)
		}
	}
}

func TestHostLabel(t *testing.T) {
	for u, want := range map[string]string{
		"https://www.example.co.uk/a": "example",
		"https://news.example.com/a":  "example",
		"http://example.de":           "example",
		"https://example.com.br/x?y":  "example",
		"not a url":                   "",
	} {
		if got := hostLabel(u); got != want {
			t.Errorf("hostLabel(%q) = %q, want %q", u, got, want)
		}
	}
}

func TestDecodeArticleJSON(t *testing.T) {
	good := `{"headline":"H","dek":"","byline":"","timestamp":"2025-10-18T07:46:00+08:00","paragraphs":["a","b"],"kinds":["p","h"],"source":{"format":"html"}}`
	a, probs, err := DecodeArticleJSON([]byte(good))
	if err != nil || len(probs) != 0 || a.Headline != "H" || len(a.Paragraphs) != 2 {
		t.Fatalf("good record: %+v %v %v", a, probs, err)
	}
	tests := []struct{ json, want string }{
		{`{"headline":"H","byline":"","timestamp":"","paragraphs":[]}`, "lacks required field dek"},
		{`{"headline":1,"dek":"","byline":"","timestamp":"","paragraphs":[]}`, "headline is a number, want a string"},
		{`{"headline":"H","dek":"","byline":"","timestamp":"","paragraphs":"text"}`, "paragraphs is a string, want an array"},
		{`{"headline":"H","dek":"","byline":"","timestamp":"","paragraphs":[1]}`, "paragraphs[0] is a number"},
		{`{"headline":"H","dek":"","byline":"","timestamp":"18.10.2025","paragraphs":[]}`, "does not match the pattern"},
		{`{"headline":"H","dek":"","byline":"","timestamp":"","paragraphs":[],"title":"x"}`, "unknown field title"},
		{`{"headline":"H","dek":"","byline":"","timestamp":"","paragraphs":[],"source":{"format":"pdf"}}`, "source.format is \"pdf\""},
	}
	for _, tt := range tests {
		a, probs, err := DecodeArticleJSON([]byte(tt.json))
		if err != nil || a == nil {
			t.Errorf("%s: %v", tt.json, err)
			continue
		}
		if len(probs) != 1 || !strings.Contains(probs[0], tt.want) {
			t.Errorf("%s: problems %q, want one containing %q", tt.json, probs, tt.want)
		}
	}
	// A wrongly typed field does not hide the others from the rules.
	a, _, _ = DecodeArticleJSON([]byte(`{"headline":1,"dek":"","byline":"","timestamp":"","paragraphs":["kept"]}`))
	if len(a.Paragraphs) != 1 {
		t.Errorf("paragraphs lost when headline has the wrong type: %+v", a)
	}
	for _, bad := range []string{`[1,2]`, `nope`, `"s"`} {
		if _, _, err := DecodeArticleJSON([]byte(bad)); err == nil {
			t.Errorf("DecodeArticleJSON(%s) = nil error", bad)
		}
	}
}

// Verdicts found wrong on real pages, kept as regressions.
func TestRealPageRegressions(t *testing.T) {
	for _, h := range []string{
		"EFC Bayrische Bembel Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News",
		"News - Site Update - Leseprobe Band 14 / Kapitel 121 - Love Hina",
	} {
		if isGenericTitle(h) {
			t.Errorf("isGenericTitle(%q) = true", h)
		}
	}
	for _, p := range []string{
		"„Ich kann mir nicht vorstellen, dass Herr Weiß den Deutschland-Kurier verteilen ließ“, schreibt Keuter. Er könne sich nicht vorstellen, „dass sich ein Parteimitglied instrumentalisieren ließ“.",
		"Die massiven Aus\u00adweitung der Maß\u00adnahmen in den fünf Ländern. Groß\u00advä\u00adter und groß\u00advä\u00adterliche Freunde.",
	} {
		if isMojibake(p) {
			a, b := mojibakeScore(p)
			t.Errorf("isMojibake(%q) = true (%d, %d)", p, a, b)
		}
	}
	if isMojibake("Vorraussetzung: SayunÂ´s Request 1 Quest muss beendet sein.") == false {
		t.Error("Â´ not seen as mojibake")
	}
	if got := ChromeRules("Nach dem Motto – “some rights reserved” (einige Rechte vorbehalten) – stehen die Inhalte allen offen."); len(got) != 0 {
		t.Errorf("quoted licence phrase flagged: %v", got)
	}
	if got := ChromeRules("Empfehlungen"); len(got) != 0 {
		t.Errorf("a subheading flagged: %v", got)
	}
}
