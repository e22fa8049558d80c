package extract

import (
	"strings"
	"sync"
)

// cleanByline runs four replacing expressions over every byline
// candidate, and nearly every candidate holds nothing any of them could
// match. Each gate below is a necessary condition of a match of its
// expression, read from the expression itself, so the expression runs
// only where it may change the text: the results never change.

// mayGlueRole: gluedRoleRE needs one of its job titles, spelt with a
// capital as it is.
func mayGlueRole(v string) bool {
	for _, w := range [...]string{"Writer", "Reporter", "Correspondent", "Editor", "Contributor", "Columnist"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// mayGlueBy: gluedByRE is anchored on one of four words.
func mayGlueBy(v string) bool {
	return strings.HasPrefix(v, "By") || strings.HasPrefix(v, "Von") || strings.HasPrefix(v, "Par") || strings.HasPrefix(v, "Por")
}

// mayDefaultCategory: defaultCategoryRE needs an "in", in either case
// (no other rune folds to i or n).
func mayDefaultCategory(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		if (v[i] == 'i' || v[i] == 'I') && (v[i+1] == 'n' || v[i+1] == 'N') {
			return true
		}
	}
	return false
}

// mayBylineTail: bylineTailRE ends its match with one of its words and
// then only the white space \s reads, so the last other byte is the last
// byte of a word: e (beiträge, profile), l (artikel, profil), s (posts,
// stories, articles; 0xBF ends the long s, which folds to s), w (follow)
// or n (folgen), in either case.
func mayBylineTail(v string) bool {
	t := strings.TrimRight(v, " \t\n\f\r")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case 'e', 'E', 'l', 'L', 's', 'S', 0xBF, 'w', 'W', 'n', 'N':
		return true
	}
	return false
}

// mayBylineLabel is false when bylineLabel cannot match s, as its lead
// filter tells from the first runes: the expression folds case over
// dozens of labels and cost the byline rule thousands of instructions
// for every credit it judged.
func mayBylineLabel(s string) bool {
	var buf [boilerLeadRunes]rune
	return bylineLabelLead().may(leadRunes(s, buf[:]))
}

var bylineLabelLead = sync.OnceValue(func() *leadFilter { return newLeadFilter(bylineLabel()) })
