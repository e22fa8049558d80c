package extract

import (
	"strings"
	"testing"
)

// cutAuthorWordAll is cutAuthorWord without its length check: the word
// compared with every word for author.
func cutAuthorWordAll(s string) (string, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, false
	}
	for _, w := range authorWords {
		if strings.EqualFold(s[i+1:], w) {
			return cutAuthorWord(s[:i] + " " + w)
		}
	}
	return s, false
}

// TestCutAuthorWordLength checks the length check turns away no word
// for author, in any case, the Kelvin sign for its "k" included.
func TestCutAuthorWordLength(t *testing.T) {
	cut := 0
	for _, s := range []string{
		"Harald Bauer Autor", "Harald Bauer AUTORIN", "Jane Doe Author", "Jean Dupont auteur", "Mario Rossi Autore",
		"Harald Bauer Redakteur", "Harald Bauer REDAKTEURIN", "Harald Bauer Reda\u212ateurin", "Harald Bauer REDA\u212aTEUR",
		"Harald Bauer Autorinnen", "Harald Bauer Aut", "Harald Bauer", "Autor", "Harald Bauer Redakteurinnen",
	} {
		got, ok := cutAuthorWord(s)
		want, wantOK := cutAuthorWordAll(s)
		if ok != wantOK || got != want {
			t.Errorf("cutAuthorWord(%q) = %q, %v; want %q, %v", s, got, ok, want, wantOK)
		}
		if ok {
			cut++
		}
	}
	if cut < 8 {
		t.Errorf("only %d lines cut: the words for author are hardly tried", cut)
	}
}

// TestCutBylineSuffixASCII checks a line ending in ASCII keeps its end
// and a reporter word after a name is cut.
func TestCutBylineSuffixASCII(t *testing.T) {
	for s, want := range map[string]string{"홍길동 기자": "홍길동", "张三 报道": "张三", "山田太郎 特派員": "山田太郎", "Jane Doe": "", "기자 Jane": "", "": ""} {
		got, ok := cutBylineSuffix(s)
		if ok != (want != "") || ok && got != want {
			t.Errorf("cutBylineSuffix(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
}

// TestCutAuthorWordFirstByte checks the first-byte check against every
// last word of two bytes over a set that holds the words' letters, other
// letters, the Kelvin sign and bytes that fold to "a" and "r" by |0x20.
func TestCutAuthorWordFirstByte(t *testing.T) {
	for _, first := range []string{"a", "A", "r", "R", "A\u0301", "\u212a", "b", "@", "\x01", "R\u00e9", "á", "ř", " "} {
		for _, w := range authorWords {
			for _, rest := range []string{w[1:], strings.ToUpper(w[1:]), strings.ReplaceAll(w[1:], "k", "\u212a")} {
				s := "Harald Bauer " + first + rest
				got, ok := cutAuthorWord(s)
				want, wantOK := cutAuthorWordAll(s)
				if ok != wantOK || got != want {
					t.Errorf("cutAuthorWord(%q) = %q, %v; want %q, %v", s, got, ok, want, wantOK)
				}
			}
		}
	}
}
