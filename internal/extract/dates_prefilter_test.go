package extract

import (
	"strings"
	"testing"
)

// dateGateSamples are dates as pages print them, in many languages and
// forms, with the text around them that the gates look at.
var dateGateSamples = []string{
	"2025-10-18", "2025/10/18 07:46", "Updated: 2025-10-18T07:46:00Z", "18.10.2025", "18 . 10 . 2025",
	"10/18/2025", "23.09.22", "Von: Björn Jahner | 31.10.23", "26.10.13, 03:48", "2025年10月18日 07:46",
	"2025년 10월 18일", "October 18, 2025", "Oct. 18 2025", "Published Oct. 18, 2025 7:46 p.m. ET",
	"October 18th, 2025 at 7:46 AM", "18 October 2025", "18th Oct, 2025", "18-Oct-2025", "18Oct2025",
	"Saturday 18 October 2025 07.46 BST", "Updated 7:46 PM EDT, Sat October 18, 2025",
	"18. Oktober 2025", "Veröffentlicht am 18. Oktober 2025 um 07:46 Uhr", "3. Jänner 2025", "26 Okt 2018",
	"3 Dez. 2019", "1 mrt 2020", "18 de octubre de 2025", "18 de octubre del 2025", "6 de mayo de 2022",
	"18 de outubro de 2025 às 07h46", "18 octobre 2025 à 07h46", "1er février 2025", "1ermai 2025",
	"1º de enero de 2025", "1ºenero 2025", "18°Oct 2025", "18° Oct 2025", "18 ottobre 2025, ore 07:46",
	"18 oktober 2025", "18 maart 2025", "18 октября 2025, 07:46", "18 Октября 2025", "18 października 2025",
	"18 Ekim 2025", "18. lokakuuta 2025", "2025. október 18.", "2025 October 18", "2025.  Oktober 18",
	"18 жовтня 2025", "18 Σεπτεμβρίου 2025", "18 ΣΕΠΤΕΜΒΡΊΟΥ 2025", "18 MAYO 2025", "MAY 18, 2025",
	"Posted on28. Juli 201928. Juli 2019AuthorAndreas Kalt", "17/11/201917/11/2019 ~ Cem Basman",
	"12:00 a.m. October 18, 2025", "18 ianuarie 2025", "18 stycznia 2025", "18 září 2025", "18 augusti 2025",
	"18 Agustus 2025", "18 şubat 2025", "18 Şubat 2025", "Sept. 18, 2025", "18 sept 2025", "18 aout 2025",
	"Jun 18\t2025", "June\n18, 2025", "18\tjune\t2025", "18-juni-2025", "18 - juni - 2025",
	"31 Donnerstag Okt 2019", "31. Donnerstag, Okt. 2019", "2 lundi mars 2020", "1.11.23 20:19",
	"26/10/13, 03:48 pm", "30/10/23 | StarsInsider", "Datum: 03.Mär.19", "11/08/23 5:19pm",
	"Feb 182009", "Feb. 12009 x",
}

// findDateUngated is findDate without its gates: every family searched
// from the start of s.
func findDateUngated(s string) (dateMatch, bool) {
	best := dateMatch{start: -1}
	for _, f := range dateFamilies() {
		if best.start == 0 {
			break
		}
		m, ok := f(s, 0, best.start)
		if ok && (best.start < 0 || m.start < best.start || (m.start == best.start && m.end > best.end)) {
			best = m
		}
	}
	return best, best.start >= 0
}

// Every gate of scanDateGates must let through each string its family
// reads a date from, and start the search no later than its date: a gate
// may only save work.
func TestDateGatesLetDatesThrough(t *testing.T) {
	check := func(s string) {
		t.Helper()
		g := scanDateGates(s)
		for i, f := range dateFamilies() {
			m, ok := f(s, 0, -1)
			if !ok {
				continue
			}
			if !hasYear(s) {
				t.Fatalf("family %d reads %q, hasYear says no", i, s)
			}
			if g[i] < 0 {
				t.Fatalf("family %d reads %q, its gate is shut", i, s)
			}
			if n, ok := f(s, g[i], -1); !ok || n != m {
				t.Fatalf("family %d reads %q from its gate as %+v, from 0 as %+v", i, s, n, m)
			}
		}
		if hasWideSpace(s) {
			return // findDate reads a copy with plain spaces
		}
		got, ok := findDate(s)
		want, wok := findDateUngated(s)
		if ok != wok || ok && got != want {
			t.Fatalf("findDate(%q) = %+v %v, ungated %+v %v", s, got, ok, want, wok)
		}
	}
	for _, s := range dateGateSamples {
		check(s)
		check("x " + s + " y")
		check(strings.ToUpper(s))
	}
	// The gates must also say no: a string without a month name runs no
	// word expression.
	for _, s := range []string{"12 people died in 2025", "Call 555-1234 before 2025", "In 2025 the Mayor said"} {
		if g := scanDateGates(s); g[gateDMY] >= 0 || g[gateMDY] >= 0 || g[gateYMD] >= 0 {
			t.Errorf("scanDateGates(%q) = %v, want the word gates closed", s, g)
		}
	}
	// A month and a year alone ("January 2011", a common header) can be
	// no month-day date: that expression is not run.
	for _, s := range []string{"January 2011", "Archive: March 2014", "Oct 12345 2025", "May 5 people, 2025"} {
		if g := scanDateGates(s); g[gateMDY] >= 0 {
			t.Errorf("scanDateGates(%q) = %v, want the month-day gate closed", s, g)
		}
	}
	// Nor is a day before the month a year: "12 March 2014" runs no
	// year-first expression, nor does a year and a month alone.
	for _, s := range []string{"Updated: 12 March 2014 10:31", "2014 March", "2014 March, 5"} {
		if g := scanDateGates(s); g[gateYMD] >= 0 {
			t.Errorf("scanDateGates(%q) = %v, want the year-first gate closed", s, g)
		}
	}
	// Short strings over the bytes that matter to the word shapes.
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
	walk([]string{"1", "2025", " ", ".", ",", "-", "Oct", "e", "de", "°"}, "", 4)
	walk([]string{"1", "23", " ", ".", "/", "Mo", "Oct", ":"}, "", 5)
	walk([]string{"1", "2", ".", " "}, "", 8)
	walk([]string{"Oct", "5", "18", "th", "s", ",", " ", "\t", "2025", "x"}, "", 5)
	walk([]string{"Oct", "5", "2025", "12025", ".", " ", "\n", "x"}, "", 5)
	// The lines of the golden pages and, when it is there, of the corpus.
	forCorpusLines(t, check)
}

func TestTimeAfterPossible(t *testing.T) {
	re := dateRE()["timeAfter"]
	for _, s := range []string{
		"", " 07:46", ", 07:46", " at 7:46 p.m.", " um 07.46 Uhr", "T07:46:00.000+02:00", " a las 10:30",
		" alle 10:30", " kl. 10.30", " klo 10.30", " o 10:30", " в 10:30", " às 07h46", " godz. 10:30",
		" — 10:30", " · 10:30", " | 10:30", "AT 10:30", " À 10h30", " at", " 2025", " x y z 10:30",
		" foo", ".", "\t\n 7:46", " ob 10.30", " saat 10:30", " A LAS 10:30",
	} {
		if re.MatchString(s) && !timeAfterPossible(s) {
			t.Errorf("timeAfter matches %q, timeAfterPossible says no", s)
		}
	}
	// What follows each digit of the corpus lines, where dates end, and
	// short strings over the bytes that matter to the expression.
	shut := 0
	check := func(s string) {
		t.Helper()
		if !timeAfterPossible(s) {
			shut++
			if re.MatchString(s) {
				t.Errorf("timeAfter matches %q, timeAfterPossible says no", s)
			}
		}
	}
	forCorpusLines(t, func(line string) {
		for k := 1; k < len(line); k++ {
			if digitAt(line, k-1) {
				check(line[k:])
			}
		}
	})
	var walk func(s string, n int)
	walk = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range []string{"1", "12", "123", ":", ".", "h", "H", "T", " ", ",", "at", "a las", "x", "Uhr"} {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
	if shut == 0 {
		t.Error("timeAfterPossible shut out nothing")
	}
}

func TestLowerKey(t *testing.T) {
	for _, s := range []string{"", "Oct", "OKTOBER", "Σεπτεμβρίου", "İstanbul", "\u212a", "x\xffy", strings.Repeat("Ä", 40)} {
		var buf [64]byte
		if got := string(lowerKey(buf[:], s)); got != strings.ToLower(s) {
			t.Errorf("lowerKey(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	}
}

// dateScan answers as hasYear and a search for a byte past ASCII.
func TestDateScanAsHasYear(t *testing.T) {
	check := func(s string) {
		t.Helper()
		year, wide := dateScan(s)
		if year != hasYear(s) || wide != (strings.IndexFunc(s, func(r rune) bool { return r >= 0x80 }) >= 0) {
			t.Fatalf("dateScan(%q) = %v %v", s, year, wide)
		}
	}
	for _, s := range dateGateSamples {
		for _, pad := range []string{"", "abcdefgh", "abcdefghijk ", "ä", "12345678x"} {
			check(pad + s)
			check(s + pad)
		}
	}
	forCorpusLines(t, check)
}
