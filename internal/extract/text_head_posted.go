package extract

import (
	"regexp"
	"strings"
	"sync"
)

// textPostedWords are the verbs of a blog's post footer that say when the
// post went up ("This entry was posted on ...", "Dieser Beitrag wurde am
// ... veröffentlicht", "Publié le ...").
var textPostedWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:posted|published|veröffentlicht|gepostet|publiziert|publié|publicado|pubblicato|geplaatst|gepubliceerd|publicerad|publiceret|opublikowano)\b`)
})

// textPostedDate finds, among the few lines right under the body run, a
// post footer that says when the post was published, and returns its
// date. A line that speaks of an update is not the publication.
func textPostedDate(lines []tLine, end int) (string, bool) {
	for i := end; i < min(len(lines), end+textPostedWindow); i++ {
		l := &lines[i]
		if l.runes > 400 || l.comment {
			continue
		}
		if !textPostedMay(l.text) {
			continue
		}
		loc := textPostedWords().FindStringIndex(l.text)
		if loc == nil {
			continue
		}
		m, ok := l.findDate()
		if !ok || textUpdated(l.text[:m.start]) {
			continue
		}
		// The verb and the date belong to one clause.
		gap := ""
		if loc[1] <= m.start {
			gap = l.text[loc[1]:m.start]
		} else if m.end <= loc[0] {
			gap = l.text[m.end:loc[0]]
		}
		if len(gap) > 60 || strings.Contains(gap, ". ") {
			continue
		}
		return m.iso, true
	}
	return "", false
}

// textPostedWindow is how many lines under the run a post footer may
// stand: after the tags and share buttons, before the comments.
const textPostedWindow = 12

// textEditedWords mark a wiki's or site's footer that says when the page
// was last edited ("This page was last edited on ...", "Diese Seite wurde
// zuletzt am ... geändert", "Cette page a été modifiée pour la dernière
// fois le ...").
var textEditedWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:last\s+(?:edited|modified|updated)|zuletzt\s+am|zuletzt\s+(?:geändert|bearbeitet|aktualisiert)|dernière\s+fois|última\s+vez|ultima\s+modifica|laatst\s+bewerkt|senast\s+(?:ändrad|redigerad))\b`)
})

// textEditedDate finds, anywhere under the body run, a short footer that
// says when the page was last edited: the page's only date when nothing
// else dates it.
func textEditedDate(lines []tLine, end int) (string, bool) {
	for i := end; i < len(lines); i++ {
		l := &lines[i]
		if l.runes > 160 || l.comment {
			continue
		}
		if !textEditedMay(l.text) {
			continue
		}
		loc := textEditedWords().FindStringIndex(l.text)
		if loc == nil {
			continue
		}
		m, ok := l.findDate()
		if !ok || m.start < loc[0] || m.start-loc[1] > 40 {
			continue
		}
		return m.iso, true
	}
	return "", false
}
