package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The author's biography under the article, printed without a box
// header or a name line over it ("Will Knight is a senior writer for
// ...", "Inga Buller ist Head of Social & Community bei ..."): a
// paragraph among the last of the body that opens with the name the
// header credits, over nothing but short lines.

// textBioBlocks is how many of the last blocks are read for the
// biography; textBioTailMax the longest block that may follow it.
const (
	textBioBlocks  = 3
	textBioTailMax = 150
)

// textCutBio returns blocks without the credited author's biography at
// their end.
func textCutBio(blocks []block, cands []candidate) []block {
	if len(blocks) < 2 {
		return blocks
	}
	// The names are read from the credit only for a block that may be
	// the biography: splitting a byline costs more than the rest.
	var names []string
	read := false
	prose := 0
	for i := range blocks {
		b := blocks[i].text
		if i < len(blocks)-textBioBlocks {
			// Only whether the prose above reaches textBoxProse
			// matters: the runes are not counted beyond it.
			if prose < textBoxProse {
				prose += textRunesUpTo(b, textBoxProse-prose)
			}
			continue
		}
		if prose >= textBoxProse && textRunesAtMost(b, textBoxBio) {
			if !read {
				names, read = textBioNames(cands), true
			}
			if (textOpensWithName(b, names) || textBioShape(b)) && textShortAfter(blocks[i+1:]) {
				return blocks[:i]
			}
		}
		if prose < textBoxProse {
			prose += textRunesUpTo(b, textBoxProse-prose)
		}
	}
	return blocks
}

// textRunesAtMost reports whether s holds at most n runes, counting them
// only when its length in bytes does not tell: the last blocks of a body
// are often long paragraphs.
func textRunesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > n*utf8.UTFMax {
		return false
	}
	return utf8.RuneCountInString(s) <= n
}

// textRunesUpTo returns the runes of s, or a figure of n or more when s
// surely holds n runes or more: a sum that only has to reach n is not
// counted beyond it.
func textRunesUpTo(s string, n int) int {
	if len(s) >= n*utf8.UTFMax {
		return len(s) / utf8.UTFMax
	}
	return utf8.RuneCountInString(s)
}

// textBioNames returns the names the byline candidates credit, of two
// words or more.
func textBioNames(cands []candidate) []string {
	var names []string
	for _, c := range cands {
		if c.field == fieldByline {
			for _, n := range splitAuthors(c.value) {
				if strings.Count(n, " ") >= 1 {
					names = append(names, n)
				}
			}
		}
	}
	return names
}

// textOpensWithName reports whether s opens with one of the names,
// followed by a space or a comma ("Jane Doe is ...", "Jane Doe, born
// ...").
func textOpensWithName(s string, names []string) bool {
	for _, n := range names {
		if strings.HasPrefix(s, n) && len(s) > len(n) && (s[len(n)] == ' ' || s[len(n)] == ',') {
			return true
		}
	}
	return false
}

// textShortAfter reports whether every block is short: a link, a
// label, a line of icons, no paragraph of the article.
func textShortAfter(blocks []block) bool {
	for _, b := range blocks {
		if !textRunesAtMost(b.text, textBioTailMax) {
			return false
		}
	}
	return true
}

// textBioShape reports whether s reads as an author's biography whoever
// the header credits: a name of two or three capitalised words, then a
// verb that presents the person and a word of the trade within the
// first words ("Will Knight is a senior writer for ...", "Moritz
// Gathmann leitet das Ressort ..."), or the author presenting
// themselves ("Ich bin Steffi, ...", "Hallo, ich bin Foodbloggerin
// ...", "Hi, I'm ...").
func textBioShape(s string) bool {
	for _, p := range textBioSelf {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	head := s[:min(len(s), textBioHead)]
	// Most blocks are turned away by their second word, which must be
	// capitalised: it is read before every word is split off.
	var first [3]string
	n := 0
	for w := range strings.FieldsSeq(head) {
		first[n] = w
		if n++; n == len(first) {
			break
		}
	}
	if n < len(first) || !textCapitalised(first[1]) {
		return false
	}
	words := strings.Fields(head)
	for n := 2; n <= 3 && n < len(words); n++ {
		if !textCapitalised(words[n-1]) {
			break
		}
		if !slices.Contains(textBioVerbs, words[n]) {
			continue
		}
		rest := strings.ToLower(strings.Join(words[n+1:], " "))
		return textHasAny(rest, textBioTrades)
	}
	return false
}

// textBioHead is how many bytes of a block are read for a biography's
// opening.
const textBioHead = 120

// textBioSelf open an author's presentation of themselves.
var textBioSelf = []string{
	"Ich bin ", "Hallo, ich bin ", "Hi, ich bin ", "Hey, ich bin ", "Hi, I'm ", "Hi, I am ", "Hello, I'm ",
	"Je suis ", "Bonjour, je suis ", "Soy ", "Hola, soy ",
}

// textBioVerbs present a person after the name; textBioTrades are the
// words of the trades that write.
var (
	textBioVerbs  = []string{"is", "ist", "leitet", "schreibt", "arbeitet", "est", "es", "è", "jest"}
	textBioTrades = []string{
		"writer", "editor", "journalist", "reporter", "correspondent", "columnist", "author", "contributor",
		"founder", "expert", "consultant", "redakteur", "journalist", "autor", "korrespondent", "ressort",
		"kolumnist", "gründer", "chefredakt", "rédact", "journaliste", "auteur", "periodista", "redactor",
		"giornalista", "redattore", "dziennikar", "redaktor",
	}
)
