package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// bylineGateSamples are credit lines and other lines in many languages.
var bylineGateSamples = []string{
	"By Jane Doe", "by marc", "BY JANE DOE", "Written by J. R. Smith", "Reported by Max", "Posted by marc",
	"Veröffentlicht von Max Muster", "Von Max Muster", "vom Team", "Par Jean Dupont", "Por Juan Pérez",
	"Door Jan de Vries", "Di Mario Rossi", "Av Per Persson", "Af Jens Hansen", "De Ana Lima",
	"Text: Max Muster", "Text und Fotos: Max Muster", "Text & Bild: Max", "Texte : Jean", "Texto: Ana",
	"Tekst: Jan", "Autor: Max Muster", "Autorin: Erika Mustermann", "Autore: Mario", "Auteur : Jean",
	"Author: Jane", "Authors: Jane, John", "Autorzy: Jan", "Geschrieben von Max", "Ein Beitrag von Max",
	"Eine Kolumne von Erika", "A cura di Mario Rossi", "Redaktion: Max", "Reporter: Jane", "Автор: Иван Петров",
	"АВТОР: Иван", "Текст: Иван", "Yazar: Ahmet", "작성자: 홍길동", "作者：张三", "作者 张三", "记者 李四",
	"撰文：王五", "文/赵六", "記者：山田", "责任编辑：孔德明", "責任編輯：孔德明", "编辑：王", "執筆：田中",
	"post author: admin", "published by admin", "Submitted by admin", "publié par Jean", "publicado por Ana",
	"pubblicato da Mario", "écrit par Jean", "escrito por Ana", "scritto da Mario", "geplaatst door Jan",
	"geschreven door Jan", "Alle Artikel von Max", "View all posts by admin", "More from Jane Doe",
	"Verfasser: Max", "Redakteurin: Erika", "Autoren: Max und Erika", "ſtory by Jane", "\u212aorrespondent",
	"By", "by", "Von", "Text:", "Autor", "The government announced new rules", "Die Regierung", "Share this",
	"Byron Bay", "Vonovia", "Paris", "Dortmund", "Autorität", "Textilien", "", " ", "\xff\xfe", "B\xffy",
	"作", "文", "编辑部的故事",
}

func TestBylineGatesLetMatchesThrough(t *testing.T) {
	for name, c := range map[string]struct {
		gate *prefixGate
		re   *regexp.Regexp
	}{"label": {bylineLabelGate(), bylineLabel()}, "prefix": {bylinePrefixGate(), bylinePrefix()}} {
		if !c.gate.ok {
			t.Fatalf("%s: the gate cannot read its expression", name)
		}
		shut := 0
		check := func(s string) {
			t.Helper()
			may := c.gate.may(s)
			if c.re.MatchString(s) && !may {
				t.Fatalf("%s matches %q, its gate says no", name, s)
			}
			if !may {
				shut++
			}
		}
		for _, s := range bylineGateSamples {
			for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s), s + " x", s + "\n", s + "\tJane"} {
				check(v)
			}
		}
		var walk func(s string, n int)
		walk = func(s string, n int) {
			check(s)
			if n == 0 {
				return
			}
			for _, c := range []string{"b", "Y", "y", " ", ":", "t", "e", "x", "作", "\t", "\xff"} {
				walk(s+c, n-1)
			}
		}
		walk("", 4)
		forCorpusLines(t, check)
		// The gate must also do its work: the lines of a page that are no
		// credit are nearly all shut out.
		for _, s := range []string{"The government announced new rules", "Share this article", "Jane Doe", "Most Viewed"} {
			if c.gate.may(s) {
				t.Errorf("%s: the gate lets %q through", name, s)
			}
		}
		if shut == 0 {
			t.Errorf("%s: the gate shut out nothing", name)
		}
	}
}

// forCorpusLines calls f with the lines of the golden pages and of every
// eighth text page of the dev corpus, when it is there.
func forCorpusLines(t *testing.T, f func(string)) {
	t.Helper()
	pages, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*"))
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "dev", "text", "*.txt"))
	if len(corpus) == 0 {
		t.Log("no corpus at ../shared/corpus/dev: checked the golden pages only")
	}
	for i := range corpus {
		if i%8 == 0 {
			pages = append(pages, corpus[i])
		}
	}
	for _, p := range pages {
		fh, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			f(sc.Text())
		}
		fh.Close()
	}
}

// nameJoinersRE is the expression appendNameList replaces.
var nameJoinersRE = regexp.MustCompile(`\s*(?:[,;&/|、，()\[\]]|\s(?i:and|und|et|y|e|en|og|och|i|oraz|и|ve|u\.)\s)\s*`)

func splitNameListRE(s string) []string {
	var out []string
	for _, p := range strings.Split(nameJoinersRE.ReplaceAllString(s, "\x00"), "\x00") {
		if p = strings.Trim(p, " \t-–—·•"); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func TestSplitNameListAsExpression(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := splitNameList(s), splitNameListRE(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("splitNameList(%q) = %q, the expression gives %q", s, got, want)
		}
	}
	for _, s := range []string{
		"Jane Doe and John Roe", "Jane Doe, John Roe & Max Muster", "Max Muster und Erika Mustermann",
		"Jean Dupont et Marie Curie", "Juan Pérez y María López", "Ana e Rui", "Jan en Piet", "Per og Pål",
		"Per och Pål", "Jan i Ola", "Jan oraz Anna", "Иван и Пётр", "Иван И Пётр", "Ali ve Veli", "Max u. Erika",
		"Jane Doe (AP)", "AFP/dpa", "张三、李四", "张三，李四", "Jane  and  John", "Jane and and John",
		"and Jane", "Jane and", " and ", "Jane\tAND\tJohn", "Jane \n, John", "Jane\x00John", "a\x00 , \x00b",
		"Jane - John", "— Jane —", "Jane ·", "X , , Y", "[Jane] [John]", "Jane; John| Max", "A \u00a0and B",
		"Jan ORAZ Anna", "Jan orazy Anna", "Jan oraz", "Jan Oraz\tAnna", "A \u212and B", "A \u017fnd B", "A andand B",
	} {
		check(s)
	}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range []string{"a", " ", "and", "AND", ",", "\t", "\n", "、", "\x00", "-", "u.", "и"} {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
	forCorpusLines(t, check)
}

func TestAgenciesAreShort(t *testing.T) {
	for a := range agencies() {
		if utf8.RuneCountInString(a) > maxAgencyRunes {
			t.Errorf("agency %q is longer than maxAgencyRunes", a)
		}
	}
}

func TestNameJoinWordsFitTheBound(t *testing.T) {
	for _, w := range nameJoinWords {
		// The longest spelling strings.EqualFold pairs with w.
		n := 0
		for _, r := range w {
			longest := utf8.RuneLen(r)
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				longest = max(longest, utf8.RuneLen(f))
			}
			n += longest
		}
		if n > maxNameJoinLen {
			t.Errorf("joining word %q folds to %d bytes, over maxNameJoinLen", w, n)
		}
	}
}

func TestAgencyGateLetsAgenciesThrough(t *testing.T) {
	g := agencyStartGate()
	check := func(s string) {
		t.Helper()
		if lookupLower(agencies(), s) && !g.may(s) {
			t.Fatalf("%q is an agency, the gate says no", s)
		}
	}
	for a := range agencies() {
		for _, v := range []string{a, strings.ToUpper(a), strings.ToTitle(a[:1]) + a[1:]} {
			check(v)
		}
	}
	for _, s := range []string{"", "a", "A", "\u212a", "\u212aNA", "\u0130ans", "ſid"} {
		check(s)
	}
	forCorpusLines(t, func(s string) {
		for _, seg := range splitNameList(s) {
			check(strings.Trim(seg, " ()[]"))
		}
	})
	for _, s := range []string{"Community", "Home", "Jane Doe", "Most Viewed"} {
		if g.may(s) {
			t.Errorf("the agency gate lets %q through", s)
		}
	}
}

// nameJoinAtRef is nameJoinAt as it was, with strings.EqualFold.
func nameJoinAtRef(s string, i int) int {
	e := i
	for e < len(s) && !isSpaceRE(s[e]) {
		e++
	}
	if e == len(s) || e == i || e-i > 8 {
		return 0
	}
	for _, w := range nameJoinWords {
		if strings.EqualFold(s[i:e], w) {
			return e
		}
	}
	return 0
}

func TestNameJoinAtAsEqualFold(t *testing.T) {
	letters := []string{"a", "n", "d", "u", "e", "t", "y", "o", "g", "c", "h", "i", "r", "z", ".", "N", "D", "O", "R", "и", "И", "\u212a", "\u017f", "x", "v"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		for _, v := range []string{s + " ", s + "\t", s, " " + s + " x"} {
			for i := range 2 {
				if i < len(v) {
					if got, want := nameJoinAt(v, i), nameJoinAtRef(v, i); got != want {
						t.Fatalf("nameJoinAt(%q, %d) = %d, strings.EqualFold gives %d", v, i, got, want)
					}
				}
			}
		}
		if n == 0 {
			return
		}
		for _, c := range letters {
			walk(s+c, n-1)
		}
	}
	walk("", 4)
	for _, w := range nameJoinWords {
		r := []rune(w)
		for _, v := range []string{w, strings.ToUpper(w), strings.ToTitle(string(r[:1])) + string(r[1:])} {
			if nameJoinAt(v+" ", 0) == 0 {
				t.Errorf("%q is not read as a joining word", v)
			}
		}
	}
}

func TestMayHoldAgencyLetsAgenciesThrough(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for _, seg := range splitNameList(s) {
			if isAgency(seg) && !mayHoldAgency(s) {
				t.Fatalf("%q holds the agency %q, mayHoldAgency says no", s, seg)
			}
		}
	}
	for a := range agencies() {
		for _, f := range []string{"%s", "Jane Doe, %s", "Jane Doe (%s)", "Jane Doe und %s", "— %s", "Jane Doe/%s", "Jane–%s", "张三、%s", "Jane ·%s", "x\x00%s",
			"%s, Jane", "%s/Jane", "(%s) Jane", "[%s]", "%s - Jane", "%s–Jane", "%s · Jane", "%s\tund Jane", "%s\x00Jane", "%s、张三", "%s，张三", "%s| x", "%s;x", "%s&x", "%s —"} {
			check(strings.ReplaceAll(f, "%s", a))
			check(strings.ReplaceAll(f, "%s", strings.ToUpper(a)))
		}
	}
	forCorpusLines(t, check)
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range []string{"ap", "AP", "dpa", "\u212aNA", "red.", " ", ",", "-", "–", "(", ")", "x", "1", "\x00", " und "} {
			walk(s+c, n-1)
		}
	}
	walk("", 4)
	for _, s := range []string{"Community", "Jane Doe", "Most Viewed", "Home", "The apple pie", "Apps and pages", "Reuse the staffing"} {
		if mayHoldAgency(s) {
			t.Errorf("mayHoldAgency lets %q through", s)
		}
	}
}
