package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// datelineGateAlphabet holds the runes the two dateline expressions tell
// apart: capitals and small letters of two scripts, marks, quotes,
// spaces, separators, brackets and dashes.
var datelineGateAlphabet = []string{
	"A", "B", "Z", "a", "z", "Ж", "ж", "É", "é", "\u0301", "'", "’", ".", " ", "\t", "\n", "\v",
	"-", "--", "—", "–", ",", "/", "(", ")", ":", "1", "5", "AP", "dpa", "x", "\xe2", "\xe2\x80", "\xff",
}

func checkDatelineGates(t *testing.T, s string) {
	t.Helper()
	if datelineRE().MatchString(s) && !mayDateline(s) {
		t.Fatalf("mayDateline refuses %q, which datelineRE matches", s)
	}
	if titleDatelineRE().MatchString(s) && !mayTitleDateline(s) {
		t.Fatalf("mayTitleDateline refuses %q, which titleDatelineRE matches", s)
	}
}

// TestDatelineGatesRandom checks on random strings that the gates refuse
// only what the expressions cannot match.
func TestDatelineGatesRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 300000; i++ {
		var b strings.Builder
		n := 1 + rng.Intn(12)
		for j := 0; j < n; j++ {
			b.WriteString(datelineGateAlphabet[rng.Intn(len(datelineGateAlphabet))])
		}
		checkDatelineGates(t, b.String())
	}
	for _, s := range []string{
		"WASHINGTON — The", "NEW YORK (AP) — x", "BERLIN, 18. Oktober (Reuters) - x", "PARIS, Oct 18 - x",
		"Москва — ТАСС", "Berlin (dpa) - x", "Москва, 5 марта — x", "SAN-FRANCISCO / Nord Rhein -- x",
		"O'NEILL.  - x", "Saint-Étienne – AFP",
	} {
		if !mayDateline(s) && !mayTitleDateline(s) {
			t.Errorf("both gates refuse the dateline %q", s)
		}
		checkDatelineGates(t, s)
	}
}

// TestDatelineGatesCorpus checks the gates on the lines of the text pages
// of the corpus, where they are (and their openings cut to a few words).
func TestDatelineGatesCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "dev", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus at " + dir)
	}
	for i, f := range files {
		if i%4 != 0 {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			checkDatelineGates(t, line)
			if len(line) > 60 {
				checkDatelineGates(t, line[:60])
			}
		}
	}
}
