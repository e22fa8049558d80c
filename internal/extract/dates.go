package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// dateMatch is a date or date-time found in a string.
type dateMatch struct {
	// iso is the time in ISO 8601: "2025-10-18" when only a date is given,
	// "2025-10-18T07:46:00" with a time and no zone, "2025-10-18T07:46:00+08:00"
	// (or "Z") when a zone or offset is given. Never an invented time or zone.
	iso        string
	start, end int // byte offsets of the match in the searched string
	// alt is the other reading of a numeric date whose day and month could
	// be swapped ("03/04/2025"), as "2025-03-04"; "" when there is none.
	alt string
}

// hasTime reports whether the match carries a time of day.
func (d dateMatch) hasTime() bool { return strings.Contains(d.iso, "T") }

// day returns the calendar date part, "2025-10-18".
func (d dateMatch) day() string {
	if len(d.iso) >= 10 {
		return d.iso[:10]
	}
	return d.iso
}

// Years outside this range are taken for something else (a count, a
// street number, a copyright of the 1980s): news pages on the web fall
// inside it.
const (
	minYear = 1990
	maxYear = 2100
)

// findDate finds the first date (with its time, when one follows or
// directly precedes it) in s, as pages print them: ISO 8601, RFC 1123/822,
// "October 18, 2025 7:46 PM", "18. Oktober 2025", "2025年10月18日",
// "18/10/2025" and the like, in many languages.
//
// Rules worth knowing:
//   - Numeric dates with the day and month in doubt ("03/04/2025") are read
//     day first, as most of the world writes them; a part above 12 decides
//     ("10/18/2025" is October 18).
//   - A zone is given only when the text names one: "Z", a numeric offset,
//     "UTC"/"GMT" (as Z), "GMT+8", or an abbreviation with a single meaning
//     (EST, EDT, CET, CEST, MEZ, MESZ, BST, PST, PDT, JST, KST, HKT, ...).
//     "ET", "PT", "IST" and "CST" are ambiguous and give no zone.
//   - Years outside 1990-2100 are ignored; two-digit years are not read.
func findDate(s string) (dateMatch, bool) {
	// Every shape read here has a four-digit year or the dotted short form,
	// and the word shapes a month name: most strings have none of these,
	// and are done with in one pass, without an expression run.
	year, wide := dateScan(s)
	if !year {
		// CJK pages print dates in full-width digits ("２０２５年１０月１８日").
		if wide && hasFullWidth(s) {
			return findDateFolded(s)
		}
		return dateMatch{}, false
	}
	// Pages set dates with no-break and thin spaces ("11. November\u00a02021",
	// "4.\u20092.\u20092022") and full-width digits beside ASCII ones
	// ("2025年１０月１８日"): read them as ASCII, report offsets in s.
	if wide && (hasWideSpace(s) || hasFullWidth(s)) {
		return findDateFolded(s)
	}
	gates := scanDateGates(s)
	best := dateMatch{start: -1}
	for i, f := range dateFamilies() {
		if best.start == 0 {
			break
		}
		if gates[i] < 0 {
			continue
		}
		m, ok := f(s, gates[i], best.start)
		if !ok {
			continue
		}
		if best.start < 0 || m.start < best.start || (m.start == best.start && m.end > best.end) {
			best = m
		}
	}
	if best.start < 0 {
		return dateMatch{}, false
	}
	return best, true
}

// gluedDate reports whether another date starts right at s[i:], as when
// copied text runs a published and an updated date together ("28. Juli
// 201928. Juli 2019").
func gluedDate(s string, i int) bool {
	rest := s[i:]
	if len(rest) > 40 {
		rest = rest[:40]
	}
	m, ok := findDate(rest)
	return ok && m.start == 0
}

// hasYear reports whether s holds a run of four digits, or two digits
// after a dot or a slash ("18.10.25", "30/10/23").
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 || run == 2 && i >= 2 && (s[i-2] == '.' || s[i-2] == '/') {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dateScan answers findDate's first two questions in one pass over s:
// whether it holds a year (hasYear), and a byte outside ASCII, without
// which it has neither wide spaces nor full-width forms to fold. Most
// strings findDate is asked about hold no year, and most are ASCII.
func dateScan(s string) (year, wide bool) {
	run := 0
	var all byte // every byte read one at a time or-ed together
	var high uint64
	for i := 0; i < len(s); {
		// Eight bytes without a digit, the common case, are read in one
		// word: the high bits are kept for wide, and the run of digits
		// is broken.
		if i+8 <= len(s) {
			x := load8(s, i)
			h := x & highBits
			high |= h
			if bytesBetween8(x&^highBits, '0', '9')&^h == 0 {
				run = 0
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; i++ {
			c := s[i]
			all |= c
			if c >= '0' && c <= '9' {
				run++
				if run == 4 || run == 2 && i >= 2 && (s[i-2] == '.' || s[i-2] == '/') {
					year = true
				}
			} else {
				run = 0
			}
		}
	}
	return year, all >= utf8.RuneSelf || high != 0
}

// dateFamily finds the first date of one shape in s that starts at or
// after from and before limit (any position when limit < 0). from must be
// at or before the start of every date of the shape in s, as its gate
// gives it, so that a search from there finds what one from 0 finds.
type dateFamily func(s string, from, limit int) (dateMatch, bool)

// dateFamilies lists the shapes findDate tries, in the order of the gate
// constants of scanDateGates. (A function, not a package variable: the
// readers call findDate themselves for glued dates.)
func dateFamilies() [10]dateFamily {
	return [10]dateFamily{findISODate, findNumericDate, findCJKDate, findDayMonthDate, findMonthDayDate, findYearMonthDayDate, findShortYearDate, findDayWeekdayMonthDate, findTwoDigitYearDate, findMonthDayGluedDate}
}

// The expressions are compiled on first use, not at start-up.
var dateRE = sync.OnceValue(func() map[string]*regexp.Regexp {
	return map[string]*regexp.Regexp{
		// 2025-10-18, 2025/10/18, 2025.10.18, then an optional ISO time.
		"iso": regexp.MustCompile(`(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})`),
		// 18.10.2025, 18/10/2025, 10-18-2025.
		"num": regexp.MustCompile(`(\d{1,2})\s?([./-])\s?(\d{1,2})\s?([./-])\s?(\d{4})`),
		// 18.10.25: day first, dots, two-digit year.
		"dmyy": regexp.MustCompile(`(\d{2})\.(\d{2})\.(\d{2})`),
		// 1.11.23 20:19, 30/10/23: day first, two-digit year.
		"dmyy2": regexp.MustCompile(`(\d{1,2})([./])(\d{1,2})([./])(\d{2})`),
		// 03.Mär.19: a month's abbreviation between dots, two-digit year.
		"dmonyy": regexp.MustCompile(`(\d{1,2})\.(\p{L}+)\.(\d{2})`),
		// 31 Donnerstag Okt 2019: the weekday between the day and the month.
		"dwmy": regexp.MustCompile(`(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\p{L}+)\.?,?\s+(\d{4})`),
		// 2025年10月18日, 2025년 10월 18일.
		"cjk": regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?`),
		// 18 October 2025, 18. Oktober 2025, 18 de octubre de 2025, 18th Oct, 2025, 18-Oct-2025.
		"dmy": regexp.MustCompile(`(\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\.?(?:\s+(?i:de)\s+|\s*-\s*|\s*)(\p{L}+)\.?(?:,\s*|\s+(?i:del?)\s+|\s*-\s*|\s*)(\d{4})`),
		// October 18, 2025; Oct. 18 2025; October 18th, 2025.
		"mdy": regexp.MustCompile(`(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`),
		// Feb 182009: the day run into the year, as spans set side by side
		// without a space between them read.
		"mdyGlued": regexp.MustCompile(`(\p{L}+)\.?\s+(\d{1,2})((?:19|20)\d{2})`),
		// 2025. október 18. (Hungarian), 2025 October 18.
		"ymd": regexp.MustCompile(`(\d{4})\.?\s+(\p{L}+)\.?\s+(\d{1,2})`),
		// A time after a date: ", 07:46", " at 7:46 p.m.", " um 07.46 Uhr", "T07:46:00.000+02:00".
		"timeAfter": regexp.MustCompile(`^(?:\s*[,|/\-–—•·]?\s*(?:(?i:at|um|à|a las|a la|alle|ore|om|kl\.?|klo|o|saat|в|às|as|h|godz\.?|ob)\s+)?|T)(\d{1,2})(?:(:)(\d{2})|([.hH])(\d{2}))(?::(\d{2})(?:[.,]\d+)?)?(?:\s*((?i:[ap])\.?\s?(?i:m)\.?))?(?:\s*(?:Uhr|h|Uhr\.))?(?:\s*(Z\b|[+-]\d{2}:?\d{2}\b|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?\b|\p{Lu}{2,5}\b))?`),
		// A time just before a date: "7:46 PM EDT, Sat October 18, 2025".
		"timeBefore": regexp.MustCompile(`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*((?i:[ap])\.?\s?(?i:m)\.?))?(?:\s*(Z\b|[+-]\d{2}:?\d{2}\b|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?\b|\p{Lu}{2,5}\b))?\s*[,|·•\-–—]?\s*(?:\p{L}+\.?,?\s*)?$`),
	}
})

// scanDates runs re along s from byte from and returns the first match that read accepts;
// read gets the submatch indexes as offsets into s. After a rejected match
// the search goes on one byte after its start or, when skipTo >= 0, after
// submatch skipTo (so that it never restarts inside a word). A match that
// starts past limit ends the search (limit < 0: no limit).
func scanDates(re *regexp.Regexp, s string, from, limit, skipTo int, read func(loc []int) (dateMatch, bool)) (dateMatch, bool) {
	return scanLocs(re.FindStringSubmatchIndex, s, from, limit, skipTo, read)
}

// scanLocs is scanDates with any finder: find returns the match and its
// submatch indexes in the string it is given, or nil.
func scanLocs(find func(string) []int, s string, from, limit, skipTo int, read func(loc []int) (dateMatch, bool)) (dateMatch, bool) {
	found := func(t string) ([]int, bool) {
		loc := find(t)
		return loc, loc != nil
	}
	return scanFound(found, s, from, limit, skipTo, read)
}

// findISODate reads year-first numeric dates and an ISO time after them.
func findISODate(s string, from, limit int) (dateMatch, bool) {
	if !digitsThen(s, "-/.") {
		return dateMatch{}, false
	}
	return scanLocs(isoFind, s, from, limit, -1, func(loc []int) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if digitAt(s, start-1) || digitAt(s, end) || s[loc[4]:loc[5]] != s[loc[8]:loc[9]] {
			return dateMatch{}, false
		}
		y, mo, d := atoi(s[loc[2]:loc[3]]), atoi(s[loc[6]:loc[7]]), atoi(s[loc[10]:loc[11]])
		return withTime(s, start, end, y, mo, d)
	})
}

// findNumericDate reads day-month-year (or month-day-year) numeric dates.
func findNumericDate(s string, from, limit int) (dateMatch, bool) {
	if !digitsAfter(s, "./-") {
		return dateMatch{}, false
	}
	return scanLocs(numFind, s, from, limit, -1, func(loc []int) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if digitAt(s, start-1) || (digitAt(s, end) && !gluedDate(s, end)) || s[loc[4]:loc[5]] != s[loc[8]:loc[9]] {
			return dateMatch{}, false
		}
		// "1.2.2025" after a dot or another number is a version or a list, not a date.
		if start > 0 && (s[start-1] == '.' || s[start-1] == '/' || s[start-1] == '-') {
			return dateMatch{}, false
		}
		a, b, y := atoi(s[loc[2]:loc[3]]), atoi(s[loc[6]:loc[7]]), atoi(s[loc[10]:loc[11]])
		d, mo := a, b
		if b > 12 && a <= 12 {
			d, mo = b, a
		}
		m, ok := withTime(s, start, end, y, mo, d)
		if a <= 12 && b <= 12 && a != b {
			m.alt = isoDay(y, a, b)
		}
		return m, ok
	})
}

// findShortYearDate reads "18.10.25", the German short form: two digits
// each, dots, the day first. Two-digit years are read as 2000-2049 or
// 1990-1999; nothing else of this shape is taken (versions such as
// "1.2.3" have one-digit parts, "10.10.10.10" more of them).
func findShortYearDate(s string, from, limit int) (dateMatch, bool) {
	if !strings.Contains(s, ".") {
		return dateMatch{}, false
	}
	return scanDatesFunc(dmyyFind, s, from, limit, -1, func(loc dateLoc) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if digitAt(s, start-1) || digitAt(s, end) || (start > 0 && s[start-1] == '.') || (end < len(s) && s[end] == '.' && digitAt(s, end+1)) {
			return dateMatch{}, false
		}
		d, mo, yy := atoi(s[loc[2]:loc[3]]), atoi(s[loc[4]:loc[5]]), atoi(s[loc[6]:loc[7]])
		y := 2000 + yy
		if yy >= 90 {
			y = 1900 + yy
		} else if yy >= 50 {
			return dateMatch{}, false
		}
		return withTime(s, start, end, y, mo, d)
	})
}

// twoDigitYear maps a two-digit year as findShortYearDate reads it:
// 2000-2049 or 1990-1999, nothing else.
func twoDigitYear(yy int) (int, bool) {
	switch {
	case yy >= 90:
		return 1900 + yy, true
	case yy < 50:
		return 2000 + yy, true
	}
	return 0, false
}

// findTwoDigitYearDate reads the other short forms: "30/10/23" (two
// digits each, slashes), "1.11.23 20:19" and "26/10/13, 03:48 pm" (a
// one-digit part, or any such date, believed only with a time after it,
// as versions and scores are written so too) and "03.Mär.19". The day
// comes first unless a part above 12 says otherwise.
func findTwoDigitYearDate(s string, from, limit int) (dateMatch, bool) {
	clean := func(start, end int) bool {
		return !digitAt(s, start-1) && !(start > 0 && strings.IndexByte("./-", s[start-1]) >= 0) &&
			!digitAt(s, end) && !(end < len(s) && (s[end] == '.' || s[end] == '/') && digitAt(s, end+1))
	}
	re := dateRE()["dmyy2"]
	num, nok := scanDates(re, s, from, limit, -1, func(loc []int) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if !clean(start, end) || s[loc[4]:loc[5]] != s[loc[8]:loc[9]] {
			return dateMatch{}, false
		}
		a, b := atoi(s[loc[2]:loc[3]]), atoi(s[loc[6]:loc[7]])
		y, ok := twoDigitYear(atoi(s[loc[10]:loc[11]]))
		if !ok {
			return dateMatch{}, false
		}
		d, mo := a, b
		if b > 12 && a <= 12 {
			d, mo = b, a
		}
		m, ok := withTime(s, start, end, y, mo, d)
		short := loc[3]-loc[2] < 2 || loc[7]-loc[6] < 2
		if !ok || (short || s[loc[4]] == '.') && !m.hasTime() {
			// "18.10.25" alone is findShortYearDate's; a one-digit part
			// needs a time.
			return dateMatch{}, false
		}
		if a <= 12 && b <= 12 && a != b {
			m.alt = isoDay(y, a, b)
		}
		return m, true
	})
	mon, mok := scanDatesFunc(dmonyyFind, s, from, limit, -1, func(loc dateLoc) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if !clean(start, end) || letterBefore(s, loc[4]) {
			return dateMatch{}, false
		}
		mo, ok := monthNumber(s[loc[4]:loc[5]])
		if !ok {
			return dateMatch{}, false
		}
		y, ok := twoDigitYear(atoi(s[loc[6]:loc[7]]))
		d := atoi(s[loc[2]:loc[3]])
		if !ok {
			return dateMatch{}, false
		}
		return withTime(s, start, end, y, mo, d)
	})
	switch {
	case nok && (!mok || num.start <= mon.start):
		return num, true
	case mok:
		return mon, true
	}
	return dateMatch{}, false
}

// findDayWeekdayMonthDate reads "31 Donnerstag Okt 2019", as some blog
// themes set the day, the weekday, the month and the year in a row.
func findDayWeekdayMonthDate(s string, from, limit int) (dateMatch, bool) {
	re := dateRE()["dwmy"]
	return scanDates(re, s, from, limit, -1, func(loc []int) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if digitAt(s, start-1) || digitAt(s, end) || letterAt(s, loc[7]) || !isWeekday(s[loc[4]:loc[5]]) {
			return dateMatch{}, false
		}
		mo, ok := monthNumber(s[loc[6]:loc[7]])
		if !ok {
			return dateMatch{}, false
		}
		d, y := atoi(s[loc[2]:loc[3]]), atoi(s[loc[8]:loc[9]])
		return withTime(s, start, end, y, mo, d)
	})
}

// findCJKDate reads 2025年10月18日 and the Korean 2025년 10월 18일.
func findCJKDate(s string, from, limit int) (dateMatch, bool) {
	if !strings.Contains(s, "年") && !strings.Contains(s, "년") {
		return dateMatch{}, false
	}
	re := dateRE()["cjk"]
	return scanDates(re, s, from, limit, -1, func(loc []int) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if digitAt(s, start-1) {
			return dateMatch{}, false
		}
		y, mo, d := atoi(s[loc[2]:loc[3]]), atoi(s[loc[4]:loc[5]]), atoi(s[loc[6]:loc[7]])
		return withTime(s, start, end, y, mo, d)
	})
}

// findDayMonthDate reads "18 October 2025" and its relatives.
func findDayMonthDate(s string, from, limit int) (dateMatch, bool) {
	return scanDatesFunc(dmyFind, s, from, limit, -1, func(loc dateLoc) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if digitAt(s, start-1) || (digitAt(s, end) && !gluedDate(s, end)) || letterAt(s, loc[5]) {
			return dateMatch{}, false
		}
		mo, ok := monthNumber(s[loc[4]:loc[5]])
		if !ok {
			return dateMatch{}, false
		}
		d, y := atoi(s[loc[2]:loc[3]]), atoi(s[loc[6]:loc[7]])
		return withTime(s, start, end, y, mo, d)
	})
}

// findMonthDayDate reads "October 18, 2025" and "Oct. 18 2025".
func findMonthDayDate(s string, from, limit int) (dateMatch, bool) {
	// A rejected word is skipped whole, so the search never starts inside one.
	return scanDatesFunc(mdyFind, s, from, limit, 1, func(loc dateLoc) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if letterBefore(s, start) || (digitAt(s, end) && !gluedDate(s, end)) {
			return dateMatch{}, false
		}
		mo, ok := monthNumber(s[loc[2]:loc[3]])
		if !ok {
			return dateMatch{}, false
		}
		d, y := atoi(s[loc[4]:loc[5]]), atoi(s[loc[6]:loc[7]])
		return withTime(s, start, end, y, mo, d)
	})
}

// findMonthDayGluedDate reads "Feb 182009", a month, then the day run
// into a year of 19xx or 20xx with nothing else after it.
func findMonthDayGluedDate(s string, from, limit int) (dateMatch, bool) {
	re := dateRE()["mdyGlued"]
	return scanDates(re, s, from, limit, 1, func(loc []int) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if letterBefore(s, start) || digitAt(s, end) {
			return dateMatch{}, false
		}
		mo, ok := monthNumber(s[loc[2]:loc[3]])
		if !ok {
			return dateMatch{}, false
		}
		d, y := atoi(s[loc[4]:loc[5]]), atoi(s[loc[6]:loc[7]])
		return withTime(s, start, end, y, mo, d)
	})
}

// findYearMonthDayDate reads "2025. október 18." and "2025 October 18".
func findYearMonthDayDate(s string, from, limit int) (dateMatch, bool) {
	re := dateRE()["ymd"]
	return scanDates(re, s, from, limit, -1, func(loc []int) (dateMatch, bool) {
		start, end := loc[0], loc[1]
		if digitAt(s, start-1) || digitAt(s, end) || letterAt(s, loc[5]) {
			return dateMatch{}, false
		}
		mo, ok := monthNumber(s[loc[4]:loc[5]])
		if !ok {
			return dateMatch{}, false
		}
		y, d := atoi(s[loc[2]:loc[3]]), atoi(s[loc[6]:loc[7]])
		if end < len(s) && s[end] == '.' {
			end++
		}
		return withTime(s, start, end, y, mo, d)
	})
}

// withTime completes a date found at s[start:end] with a time printed right
// after it, or else right before it; a day the calendar does not have is
// no date.
func withTime(s string, start, end, y, mo, d int) (dateMatch, bool) {
	if !validDate(y, mo, d) {
		return dateMatch{}, false
	}
	// The ISO text is written once its parts are known: a string for the
	// day, one for the clock and one for the two joined cost three
	// allocations on every dated line with a time.
	var b [32]byte
	putISODay(b[:10], y, mo, d)
	m := dateMatch{start: start, end: end}
	rest := s[end:]
	if !timeAfterPossible(rest) {
		// The expression cannot match: go on to a time printed before.
	} else if loc := timeAfterLoc(rest); loc != nil {
		sep := ""
		if loc[4] >= 0 {
			sep = ":"
		} else {
			sep = rest[loc[8]:loc[9]]
		}
		var mins string
		if sep == ":" {
			mins = rest[loc[6]:loc[7]]
		} else {
			mins = rest[loc[10]:loc[11]]
		}
		// "2025. 12.5" is not a time: a dotted time needs two-digit hours or a
		// marker (a.m., Uhr, a zone) to be believed, and may not run into digits.
		secs := sub(rest, loc, 6)
		ampm := sub(rest, loc, 7)
		zone := sub(rest, loc, 8)
		hour := rest[loc[2]:loc[3]]
		if ts, ok := clockDigits(hour, mins, secs, ampm); ok && !digitAt(rest, loc[1]) {
			z, zok := zoneOffset(zone)
			end := loc[1]
			if zone != "" && !zok && !ambiguousZone(zone) {
				// An unknown capitalised word after the time is not a zone.
				end = loc[2*8]
				end = strings.LastIndexFunc(rest[:end], func(r rune) bool { return !unicode.IsSpace(r) }) + 1
			}
			if sep == ":" || ampm != "" || len(hour) >= 2 || strings.Contains(rest[loc[0]:loc[1]], "Uhr") {
				m.iso = isoClock(&b, ts, z)
				m.end += end
				return m, true
			}
		}
	}
	before := s[:start]
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	// The time before a date has a colon between digits: "7:46 PM EDT,
	// Sat October 18"; "Updated: October 18" has none.
	if !digitColonDigits(before) {
		m.iso = string(b[:10])
		return m, true
	}
	if loc := dateRE()["timeBefore"].FindStringSubmatchIndex(before); loc != nil && !digitAt(before, loc[0]-1) {
		if ts, ok := clockDigits(before[loc[2]:loc[3]], before[loc[4]:loc[5]], sub(before, loc, 3), sub(before, loc, 4)); ok {
			z, _ := zoneOffset(sub(before, loc, 5))
			m.iso = isoClock(&b, ts, z)
			m.start -= len(before) - loc[0]
			return m, true
		}
	}
	m.iso = string(b[:10])
	return m, true
}

// sub returns submatch i of a FindStringSubmatchIndex result, "" when unset.
func sub(s string, loc []int, i int) string {
	if 2*i+1 >= len(loc) || loc[2*i] < 0 {
		return ""
	}
	return s[loc[2*i]:loc[2*i+1]]
}

// isoClock returns the day written in b[:10], then "T", the clock ts
// and the zone z.
func isoClock(b *[32]byte, ts [8]byte, z string) string {
	b[10] = 'T'
	copy(b[11:19], ts[:])
	return string(append(b[:19], z...))
}

// clockDigits validates a time of day and returns it as "HH:MM:SS".
func clockDigits(h, m, sec, ampm string) ([8]byte, bool) {
	hh, mm, ss := atoi(h), atoi(m), 0
	if sec != "" {
		ss = atoi(sec)
	}
	if ampm != "" {
		if hh < 1 || hh > 12 {
			return [8]byte{}, false
		}
		pm := ampm[0] == 'p' || ampm[0] == 'P'
		if pm && hh != 12 {
			hh += 12
		}
		if !pm && hh == 12 {
			hh = 0
		}
	}
	if hh > 23 || mm > 59 || ss > 60 {
		return [8]byte{}, false
	}
	var b [8]byte
	put2(b[0:], hh)
	b[2] = ':'
	put2(b[3:], mm)
	b[5] = ':'
	put2(b[6:], ss)
	return b, true
}

// isoDay formats a valid date (a year of four digits) as "2025-10-18".
func isoDay(y, mo, d int) string {
	var b [10]byte
	putISODay(b[:], y, mo, d)
	return string(b[:])
}

// putISODay writes a valid date as "2025-10-18" in b[:10].
func putISODay(b []byte, y, mo, d int) {
	put2(b[0:], y/100)
	put2(b[2:], y%100)
	b[4] = '-'
	put2(b[5:], mo)
	b[7] = '-'
	put2(b[8:], d)
}

// put2 writes n, 0 to 99, as two digits.
func put2(b []byte, n int) {
	b[0] = byte('0' + n/10)
	b[1] = byte('0' + n%10)
}

// zoneOffset maps a zone as printed to an ISO offset. Only names with one
// meaning are mapped; ok is false for unknown or ambiguous names.
func zoneOffset(z string) (string, bool) {
	if z == "" {
		return "", false
	}
	if z == "Z" {
		return "Z", true
	}
	up := strings.ToUpper(z)
	if strings.HasPrefix(up, "UTC") || strings.HasPrefix(up, "GMT") {
		rest := strings.TrimSpace(up[3:])
		if rest == "" {
			return "Z", true
		}
		z = rest
	}
	if z[0] == '+' || z[0] == '-' {
		digits := strings.ReplaceAll(z[1:], ":", "")
		var h, m int
		switch len(digits) {
		case 1, 2:
			h = atoi(digits)
		case 3:
			h, m = atoi(digits[:1]), atoi(digits[1:])
		case 4:
			h, m = atoi(digits[:2]), atoi(digits[2:])
		default:
			return "", false
		}
		if h > 14 || m > 59 {
			return "", false
		}
		if h == 0 && m == 0 {
			return "+00:00", true
		}
		return fmt.Sprintf("%c%02d:%02d", z[0], h, m), true
	}
	switch up {
	case "EST":
		return "-05:00", true
	case "EDT":
		return "-04:00", true
	case "CDT":
		return "-05:00", true
	case "MST":
		return "-07:00", true
	case "MDT":
		return "-06:00", true
	case "PST":
		return "-08:00", true
	case "PDT":
		return "-07:00", true
	case "CET", "MEZ", "WAT":
		return "+01:00", true
	case "CEST", "MESZ", "EET", "CAT", "SAST":
		return "+02:00", true
	case "EEST", "MSK", "EAT":
		return "+03:00", true
	case "BST":
		return "+01:00", true
	case "WET":
		return "Z", true
	case "WEST":
		return "+01:00", true
	case "JST", "KST":
		return "+09:00", true
	case "HKT", "SGT", "AWST", "PHT":
		return "+08:00", true
	case "AEST":
		return "+10:00", true
	case "AEDT":
		return "+11:00", true
	case "NZST":
		return "+12:00", true
	case "NZDT":
		return "+13:00", true
	}
	return "", false
}

// ambiguousZone lists zone names that are zones but have no single offset.
func ambiguousZone(z string) bool {
	switch strings.ToUpper(z) {
	case "ET", "PT", "CT", "MT", "IST", "CST", "AST":
		return true
	}
	return false
}

func validDate(y, mo, d int) bool {
	if y < minYear || y > maxYear || mo < 1 || mo > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[mo-1]
	if mo == 2 && (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		days = 29
	}
	return d <= days
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func digitAt(s string, i int) bool {
	return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// letterAt reports whether a letter starts at byte i of s.
func letterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// letterBefore reports whether the rune ending at byte i of s is a letter.
func letterBefore(s string, i int) bool {
	if i <= 0 || i > len(s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// monthNumber reads a month name or abbreviation in one of the languages
// news pages are written in.
func monthNumber(w string) (int, bool) {
	return monthNames().number(w)
}

// number is monthNumber, from the table.
func (t *monthTable) number(w string) (int, bool) {
	if w != "" && w[0] < utf8.RuneSelf && t.firstASCII&(1<<(w[0]|0x20-'a')) == 0 && asciiLetter(w[0]) {
		// Most words the readers try open with a letter no month name
		// opens with: no key is lowered and hashed for them.
		return 0, false
	}
	w = strings.TrimSuffix(w, ".")
	if !t.may(w) {
		return 0, false
	}
	if n, ok, known := t.asciiNumber(w); known {
		return n, ok
	}
	var buf [64]byte
	n, ok := t.byName[string(lowerKey(buf[:], w))]
	return n, ok
}

// may reports whether w, lower-cased, can be a name of the table; false
// means it cannot. Two ASCII bytes lower-case to the two ASCII bytes
// that open the key, and a name opens with one of few pairs; a word
// opening otherwise (past ASCII, or shorter) is let through.
func (t *monthTable) may(w string) bool {
	if len(w) < 2 || w[0] >= utf8.RuneSelf || w[1] >= utf8.RuneSelf {
		return true
	}
	a, b := w[0], w[1]
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	k := int(a)<<7 | int(b)
	if t.pairs[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	// Many words open as a month name does ("ma", "ju", "de"): the
	// third byte too, hashed with the first two into a set of bits.
	if len(w) < 3 {
		return t.short
	}
	c := w[2]
	if c >= utf8.RuneSelf {
		return true
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	h := monthTriple(a, b, c)
	return t.triples[h/64]&(1<<(h%64)) != 0
}

// monthTriple hashes three ASCII bytes in lower case to a bit of
// monthTable.triples.
func monthTriple(a, b, c byte) int {
	return (int(a)*131 + int(b)*31 + int(c)) % (64 * len(monthTable{}.triples))
}

// monthLists name the twelve months in order, one language (or one set of
// abbreviations) a line. A word already taken by an earlier line keeps its
// first meaning.
var monthLists = []string{
	// English
	"january february march april may june july august september october november december",
	"jan feb mar apr may jun jul aug sep oct nov dec",
	// German (with the Austrian Jänner)
	"januar februar märz april mai juni juli august september oktober november dezember",
	"jänner feber mär apr mai jun jul aug sep okt nov dez",
	// French
	"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	"janv févr mars avr mai juin juil août sept oct nov déc",
	// Spanish
	"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
	"ene feb mar abr may jun jul ago sep oct nov dic",
	// Italian
	"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	"gen feb mar apr mag giu lug ago set ott nov dic",
	// Portuguese
	"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	"jan fev mar abr mai jun jul ago set out nov dez",
	// Dutch
	"januari februari maart april mei juni juli augustus september oktober november december",
	"jan feb mrt apr mei jun jul aug sep okt nov dec",
	// Swedish, Norwegian, Danish
	"januari februari mars april maj juni juli augusti september oktober november december",
	"januar februar marts april maj juni juli august september oktober november desember",
	// Polish (genitive, as in dates, then nominative)
	"stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
	"styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
	// Czech (genitive)
	"ledna února března dubna května června července srpna září října listopadu prosince",
	// Russian (genitive, then nominative)
	"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
	"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
	// Ukrainian (genitive)
	"січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
	// Turkish
	"ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
	// Finnish (partitive, as in dates)
	"tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
	// Hungarian
	"január február március április május június július augusztus szeptember október november december",
	// Romanian
	"ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
	// Indonesian, Malay
	"januari februari maret april mei juni juli agustus september oktober november desember",
	// Greek (genitive)
	"ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
}

// monthTable holds the month names and the shortest and longest of them
// in runes, which bound the words worth looking up.
type monthTable struct {
	byName             map[string]int
	minRunes, maxRunes int
	// firstASCII has bit c-'a' set for each ASCII letter c that opens a
	// name (the names are in lower case).
	firstASCII uint32
	// pairs has bit a<<7|b set for each pair of ASCII bytes a name opens
	// with (may); triples the bit monthTriple gives each three ASCII
	// bytes a name opens with; short: a name is under three bytes long.
	pairs   [128 * 128 / 64]uint64
	triples [64]uint64
	short   bool
	// ascii holds the names of ASCII alone, for asciiNumber.
	ascii monthHash
}

// weekdayNames are the weekdays and their abbreviations, in lower case.
var weekdayNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
		montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
		lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
		lunes martes miércoles miercoles jueves viernes sábado sabado domingo
		lunedì martedì mercoledì giovedì venerdì sabato domenica
		segunda terça terca quarta quinta sexta
		maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo
		måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
		poniedziałek wtorek środa czwartek piątek sobota niedziela
		понедельник вторник среда четверг пятница суббота воскресенье
		pazartesi salı çarşamba perşembe cuma cumartesi pazar
		maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai`) {
		m[w] = true
	}
	return m
})

// isWeekday reports whether w names a day of the week.
func isWeekday(w string) bool {
	return lookupLower(weekdayNames(), strings.TrimSuffix(w, "."))
}

// hasWideSpace reports a white space rune outside ASCII in s.
func hasWideSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return true
		}
		i += n - 1
	}
	return false
}

// hasFullWidth reports a full-width ASCII form (U+FF01..U+FF5E) in s.
// They are encoded EF BC 81..BF and EF BD 80..9E; a plain byte search
// finds their lead bytes.
func hasFullWidth(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != 0xEF {
			continue
		}
		if s[i+1] == 0xBC && s[i+2] >= 0x81 || s[i+1] == 0xBD && s[i+2] <= 0x9E {
			return true
		}
	}
	return false
}

// foldDateRune returns the ASCII rune findDate reads for r: a space for
// white space outside ASCII, the ASCII form of a full-width digit or
// sign ("２" U+FF12 is "2", "／" is "/", "：" is ":"); 0 when r stays.
func foldDateRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return 0
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + '!'
	case unicode.IsSpace(r):
		return ' '
	}
	return 0
}

// findDateFolded is findDate on s with every rune foldDateRune maps read
// as its ASCII form; the offsets are those of s.
func findDateFolded(s string) (dateMatch, bool) {
	var t strings.Builder
	t.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if f := foldDateRune(r); f != 0 {
			t.WriteByte(byte(f))
		} else {
			t.WriteString(s[i : i+n])
		}
		i += n
	}
	m, ok := findDate(t.String())
	if !ok {
		return dateMatch{}, false
	}
	m.start, m.end = foldedOffset(s, m.start), foldedOffset(s, m.end)
	return m, true
}

// foldedOffset maps offset k of the copy findDateFolded reads back to s.
func foldedOffset(s string, k int) int {
	j := 0
	for i := 0; i < len(s); {
		if j >= k {
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if foldDateRune(r) != 0 {
			j++
		} else {
			j += n
		}
		i += n
	}
	return len(s)
}

// monthNames is built on first use; start-up stays cheap.
var monthNames = sync.OnceValue(func() *monthTable {
	m := make(map[string]int, 512)
	for _, l := range monthLists {
		for i, w := range strings.Fields(l) {
			if _, dup := m[w]; !dup {
				m[w] = i + 1
			}
		}
	}
	for _, w := range []string{"sept", "setiembre", "fevrier", "aout", "decembre", "marco", "mrz", "juil", "juin"} {
		switch w {
		case "sept":
			m[w] = 9
		case "setiembre":
			m[w] = 9
		case "fevrier":
			m[w] = 2
		case "aout":
			m[w] = 8
		case "decembre":
			m[w] = 12
		case "marco", "mrz":
			m[w] = 3
		case "juil":
			m[w] = 7
		case "juin":
			m[w] = 6
		}
	}
	t := &monthTable{byName: m, minRunes: 1 << 30}
	for w := range m {
		n := utf8.RuneCountInString(w)
		t.minRunes, t.maxRunes = min(t.minRunes, n), max(t.maxRunes, n)
		if c := w[0]; 'a' <= c && c <= 'z' {
			t.firstASCII |= 1 << (c - 'a')
		}
		if len(w) >= 2 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf {
			k := int(w[0])<<7 | int(w[1])
			t.pairs[k/64] |= 1 << (k % 64)
		}
		t.short = t.short || len(w) < 3
		if len(w) >= 3 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf && w[2] < utf8.RuneSelf {
			h := monthTriple(w[0], w[1], w[2])
			t.triples[h/64] |= 1 << (h % 64)
		}
		t.ascii.add(w, m[w])
	}
	return t
})
