package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// isRoleRef is isRole as it was before it read the words in place: the
// reference.
func isRoleRef(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\t' })
	if len(words) == 0 {
		return false
	}
	role := false
	for i, w := range words {
		w = strings.Trim(w, ".,:;()")
		switch w {
		case "in", "for", "from", "at", "aus", "en", "à", "em", "für", "of", "de", "del", "der", "des", "bei":
			return role || i == 0
		}
		switch {
		case roleWords()[w]:
			role = true
		case isAgency(w):
		default:
			return false
		}
	}
	return role
}

// TestIsRoleReference compares isRole with the reference on random
// strings of role words, agencies, prepositions, names and separators.
func TestIsRoleReference(t *testing.T) {
	pieces := []string{"Staff", "WRITER", "writer", "Reporter.", "Korrespondent", "in", "IN", "Für", "für", "AP", "(AP)", "Reuters",
		"Associated", "Press", "Jane", "Doe", "Redakteurin", "Senior", "ТАСС", "тасс", "İ", "\xff", " ", "  ", "-", "\t", ",", ":", "()", ".", "à", "À",
		"a-very-long-word-of-more-than-thirty-two-bytes", "STAFFWRITER"}
	rng := rand.New(rand.NewSource(13))
	for i := 0; i < 300000; i++ {
		var b strings.Builder
		n := rng.Intn(8)
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := isRole(s), isRoleRef(s); got != want {
			t.Fatalf("isRole(%q) = %v, the reference says %v", s, got, want)
		}
	}
}
