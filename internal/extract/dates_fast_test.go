package extract

import (
	"reflect"
	"testing"
)

// dmyFind and mdyFind stand for their expressions: wherever these are run
// (on what follows a gate's offset), they give the same match and
// submatches, or none when the expression finds none.
func TestDateFastAsExpression(t *testing.T) {
	readers := []struct {
		name string
		find func(string) (dateLoc, bool)
	}{
		{"dmy", dmyFind},
		{"mdy", mdyFind},
	}
	n := 0
	check := func(s string) {
		t.Helper()
		for _, r := range readers {
			want := dateRE()[r.name].FindStringSubmatchIndex(s)
			got, ok := r.find(s)
			if ok {
				n++
			}
			if ok != (want != nil) || ok && !reflect.DeepEqual(got[:], want) {
				t.Fatalf("%s on %q: got %v %v, the expression gives %v", r.name, s, ok, got, want)
			}
		}
	}
	for _, s := range []string{
		"18 October 2025", "18. Oktober 2025", "18 de octubre de 2025", "18 de octubre del 2025", "18th Oct, 2025",
		"18-Oct-2025", "1er mai 2025", "1ermai 2025", "1º de mayo de 2025", "3° marzo 2025", "5 de de 2025",
		"123 Oct 2025", "Oct 2025", "October 18, 2025", "Oct. 18 2025", "October 18th, 2025", "xOctober 18, 2025",
		"Posted on 12 March 2014 at 10:31 by Anna", "Mai 2, 20255", "18 Okt.2025", "18 DE OCTUBRE DEL 2025",
		"18\tde\toctubre\tdel\t2025", "18 -  Oct -2025", "1 Ökt 2025", "1 Ök\xfft 2025", "May 2nd,2025", "May 2nd, 2025",
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
	walk([]string{"1", "2025", " ", ".", ",", "-", "Oct", "e", "de", "l", "°", "º", "st", "D"}, "", 4)
	walk([]string{"5", "18", "2025", " ", ".", ",", "May", "th", "s", "\t", "é", "\xff"}, "", 4)
	forCorpusLines(t, func(line string) {
		if !hasYear(line) || len(line) > 300 {
			check(line)
			return
		}
		// scanDates runs the expression from a gate's offset, and on
		// after a rejected match.
		for k := 0; k < len(line); k++ {
			check(line[k:])
		}
	})
	if n == 0 {
		t.Error("no date read")
	}
}
