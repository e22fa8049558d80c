package extract

// dateMatch is a date or date-time found in a string.
type dateMatch struct {
	// iso is the time in ISO 8601: "2025-10-18" when only a date is given,
	// "2025-10-18T07:46:00" with a time and no zone, "2025-10-18T07:46:00+08:00"
	// (or "Z") when a zone or offset is given. Never an invented time or zone.
	iso        string
	start, end int // byte offsets of the match in the searched string
}

// findDate finds the first date (with its time, when one follows) in s, as
// pages print them: ISO 8601, RFC 1123/822, "October 18, 2025 7:46 PM",
// "18. Oktober 2025", "2025年10月18日", "18/10/2025" and the like, in many
// languages. Stub: the dates owner replaces it.
func findDate(s string) (dateMatch, bool) {
	return dateMatch{}, false
}
