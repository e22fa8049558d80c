package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textLowerCases are texts whose lower case strings.ToLower gives in
// ways a byte-wise fold would not: runes that grow or shrink ('Ⱥ' to
// 'ⱥ', the Kelvin sign to 'k', 'İ' to 'i'), invalid UTF-8, Cyrillic
// capitals with another lead byte than their lower case.
var textLowerCases = []string{
	"", "a", "A", "Hello World", "ÄÖÜ straße", "Ⱥȿ", "\u212a", "İstanbul", "ΣΑΣ", "ПРИВЕТ Мир",
	"bad \xff byte", "\xc3", "\xe2\x84", "中文 Text", "ǅ ǈ", "ꞫA", "\U0001E900",
}

func TestTextLowerAppendIsToLower(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := string(textLowerAppend(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("textLowerAppend(%q) = %q, want %q", s, got, want)
		}
		var buf [4]byte
		if got, want := string(textLowerAppend(buf[:0], s)), strings.ToLower(s); got != want {
			t.Fatalf("textLowerAppend into a short buffer (%q) = %q, want %q", s, got, want)
		}
		var b strings.Builder
		b.WriteString("x")
		textLowerWrite(&b, s)
		if got, want := b.String(), "x"+strings.ToLower(s); got != want {
			t.Fatalf("textLowerWrite(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range textLowerCases {
		check(s)
	}
	// Random runes of the cased scripts, and random bytes.
	rng := rand.New(rand.NewSource(7))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(12) {
			switch rng.Intn(3) {
			case 0:
				b.WriteRune(rune(rng.Intn(0x600)))
			case 1:
				b.WriteRune(rune(0x1e00 + rng.Intn(0x2000)))
			default:
				b.WriteByte(byte(rng.Intn(256)))
			}
		}
		check(b.String())
	}
}

// textEachContentWordSlow is textEachContentWord as it was first written:
// the text lower-cased, then cut.
func textEachContentWordSlow(s string) []string {
	var out []string
	textEachContentSpan(strings.ToLower(s), func(w string, cased bool) {
		out = append(out, w)
	})
	return out
}

// TestTextBodyWordsOneCopy holds what textBodyWords takes for granted:
// a rune lower-cased twice is the rune lower-cased once.
func TestTextBodyWordsOneCopy(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); unicode.ToLower(l) != l {
			t.Fatalf("unicode.ToLower(%U) = %U, lower-cased again %U", r, l, unicode.ToLower(l))
		}
	}
	// Blocks read apart: no word, and no CJK pair, across them.
	set := textBodyWords([]block{{text: "Haus"}, {text: "BOOT 中"}, {text: "国 Ende"}})
	for _, w := range []string{"hausboot", "boot中", "中国"} {
		if set.has(w, false) {
			t.Errorf("textBodyWords runs blocks together: %q", w)
		}
	}
	if !set.has("haus", false) || !set.has("boot", false) || !set.has("ende", false) {
		t.Errorf("textBodyWords = %v", set.words)
	}
}

func TestTextSharedWithoutCopies(t *testing.T) {
	body := []block{{text: "Ⱥȿ \xff İSTANBUL \u212aELVIN ǅungla"}, {text: "Der Bundesrat BESCHLIESST heute das Gesetz über die Straßen. ПРАВИТЕЛЬСТВО России 中国政府今天"},
		{text: "Ein zweiter Absatz mit Wörtern, die WIEDERKEHREN: Bundesrat, Gesetz."}}
	set := textBodyWords(body)
	want := map[string]bool{}
	for _, b := range body {
		for _, w := range textEachContentWordSlow(b.text) {
			want[w] = true
		}
	}
	set.build() // built on the first look-up otherwise
	if len(set.words) != len(want) {
		t.Fatalf("textBodyWords: %d words, want %d: %v", len(set.words), len(want), set.words)
	}
	for w := range want {
		if !set.has(w, false) {
			t.Errorf("textBodyWords lacks %q", w)
		}
	}
	for _, line := range []string{"BUNDESRAT beschließt Gesetz", "Правительство РОССИИ", "中国政府", "nothing shared here at all", "kurz"} {
		k, n := 0, 0
		for _, w := range textEachContentWordSlow(line) {
			n++
			if want[w] {
				k++
			}
		}
		f, m := textSharedBody(line, set)
		if m != n || n > 0 && f != float64(k)/float64(n) {
			t.Errorf("textShared(%q) = %v, %d; want %v, %d", line, f, m, float64(k)/float64(max(n, 1)), n)
		}
	}
}

func TestTextASCIIPhrasesAsToLower(t *testing.T) {
	phrases := []string{"affiliate link", "we may earn", "provision erhalten"}
	a := newTextASCIIPhrases(phrases)
	slow := func(s string) bool {
		low := strings.ToLower(s)
		for _, p := range phrases {
			if strings.Contains(low, p) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		"", "af", "Contains an Affiliate Link.", "AFFILIATE LINK", "affİlİate link", "WE MAY EARN",
		"we may \u212aearn", "Wir können eine PROVISION ERHALTEN", "Provision  erhalten", "Über affiliate-links",
		"ПРОВИСИЯ affiliate linkage", "bad \xff affiliate link", "affiliate\xe2link", "we may earn",
	} {
		if got, want := a.has(s), slow(s); got != want {
			t.Errorf("has(%q) = %v, want %v", s, got, want)
		}
	}
	if !newTextASCIIPhrases([]string{"über"}).slow || !newTextASCIIPhrases([]string{"ab"}).slow {
		t.Error("a phrase beyond lower-case ASCII or too short must turn the gate off")
	}
	if !textAffiliateNote("When you buy through links on our site, we may earn an AFFILIATE commission.") {
		t.Error("textAffiliateNote misses a disclosure in capitals")
	}
}

func TestTextNavPromptGates(t *testing.T) {
	for s, want := range map[string]bool{
		"Seite 1 von 3": true, "PAGE 2 OF 5": true, "12 Beiträge • Seite 1 von 1": true, "Page 2 of five": false,
		"Menü öffnen": true, "MENÜ ÖFFNEN …": true, "Вы здесь": true, "Sie sind hier: Startseite": true,
		"SIE SIND HIER: Startseite": true, "A title about a menu": false,
		"Sie befinden sich hier: Start": true, "Sie befinden sich hier：Start": true,
		"Sie befinden sich hier nicht, sondern dort: Start": false, "You are here" + strings.Repeat(" ", 19) + "：x": false,
	} {
		if got := textNavPrompt(s); got != want {
			t.Errorf("textNavPrompt(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTextFieldCountIsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "a\u00a0b", "a\u0085b", "x\u3000y z", "\xff \xfe", "a\vb\fc\rd", "one two three four five six"} {
		want := len(strings.Fields(s))
		if got := textFieldCount(s, 100); got != want {
			t.Errorf("textFieldCount(%q) = %d, want %d", s, got, want)
		}
		if got := textFieldCount(s, 3); got != min(want, 3) {
			t.Errorf("textFieldCount(%q, 3) = %d, want %d", s, got, min(want, 3))
		}
	}
}

// textTagListSplit is textTagList as first written, with strings.Split.
func textTagListSplit(s string) bool {
	parts := strings.Split(s, ", ")
	if len(parts) < 3 || utf8.RuneCountInString(s) > 200 || strings.ContainsAny(s, "()") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); textSentenceEnd(r) {
		return false
	}
	short := 0
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) == 0 || len(f) > 4 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		if len(f) <= 2 {
			short++
		}
	}
	return short*3 >= len(parts)*2
}

func TestTextTagListInPlace(t *testing.T) {
	for _, s := range []string{
		"ARD, Demonstrationen, Neu, Tagesschau, Top-Thema", "Artikel, Unsere Forschung, Veranstaltungen",
		"Artikel, Unsere Forschung, Veranstaltungen.", "A, B", "A, , B", "A, B, ", ", A, B", "Apples, pears, Plums",
		"One Two Three, Four Five Six, Seven Eight Nine", "One Two Three Four Five, A, B", "2022, Politik, Wahl",
		"Berlin, München, Köln, Hamburg (Umland)", "Ärzte, Öl, Über uns", "A,B,C", "A,  B,  C",
	} {
		if got, want := textTagList(s), textTagListSplit(s); got != want {
			t.Errorf("textTagList(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTextCaptionOfAsLowered(t *testing.T) {
	folds := 0
	for _, s := range []string{
		"Foto: The Nation", "FOTO: dpa", "(Image credit: Getty)", "[Photo: Jane Doe]", "5 Minuten Lesezeit", "3 MIN READ",
		"VIDEO: Voting on the future of the town", "Video: dpa", "Amazon vans. (Photo: Twitter)",
		"Das Hermelin im Winter (mlharing / iStock.com)", "das „Blue Marble“-Foto: ICON simuliert",
		"© 2022 Example Press", "Bild: © Jane Doe", "A headline about nothing in particular", "Quelle: REUTERS",
		"Ein Bericht (AFP)", "Über den Wolken – Foto: Max Muster", "ФОТО: Иван Петров", "Фото: Иван", "阅读 5 分钟",
		"Temps de lecture : 4 min", "Text & Fotos: Jane", "Picture: A/B", "Tiempo De Lectura 3", "short",
		"Foto-Strecke: Bilder / DPA", "Schon gelesen? Hier die Foto: Strecke", "Getty Images", "Shutterstock/Example",
		// Lines that do not fold, read from their lower-cased copy.
		"Ärger im Rathaus (Photo: Ölmann)", "Über uns 3 MIN READ", "Ölpreis © Ärzte", "ÖL-FOTO: dpa",
		"Fünf Jahre später – iStock", "Ärzte ohne Grenzen", "Überfall in der Nacht. Foto: Jane", "Île de France /DPA",
		"Лесезeit Über", "(FOTO: Ä)", "[Bild: Ölmann]", "Über den Wolken", "VIDEO: Über den Wolken der Stadt heute",
	} {
		lines := textSplitLines(s)
		if len(lines) != 1 {
			t.Fatalf("textSplitLines(%q) gave %d lines", s, len(lines))
		}
		l := &lines[0]
		l.measure()
		want := textCaptionLower(l.text, strings.ToLower(l.text))
		if got := textCaptionOf(l); got != want {
			t.Errorf("textCaptionOf(%q) = %v, want %v (fold %v)", s, got, want, l.fold)
		}
		if l.fold {
			folds++
		}
	}
	if folds < 10 {
		t.Errorf("only %d lines fold: the fast path is hardly tried", folds)
	}
}

func TestTextSquashJoinAsSquash(t *testing.T) {
	for _, words := range [][]string{
		nil, {"Patch", "Notes"}, {"Patchnotes"}, {"Wurm-Kiste"}, {"ÜBER", "Straße"}, {"\xc3", "\xa4rger"}, {"\xff", "A"},
		{"Ⱥ", "\u212aelvin"}, {"İstanbul", "—", "News"}, {"very", "long", "words", "that", "need", "more", "than", "the", "sixty", "four", "bytes", "of", "a", "buffer"},
	} {
		want := textSquash(strings.Join(words, ""))
		var tmp [4]byte
		if got := string(textSquashJoin(nil, tmp[:0], words)); got != want {
			t.Errorf("textSquashJoin(%q) = %q, want %q", words, got, want)
		}
	}
}

func TestTextCrumbMarksGate(t *testing.T) {
	// Every separator and doubled mark of textCrumbs holds a byte of the
	// gate.
	for _, sep := range []string{" / ", " › ", " > ", " » ", " → ", "›", "»", " :: ", " | ", "››", "»»", ">>"} {
		if !textCrumbMarksMay(sep) {
			t.Errorf("the gate turns away the mark %q", sep)
		}
	}
	for s, want := range map[string]string{
		"Home / World / Americas": "World / Americas", "Start › Politik › Inland": "Politik / Inland",
		"Home ›› Politik": "Politik", "A headline with no marks": "", "Zuhause → Reisen → Asien": "Zuhause / Reisen / Asien",
	} {
		if got := textCrumbs(s); got != want {
			t.Errorf("textCrumbs(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTextContainsFold(t *testing.T) {
	for _, c := range [][2]string{
		{"Home » Politik » Die Wahl in Berlin", "DIE WAHL IN BERLIN"}, {"abc", ""}, {"", "a"}, {"ab", "abc"},
		{"Über die Straße", "über"}, {"xxAbAbC", "ababc"}, {"the end", "The End."}, {"Zürich", "ZüRICH"},
	} {
		want := strings.Contains(textFoldASCII(c[0]), textFoldASCII(c[1]))
		if got := textContainsFold(c[0], c[1]); got != want {
			t.Errorf("textContainsFold(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
	// A line printed again elsewhere, in capitals, is repeated whether the
	// lines fold or not.
	for _, page := range []string{
		"Die Wahl in Berlin ist entschieden\nEin Absatz.\nHOME » DIE WAHL IN BERLIN IST ENTSCHIEDEN",
		"Über die Wahl in Berlin entschieden\nEin Absatz.\nHOME » ÜBER DIE WAHL IN BERLIN ENTSCHIEDEN",
		"Die Wahl in Berlin ist entschieden\nEin Absatz.\nÜBER » DIE WAHL IN BERLIN IST ENTSCHIEDEN",
	} {
		lines := textSplitLines(page)
		for k := range lines {
			lines[k].measure()
		}
		if len(lines) != 3 || !textRepeated(lines, 0) {
			t.Errorf("textRepeated misses the line printed again in %q", page)
		}
		if textRepeated(lines, 1) {
			t.Errorf("textRepeated finds %q again", lines[1].text)
		}
	}
}

// textNearerCopySlow is textNearerCopy as first written, with the
// headline's words in a slice, each lower-cased on its own.
func textNearerCopySlow(lines []tLine, lo, start int, role []int, h int) int {
	hw := textContentWords(lines[h].text)
	if len(hw) < 4 {
		return h
	}
	set := make(map[string]bool, len(hw))
	for _, w := range hw {
		set[w] = true
	}
	for j := start - 1; j > h; j-- {
		if role[j-lo] != roleText || lines[j].text == lines[h].text || textSameWords(lines[j].text, lines[h].text) {
			continue
		}
		f, n := textShared(lines[j].text, set)
		if n >= 4 && f >= 0.99 && n < len(hw) && n*5 >= len(hw)*4 {
			return j
		}
	}
	return h
}

func TestTextNearerCopyAsSlow(t *testing.T) {
	for _, head := range []string{
		"Nordkorea: Kim Jong Un - Der Diktator ist zurück, Donald Trump ist „glücklich“",
		"ÜBERSCHWEMMUNG: Städte melden Hochwasser, Straßen gesperrt, Schulen bleiben geschlossen",
		"Ⱥȿ İSTANBUL \u212aELVIN: Wörter mit seltenen Großbuchstaben hier",
		"Kurz",
	} {
		for _, near := range []string{
			"Kim Jong Un: Der Diktator ist zurück - Donald Trump ist „glücklich“",
			"Städte melden Hochwasser, Straßen gesperrt, Schulen bleiben geschlossen",
			"İstanbul kelvin: WÖRTER mit seltenen großbuchstaben",
			"Something else entirely, with other words",
		} {
			lines := textSplitLines(head + "\nMenu\n" + near + "\nShare")
			for k := range lines {
				lines[k].measure()
			}
			role := []int{roleText, roleChrome, roleText, roleChrome}
			want := textNearerCopySlow(lines, 0, 4, role, 0)
			if got := textNearerCopy(lines, 0, 4, role, 0); got != want {
				t.Errorf("textNearerCopy(%q under %q) = %d, want %d", near, head, got, want)
			}
		}
	}
}

func TestTextLabelColonAsIndexAny(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := strings.IndexAny(s, ":：")
		if want > 30 {
			want = -1
		}
		if got := textLabelColon(s); got != want {
			t.Fatalf("textLabelColon(%q) = %d, want %d", s, got, want)
		}
	}
	for _, s := range []string{"", ":", "Sie sind hier: Start", "Sie sind hier：Start", "\xef：", "\xe2\xef\xbc\x9a", "\xef\xbc",
		strings.Repeat("x", 30) + ":", strings.Repeat("x", 31) + ":", strings.Repeat("ü", 15) + "：", strings.Repeat("ü", 16) + ":"} {
		check(s)
	}
	rng := rand.New(rand.NewSource(3))
	pieces := []string{":", "：", "\xef", "\xbc", "\x9a", "a", "ü", " ", "\xe2", "中"}
	for range 5000 {
		var b strings.Builder
		for range rng.Intn(20) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check(b.String())
	}
}
