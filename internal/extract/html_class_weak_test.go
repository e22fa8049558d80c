package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// hasWeakTokenPlain is the plain statement of hasWeakToken: every
// alphanumeric token looked up in weakTokens.
func hasWeakTokenPlain(s string) bool {
	for _, t := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if weakTokens[t] {
			return true
		}
	}
	return false
}

// The shape table in front of the map must never turn a weak token away.
func TestHasWeakTokenMatchesPlain(t *testing.T) {
	samples := []string{"", "ad", "ads-slot", "header", "site-header x", "headers", "nav2", "p-4 px-2 flex",
		"breadcrumbs", "a-breadcrumbsx", "overlay_", "no_print noprint", "aa ad-", "adx", "x ad"}
	for w := range weakTokens {
		samples = append(samples, w, "x-"+w, w+"s", w[:len(w)-1], "0"+w+" y")
	}
	r := rand.New(rand.NewSource(3))
	alphabet := "adsnvmeutghrfoiplbcx-_ 09"
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for j := r.Intn(20); j > 0; j-- {
			if r.Intn(6) == 0 {
				for w := range weakTokens {
					b.WriteString(w)
					break
				}
				continue
			}
			b.WriteByte(alphabet[r.Intn(len(alphabet))])
		}
		samples = append(samples, b.String())
	}
	for _, s := range samples {
		if got, want := hasWeakToken(s), hasWeakTokenPlain(s); got != want {
			t.Errorf("hasWeakToken(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasWeakToken([]byte(s)), hasWeakTokenPlain(s); got != want {
			t.Errorf("hasWeakToken([]byte %q) = %v, want %v", s, got, want)
		}
	}
}
