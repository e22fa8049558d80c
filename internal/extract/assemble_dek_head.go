package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cutHeadlineLead returns what an element styled as a dek holds after the
// headline when it opens with it, perhaps behind a kicker or a label of a
// few words ("Chronik Lotte Tobisch ist tot Die Opernball-Grande-Dame
// ..." under the headline "Lotte Tobisch ist tot"): the page's markup put
// the headline box, not the standfirst alone, under the dek's class. v is
// returned whole when it does not hold the headline so, or when little
// is left after it.
func cutHeadlineLead(v, headline string) string {
	h := tokens(headline)
	if len(h) < 2 {
		return v
	}
	// The words of v with the byte offset where each ends.
	var words []string
	var ends []int
	start := -1
	for i, r := range v {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			words = append(words, strings.ToLower(v[start:i]))
			ends = append(ends, i)
			start = -1
		}
		if len(words) > len(h)+8 {
			break
		}
	}
	if start >= 0 && len(words) <= len(h)+8 {
		words = append(words, strings.ToLower(v[start:]))
		ends = append(ends, len(v))
	}
	for at := 0; at <= 6 && at+len(h) <= len(words); at++ {
		match := true
		for j, w := range h {
			if words[at+j] != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		// The headline's closing marks ("?", a closing quote) go with
		// it, not with the standfirst.
		closing := strings.TrimLeftFunc(headline[len(strings.TrimRightFunc(headline, notWordRune)):], unicode.IsSpace)
		if strings.IndexFunc(closing, func(r rune) bool { return unicode.Is(unicode.Quotation_Mark, r) }) >= 0 {
			// Pages print one quote mark in the title and another in
			// the element.
			closing += `'"’”»›`
		}
		rest := strings.TrimLeft(v[ends[at+len(h)-1]:], " \t\n.:;,|·•-–—"+closing)
		if utf8.RuneCountInString(rest) < 40 {
			return v
		}
		return rest
	}
	return v
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// cutCreditTail returns a dek without the meta line a page printed in the
// same element after it ("... dem Klima schaden. Von Jana Berg 19.
// Oktober 2019, 19:08 Uhr Editiert am ...", "... ihre Erholung? Monday,
// 6 January 2020", "... Bühne wieder. Von Jana Berg"): the text from a
// sentence's end on, when it opens with a credit before a date, with a
// date, or is a credit and nothing more. v is returned whole when it
// holds no such line or little is left before it.
func cutCreditTail(v string) string {
	for i := 0; i < len(v); {
		j := strings.IndexAny(v[i:], ".!?")
		if j < 0 {
			break
		}
		end := i + j + 1
		i = end
		if end >= len(v) || utf8.RuneCountInString(v[:end]) < 40 {
			continue
		}
		rest := strings.TrimSpace(v[end:])
		if v[end] != ' ' {
			// "recovery?Monday, 6 January 2020": the page ran the date
			// into the sentence; only a date is cut there.
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
				continue
			}
			if opensWithDate(rest) {
				return v[:end]
			}
			continue
		}
		if opensWithDate(rest) {
			return v[:end]
		}
		if creditOpening(rest) || creditLabelled(rest) && isBylineWhole(rest) {
			return v[:end]
		}
	}
	return v
}

// cutDateStamp returns a dek without the date and time it opens with
// ("31.10.2023, 10.19 Uhr : Das Wetter ..."), when a sentence of 40
// characters or more follows; else v.
func cutDateStamp(v string) string {
	m, ok := findDate(v)
	if !ok || m.start != 0 {
		return v
	}
	rest := strings.TrimLeft(v[m.end:], " ,")
	if f, _, _ := strings.Cut(rest, " "); f != "" && strings.Trim(f, "0123456789:.") == "" && strings.ContainsAny(f, ":.") {
		rest = strings.TrimLeft(rest[len(f):], " ")
	}
	if w, after, ok := strings.Cut(rest, " "); ok && (strings.EqualFold(w, "uhr") || strings.EqualFold(w, "h")) {
		rest = after
	}
	rest = strings.TrimLeft(rest, " :|·•-–—")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || utf8.RuneCountInString(rest) < 40 {
		return v
	}
	return rest
}

// opensWithDate reports whether s opens with a date, perhaps after its
// weekday ("Monday, 6 January 2020").
func opensWithDate(s string) bool {
	m, ok := findDate(s)
	if !ok {
		return false
	}
	if m.start == 0 {
		return true
	}
	before := strings.TrimSpace(s[:m.start])
	return strings.HasSuffix(before, ",") && !strings.ContainsAny(before, " 0123456789")
}
