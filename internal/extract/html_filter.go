package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/extract-dev/extract/internal/model"
)

// Inside the chosen container, each block is judged on its own, as jusText
// does: links, length and punctuation, and the boilerplate lines that sit
// inside article containers on every site (ad labels, share prompts,
// "read more", photo credits, copyright lines).

// boilerLines are the short lines that are chrome in any of the common
// languages of the web.
const boilerLines = `(?:` +
	`advertisement|advertising|ad|ads|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reclame|advertentie|реклама|реклама\.|广告|廣告|広告|광고` +
	`|share( this( article| story| post)?)?( on \w+)?|teilen|partager|compartir|condividi|поделиться|分享` +
	`|read more|read the full (story|article)|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|leggi (anche|tutto)|читать далее` +
	`|(see|read) also|siehe auch|lesen sie auch|voir aussi|à lire aussi|lire aussi|ver también|leia também|читайте также|相关阅读|相关新闻` +
	`|related( articles| stories| content| posts| topics| links)?|mehr zum thema|sur le même sujet|print|drucken|imprimer|email|e-mail|tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit` +
	`|comments?|kommentare?|commentaires?|comentarios?|комментарии` +
	`|(back|go|zurück) to top|top|nach oben|haut de page|tags?:?|topics:?|schlagworte:?|mots-clés:?` +
	`|advertisement - (scroll|continue reading)( to continue)?|story continues below( advertisement)?|article continues below` +
	`|permalink|permalien|bild anzeigen|show image|(rezept |artikel )?drucken|print (this )?(recipe|article|page)|druckversion` +
	`|\(?(noch )?keine bewertungen\)?|\(?no ratings yet\)?|über den autor|about the author|à propos de l'auteur|sobre el autor` +
	`|externer inhalt|empfohlener redaktioneller inhalt|recommended editorial content|quellen (aus|ein)blenden|zum weiterlesen` +
	`|neueste artikel|latest (articles|stories|news)|alle angaben ohne gewähr` +
	`|loading|bild schließen|close image|(bei|auf) pinterest (speichern|merken)|save (it )?(to|on) pinterest|pin it` +
	`)`

// boilerLine matches a whole short block made of chrome lines: one, in
// brackets or not, or several in a row ("Print Email Share", "Bild
// anzeigen Bild schließen").
var boilerLine = regexp.MustCompile(`^[\s•|»>–—([-]*` + boilerLines + `(?:[\s•|»>–—·/,.:!…()\[\]-]+` + boilerLines + `)*[\s.:!…»>)\]-]*$`)

// boilerStart matches the start of a short block that is chrome: credits,
// copyright and licence lines, subscription prompts.
var boilerStart = regexp.MustCompile(`^(?:` +
	`©|\(c\)|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|版权所有|版權所有|저작권` +
	`|(photo|foto|image|picture|bild|titelbild|beitragsbild|abbildung|photograph|illustration|video|credit|crédit|crédits photos?|quelle|source|fuente|fonte|źródło|источник|fotos?)s?( \d{1,3})?( credits?)?\s*:` +
	`|(photo|image|photograph|picture|illustration)s? (by|courtesy|credit)\b` +
	`|(sign up|subscribe|abonnieren|abonnez-vous|suscríbete|подпишитесь)\b` +
	`|(permalink|permalien)\b|(click|tap) here\b|follow us\b|folgen sie uns|suivez-nous|like us on` +
	`|(related|more|recommended|popular|trending|most (read|viewed|popular|shared))( articles| stories| news| on| from)?\s*:` +
	`|(this (article|story) (was|is|has been)|diese[rs]? (artikel|beitrag))\b.*\b(originally|published|updated|aktualisiert)` +
	`|(was|did you find) this (article|page|post|story)( \w+)? (helpful|useful)|(rate|share) this (article|post|page|story)` +
	`|(war|fanden sie) (der|die|dieser|diese|dieses|den) (artikel|beitrag|text|seite)( \w+)? (hilfreich|nützlich)` +
	`|(wie )?(bewerten sie|gefällt ihnen|gefiel ihnen) (diese[nrs]?|den|der|das) (artikel|beitrag|text|rezept)` +
	`|möchten sie (den|diesen) (artikel|beitrag) teilen|cet article vous a-t-il été utile|¿?te ha (sido útil|resultado útil)` +
	`|this entry was posted|dieser (eintrag|beitrag|text) wurde (am [^ ]+ )?(veröffentlicht|geschrieben)|cette entrée a été publiée|esta entrada fue publicada` +
	`|if you (enjoyed|liked) (reading )?this|we want to hear what you think|submit (your|a) letter` +
	`|\*?werbung[.:]|\*?anzeige[.:]` +
	`)`)

// boilerPhrases are chrome anywhere in a short block; plain substrings
// are much cheaper than one large case-folding regexp per block.
var boilerPhrases = []string{
	"all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"getty images", "afp photo", "ap photo", "reuters/", "/reuters", "shutterstock",
	"istock", "cookie policy", "cookies policy", "cookie settings", "cookie-einstellungen",
	"privacy policy", "datenschutzerklärung", "terms of use", "terms of service", "©",
	"newsletter", "sign up for", "signing up for", "subscribe to", "abonnieren sie",
	"to view the full story", "already a subscriber", "requires javascript",
}

// boilerGated are chrome patterns checked only when their key word occurs.
var boilerGated = []struct {
	keys []string
	re   *regexp.Regexp
}{
	{[]string{"twitter", "facebook", "instagram", "telegram", "linkedin", "youtube", "tiktok", "whatsapp", "mastodon", "bluesky"},
		regexp.MustCompile(`\b(follow|síguenos|siguenos|folgen sie|folge uns|suivez|seguici|siga|segue|obserwuj)\b.{0,80}\b(twitter|facebook|instagram|telegram|linkedin|youtube|tiktok|whatsapp|mastodon|bluesky)\b`)},
	{[]string{"app"}, regexp.MustCompile(`\b(download|get|laden sie|descarga|baixe|téléchargez)\b.{0,60}\bapps?\b`)},
	{[]string{"javascript"}, regexp.MustCompile(`\b(turn on|enable|activate|aktivieren sie|activez|activa)\b.{0,20}\bjavascript\b|\bjavascript (is )?(disabled|required|deaktiviert)\b`)},
}

// isBoilerplate reports a short line that is chrome in any of the common
// languages of the web.
func isBoilerplate(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	var buf [boilerLeadRunes]rune
	lead, fs := leadRunes(l, buf[:]), boilerLeads()
	if len(l) <= 120 && fewWords(l, 6) && fs[0].may(lead) && boilerLine.MatchString(l) {
		return true
	}
	if fs[1].may(lead) && boilerStart.MatchString(l) {
		return true
	}
	if hasWordOf(boilerPhraseSet(), l) {
		return true
	}
	gates := wordsIn(boilerGateSet(), l)
	for i, g := range boilerGated {
		if !boilerGateOpen(gates, i, l) {
			continue
		}
		if g.re.MatchString(l) {
			return true
		}
	}
	return false
}

// fewWords reports whether s has at most max words holding a letter or
// digit, words split at the white space of regexp's \s. No line of
// boilerLine has more than five, so longer lines skip the regexp.
func fewWords(s string, max int) bool {
	n, in := 0, false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r':
			in = false
		case !in && (r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)):
			in = true
			n++
			if n > max {
				return false
			}
		}
	}
	return true
}

// commentHead matches the heading that opens a comment section.
var commentHead = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|reactions?|trackbacks?|trackback pings|leave a (?:comment|reply)|post a comment|add a comment|add your comment|join the discussion|discussion|reader comments|kommentare?|kommentieren|leserkommentare|commentaires?|réactions|comentarios?|commenti|reacties|komentarze|комментарии|评论|留言|コメント|댓글)(?:\s*\(\d+\))?\s*:?$|^\d+\s+(?:thoughts on|responses to|comments on|replies to)\b`)

// isCommentHead is commentHead.MatchString behind a test of the first
// byte: the expression is anchored, and a text opening with an ASCII byte
// that begins none of its words (nor a count) cannot match. Bytes above
// ASCII go to the expression (case folding reaches "K" from the Kelvin
// sign, and the words of other scripts).
func isCommentHead(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch c {
		case 'a', 'c', 'd', 'j', 'k', 'l', 'p', 'r', 't',
			'0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		default:
			return false
		}
	}
	// Those first bytes open many blocks ("The ...", "A ..."): the lead
	// filter reads a few runes where the case-folding expression cost
	// thousands of instructions a block.
	var buf [boilerLeadRunes]rune
	if !commentLead().may(leadRunes(s, buf[:])) {
		return false
	}
	return commentHead.MatchString(s)
}

// commentLead is the lead filter of commentHead.
var commentLead = sync.OnceValue(func() *leadFilter { return newLeadFilter(commentHead) })

// linkedText reports a list item of the text that is mostly links, not a
// link of navigation: an item of some length that names a link and says
// what it holds ("Tool X – parses the logs, by Y"). Menus are short items
// or links alone. (Paragraphs mostly of links are "see also" lines and
// contact boxes as often as prose with linked sources.)
func linkedText(b *hBlock, wl int32, ld float32) bool {
	if ld >= 0.9 {
		return false
	}
	if b.kind == model.KindParagraph && wl >= 80 && !strings.Contains(b.text, "\n") {
		t := strings.TrimRight(b.text, " \"”»“'’)")
		head := t[:min(len(t), 30)]
		return strings.HasSuffix(t, ".") && strings.Count(t, ". ") >= 1 && !strings.Contains(head, ":")
	}
	return (b.kind == model.KindItem || b.kind == model.KindOrdered) && wl >= 40
}

// goodBlock is the per-block judgement.
func (f *flat) goodBlock(b *hBlock) bool {
	if b.kind == model.KindHeading && b.level == 1 {
		return false // the headline, read by the metadata reader
	}
	if b.markup {
		return false
	}
	wl := b.wlen()
	ld := b.linkDensity()
	if ld > 0.5 && !(wl > 200 && ld < 0.7) && !linkedText(b, wl, ld) {
		return false
	}
	if wl < 150 {
		if isBoilerplate(b.text) {
			return false
		}
		// A short linked heading or item is navigation; a list item that
		// is mostly its own words around a link is a point of the text.
		if ld > 0.3 && b.kind != model.KindParagraph && !(b.kind == model.KindItem && ld < 0.5 && wl >= 25) && !linkedText(b, wl, ld) {
			return false
		}
	}
	return true
}
