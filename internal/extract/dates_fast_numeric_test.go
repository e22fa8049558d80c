package extract

import (
	"reflect"
	"testing"
)

// isoFind and numFind stand for their expressions: on any string they
// give the same match and submatches, or none when the expression finds
// none.
func TestDateNumericAsExpression(t *testing.T) {
	readers := []struct {
		name string
		find func(string) []int
	}{
		{"iso", isoFind},
		{"num", numFind},
	}
	found := map[string]int{}
	check := func(s string) {
		t.Helper()
		for _, r := range readers {
			want := dateRE()[r.name].FindStringSubmatchIndex(s)
			got := r.find(s)
			if got != nil {
				found[r.name]++
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %v, the expression gives %v", r.name, s, got, want)
			}
		}
	}
	for _, s := range []string{
		"2025-10-18", "2025/10/18", "2025.10.18T07:46:00Z", "12025-10-188", "2025-1-8", "2025-10-1", "2025-101-8",
		"2025 -10-18", "v1.2.2025", "18.10.2025", "18. 10. 2025", "18 .10 .2025", "18 / 10 / 2025", "18\t-\t10\t-\t2025",
		"1.2.20255", "123.4.2025", "1.2.202", "18.10. 2025 und 19.10.2025", "Stand: 03.04.2025, 10:00 Uhr",
		"18..10.2025", "2025-10-18 and 2024-01-02", "1-2-3-4-2025", "1.\u00a02.2025", "",
	} {
		check(s)
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
	walk([]string{"1", "12", "2025", " ", "  ", ".", "/", "-", "\t", "\v", "a", "\xff"}, "", 5)
	forCorpusLines(t, func(line string) {
		if !hasYear(line) || len(line) > 300 {
			check(line)
			return
		}
		// scanLocs runs the reader from a gate's offset, and on after a
		// rejected match.
		for k := 0; k < len(line); k++ {
			check(line[k:])
		}
	})
	for _, r := range readers {
		if found[r.name] == 0 {
			t.Errorf("%s: no date read", r.name)
		}
	}
}
