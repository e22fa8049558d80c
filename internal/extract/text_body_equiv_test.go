package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The body rules were rewritten for speed; these tests keep the former
// versions as the reference and compare them with the new ones over the
// dev corpus text pages (when ../shared is there) and over generated
// pages, which reach the rare branches the corpus may not.

// textBodyEquivPages returns the lines of every fourth dev corpus text
// page, measured and flagged as textRun has them before its rules.
func textBodyEquivPages(t *testing.T) [][]tLine {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "dev", "text")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Skip("dev corpus not found in ../shared/corpus/dev/text: the generated pages are still compared")
		return nil
	}
	var pages [][]tLine
	for k, name := range names {
		if k%4 != 0 {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		pages = append(pages, textBodyEquivLines(string(b)))
	}
	return pages
}

func textBodyEquivLines(text string) []tLine {
	lines := textSplitLines(text)
	for i := range lines {
		lines[i].measure()
		lines[i].flag()
	}
	return lines
}

// textBodyEquivGenerated returns pages of lines drawn from a few titles,
// numbered or bulleted as tables of contents print them, paragraphs and
// chrome, in random order.
func textBodyEquivGenerated(n int) [][]tLine {
	r := rand.New(rand.NewPCG(7, 11))
	titles := []string{"Was ist ein Steckturm?", "Ergebnisse der Studie", "Ein Titel", "Über uns", "Die Wahl in Österreich",
		"Résumé des épisodes", "١٢ Kapitel eins", "Kurz", "The long road home", "Frequently asked questions"}
	marks := []string{"", "1. ", "2.", "3.1#1 ", "• ", "- ", "– ", "12) ", "# ", "٣ ", "１. "}
	para := "The storage makers have found a way to write more bits on a platter than before, and it ships next year. "
	var pages [][]tLine
	for range n {
		var b strings.Builder
		for range 5 + r.IntN(60) {
			switch r.IntN(5) {
			case 0, 1:
				b.WriteString(marks[r.IntN(len(marks))] + titles[r.IntN(len(titles))])
			case 2:
				b.WriteString(strings.Repeat(para, 1+r.IntN(3)))
			case 3:
				b.WriteString(titles[r.IntN(len(titles))])
			default:
				b.WriteString("Home")
			}
			b.WriteString("\n")
			if r.IntN(3) == 0 {
				b.WriteString("\n")
			}
		}
		pages = append(pages, textBodyEquivLines(b.String()))
	}
	return pages
}

func TestTextTOCAgrees(t *testing.T) {
	check := func(pages [][]tLine) {
		hits := 0
		for _, lines := range pages {
			got, want := textTOC(lines), textTOCFormer(lines)
			if len(got) != len(want) {
				t.Fatalf("textTOC gives %v, the former version %v", got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("textTOC line %d (%q) = %v, the former version %v", i, lines[i].text, got[i], want[i])
				}
				if got[i] {
					hits++
				}
			}
		}
		t.Logf("%d pages, %d entries", len(pages), hits)
	}
	check(textBodyEquivGenerated(400))
	check(textBodyEquivPages(t))
}

// textTOCFormer is textTOC as it was before its titles were indexed by
// the targets alone.
func textTOCFormer(lines []tLine) []bool {
	short := 0
	for i := range lines {
		if l := &lines[i]; l.eff() < textTOCLine && l.words >= 2 {
			short++
		}
	}
	if short == 0 {
		return nil
	}
	later := make(map[string]int, short)
	for i := range lines {
		if l := &lines[i]; l.eff() < textTOCLine && l.words >= 2 {
			later[textTOCKeyFormer(l.text)] = i
		}
	}
	var toc []bool
	for i := range lines {
		l := &lines[i]
		if l.eff() >= textTOCLine || l.boiler || l.comment || l.tail || l.date || l.repeated {
			continue
		}
		key := textTOCKeyFormer(l.text)
		if utf8.RuneCountInString(key) < textTOCKeyMin {
			continue
		}
		j, ok := later[key]
		if !ok || j <= i+textTOCGap || j+1 >= len(lines) || lines[j+1].eff() < textTOCPara {
			continue
		}
		if toc == nil {
			toc = make([]bool, len(lines))
		}
		toc[i] = true
	}
	if toc == nil {
		return nil
	}
	for i := 0; i < len(toc); {
		if !toc[i] {
			i++
			continue
		}
		j, n := i, 0
		for k := i; k < len(toc) && k <= j+textTOCGap+1; k++ {
			if toc[k] {
				j = k
				n++
			}
		}
		if n < textTOCEntries {
			for k := i; k <= j; k++ {
				toc[k] = false
			}
			i = j + 1
			continue
		}
		for j+1 < len(toc) && lines[j+1].eff() < textTOCLine && textTOCKeyFormer(lines[j+1].text) != lines[j+1].text {
			j++
			toc[j] = true
		}
		i = j + 1
	}
	return toc
}

func textTOCKeyFormer(s string) string {
	k := 0
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsDigit(r) || r == '.' || r == '#' || r == ')' || r == ' ' || r == '•' || r == '-' || r == '–') {
			break
		}
		k += n
	}
	return s[k:]
}

func TestTextTOCKeyAgrees(t *testing.T) {
	for _, s := range []string{"", "1", "1. Ergebnisse", "3.1#1 Steckturm", "• a", "– b", "١٢ x", "١", "\xff1", "1\xff", "１. x", "-", "x1", ")#. -"} {
		if got, want := textTOCKey(s), textTOCKeyFormer(s); got != want {
			t.Errorf("textTOCKey(%q) = %q, the former version %q", s, got, want)
		}
	}
}

// textBodyEquivProbes returns lines made of the phrases the gated rules
// look for, in several cases and with the marks around them that the
// rules trim or allow, and a few that are not quite them.
func textBodyEquivProbes() []string {
	var base []string
	base = append(base, textFormFields...)
	for p := range textClosedPhrases {
		base = append(base, p)
	}
	base = append(base, "Progress Trap said,", "Jan schrieb:", "Jermaine 07 Nov 12", "Ben Dunlap 07 Nov 12 at 5:40 pm",
		"jamie Wayne, on November 7th, 2012", "Jamie Wayne, on November 7th, 2012", "Ann Lee (@annlee) November 2, 2012",
		"12 Ann said:", "Émile a écrit:", "Ärger 3 Tage", "BooksJuly, 2009: The guide is out", "MicroConsult“As someone",
		"\xffabc said:", "İstanbul Life said,")
	var out []string
	for _, p := range base {
		for _, v := range []string{p, strings.ToUpper(p), strings.Title(p), p + " *", p + ":", p + " (required)", p + " (x", p + ".",
			"… " + p + " !", p + "…", " " + p, p + "s", p[:len(p)-1], "x" + p, p + " \xff", "\xe2" + p} {
			out = append(out, v)
		}
	}
	return out
}

// textBodyEquivAllLines returns the lines of the dev pages and the
// probes, measured and flagged.
func textBodyEquivAllLines(t *testing.T) []tLine {
	var lines []tLine
	for _, p := range textBodyEquivProbes() {
		lines = append(lines, textBodyEquivLines(p)...)
	}
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "dev", "text")
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(names) == 0 {
		t.Log("dev corpus not found in ../shared/corpus/dev/text: only the probes are compared")
	}
	for k, name := range names {
		if k%4 != 0 {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		lines = append(lines, textBodyEquivLines(string(b))...)
	}
	return lines
}

func TestTextGatedLineRulesAgree(t *testing.T) {
	lines := textBodyEquivAllLines(t)
	var forms, metas, closes int
	defer func() {
		t.Logf("%d lines: %d form fields, %d reader lines, %d closed", len(lines), forms, metas, closes)
	}()
	for i := range lines {
		l := &lines[i]
		if l.text == "" {
			continue
		}
		f, ok := textFormField(l)
		g, gok := textFormFieldFormer(l)
		if ok {
			forms++
		}
		if f != g || ok != gok {
			t.Errorf("textFormField(%q) = %q %v, the former version %q %v", l.text, f, ok, g, gok)
		}
		if textThreadMeta(l) {
			metas++
		}
		if got, want := textThreadMeta(l), textThreadMetaFormer(l); got != want {
			t.Errorf("textThreadMeta(%q) = %v, the former version %v", l.text, got, want)
		}
		closed := textClosedMaybe(l.text) && textClosedPhrases[strings.Trim(l.lowered(), " .!…")]
		if closed {
			closes++
		}
		if closed && !textClosedMay(l) {
			t.Errorf("textClosedMay(%q) turns away a line textClosedComments takes", l.text)
		}
	}
}

func textFormFieldFormer(l *tLine) (string, bool) {
	if l.eff() > textFormFieldMax || l.text == "" || l.words > 10 {
		return "", false
	}
	if c := l.text[0]; c < 0x80 && !strings.ContainsRune("nNeEwWuUsScCaAiI", rune(c)) {
		return "", false
	}
	s := textForMatch(l)
	for _, f := range textFormFields {
		if !textHasFoldPrefix(s, f) {
			continue
		}
		rest := strings.TrimLeft(s[len(f):], " *:")
		if rest == "" || rest[0] == '(' && strings.HasSuffix(strings.TrimRight(rest, " *:"), ")") {
			return f, true
		}
	}
	return "", false
}

func textThreadMetaFormer(l *tLine) bool {
	if l.eff() > textThreadMetaMax || l.words < 2 || l.words > 9 {
		return false
	}
	if t := strings.TrimRight(l.text, ":, "); len(t) < len(l.text) || l.digits == 0 {
		name, verb := textLastWord(t)
		return textLowerIn(textSayWords, verb) && textReaderNames(name)
	}
	words := strings.Fields(l.text)
	k := 0
	for k < len(words) && !textHasDigit(words[k]) {
		if _, ok := monthNumber(strings.Trim(words[k], ",")); ok {
			break
		}
		if strings.ContainsRune(words[k], ':') {
			return false
		}
		k++
	}
	name := k
	if name > 1 && textConnector(words[name-1]) {
		name--
	}
	if name == 0 || name > 4 || k == len(words) || !textReaderNames(strings.TrimRight(strings.Join(words[:name], " "), ",")) {
		return false
	}
	nums, month := 0, false
	for _, w := range words[k:] {
		if w == "//" || w == "|" || w == "·" || w == "–" || w == "-" {
			break
		}
		w = strings.Trim(w, ",()")
		if strings.HasPrefix(w, "@") {
			return false
		}
		switch _, ok := monthNumber(w); {
		case ok, textLowerIn(textAgoWords, w):
			month = true
		case textHasDigit(w):
			nums++
			if strings.Count(w, ".") == 2 || strings.Count(w, "/") == 2 {
				month = true
			}
		case !textConnector(w):
			return false
		}
	}
	return month && nums >= 1
}

func TestTextFoldFinderAgrees(t *testing.T) {
	lines := textBodyEquivAllLines(t)
	probes := []string{"", "c", "CC", "Creative Commons", "CREATIVE COMMONS x", "cc-BY", "gnu free documentation",
		"GNU Free Documentation License", "xcc0", "c\xffc0", "AFFILIATE LINKS", "Amazon Associate", "Provision",
		"v", "0", "cc0", "xcc0x", "Liens d'AFFILIATION", "eine kleine Provision vom Händler", "linki afiliacyjne", "earn a commission"}
	probes = append(probes, textDisclosurePhrases...)
	probes = append(probes, textLicenceMarks...)
	for i := range lines {
		probes = append(probes, lines[i].text)
	}
	for _, s := range probes {
		folded := textFoldCaps(s)
		if got, want := textLicenceFinder.in(s), textHasAny(folded, textLicenceMarks); got != want {
			t.Errorf("textLicenceFinder.in(%q) = %v, want %v", s, got, want)
		}
		if got, want := textDisclosureFinder.in(s), textHasAny(folded, textDisclosurePhrases); got != want {
			t.Errorf("textDisclosureFinder.in(%q) = %v, want %v", s, got, want)
		}
	}
	hits := 0
	for i := range lines {
		l := &lines[i]
		got, want := textNoticeLine(l), textNoticeLineFormer(l)
		if got != want {
			t.Errorf("textNoticeLine(%q) = %v, the former version %v", l.text, got, want)
		}
		if len(l.text) <= textDisclosureMax {
			got, want := textDisclosure(l.text), textDisclosureFormer(l.text)
			if got != want {
				t.Errorf("textDisclosure(%q) = %v, the former version %v", l.text, got, want)
			}
			if got {
				hits++
			}
		}
	}
	for _, p := range append(textDisclosurePhrases, "This post may contain AFFILIATE LINKS.", "Wir erhalten eine kleine PROVISION.", "AFFİLİATE LİNK") {
		if got, want := textDisclosure(p), textDisclosureFormer(p); got != want {
			t.Errorf("textDisclosure(%q) = %v, the former version %v", p, got, want)
		}
	}
	t.Logf("%d lines, %d disclosures", len(lines), hits)
}

func textNoticeLineFormer(l *tLine) bool {
	if l.eff() > textNoticeMax || !textMayHoldLicence(l) {
		return false
	}
	low := l.lowered()
	return textHasAny(low, textLicenceMarks) && textHasAny(low, textLicenceWords)
}

func textDisclosureFormer(s string) bool {
	if !textFoldsAsIs(s) {
		s = strings.ToLower(s)
	}
	return textDisclosureMatcher().scan(s, 1) != 0
}

func TestTextBodyTailsAgrees(t *testing.T) {
	pages := textBodyEquivGenerated(0)
	var probe strings.Builder
	probe.WriteString(strings.Repeat("The storage makers have found a way to write more bits on a platter than before. ", 3) + "\n")
	for _, p := range append(append(append([]string{}, textBodyTailHeads...), textBodyTailEnds...), textFilingHeads...) {
		for _, v := range []string{p, strings.ToUpper(p), p + ":", "Das Thema könnte dich " + p + ":", "Sie " + p + ".", "1. " + p, p + " …", p + " und mehr", p + "ness"} {
			probe.WriteString(v + "\n")
		}
	}
	pages = append(pages, textBodyEquivLines(probe.String()))
	if dev := textBodyEquivPagesOrNil(); dev != nil {
		pages = append(pages, dev...)
	}
	tails := 0
	for _, lines := range pages {
		former := append([]tLine(nil), lines...)
		textBodyTails(lines)
		textBodyTailsFormer(former)
		for i := range lines {
			a, b := &lines[i], &former[i]
			if a.tail != b.tail || a.boiler != b.boiler || a.footer != b.footer || a.comment != b.comment {
				t.Fatalf("textBodyTails on %q: tail %v boiler %v footer %v comment %v, the former version %v %v %v %v",
					a.text, a.tail, a.boiler, a.footer, a.comment, b.tail, b.boiler, b.footer, b.comment)
			}
			if a.tail {
				tails++
			}
		}
	}
	t.Logf("%d pages, %d tail lines", len(pages), tails)
}

// textBodyEquivPagesOrNil is textBodyEquivPages without the skip.
func textBodyEquivPagesOrNil() [][]tLine {
	names, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "dev", "text", "*.txt"))
	var pages [][]tLine
	for k, name := range names {
		if k%4 != 0 {
			continue
		}
		if b, err := os.ReadFile(name); err == nil {
			pages = append(pages, textBodyEquivLines(string(b)))
		}
	}
	return pages
}

func textBodyTailsFormer(lines []tLine) {
	gate := textBodyTailGate()
	prose := false
	for i := range lines {
		l := &lines[i]
		if l.text == "" {
			continue
		}
		if l.eff() <= textFilingMax && textFilingGate()[l.text[0]] && textFilingKeys().maybe(l.text) && textFilingLine(textForMatch(l)) {
			l.boiler, l.footer = true, true
			continue
		}
		if !l.footer && l.runes >= textReservedMin && textReservedEnd(l) {
			l.boiler, l.footer = true, true
			continue
		}
		if !prose {
			prose = l.eff() >= textBodyTailProse
			continue
		}
		if !l.comment && l.eff() > textBodyTailMax && l.eff() <= textCountMax && l.digits > 0 && !l.endStop &&
			textCountedComments(textForMatch(l), l.words) {
			l.comment = true
			continue
		}
		if l.tail || l.comment || l.eff() > textBodyTailMax {
			continue
		}
		head := textTrimHeadMarks(l.text)
		if head == "" {
			continue
		}
		last := l.text[len(l.text)-1]
		ends := last != '.' && last != '!' && last != '?'
		if !(gate[head[0]] && textTailHeadKeys().maybe(head)) && !(ends && textEndsHint(last) && textTailEndMaybe(l.text)) {
			continue
		}
		low := textTrimHeadMarks(textForMatch(l))
		if textBodyTailHeadFormer(l, low) || ends && textBodyTailEnd(low) {
			l.tail = true
		}
	}
}

func textBodyTailHeadFormer(l *tLine, low string) bool {
	for _, p := range textBodyTailHeads {
		if textHasFoldPrefix(low, p) && textHeaderShape(l, low, p) {
			if slices.Contains(textBodyTailWhole, p) && strings.TrimRight(low[len(p):], " :") != "" {
				continue
			}
			return true
		}
	}
	return false
}

func TestTextPhotoKeysCover(t *testing.T) {
	for _, lab := range textPhotoLabels {
		if !textHasAny(lab, textPhotoKeys) {
			t.Errorf("the label %q holds none of textPhotoKeys", lab)
		}
	}
}

func TestTextCaptionRulesAgree(t *testing.T) {
	lines := textBodyEquivAllLines(t)
	probes := []string{"Foto: Agentur", "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "Bild:", "(Foto: x)", "Crédit photo AFP",
		"Stau © aremac / Clipdealer", "© 2020 Site", "Photo by Jane on Unsplash", "x Fot. y", "Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images"}
	for _, p := range probes {
		lines = append(lines, textBodyEquivLines(p)...)
	}
	photo, credited := 0, 0
	for i := range lines {
		l := &lines[i]
		got, want := textPhotoCredit(l.text), textPhotoCreditFormer(l.text)
		if got != want {
			t.Errorf("textPhotoCredit(%q) = %v, the former version %v", l.text, got, want)
		}
		if got {
			photo++
		}
		if got, want := textCreditedCaption(l), textCreditedCaptionFormer(l); got != want {
			t.Errorf("textCreditedCaption(%q) = %v, the former version %v", l.text, got, want)
		} else if got {
			credited++
		}
	}
	t.Logf("%d lines, %d photo credits, %d credited captions", len(lines), photo, credited)
}

func textPhotoCreditFormer(s string) bool {
	for _, lab := range textPhotoLabels {
		k := strings.Index(s, lab)
		for k >= 0 {
			if k == 0 || strings.HasSuffix(s[:k], ". ") || strings.HasSuffix(s[:k], "(") || strings.HasSuffix(s[:k], ", ") || strings.HasSuffix(s[:k], "| ") {
				return len(s) > k+len(lab)+1
			}
			n := strings.Index(s[k+1:], lab)
			if n < 0 {
				break
			}
			k += 1 + n
		}
	}
	if k := strings.Index(s, "©"); k > 0 && k < textCaptionBytes {
		return true
	}
	return strings.HasPrefix(s, "Photo by ") && strings.Contains(s, " on ")
}

func textCreditedCaptionFormer(l *tLine) bool {
	if l.eff() >= textCaptionMax {
		return false
	}
	s := l.text
	if k := strings.LastIndex(s, "©"); k >= textCaptionLead {
		tail := strings.TrimSpace(s[k+len("©"):])
		if tail != "" && strings.Count(tail, " ") < textCaptionCreditWords && !textEndsSentence(tail) {
			return true
		}
	}
	return textFigureLabel(s) || textBracketCredit(s)
}

func TestTextCommentPanesAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	paras := []string{
		strings.Repeat("The storage makers have found a way to write more bits on a platter. ", 2),
		"Die Regierung hat am Montag beschlossen, die Steuern im nächsten Jahr nicht zu erhöhen.",
		"A reader writes that the drives will not sell well until the price falls a long way.",
		"Short line", "Comments", "12 Comments", "Kommentare", "Video",
	}
	var pages [][]tLine
	for range 300 {
		var b strings.Builder
		for range 5 + r.IntN(40) {
			b.WriteString(paras[r.IntN(len(paras))] + "\n\n")
		}
		pages = append(pages, textBodyEquivLines(b.String()))
	}
	pages = append(pages, textBodyEquivPagesOrNil()...)
	taken := 0
	for _, lines := range pages {
		former := append([]tLine(nil), lines...)
		textCommentPanes(lines)
		textCommentPanesFormer(former)
		for i := range lines {
			if lines[i].comment != former[i].comment || lines[i].boiler != former[i].boiler {
				t.Fatalf("textCommentPanes on %q: comment %v boiler %v, the former version %v %v",
					lines[i].text, lines[i].comment, lines[i].boiler, former[i].comment, former[i].boiler)
			}
			if former[i].boiler && !former[i].comment && textBodyEquivWasComment(former[i]) {
				taken++
			}
		}
	}
	t.Logf("%d pages, %d headers taken back", len(pages), taken)
}

// textBodyEquivWasComment reports whether flag marks the line a comment
// header.
func textBodyEquivWasComment(l tLine) bool {
	l.comment = false
	l.measure()
	l.flag()
	return l.comment
}

func textCommentPanesFormer(lines []tLine) {
	var seen map[string]int
	for i := range lines {
		if !lines[i].comment {
			continue
		}
		if seen == nil {
			seen = make(map[string]int)
			for k := range lines {
				if lines[k].eff() >= textPaneLine {
					if _, ok := seen[lines[k].text]; !ok {
						seen[lines[k].text] = k
					}
				}
			}
		}
		again := 0
		for j := i + 1; j < min(len(lines), i+textPaneWindow); j++ {
			if k, ok := seen[lines[j].text]; ok && k < i && lines[j].eff() >= textPaneLine {
				again++
			}
		}
		if again >= 2 {
			lines[i].comment = false
			lines[i].boiler = true
		}
	}
}

func TestTextFormFirstAgrees(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		if got, want := textFormFirst[c], strings.ContainsRune("nNeEwWuUsScCaAiI", rune(c)); got != want {
			t.Errorf("textFormFirst[%q] = %v, the former gate %v", rune(c), got, want)
		}
	}
}

// textGluedLabelFormer is textGluedLabel as it read before its ASCII
// bytes were told apart without the unicode tables.
func textGluedLabelFormer(s string) bool {
	end := strings.IndexByte(s, ' ')
	if end < 0 {
		end = len(s)
	}
	w := s[:end]
	letters := 0
	prevLower := false
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			letters++
			prevLower = true
			continue
		case unicode.IsUpper(r):
			if prevLower && letters >= 3 && textGluedRest(w[i:]) {
				return true
			}
			letters++
		case r == '“' || r == '"' || r == '«' || r == '„':
			if prevLower && letters >= 3 {
				return true
			}
		}
		prevLower = false
	}
	return false
}

func TestTextGluedLabelAgrees(t *testing.T) {
	lines := textBodyEquivAllLines(t)
	glued := 0
	for i := range lines {
		s := lines[i].text
		got, want := textGluedLabel(s), textGluedLabelFormer(s)
		if got {
			glued++
		}
		if got != want {
			t.Errorf("textGluedLabel(%q) = %v, the former version %v", s, got, want)
		}
	}
	// Generated words reach the mixes of cases, quotes, marks and bad
	// UTF-8 the corpus may not hold.
	parts := []string{"a", "b", "z", "A", "J", "Z", "é", "É", "ß", "Ω", "ω", "“", "\"", "«", "„", ",", ":", "1", "-", " ", "\xff", "\xc3", "'", "@", "uly", "Books", "July"}
	r := rand.New(rand.NewPCG(7, 11))
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		got, want := textGluedLabel(s), textGluedLabelFormer(s)
		if got {
			glued++
		}
		if got != want {
			t.Errorf("textGluedLabel(%q) = %v, the former version %v", s, got, want)
		}
	}
	if glued == 0 {
		t.Errorf("no glued label read: the comparison proves nothing")
	}
}

// textFoldsAsIsFormer is textFoldsAsIs before it skipped eight ASCII
// bytes at a time.
func textFoldsAsIsFormer(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}

// TestTextByteHelpersAgree compares the byte-level helpers of the body
// rules with the library calls they stand for, over generated strings
// mixing ASCII, runes that fold, the curly quotes' bytes and bad UTF-8.
func TestTextByteHelpersAgree(t *testing.T) {
	parts := []string{"a", "B", " ", ":", ",", ".", "!", "?", ";", "\"", "@", "(", "“", "”", "’", "\xe2\x80", "\xe2",
		"\x9c", "\xff", "é", "É", "ß", "Ж", "ж", "中", "0", "abcdefgh", "ABCDEFGHIJ", "\t"}
	r := rand.New(rand.NewPCG(3, 5))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := textFoldsAsIs(s), textFoldsAsIsFormer(s); got != want {
			t.Errorf("textFoldsAsIs(%q) = %v, the former version %v", s, got, want)
		}
		if got, want := textNameMarks(s), strings.ContainsAny(s, ".!?;\"“”@("); got != want {
			t.Errorf("textNameMarks(%q) = %v, strings.ContainsAny %v", s, got, want)
		}
		if got, want := textTrimSayEnd(s), strings.TrimRight(s, ":, "); got != want {
			t.Errorf("textTrimSayEnd(%q) = %q, strings.TrimRight %q", s, got, want)
		}
		runes := utf8.RuneCountInString(s)
		for _, n := range []int{1, 2, 5, 9, 20} {
			if got, want := textRunesAtMost(s, n), runes <= n; got != want {
				t.Errorf("textRunesAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
			got := textRunesUpTo(s, n)
			if runes < n && got != runes || runes >= n && got < n {
				t.Errorf("textRunesUpTo(%q, %d) = %d, the runes %d", s, n, got, runes)
			}
		}
	}
}

func TestTextHasSocialNameAgrees(t *testing.T) {
	for _, n := range textSocialNames {
		if n[0] < 'A' || n[0] > 'Z' {
			t.Fatalf("social name %q does not open with an ASCII capital: textHasSocialName would miss it", n)
		}
	}
	found := 0
	lines := textBodyEquivAllLines(t)
	for i := range lines {
		s := lines[i].text
		got, want := textHasSocialName(s), textHasAny(s, textSocialNames)
		if got {
			found++
		}
		if got != want {
			t.Errorf("textHasSocialName(%q) = %v, textHasAny %v", s, got, want)
		}
	}
	parts := []string{"Twitter", "Twitte", "Telegram", "TikTok", "Tik", "Facebook", "Instagram", "WhatsApp", "YouTube",
		"LinkedIn", "Google News", "Google", "T", "a", " ", "Z", "@", "[", "`", "{", "é", "\xff", "\xc1", "\xdb", "ABCDEFGH"}
	r := rand.New(rand.NewPCG(9, 13))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		got, want := textHasSocialName(s), textHasAny(s, textSocialNames)
		if got {
			found++
		}
		if got != want {
			t.Errorf("textHasSocialName(%q) = %v, textHasAny %v", s, got, want)
		}
	}
	if found == 0 {
		t.Errorf("no social name found: the comparison proves nothing")
	}
}

// textBodyTailEndFormer is textBodyTailEnd before it read only the
// phrases ending with the line's last byte.
func textBodyTailEndFormer(low string) bool {
	low = strings.TrimRight(low, ": …")
	for _, p := range textBodyTailEnds {
		if len(low) >= len(p) && textHasFoldPrefix(low[len(low)-len(p):], p) {
			return true
		}
	}
	return false
}

func TestTextBodyTailEndAgrees(t *testing.T) {
	found := 0
	check := func(s string) {
		if got, want := textTrimTailEnd(s), strings.TrimRight(s, ": …"); got != want {
			t.Errorf("textTrimTailEnd(%q) = %q, strings.TrimRight %q", s, got, want)
		}
		got, want := textBodyTailEnd(s), textBodyTailEndFormer(s)
		if got {
			found++
		}
		if got != want {
			t.Errorf("textBodyTailEnd(%q) = %v, the former version %v", s, got, want)
		}
	}
	lines := textBodyEquivAllLines(t)
	for i := range lines {
		check(lines[i].text)
		check(lines[i].lowered())
	}
	parts := append([]string{":", " ", "…", "\xe2\x80", "\xa6", "\xff", "é", "a", "Z", "."}, textBodyTailEnds...)
	for _, p := range textBodyTailEnds {
		parts = append(parts, strings.ToUpper(p))
	}
	r := rand.New(rand.NewPCG(21, 4))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		check(b.String())
	}
	if found == 0 {
		t.Errorf("no tail end found: the comparison proves nothing")
	}
}
