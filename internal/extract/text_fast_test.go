package extract

import (
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
	"a\u3000b", "\ufeffTitle", "soft\u00adhyphen", "bad\xffbyte", "bad \xc3 byte", "\xe2\x80", "tail\xe2",
	"Facebook Twitter Email", "Share - WeChat", "12k shares", "Advertisement", "- Advertisement -",
	"Global EditionASIA 中文双语Français", "首页 新闻 国际 财经 体育", "November 10, 2012", "Posted by Anna on 3 May 2021",
	"Comment #2 - Posted by: Kurt at November 10, 2012", "Anna says: 19.10.19", "The cat sat on the mat.",
	"Der Hund und die Katze sind im Haus.", "Le chat est sur la table, et il dort.", "Он сказал, что это так.",
	"THE END OF THE WORLD AS WE KNOW IT", "newsletter", "NEWSLETTER", "Push Notifications", "Datenschutz",
	"Privacy Policy | Terms of Use", "registration number 123", "This material may not be published",
}

func TestTextFoldSpaceAgrees(t *testing.T) {
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

func TestTextMeasureAgrees(t *testing.T) {
	extra := []string{
		"DER Hund UND die", "Él ES el QUE", "ÜBER über Über", "«Le» (la) \"THE\" 'of'", "EditionASIA fooBar éÉ",
		"KKelvin \u212a \u212aTHE", "ⱥȺ \u023aTHE", "ДЛЯ для Для", "ẞ ß", "x1y2 2024. 3,5", "…and… so?",
		"the\xff of\xc3 \xffand", "你好，世界。 한국어 テスト", "(the) [of] --and-- 12the34",
	}
	for _, s := range append(textFastLines, extra...) {
		for _, v := range []string{s, textFoldSpace(s)} {
			got := tLine{text: v}
			got.measure()
			if want := textMeasureSlow(v); got != want {
				t.Errorf("measure(%q) = %+v, want %+v", v, got, want)
			}
		}
	}
}
