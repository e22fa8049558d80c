package extract

import (
	"strings"
	"testing"
)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" means no date
	}{
		// ISO 8601 and its relatives
		{"2025-10-18", "2025-10-18"},
		{"2025-10-18T07:46:00Z", "2025-10-18T07:46:00Z"},
		{"2025-10-18T07:46:00.123+02:00", "2025-10-18T07:46:00+02:00"},
		{"2025-10-18T07:46:00+0800", "2025-10-18T07:46:00+08:00"},
		{"2025-10-18T07:46", "2025-10-18T07:46:00"},
		{"Updated: 2025-10-18 07:46", "2025-10-18T07:46:00"},
		{"2025/10/18", "2025-10-18"},
		{"2025-13-18", ""},
		{"2025-02-29", ""},
		{"2024-02-29", "2024-02-29"},
		// RFC 1123 / 822
		{"Sat, 18 Oct 2025 07:46:00 GMT", "2025-10-18T07:46:00Z"},
		{"Sat, 18 Oct 2025 07:46:00 +0200", "2025-10-18T07:46:00+02:00"},
		// numeric
		{"18.10.2025", "2025-10-18"},
		{"Am 18.10.2025, 07:46 Uhr", "2025-10-18T07:46:00"},
		{"10/18/2025", "2025-10-18"},
		{"18/10/2025", "2025-10-18"},
		{"03/04/2025", "2025-04-03"},
		{"version 3.1.2.2025", ""},
		{"23.09.22", "2022-09-23"},
		{"Von: Björn Jahner | 31.10.23", "2023-10-31"},
		{"26.10.13, 03:48", "2013-10-26T03:48:00"},
		{"Version 10.10.10.10", ""},
		{"1.2.3", ""},
		// English
		{"October 18, 2025", "2025-10-18"},
		{"Published Oct. 18, 2025 7:46 p.m. ET", "2025-10-18T19:46:00"},
		{"October 18th, 2025 at 7:46 AM", "2025-10-18T07:46:00"},
		{"18 October 2025", "2025-10-18"},
		{"Saturday 18 October 2025 07.46 BST", "2025-10-18T07:46:00+01:00"},
		{"Updated 7:46 PM EDT, Sat October 18, 2025", "2025-10-18T19:46:00-04:00"},
		{"12:00 a.m. October 18, 2025", "2025-10-18T00:00:00"},
		{"May 2025", ""},
		{"He was 18 March 1985", ""},
		// other languages
		{"18. Oktober 2025", "2025-10-18"},
		{"Veröffentlicht am 18. Oktober 2025 um 07:46 Uhr", "2025-10-18T07:46:00"},
		{"3. Jänner 2025", "2025-01-03"},
		{"18 de octubre de 2025", "2025-10-18"},
		{"6 DE MAYO DE 2022", "2022-05-06"},
		{"18 de outubro de 2025 às 07h46", "2025-10-18T07:46:00"},
		{"18 octobre 2025 à 07h46", "2025-10-18T07:46:00"},
		{"1er février 2025", "2025-02-01"},
		{"18 ottobre 2025, ore 07:46", "2025-10-18T07:46:00"},
		{"18 oktober 2025", "2025-10-18"},
		{"18 maart 2025", "2025-03-18"},
		{"18 октября 2025, 07:46", "2025-10-18T07:46:00"},
		{"18 października 2025", "2025-10-18"},
		{"18 Ekim 2025", "2025-10-18"},
		{"18. lokakuuta 2025", "2025-10-18"},
		{"2025. október 18.", "2025-10-18"},
		{"2025年10月18日 07:46", "2025-10-18T07:46:00"},
		{"2025년 10월 18일", "2025-10-18"},
		{"18 жовтня 2025", "2025-10-18"},
		// zones
		{"October 18, 2025 7:46 PM ET", "2025-10-18T19:46:00"},
		{"October 18, 2025 07:46 CET", "2025-10-18T07:46:00+01:00"},
		{"18.10.2025 07:46 MESZ", "2025-10-18T07:46:00+02:00"},
		{"2025-10-18 07:46 UTC", "2025-10-18T07:46:00Z"},
		{"2025-10-18 07:46 GMT+8", "2025-10-18T07:46:00+08:00"},
		{"October 18, 2025 07:46 Reuters", "2025-10-18T07:46:00"},
		{"Posted on28. Juli 201928. Juli 2019AuthorAndreas Kalt", "2019-07-28"},
		{"17/11/201917/11/2019 ~ Cem Basman", "2019-11-17"},
		{"October 18, 20251 comment", ""},
		// two-digit years: with a time, or two digits each with slashes
		{"1.11.23 20:19 von Lars", "2023-11-01T20:19:00"},
		{"von lupa am 26/10/13, 03:48 pm", "2013-10-26T15:48:00"},
		{"30/10/23 | StarsInsider", "2023-10-30"},
		{"Autor: Max, Datum: 03.Mär.19", "2019-03-03"},
		{"Version 1.11.23", ""},
		{"Score 1/2/23", ""},
		{"3/4/23", ""},
		{"2.1.60 12:00", ""},
		// the weekday between the day and the month
		{"31 Donnerstag Okt 2019", "2019-10-31"},
		{"2 lundi mars 2020", "2020-03-02"},
		{"31 Oktober Okt 2019", ""},
		// the day run into the year
		{"Feb 182009", "2009-02-18"},
		{"Feb 12009", "2009-02-01"},
		{"Feb 1820099", ""},
		{"Room 182009", ""},
		// no-break and thin spaces
		{"Wiesbaden, 11. November\u00a02021\u00a0\u00a0", "2021-11-11"},
		{"Von Deutscher Tennis Bund 4.\u20092.\u20092022.", "2022-02-04"},
		{"Oct\u00a018,\u00a02025\u202f7:46\u00a0PM", "2025-10-18T19:46:00"},
		// no dates
		{"Call 555-1234", ""},
		{"12 people died in 2025", ""},
		{"The score was 10.5", ""},
		{"", ""},
	}
	for _, tt := range tests {
		m, ok := findDate(tt.in)
		if !ok {
			if tt.want != "" {
				t.Errorf("findDate(%q) found nothing, want %q", tt.in, tt.want)
			}
			continue
		}
		if m.iso != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, m.iso, tt.want)
		}
		if m.start < 0 || m.end > len(tt.in) || m.start >= m.end {
			t.Errorf("findDate(%q) span [%d,%d) out of range", tt.in, m.start, m.end)
		}
	}
}

func TestFindDateFirst(t *testing.T) {
	m, ok := findDate("Published 17 October 2025, updated 2025-10-18T07:46:00Z")
	if !ok || m.iso != "2025-10-18" && m.iso != "2025-10-17" {
		t.Fatalf("got %+v", m)
	}
	if m.iso != "2025-10-17" {
		t.Errorf("first date: got %q, want 2025-10-17", m.iso)
	}
	s := "By Jane Doe | October 18, 2025"
	m, _ = findDate(s)
	if got := s[m.start:m.end]; got != "October 18, 2025" {
		t.Errorf("span = %q", got)
	}
}

// TestFindDateFullWidth: CJK pages print digits and signs in their
// full-width forms; the date is read and its span is that of the
// original text, so that callers can cut it out.
func TestFindDateFullWidth(t *testing.T) {
	for _, tt := range []struct{ in, want, span string }{
		{"発表：２０２５年１０月１８日　午後", "2025-10-18", "２０２５年１０月１８日"},
		{"2025年１０月１８日", "2025-10-18", "2025年１０月１８日"},
		{"更新 ２０２５／１０／１８ ０７：４６ 記者", "2025-10-18T07:46:00", "２０２５／１０／１８ ０７：４６"},
		{"２０２５年１３月１８日", "", ""},
		{"第１２３号", "", ""},
	} {
		m, ok := findDate(tt.in)
		if !ok {
			if tt.want != "" {
				t.Errorf("findDate(%q) found nothing, want %q", tt.in, tt.want)
			}
			continue
		}
		if m.iso != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, m.iso, tt.want)
			continue
		}
		if got := tt.in[m.start:m.end]; got != tt.span {
			t.Errorf("findDate(%q) span = %q, want %q", tt.in, got, tt.span)
		}
	}
}

func TestFindDateAmbiguous(t *testing.T) {
	m, _ := findDate("05/04/2022")
	if m.iso != "2022-04-05" || m.alt != "2022-05-04" {
		t.Errorf("got %q alt %q", m.iso, m.alt)
	}
	m, _ = findDate("18/10/2025")
	if m.alt != "" {
		t.Errorf("unambiguous date has alt %q", m.alt)
	}
}

func TestMonthListsHaveTwelve(t *testing.T) {
	for _, l := range monthLists {
		if n := len(strings.Fields(l)); n != 12 {
			t.Errorf("%d months in %q", n, l)
		}
	}
	for in, want := range map[string]string{"26 Okt 2018": "2018-10-26", "3 Dez. 2019": "2019-12-03", "1 mrt 2020": "2020-03-01"} {
		if m, _ := findDate(in); m.iso != want {
			t.Errorf("findDate(%q) = %q, want %q", in, m.iso, want)
		}
	}
}

// FuzzFindDate checks that any string gives either nothing or a valid
// span and a well-formed ISO value, never a panic.
func FuzzFindDate(f *testing.F) {
	for _, s := range []string{"Saturday 18 October 2025 07.46 BST", "05/04/2022 08:43:31 am", "2025年10月18日 07:46", "28. Juli 201928. Juli 2019", "２０２５年１０月１８日", "7:46 PM EDT, Sat October 18, 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := findDate(s)
		if !ok {
			return
		}
		if m.start < 0 || m.end > len(s) || m.start > m.end {
			t.Fatalf("span [%d,%d) of %q", m.start, m.end, s)
		}
		if len(m.iso) < 10 || m.iso[4] != '-' || m.iso[7] != '-' {
			t.Fatalf("iso %q from %q", m.iso, s)
		}
		_ = isByline(s)
		_ = splitAuthors(s)
	})
}
