package extract

import (
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textFoldSlow is the plain fold textFoldSpace must agree with.
func textFoldSlow(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if textSpace(r) {
			space = b.Len() > 0
			continue
		}
		if textZeroWidth(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// textFastLines are lines the fast paths of the text path must read as
// the plain code does: ASCII and not, case variants, odd spaces, marks,
// invalid UTF-8.
var textFastLines = []string{
	"", " ", "  ", "\r", "a", " a", "a ", "a\r", " a b ", "a  b", "a\tb", "a \tb", "\ta b\r",
	"Hello World", "All Rights Reserved.", "ALL RIGHTS RESERVED", "© 2024 Acme. All rights reserved",
	"Copyright 2020", "(c) 2021 Foo", "(C) 2021 Foo", "Cookie settings", "We use COOKIES to improve your experience",
	"Sign in", "sign-in", "Log In to reply", "Skip to main content", "Back to top",
	"Tags: politics, economy", "Posted in News", "Most Read", "Most read today", "Relatedness is key",
	"Related: the story", "Comments (3)", "20 Comments", "{ 18 comments… read them below or add one }",
	"Leave a Reply", "Kommentare", "Schreibe einen Kommentar", "Alle Rechte vorbehalten.",
	"TOUS DROITS RÉSERVÉS", "Tous droits réservés", "Wszelkie prawa zastrzeżone", "ВСЕ ПРАВА ЗАЩИЩЕНЫ",
	"Все права защищены © 2023", "版权所有 © 新华网", "京公网安备 11010502000001号", "ICP备12345678号",
	"Das könnte Sie auch interessieren", "DAS KÖNNTE SIE AUCH INTERESSIEREN", "À lire aussi", "À LIRE AUSSI",
	"Читайте также", "ЧИТАЙТЕ ТАКЖЕ", "相关新闻", "関連記事", "İstanbul'da büyük İSTANBUL", "ǅemal Ǆ",
	"Straße STRASSE ẞ", "Ωmega ΣΊΣΥΦΟΣ", "a\u00a0b", "a\u00a0\u00a0b", "a \u200bb", "a\u200b b", "\u200ba",
	"a\u3000b", "\ufeffTitle", "a\x01b", "\x00", " \x1f ", "a \x7f b", "a\x7f\x7fb", "\x7f", "a\x0bb", "a\fb ", "soft\u00adhyphen", "bad\xffbyte", "bad \xc3 byte", "\xe2\x80", "tail\xe2",
	"Facebook Twitter Email", "Share - WeChat", "12k shares", "Advertisement", "- Advertisement -",
	"Global EditionASIA 中文双语Français", "首页 新闻 国际 财经 体育", "November 10, 2012", "Posted by Anna on 3 May 2021",
	"Comment #2 - Posted by: Kurt at November 10, 2012", "Anna says: 19.10.19", "The cat sat on the mat.",
	"Der Hund und die Katze sind im Haus.", "Le chat est sur la table, et il dort.", "Он сказал, что это так.",
	"THE END OF THE WORLD AS WE KNOW IT", "newsletter", "NEWSLETTER", "Push Notifications", "Datenschutz",
	"Privacy Policy | Terms of Use", "registration number 123", "This material may not be published",
	"– Advertisement –", "— Anzeige —", "[Advertisement]", "(Werbung).", "–—Reklama—–", "• Most read", "· Related",
	"1. Most read", "## Comments", "> Lesen Sie auch", "—Related stories", "Share: Facebook / Twitter (12k)",
	"Teilen | 3.2K | WhatsApp", "Tweet!", "Comments: 0", "0 Kommentare", "Kommentare: 12 neu", "Ответов 3 комментариев 5",
	"комментарии 7", "评论 12", "Über 3 Kommentare zu diesem Artikel und mehr", "Read 46 Comments on “Title” now ok yes",
}

func TestTextFoldSpaceAgrees(t *testing.T) {
	forCorpusLines(t, func(s string) {
		if got, want := textFoldSpace(s), textFoldSlow(s); got != want {
			t.Errorf("textFoldSpace(%q) = %q, want %q", s, got, want)
		}
	})
	for _, s := range []string{"\u3000", "a\u3000", "\u3000a\u3000", "a \u3000b", "a\u3000 b", "\xe3\xe3\x80\x80", "a\xe3\x80\x80",
		"\xe3\x80\x80a", "a \t", "\ta", "a\x80", "\x80a", "a\u200b", "\u200b", " \u00a0 ", "a\nb", "a \nb"} {
		if got, want := textFoldSpace(s), textFoldSlow(s); got != want {
			t.Errorf("textFoldSpace(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range textFastLines {
		for _, v := range []string{s, " " + s + " ", s + "\r", "\u00a0" + s, s + " \u200b", s + "  " + s} {
			if got, want := textFoldSpace(v), textFoldSlow(v); got != want {
				t.Errorf("textFoldSpace(%q) = %q, want %q", v, got, want)
			}
		}
	}
}

// textMeasureSlow is the plain rune-by-rune measure tLine.measure must
// agree with.
func textMeasureSlow(s string) tLine {
	l := tLine{text: s}
	var prev rune
	inWord := false
	wordStart := 0
	endWord := func(w string) {
		l.words++
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" && len(w) <= 12 && textStopwords()[strings.ToLower(w)] {
			l.stops++
		}
	}
	for i, r := range s {
		l.runes++
		switch {
		case textCJKPunct(r):
			l.punct++
			if inWord {
				endWord(s[wordStart:i])
				inWord = false
			}
		case textCJK(r):
			l.cjk++
			if inWord {
				endWord(s[wordStart:i])
				inWord = false
			}
		case r == ' ':
			if inWord {
				endWord(s[wordStart:i])
				inWord = false
			}
		default:
			if !inWord {
				inWord = true
				wordStart = i
				if unicode.IsUpper(r) {
					l.cased++
				} else if unicode.IsLower(r) {
					l.cased++
					l.lower++
				}
			}
			if r >= '0' && r <= '9' {
				l.digits++
			}
			switch r {
			case '.', ',', ';', ':', '!', '?', '…':
				l.punct++
			}
			if unicode.IsUpper(r) && unicode.IsLower(prev) {
				l.joins++
			}
		}
		prev = r
	}
	if inWord {
		endWord(s[wordStart:])
	}
	t := strings.TrimRight(s, textClosing+" ")
	if r, _ := utf8.DecodeLastRuneInString(t); textSentenceEnd(r) {
		l.endStop = true
	}
	return l
}

// textFoldASCII lower-cases the ASCII capitals of s only.
func textFoldASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = textFoldByte(c)
	}
	return string(b)
}

func TestTextMeasureAgrees(t *testing.T) {
	extra := []string{
		"tous droits réservés", "Tous droits réservés", "à lire aussi", "Mis à jour le 3 mai", "Straße", "\u212a", "x\u212ay",
		"ǆ ǅ", "ϒ", "ⅰ Ⅰ", "ⓐ Ⓐ", "caf\xe9", "ok \ufffd ok", "naïve café", "écrit à Paris",
		"DER Hund UND die", "Él ES el QUE", "ÜBER über Über", "«Le» (la) \"THE\" 'of'", "EditionASIA fooBar éÉ",
		"KKelvin \u212a \u212aTHE", "ⱥȺ \u023aTHE", "ДЛЯ для Для", "ẞ ß", "x1y2 2024. 3,5", "…and… so?",
		"the\xff of\xc3 \xffand", "你好，世界。 한국어 テスト", "(the) [of] --and-- 12the34",
	}
	for _, s := range append(textFastLines, extra...) {
		for _, v := range []string{s, textFoldSpace(s)} {
			got := tLine{text: v}
			got.measure()
			// fold may be false when it need not be, never true when
			// folding the ASCII capitals is not strings.ToLower.
			ascii := true
			for i := 0; i < len(v); i++ {
				ascii = ascii && v[i] < utf8.RuneSelf
			}
			if got.fold && textFoldASCII(v) != strings.ToLower(v) || ascii && !got.fold {
				t.Errorf("measure(%q).fold = %v", v, got.fold)
			}
			want := textMeasureSlow(v)
			want.fold = got.fold
			if got != want {
				t.Errorf("measure(%q) = %+v, want %+v", v, got, want)
			}
		}
	}
}

// textFlagSlow is the plain flag, a strings.Contains per phrase on the
// lower-cased line, that tLine.flag must agree with.
func textFlagSlow(l *tLine) {
	s := l.text
	lower := strings.ToLower(s)
	anyIn := func(list []string) bool {
		for _, p := range list {
			if strings.Contains(lower, p) {
				return true
			}
		}
		return false
	}
	if strings.HasPrefix(s, "©") || strings.HasPrefix(lower, "copyright") || strings.HasPrefix(lower, "(c) ") {
		l.boiler = true
	}
	if l.runes < 600 && anyIn(textCopyPhrases) {
		l.boiler = true
		l.footer = true
	}
	if !l.boiler && l.runes < 800 && strings.Contains(lower, "cookie") && anyIn(textConsentWords) {
		l.boiler = true
	}
	if l.eff() < 160 && !l.boiler && anyIn(textBoilerPhrases) {
		l.boiler = true
	}
	if l.eff() <= 200 && !l.endStop {
		for _, p := range textTagPrefixes {
			if strings.HasPrefix(lower, p) {
				l.boiler = true
			}
		}
	}
	if l.eff() <= 80 {
		share := false
		n := 0
		for _, w := range strings.FieldsFunc(lower, func(r rune) bool {
			return r == ' ' || r == '/' || r == '|' || r == ',' || r == '(' || r == ')' || r == ':'
		}) {
			w = strings.TrimRight(w, ".!")
			if w == "" {
				continue
			}
			if textShareWords()[w] {
				n++
				continue
			}
			if strings.Trim(w, "0123456789kKmM.+") == "" {
				continue
			}
			n = -1000
		}
		share = n > 0
		if share || textAdLines[strings.Trim(lower, " .:-–—()[]")] {
			l.boiler = true
		}
		head := strings.TrimLeft(lower, "#*•·-–—> 0123456789")
		for _, p := range textTailHeads {
			if strings.HasPrefix(head, p) && textHeaderShape(l, head, p) {
				l.tail = true
			}
		}
		for _, p := range textCommentHeads {
			if strings.HasPrefix(head, p) && textHeaderShape(l, head, p) {
				l.comment = true
			}
		}
		if !l.comment && l.digits > 0 {
			ws := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			for i, w := range ws {
				if l.words > 8 && i > 2 {
					break
				}
				if !textCommentWords[w] {
					continue
				}
				for _, j := range []int{i - 1, i + 1} {
					if j >= 0 && j < len(ws) && strings.Trim(ws[j], "0123456789") == "" {
						l.comment = true
					}
				}
			}
		}
	}
	if l.joins >= 2 && !l.endStop && l.punct <= 1 && l.eff() < 300 {
		l.boiler = true
	}
	if l.joins >= 1 && l.words <= 8 && !l.endStop && l.punct == 0 && textMixedScripts(s) {
		l.boiler = true
	}
	if l.cjk > 0 && l.punct == 0 && textShortTokens(s) >= 4 {
		l.boiler = true
	}
	if l.runes <= 80 && l.digits >= 4 && textHasYear(s) {
		if m, ok := textFindDate(s); ok {
			rest := 0
			for _, r := range s[:m.start] + s[m.end:] {
				if unicode.IsLetter(r) {
					rest++
				}
			}
			meta := false
			for _, w := range textCommentMetaWords {
				meta = meta || strings.Contains(lower, w)
			}
			if rest <= 20 || rest <= 60 && !strings.HasSuffix(s, ":") && (isByline(s) || meta) {
				l.date = true
			}
		}
	}
}

// textFlagLines are lines made to hit the phrase lists: each phrase of
// every list in its own case, upper case and title case, alone, in a
// short line, at the end of a long one, and glued into a word.
func textFlagLines() []string {
	out := append([]string(nil), textFastLines...)
	long := strings.Repeat("The minister said on Tuesday that the plan would go ahead as agreed. ", 12)
	var lists [][]string
	lists = append(lists, textCopyPhrases, textConsentWords, textBoilerPhrases, textTagPrefixes, textTailHeads,
		textCommentHeads, textCommentMetaWords, textReplyWords, textCommentEvidence, []string{"cookie", "copyright", "(c) ", "©"})
	for k := range textAdLines {
		lists = append(lists, []string{k})
	}
	for _, list := range lists {
		for _, p := range list {
			for _, v := range []string{p, strings.ToUpper(p), strings.ToUpper(p[:1]) + p[1:]} {
				out = append(out, v, v+" 12", "12 "+v, v+": Foo bar", "Foo "+v+" bar.", v+"s", "x"+v,
					"Our cookie policy: "+v, long+v, v+" "+long, "Posted 3 May 2021 "+v, v+" 2021-05-03", "© "+v)
			}
		}
	}
	return out
}

func TestTextFlagAgrees(t *testing.T) {
	for _, s := range textFlagLines() {
		s = textFoldSpace(s)
		if s == "" {
			continue
		}
		got := tLine{text: s}
		got.measure()
		want := got
		got.flag()
		textFlagSlow(&want)
		// The answers flag keeps for later readers must be the right
		// ones; they are no flags.
		if got.lowOK && got.low != strings.ToLower(s) || got.credit != 0 && (got.credit == 2) != isByline(s) ||
			got.grams != 0 && got.grams != textGrams(strings.ToLower(s))|1 {
			t.Errorf("flag(%q) keeps low %q (%v), credit %d, grams %x", s, got.low, got.lowOK, got.credit, got.grams)
		}
		got.low, got.lowOK, got.credit, got.grams = "", false, 0, 0
		if got != want {
			t.Errorf("flag(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func TestTextMatcherAgrees(t *testing.T) {
	lists := map[uint8][]string{
		textGroupCopy: textCopyPhrases, textGroupCookie: {"cookie"}, textGroupConsent: textConsentWords,
		textGroupBoiler: textBoilerPhrases, textGroupMeta: textCommentMetaWords, textGroupReply: textReplyWords,
		textGroupEvidence: textCommentEvidence,
	}
	for g, list := range lists {
		for _, p := range list {
			if len(p) < textMinPhrase || strings.ToLower(p) != p {
				t.Errorf("group %d phrase %q: the matcher needs lower-case phrases of %d bytes or more", g, p, textMinPhrase)
			}
		}
	}
	m := newTextMatcher(lists)
	for _, s := range textFlagLines() {
		for _, v := range []string{s, strings.ToLower(s)} {
			ascii := true
			for i := 0; i < len(v); i++ {
				ascii = ascii && v[i] < utf8.RuneSelf
			}
			if !ascii && v != strings.ToLower(v) {
				continue // the matchers read lower-cased lines, or ASCII ones
			}
			lower := strings.ToLower(v)
			var want uint8
			for g, list := range lists {
				for _, p := range list {
					if strings.Contains(lower, p) {
						want |= g
					}
				}
			}
			if got := m.scan(v, 0xff); got != want {
				t.Errorf("scan(%q) = %07b, want %07b", v, got, want)
			}
		}
	}
}

func TestTextPrefixesAgree(t *testing.T) {
	for _, list := range [][]string{textTagPrefixes, textTailHeads, textCommentHeads} {
		set := newTextPrefixes(list)
		for _, p := range list {
			if len(p) < 2 || strings.ToLower(p) != p {
				t.Errorf("prefix %q: the prefix sets need lower-case phrases of two bytes or more", p)
			}
		}
		for _, s := range textFlagLines() {
			lower := strings.ToLower(s)
			var want []string
			for _, p := range list {
				if strings.HasPrefix(lower, p) {
					want = append(want, p)
				}
			}
			var got []string
			set.match(lower, func(p string) bool { got = append(got, p); return false })
			if strings.Join(got, "|") != strings.Join(sortedCopy(want), "|") {
				t.Errorf("prefixes of %q = %q, want %q", lower, got, want)
			}
			// ASCII capitals are folded as the phrases are read: the
			// line in any ASCII case has the prefixes of its lower case.
			if strings.ToLower(s) == textASCIILower(s) {
				for _, v := range []string{s, strings.ToUpper(s), textASCIITitle(s)} {
					if textASCIILower(v) != lower {
						continue
					}
					got = got[:0]
					set.match(v, func(p string) bool { got = append(got, p); return false })
					if strings.Join(got, "|") != strings.Join(sortedCopy(want), "|") {
						t.Errorf("prefixes of %q = %q, want %q", v, got, want)
					}
				}
			}
		}
	}
}

// textASCIITitle is s with its first byte upper-cased when a-z.
func textASCIITitle(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func sortedCopy(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

func TestTextLineAnswersKept(t *testing.T) {
	for _, s := range textFlagLines() {
		l := tLine{text: s}
		if got := l.lowered(); got != strings.ToLower(s) || !l.lowOK {
			t.Errorf("lowered(%q) = %q", s, got)
		}
		l.text = "changed" // the answer is kept, not asked again
		if got := l.lowered(); got != strings.ToLower(s) {
			t.Errorf("lowered(%q) asked again: %q", s, got)
		}
		l = tLine{text: s}
		want := isByline(s)
		for range 2 {
			if got := l.isCredit(); got != want {
				t.Errorf("isCredit(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

func TestTextWordSetAgrees(t *testing.T) {
	words := textStopwords()
	set := newTextWordSet(words)
	probe := []string{"", "a", "x", "the", "thE", "them", "th", "theee", "und", "который", "которые", "només",
		"abcdefghijklmnop", "abcdefghijklmnopq", "für", "fur", "é", "是", "和"}
	for w := range words {
		probe = append(probe, w, w+"s", w[:len(w)-1], strings.ToUpper(w), w+w)
	}
	for _, w := range probe {
		if got := set.has([]byte(w)); got != words[w] {
			t.Errorf("has(%q) = %v, want %v", w, got, words[w])
		}
	}
	long := newTextWordSet(map[string]bool{"abcdefghijklmnopq": true, "short": true})
	for w, want := range map[string]bool{"abcdefghijklmnopq": true, "abcdefghijklmnop": false, "short": true, "shor": false} {
		if got := long.has([]byte(w)); got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkTextLines times the line reading of the text path alone
// (split, measure, flag, class, best run) over the dev corpus text pages,
// decoded outside the timer: the share of readText that does not depend
// on the header readers.
func BenchmarkTextLines(b *testing.B) {
	texts, total := benchTexts(b)
	b.SetBytes(total)
	b.ReportAllocs()
	c0 := cpuTime()
	for b.Loop() {
		for _, t := range texts {
			textRun(textSplitLines(t))
		}
	}
	if cpu := (cpuTime() - c0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
}

func TestTextFoldSetAgrees(t *testing.T) {
	huge := strings.Repeat("x", 130)
	for _, m := range []map[string]bool{textShareWords(), textAdLines, textCommentWords, {huge: true, "a": true, "abcdefghijklmnopq": true}} {
		fs := newTextFoldSet(m)
		probe := append([]string{"", "a", "x", huge, huge + "x", strings.ToUpper(huge)}, textFlagLines()...)
		for w := range m {
			probe = append(probe, w, strings.ToUpper(w), w+"s", w[:len(w)-1], "x"+w)
		}
		for _, w := range probe {
			if got, want := fs.has(w), textFoldLookup(m, w); got != want {
				t.Errorf("has(%q) = %v, textFoldLookup gives %v", w, got, want)
			}
		}
	}
}
