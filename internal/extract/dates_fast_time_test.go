package extract

import (
	"reflect"
	"testing"
)

// timeAfterFind stands for the time expression wherever it answers: the
// same match and submatches, or none when the expression finds none.
func TestTimeAfterAsExpression(t *testing.T) {
	known, all := 0, 0 // strings answered by hand, strings tried
	check := func(s string) {
		t.Helper()
		all++
		got, ok := timeAfterFind(s)
		if !ok {
			return
		}
		known++
		want := dateRE()["timeAfter"].FindStringSubmatchIndex(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("on %q: got %v, the expression gives %v", s, got, want)
		}
	}
	for _, s := range []string{
		"T07:46:00+02:00", "T07:46:00.123Z", "T7:46", "T123:45", ", 10:49 pm", " 9:57 AM EDT", " 13.10 Uhr", " 13h10",
		", 8:38 a.m. ET", " 7:00 AM PDT", " 9:46am, EDT N.Y.", " 03:40 PM EDT", " 13:10 UTC+2", " 13:10 UTC +5:30",
		" 13:10 UTC  +5", " 13:10 GMT", " 13:10 ZULU", " 13:10 Z", " 13:10 Zé", " 13:10 ÉDT", " 13:10 EDTÉ", " 13:10 ABCDEF",
		" 13:10 ABCDE", " 13:10 AB_", " 13:10 -0500", " 13:10 +05:0", " 13:10 +05:001", " 13:10Uhr.", " 13:10 h", " 13:10 a. m.",
		" 13:10 a .m", " at 7:46", " um 7.46 Uhr", " a las 7:46", "- 7:46", " – 7:46", "·7:46", "T", "", " ", "12:3", "1:234",
		"\t|\t07:46:00,5 pm Uhr EST", "T07:46:00+0200x", "T07:46:00+0200_",
		" AT 7:46", " At  07.46", ", um 7.46 Uhr", " a la 7:46", " A LAS 19:00", " a  las 7:46", " a 7:46", " alle 7:46",
		" ore 7.46", " om 7:46", " kl. 7:46", " kl 7:46", " kl.7:46", " klo 7.46", " o 7:46", " saat 7:46", " as 7:46",
		" h 7:46", " godz. 7:46", " godz 7:46", " ob 7:46", " at7:46", " at 7", " atx 7:46", " saatx 7:46", " à 7:46",
		" às 7:46", " в 7:46", " \u212al 7:46", " \u017faat 7:46", " ate\u0301 7:46", " at\n\t7:46", " (7:46)", " at ", " a",
		" a las", " kl.", " godz.\u00a07:46",
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
	walk([]string{"T", " ", ",", "–", "7", "07", ":", ".", "h", "46", "am", "a.", "M", "Uhr", "Z", "+02", "-", "UTC", "EDT", "É", "x", "_"}, "", 4)
	// Every word of up to four letters over those of the words before
	// the hour: only the words themselves open a time.
	var words func(w string, n int)
	words = func(w string, n int) {
		if w != "" {
			check(" " + w + " 7:46")
			check(" " + w + ". 7:46")
		}
		if n == 0 {
			return
		}
		for _, c := range "atumleorkshgdzbx" {
			words(w+string(c), n-1)
		}
	}
	words("", 4)
	walk([]string{" ", "a", "A", "t", "la", "s", "kl", ".", "o", "7:46", "é", "\u212a", "-", "\n"}, "", 5)
	walk([]string{" ", "7:46", ":00", ",5", "p", ".m", " ", "Uhr", "h", "Z", "+0200", "+02:00", "UTC", " +1", "EDT", "ABC", "é", "1"}, "", 4)
	forCorpusLines(t, func(line string) {
		// The expression reads what follows a date: try it after every
		// digit.
		for k := 1; k < len(line); k++ {
			if isDigitByte(line[k-1]) {
				check(line[k:])
			}
		}
	})
	t.Logf("answered %d of %d strings by hand", known, all)
	// The shapes pages print most are read by hand.
	for _, s := range []string{"T07:46:00+02:00", "T07:46:00Z", ", 10:49 pm", " 9:57 AM EDT", " 13.10 Uhr", " 03:40 PM", "T07:46", " at 2:47 pm", " um 7.46 Uhr", " a las 19:00"} {
		if _, ok := timeAfterFind(s); !ok {
			t.Errorf("%q left to the expression", s)
		}
	}
}

// The time expression read before a date matches only where
// digitColonDigits finds a digit, a colon and two digits.
func TestTimeBeforeNeedsDigitColonDigits(t *testing.T) {
	re := dateRE()["timeBefore"]
	n := 0
	check := func(s string) {
		t.Helper()
		if len(s) > 60 {
			s = s[len(s)-60:]
		}
		if re.MatchString(s) {
			n++
			if !digitColonDigits(s) {
				t.Fatalf("the time expression matches %q, digitColonDigits says no", s)
			}
		}
	}
	for _, s := range []string{"7:46 PM EDT, Sat ", "Updated: ", "12:00 a.m. ", "a:12 ", "1:2 ", "Posted 07:46 | ", "::12:3", "9:59"} {
		check(s)
	}
	forCorpusLines(t, func(line string) {
		for i := 0; i < len(line); i++ {
			if line[i] == ':' {
				check(line[:min(len(line), i+12)])
			}
		}
		check(line)
	})
	if n == 0 {
		t.Error("no time read")
	}
}
