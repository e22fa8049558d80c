package extract

import (
	"strings"
	"testing"
)

// One scan for the key words of boilerGated must open the same groups as
// a search per key.
func TestBoilerGateMatchesContains(t *testing.T) {
	samples := []string{"", "follow us on twitter", "download our app", "enable javascript to view",
		"apple pie", "applications", "youtubetwitter", "the facebook page", "happy", "javascrip", "tik tok",
		"síguenos en instagram", "whatsapp and telegram", "mastodon.social", "a", "ap"}
	for _, g := range boilerGated {
		for _, k := range g.keys {
			samples = append(samples, k, "x"+k+"x", k[1:], k[:len(k)-1], "one "+k+" two "+k)
		}
	}
	for _, s := range samples {
		gates := wordsIn(boilerGateSet(), s)
		for i, g := range boilerGated {
			want := false
			for _, k := range g.keys {
				if strings.Contains(s, k) {
					want = true
					break
				}
			}
			if got := boilerGateOpen(gates, i, s); got != want {
				t.Errorf("%q, group %d: gate open %v, want %v", s, i, got, want)
			}
		}
	}
}
