package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-dev/extract/internal/model"
)

// seedText finds the seed page: the fixture in testdata when the team has
// copied it there, else the shared seed beside the module.
func seedText(t *testing.T) string {
	t.Helper()
	for _, p := range []string{
		filepath.Join("..", "..", "testdata", "pages", "seed.txt"),
		filepath.Join("..", "..", "..", "shared", "seeds", "000_50b89fdf07e30226.txt"),
		"/work/shared/seeds/000_50b89fdf07e30226.txt",
	} {
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	t.Skip("seed page not found: neither testdata/pages/seed.txt nor ../shared/seeds/000_50b89fdf07e30226.txt")
	return ""
}

// candValues returns the values of the candidates for field f, in order.
func candValues(p *page, f field) []string {
	var out []string
	for _, c := range p.cands {
		if c.field == f {
			out = append(out, c.value)
		}
	}
	return out
}

func TestReadTextSeed(t *testing.T) {
	p, err := readText(seedText(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.blocks) != 22 {
		for i, b := range p.blocks {
			t.Logf("block %d: %.70s", i, b.text)
		}
		t.Fatalf("got %d blocks, want 22", len(p.blocks))
	}
	if !strings.HasPrefix(p.blocks[0].text, "WASHINGTON — US President Donald Trump said") {
		t.Errorf("first block = %.60q", p.blocks[0].text)
	}
	if !strings.HasSuffix(p.blocks[21].text, "an oil refinery in the Saratov region on Thursday.") {
		t.Errorf("last block = ...%q", p.blocks[21].text[max(0, len(p.blocks[21].text)-60):])
	}
	for i, b := range p.blocks {
		if b.kind != model.KindParagraph {
			t.Errorf("block %d kind %q, want p", i, b.kind)
		}
		for _, chrome := range []string{"Share", "Most Viewed", "Copyright", "Registration", "BACK TO THE TOP"} {
			if strings.HasPrefix(b.text, chrome) {
				t.Errorf("block %d is chrome: %q", i, b.text)
			}
		}
	}
	want := map[field]string{
		fieldHeadline:  "Trump says to meet Putin in Hungary",
		fieldDek:       "Summit expected in Budapest as Washington touts diplomatic gains",
		fieldPublished: "2025-10-18T07:46:00",
		fieldModified:  "2025-10-18T07:46:00",
		fieldSection:   "World / Americas",
		fieldDateline:  "WASHINGTON",
	}
	for f, w := range want {
		got := candValues(p, f)
		if len(got) == 0 || got[0] != w {
			t.Errorf("field %d: got %q, want first %q", f, got, w)
		}
	}
	// The credit comes from the shared byline reader; check it when that
	// reader knows agencies.
	if isByline("XINHUA") {
		if got := candValues(p, fieldByline); len(got) == 0 || got[0] != "XINHUA" {
			t.Errorf("byline: got %q, want XINHUA", got)
		}
	}
	for _, c := range p.cands {
		if c.origin != originVisible {
			t.Errorf("candidate %d %q has origin %d, want visible", c.field, c.value, c.origin)
		}
	}
}

func TestReadTextEmpty(t *testing.T) {
	for _, s := range []string{"", "\n\n\n", "   \n\t\n", "Home\nNews\nSport\n"} {
		p, err := readText(s, Options{})
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if len(p.blocks) != 0 {
			t.Errorf("%q: got blocks %v", s, p.blocks)
		}
	}
}

// TestReadTextChrome builds a page around a body and checks that each
// kind of chrome stays out while the body stays whole.
func TestReadTextChrome(t *testing.T) {
	body := []string{
		"The council voted on Tuesday to rebuild the old bridge over the river, a project that has been discussed for more than a decade and that residents of both banks have asked for in several petitions.",
		"Work is expected to start in the spring and to last about two years, during which a ferry will carry pedestrians and cyclists across the water at no charge.",
		"Advertisement",
		"The mayor said the cost would be shared with the regional government, and that the contract would be awarded after an open tender in which local firms could take part.",
		"Opponents of the plan said the money would be better spent on schools, but they were outvoted by a wide margin when the matter came to the floor late in the evening.",
	}
	page := strings.Join([]string{
		"Global EditionASIA 中文双语Français",
		"Home\nNews\nSport\nCulture\nWeather",
		"Home / News / Local",
		"",
		"Council approves new bridge",
		"",
		"By Jane Doe | Updated: March 3, 2024 10:15",
		"Share\nTweet\nEmail",
		"",
		strings.Join(body, "\n\n"),
		"",
		"Most Read",
		"Storm closes schools across the region",
		"Local team wins the cup",
		"© 2024 Example Media. All rights reserved.",
		"Back to top",
	}, "\n")
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range p.blocks {
		got = append(got, b.text)
	}
	want := []string{body[0], body[1], body[3], body[4]}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if h := candValues(p, fieldHeadline); len(h) == 0 || h[0] != "Council approves new bridge" {
		t.Errorf("headline %q", h)
	}
	if s := candValues(p, fieldSection); len(s) == 0 || s[0] != "News / Local" {
		t.Errorf("section %q", s)
	}
	if d := candValues(p, fieldModified); len(d) == 0 || !strings.HasPrefix(d[0], "2024-03-03") {
		t.Errorf("modified %q", d)
	}
}

func TestTextDateline(t *testing.T) {
	for in, want := range map[string]string{
		"WASHINGTON — US President Donald Trump said on Thursday":  "WASHINGTON",
		"(AP) HONOLULU - A $2.2 million expedition that hoped":     "HONOLULU",
		"CLEVELAND/CHICAGO, USA - President Barack Obama and":      "CLEVELAND/CHICAGO",
		"BERLIN (dpa) – Die Bundesregierung hat am Montag":         "BERLIN",
		"The council voted — after a long debate — to rebuild it.": "",
		"Trump said the two countries agreed to hold a meeting.":   "",
	} {
		if got := textDateline(in); got != want {
			t.Errorf("textDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextCrumbs(t *testing.T) {
	for in, want := range map[string]string{
		"Home / World / Americas":     "World / Americas",
		"Home › World ›":              "World",
		"Startseite » Politik » Bund": "Politik / Bund",
		"and / or":                    "",
		"Facebook | Twitter | Email | Print | Share | Save": "",
		"He said it was 50/50 / maybe.":                     "",
	} {
		if got := textCrumbs(in); got != want {
			t.Errorf("textCrumbs(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextLineFlags(t *testing.T) {
	for _, tc := range []struct {
		in     string
		boiler bool
	}{
		{"Global EditionASIA 中文双语Français", true},
		{"Share - WeChat", true},
		{"Facebook Twitter Email", true},
		{"Copyright 1995 - . All rights reserved. The content published in this site belongs to us.", true},
		{"Registration Number: 130349", true},
		{"Trump says to meet Putin in Hungary", false},
		{"The iPhone maker said on Monday that its McDonald's deal was off.", false},
	} {
		ls := textSplitLines(tc.in)
		ls[0].measure()
		ls[0].flag()
		if ls[0].boiler != tc.boiler {
			t.Errorf("%q: boiler %v, want %v", tc.in, ls[0].boiler, tc.boiler)
		}
	}
}

func TestTextFoldSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  a  b\t c ":      "a b c",
		"\u3000\u3000中文段落": "中文段落",
		"a\u00a0b":         "a b",
		"plain line":       "plain line",
		"soft\u00adhyphen": "softhyphen",
	} {
		if got := textFoldSpace(in); got != want {
			t.Errorf("textFoldSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

// textPage builds a page from its parts, one line each, "" for an empty
// line.
func textPage(parts ...string) string { return strings.Join(parts, "\n") }

func blockTexts(p *page) []string {
	var out []string
	for _, b := range p.blocks {
		out = append(out, b.text)
	}
	return out
}

var sampleProse = []string{
	"The museum reopened on Saturday after three years of work that rebuilt its roof, its galleries and the old reading room, which had been closed to the public since a fire in the winter of the flood.",
	"Visitors queued from early in the morning, and by noon the staff had counted more than four thousand people, many of whom had come from the villages along the coast to see the collection again.",
	"The director said that the new rooms would let the museum show parts of the collection that had been kept in storage for decades, among them the maps and the letters of the founders.",
}

func TestReadTextComments(t *testing.T) {
	page := textPage(
		"News", "Culture", "",
		"Museum reopens after three years", "",
		sampleProse[0], "", sampleProse[1], "", sampleProse[2], "",
		"12 Comments", "",
		"Anna Smith on March 3, 2024 at 10:15 am", "",
		"I was there on Saturday and it was wonderful to see the old reading room again after so many years; the new roof is beautiful and the staff were very kind to everyone in the queue.", "",
		"Reply", "",
		"Tom Brown on March 3, 2024 at 11:02 am", "",
		"The maps are the best part of the collection and it is good news that they will be shown again, although I hope the museum will also put them online for those of us who live far away.", "",
		"Reply", "",
		"Leave a Reply",
	)
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := blockTexts(p); strings.Join(got, "\n") != strings.Join(sampleProse, "\n") {
		t.Errorf("blocks:\n%s", strings.Join(got, "\n"))
	}
}

func TestReadTextCJK(t *testing.T) {
	page := textPage(
		"首页 新闻 国际 财经 体育 娱乐 科技",
		"河南81家上市公司已复工75家王毅会见越南副总理兼外长范平明290人涉疫情犯罪被检察机关提起公诉中国大陆高校再度领跑",
		"武汉的声音：有英勇的你，才有英雄的城！",
		"2020-02-19 20:29:58 来源： 半月谈",
		"微信", "微博", "",
		"　　在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。即便日常已改变了模样，但生活依然要继续。", "",
		"　　1月23日，武汉全面封闭离汉通道时，武汉三镇尚有900多万人口，其中不少人是满怀一年的期盼，千里迢迢、从四面八方回汉和亲人团聚。", "",
		"　　面对泰山压顶的疫情，有的人崩溃了，但更多的人挺住了。仓促接敌的医务人员，竭尽所能救治病患；志愿出车的司机师傅，不辞辛劳往来接送。", "",
		"关注我们",
		"新华社简介 公司官网 联系我们 版权声明 法律顾问 广告服务",
	)
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := blockTexts(p)
	if len(got) != 3 || !strings.HasPrefix(got[0], "在抗击") || !strings.HasPrefix(got[2], "面对泰山") {
		t.Errorf("blocks:\n%s", strings.Join(got, "\n"))
	}
	if h := candValues(p, fieldHeadline); len(h) == 0 || h[0] != "武汉的声音：有英勇的你，才有英雄的城！" {
		t.Errorf("headline %q", h)
	}
	if d := candValues(p, fieldPublished); len(d) == 0 || !strings.HasPrefix(d[0], "2020-02-19") {
		t.Errorf("published %q", d)
	}
}

func TestReadTextKinds(t *testing.T) {
	page := textPage(
		"Home", "Recipes", "",
		"Almond biscuits", "",
		"These biscuits keep for weeks in a tin and are the first thing we bake when the evenings get long; the dough is quick to make and the children like to cut out the shapes.", "",
		"Ingredients:",
		"300 g flour",
		"200 g sugar",
		"100 g ground almonds",
		"1 egg", "",
		"How to bake them", "",
		"Put everything in a bowl and knead it into a smooth dough, then roll it out on a floured board and cut out the shapes you like before laying them on a tray lined with paper.", "",
		"Bake them in the middle of the oven for about fifteen minutes, until they are golden, and let them cool on a rack before you put them away in the tin.",
	)
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]model.Kind{}
	for _, b := range p.blocks {
		kinds[b.text] = b.kind
	}
	for text, want := range map[string]model.Kind{
		"200 g sugar":      model.KindItem,
		"1 egg":            model.KindItem,
		"How to bake them": model.KindHeading,
	} {
		if got, ok := kinds[text]; !ok || got != want {
			t.Errorf("%q: kind %q (present %v), want %q", text, got, ok, want)
		}
	}
}

func TestTextHasYear(t *testing.T) {
	for in, want := range map[string]bool{
		"October 18, 2025": true, "2025-10-18": true, "18.10.1999": true,
		"12345 users": false, "202219. Dezember": true, "Room 2025b": true, "phone 020 1234": false, "": false,
		"19.10.19, 08:16 Uhr": true, "11/08/23 5:19pm": true, "1.2.345": false, "v1.2.3": false,
	} {
		if got := textHasYear(in); got != want {
			t.Errorf("textHasYear(%q) = %v, want %v", in, got, want)
		}
	}
}
