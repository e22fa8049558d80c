package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fast paths kept for speed must give what the plain code they
// replaced gives.

func TestMetaSpaceAsFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", " a b c ",
		"a\u00a0b", "a\u3000b", "a\u0085b", "a\u2003 b", "\u00a0", "é è", "a \u200bb",
		"x\xffy", "x \xff y", "already folded text", "two  spaces", "trailing\n",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := metaSpace(s); got != want {
			t.Errorf("metaSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestMetaSpaceAllShort(t *testing.T) {
	alphabet := []string{"a", " ", "\t", "\u00a0", "\xff", "é"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if want := strings.Join(strings.Fields(s), " "); metaSpace(s) != want {
			t.Fatalf("metaSpace(%q) = %q, want %q", s, metaSpace(s), want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
}

// The scans before the date expressions must let through every string
// the expressions match: checked on every short string over the bytes that
// matter, and on the lines of the golden pages.
func TestDatePrefiltersLetMatchesThrough(t *testing.T) {
	re := dateRE()
	check := func(s string) {
		t.Helper()
		if re["iso"].MatchString(s) && !digitsThen(s, "-/.") {
			t.Fatalf("iso matches %q, digitsThen says no", s)
		}
		if re["num"].MatchString(s) && !digitsAfter(s, "./-") {
			t.Fatalf("num matches %q, digitsAfter says no", s)
		}
		if re["cjk"].MatchString(s) && !strings.Contains(s, "年") && !strings.Contains(s, "년") {
			t.Fatalf("cjk matches %q without 年 or 년", s)
		}
	}
	var walk func(alphabet []string, s string, n int)
	walk = func(alphabet []string, s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(alphabet, s+c, n-1)
		}
	}
	walk([]string{"1", "2", ".", "-", "/", " ", "\t", "年"}, "", 5)
	walk([]string{"1", ".", "-", " "}, "", 9)
	for _, s := range []string{"2025-10-18", "x2025/1/2", "18.10.2025", "18 . 10 . 2025", "1-2- 2025", "2025年10月18日", "2025 年 1 月 2", "12025-10-180"} {
		check(s)
	}
	pages, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*"))
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			check(line)
		}
	}
}
