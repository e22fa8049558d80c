package model

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// weakMaxWords bounds the paragraphs a weak phrase can mark as chrome: a
// button row or a one-line notice, not a sentence of an article.
const weakMaxWords = 25

// shareMaxWords bounds a row of share buttons.
const shareMaxWords = 12

// copyrightMaxWords bounds a copyright or licence line.
const copyrightMaxWords = 45

// chromeHit is the first paragraph of a family and how many there are.
type chromeHit struct {
	first, count int
	text         string
}

func checkChrome(f *findings, a *Article) {
	hits := map[string]*chromeHit{}
	note := func(rule string, i int, p string) {
		h := hits[rule]
		if h == nil {
			h = &chromeHit{first: i + 1, text: p}
			hits[rule] = h
		}
		h.count++
	}
	for i, p := range a.Paragraphs {
		if strings.TrimSpace(p) == "" {
			continue
		}
		// Code blocks quote whatever they like.
		if a.KindOf(i) == KindCode {
			continue
		}
		for _, rule := range chromeRules(p) {
			note(rule, i, p)
		}
	}
	for _, id := range []string{RuleChromeCookie, RuleChromeNewsletter, RuleChromeShare, RuleChromeCopyright, RuleChromeRelated, RuleChromePaywall} {
		h := hits[id]
		if h == nil {
			continue
		}
		what := chromeWhat[id]
		if h.count == 1 {
			f.add(id, "paragraphs", h.first, "paragraph %d looks like %s: %q", h.first, what, truncate(h.text, 80))
		} else {
			f.add(id, "paragraphs", h.first, "%d paragraphs look like %s, the first is %d: %q", h.count, what, h.first, truncate(h.text, 80))
		}
	}
}

var chromeWhat = map[string]string{
	RuleChromeCookie:     "a cookie or consent notice",
	RuleChromeNewsletter: "a newsletter or subscription prompt",
	RuleChromeShare:      "a share prompt",
	RuleChromeCopyright:  "a copyright or licence line",
	RuleChromeRelated:    "a related-links or most-read list",
	RuleChromePaywall:    "a paywall or sign-in message",
}

// ChromeRules returns the ids of the chrome rules paragraph p breaks, for
// callers (and tests) that look at one paragraph.
func ChromeRules(p string) []string { return chromeRules(p) }

func chromeRules(p string) []string {
	var out []string
	fp := fold(p)
	words, cjk := countWords(p)
	n := words + (cjk+1)/2
	for _, fam := range chromeFamilies {
		if familyMatches(&fam, fp, n) {
			out = append(out, fam.rule)
		}
	}
	if n <= shareMaxWords && isShareRow(fp) {
		out = append(out, RuleChromeShare)
	}
	if n <= copyrightMaxWords && isCopyright(fp) {
		out = append(out, RuleChromeCopyright)
	}
	return out
}

func familyMatches(fam *chromeFamily, fp string, n int) bool {
	if n > fam.maxWords {
		return false
	}
	if len(fam.whole) > 0 {
		b := strings.TrimRight(bare(fp), " :")
		for _, w := range fam.whole {
			if b == w {
				return true
			}
		}
	}
	for _, ph := range fam.phrases {
		if containsPhrase(fp, ph) {
			return true
		}
	}
	if n <= weakMaxWords {
		for _, ph := range fam.weak {
			if containsPhrase(fp, ph) {
				return true
			}
		}
	}
	if n <= fam.maxWords {
		for _, h := range fam.heads {
			if hasHead(fp, h) {
				return true
			}
		}
	}
	return false
}

// containsPhrase finds phrase in s at word boundaries (a letter or digit
// must not touch either end), except for phrases in scripts written
// without spaces, which match anywhere.
func containsPhrase(s, phrase string) bool {
	if phrase == "" {
		return false
	}
	cjk := strings.ContainsFunc(phrase, isCJK)
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(phrase)
		if cjk || (boundaryBefore(s, i) && boundaryAfter(s, j)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	return false
}

func isWordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	c, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(c)
}

func boundaryAfter(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	c, _ := utf8.DecodeRuneInString(s[j:])
	return !isWordRune(c)
}

// hasHead says whether s opens with head followed by a colon, a dash, an
// arrow or a pipe ("read more: ...", "lesen sie auch - ...") and more text.
func hasHead(s, head string) bool {
	if !strings.HasPrefix(s, head) {
		return false
	}
	rest := strings.TrimLeft(s[len(head):], " ")
	if rest == "" {
		return false
	}
	for _, sep := range []string{":", "-", "»", ">", "|", "→", "▶", "►", "："} {
		if strings.HasPrefix(rest, sep) {
			return strings.TrimSpace(strings.TrimPrefix(rest, sep)) != ""
		}
	}
	return false
}

// isShareRow says whether a folded paragraph is nothing but share buttons:
// every word a share verb, a network or filler, with at least one verb or
// two networks ("Share on Facebook", "Facebook Twitter WhatsApp").
func isShareRow(fp string) bool {
	tokens := strings.FieldsFunc(fp, func(c rune) bool {
		return !isWordRune(c) && c != '-' && c != '+' && c != ':'
	})
	if len(tokens) == 0 {
		return false
	}
	verbs, networks := 0, 0
	for _, t := range tokens {
		t = strings.Trim(t, "-:")
		if strings.ContainsFunc(t, isCJK) {
			// No spaces between words: take the known words off the run.
			v, n, rest := stripCJKShare(t)
			verbs, networks = verbs+v, networks+n
			if rest != "" {
				return false
			}
			continue
		}
		switch {
		case t == "":
		case shareVerbs[t]:
			verbs++
		case shareNetworks[t]:
			networks++
		case shareFiller[t]:
		default:
			return false
		}
	}
	return verbs > 0 || networks >= 2
}

// isCopyright says whether a folded paragraph is a copyright or licence
// line.
func isCopyright(fp string) bool {
	for _, ph := range copyrightPhrases {
		// A phrase in quotes is talked about, not declared: "some rights
		// reserved" in an article on licences.
		if i := strings.Index(fp, ph); i >= 0 && containsPhrase(fp, ph) && !strings.HasSuffix(fp[:i], "\"") {
			return true
		}
	}
	s := fp
	switch {
	case strings.HasPrefix(s, "©"):
		return true
	case strings.HasPrefix(s, "(c) "), strings.HasPrefix(s, "copyright "), strings.HasPrefix(s, "copyright:"),
		strings.HasPrefix(s, "copyright©"):
		// "Copyright law..." is a sentence; "Copyright 2024 ..." and
		// "Copyright © ..." are the line.
		rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "(c)"), "copyright"), ":"), " ©")
		return strings.HasPrefix(s, "copyright©") || strings.Contains(s, "©") || startsWithYear(rest)
	}
	// "Photo: © Jane Doe", "Foto: © dpa": a credit line, short. The sign
	// must stand apart: "Ã©" is mojibake for "é", not a credit.
	if i := strings.Index(s, "©"); i >= 0 && boundaryBefore(s, i) {
		if w, _ := countWords(s); w <= 8 {
			return true
		}
	}
	return false
}

func startsWithYear(s string) bool {
	if len(s) < 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

// cjkShareWords are the share words of scripts without spaces, longest
// first so that "分享到" goes before "分享".
var cjkShareWords = func() []string {
	var ws []string
	for _, m := range []map[string]bool{shareVerbs, shareNetworks, shareFiller} {
		for w := range m {
			if strings.ContainsFunc(w, isCJK) {
				ws = append(ws, w)
			}
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	return ws
}()

// stripCJKShare takes the share words off a run of CJK text and counts
// the verbs and networks among them.
func stripCJKShare(t string) (verbs, networks int, rest string) {
	for t != "" {
		found := false
		for _, w := range cjkShareWords {
			if strings.HasPrefix(t, w) {
				switch {
				case shareVerbs[w]:
					verbs++
				case shareNetworks[w]:
					networks++
				}
				t = t[len(w):]
				found = true
				break
			}
		}
		if !found {
			return verbs, networks, t
		}
	}
	return verbs, networks, ""
}
