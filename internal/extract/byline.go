package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A credit line is short: anything longer is a sentence that happens to
// begin with "By".
const maxBylineRunes = 120

// isByline reports whether a short line reads as a credit line: "By Jane
// Doe", "Von Max Muster", "XINHUA", "Jane Doe, Reuters", "Text: Max
// Muster", "作者：张三", "By Jane Doe | Updated October 18, 2025".
//
// A bare name ("Jane Doe") is not enough: it cannot be told from a short
// headline or a menu item by its shape alone. The caller may accept one
// with looksLikeNames when the position says so (just under a headline).
func isByline(s string) bool {
	_, ok := bylineSegment(s)
	return ok
}

// bylineSeparators split a meta line into its parts: "05.01.2020 | Autor:
// gnaddrig | Abgelegt unter: Fotografie".
var bylineSeparators = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s+[|·•~]\s+|\s{2,}|\s*[|]\s*`)
})

// bylineSegment returns the credit in a line: the whole line when it reads
// as one, else the one part of a meta line that does ("Autor: gnaddrig" in
// "05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie").
func bylineSegment(s string) (string, bool) {
	folded, sep, ask, read := bylineScanASCII(s)
	// askFree: no part of s holds a "?" or a "!", which bylineWhole
	// then need not look for.
	askFree := read && folded && !ask
	if !read || !folded {
		s = metaSpace(s)
		sep = bylineSepChars.in(s)
	}
	if s == "" || runesOver(s, 2*maxBylineRunes) {
		return "", false
	}
	var arr [8]string
	parts := append(arr[:0], s)
	// s is folded: without one of these runes no separator can match,
	// and most lines have none.
	if sep {
		parts = appendBylineParts(arr[:0], s)
	}
	if len(parts) > 1 {
		// A part led by "By" or a label is the credit ("Accueil | Par Loïc
		// Le Clerc | 30 septembre 2018").
		for _, p := range parts {
			if matchBylinePrefix(p) || matchBylineLabel(p) {
				if b, _, ok := splitBylineDate(p); ok {
					p = b
				}
				if c, ok := bylineWholeIn(p, askFree); ok {
					return c, true
				}
			}
		}
	}
	if !runesOver(s, maxBylineRunes) {
		if c, ok := bylineWholeIn(s, askFree); ok {
			return c, true
		}
	}
	if len(parts) < 2 {
		return "", false
	}
	for _, p := range parts {
		if b, _, ok := splitBylineDate(p); ok {
			p = b
		}
		if c, ok := bylineWholeIn(p, askFree); ok {
			return c, true
		}
	}
	return "", false
}

// isBylineWhole reports whether the whole of s (less a date) is a credit.
func isBylineWhole(s string) bool {
	_, ok := bylineWhole(s)
	return ok
}

// bylineWhole reports whether the whole of s (less a date) is a credit,
// and returns it less a time or another field printed after the names
// ("Eingestellt von Weinlachgummi um 10:52" gives "Eingestellt von
// Weinlachgummi").
func bylineWhole(s string) (string, bool) {
	return bylineWholeIn(s, false)
}

// bylineWholeIn is bylineWhole of s, a part of a line the caller knows
// to hold no "?" and no "!" when askFree.
func bylineWholeIn(s string, askFree bool) (string, bool) {
	if s == "" || runesOver(s, maxBylineRunes) {
		return "", false
	}
	orig := s
	// "---- by Kenneth Surin": a rule before the credit. (Its runes begin
	// with these bytes: most lines begin with none, and skip the trim's
	// rune by rune reading of a set past ASCII.)
	if c := s[0]; c == '-' || c == '*' || c == ' ' || c == 0xE2 || c == 0xC2 {
		if t := strings.TrimLeft(s, "-–—―*•· "); t != s && len(s)-len(t) >= 2 {
			s = t
		}
	}
	if r := cutBylineLabel(s); r != s {
		// "Autor: gnaddrig", "Posted by marc": the label says it all.
		if b, _, ok := splitBylineDate(r); ok {
			r = b
		}
		if x, ok := cutBylinePrefix(r); ok {
			r = x
		}
		tail, ok := creditNames(r, true)
		return cutTail(orig, tail), ok
	}
	b, _, dated := splitBylineDate(s)
	if dated {
		if b == "" {
			return "", false
		}
		s = b
	}
	if !askFree && askChars.in(s) {
		return "", false
	}
	if rest, ok := cutBylinePrefix(s); ok {
		if rest == "" {
			return "", false
		}
		if caselessScript(rest) {
			return orig, utf8.RuneCountInString(rest) <= 40 && !strings.ContainsAny(rest, "。，,.!?！？")
		}
		if handleCredit(rest) {
			return orig, true
		}
		tail, ok := creditNames(rest, false)
		return cutTail(orig, tail), ok
	}
	if rest, ok := cutBylineSuffix(s); ok {
		return orig, rest != "" && utf8.RuneCountInString(rest) <= 20
	}
	// "Harald Bauer Autor": a capitalised name, then the word for author.
	if rest, ok := cutAuthorWord(s); ok {
		return orig, rest != ""
	}
	// A name printed with a date ("Jane Doe | Updated: ...") is a credit
	// line; one word ("Datum: ...", "Kommentar, 3. Mai 2021") is a label.
	if dated && looksLikeNames(s) && !dateWordsOnly(s) && len(strings.Fields(s)) >= 2 {
		return orig, true
	}
	// "XINHUA", "Reuters", "AFP/dpa"; "Jane Doe, Reuters"; "Jane Doe (AP)".
	if !mayHoldAgency(s) {
		return "", false
	}
	var arr [16]string
	segs := appendNameList(arr[:0], s)
	agency := false
	for _, seg := range segs {
		if isAgency(seg) {
			agency = true
		}
	}
	if !agency {
		return "", false
	}
	for _, seg := range segs {
		if !isAgency(seg) && !looksLikeName(seg) && !isRole(seg) {
			return "", false
		}
	}
	return orig, true
}

// splitBylineDate cuts a line that holds both a credit and a date ("Jane
// Doe | Updated: 2025-10-18 07:46") into the credit part, trimmed of its
// separators and of words like "Updated", and the date. ok is false when
// the line holds no date.
func splitBylineDate(s string) (byline string, date dateMatch, ok bool) {
	m, ok := findDate(s)
	if !ok {
		return s, dateMatch{}, false
	}
	before := s[:m.start]
	after := strings.TrimSpace(s[m.end:])
	// Published and updated dates printed in a row: cut them all.
	for i := 0; i < 3; i++ {
		n, ok := findDate(after)
		if !ok || strings.Trim(after[:n.start], " \t|·•-–—,:;/") != "" && !dateWordsOnly(after[:n.start]) {
			break
		}
		after = strings.TrimSpace(after[n.end:])
	}
	// A credit after the date: "October 18, 2025 | By Jane Doe".
	if strings.Trim(before, " \t|·•-–—,:;/") == "" || dateWordsOnly(before) {
		return trimBylineEnds(after), m, true
	}
	return trimBylineEnds(before), m, true
}

// dateWordsOnly reports whether s holds nothing but words that introduce a
// date ("Updated:", "Published on", "Stand:").
func dateWordsOnly(s string) bool {
	words := dateWords()
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		if !lookupLower(words, s[i:j]) {
			return false
		}
		i = j
	}
	return true
}

var dateWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`updated published posted on at last modified date created
		aktualisiert veröffentlicht stand am um erstellt zuletzt datum publiziert erscheinungsdatum update vom seit uhr zeit
		date time data fecha
		publié mis à jour le
		publicado actualizado el a las atualizado em
		pubblicato aggiornato il alle
		gepubliceerd bijgewerkt op
		publicerad uppdaterad publisert oppdatert
		opublikowano zaktualizowano
		опубликовано обновлено
		monday tuesday wednesday thursday friday saturday sunday
		mon tue wed thu fri sat sun
		montag dienstag mittwoch donnerstag freitag samstag sonntag mo mi fr sa so`) {
		m[w] = true
	}
	return m
})

// trimBylineEnds drops separators and date-introducing words from the end
// and the start of a credit that was cut from a date.
func trimBylineEnds(s string) string {
	const seps = " \t|·•-–—,:;/"
	s = strings.Trim(s, seps)
	for {
		i := strings.LastIndexAny(s, seps)
		last := s[i+1:]
		if last == "" || !lookupLower(dateWords(), last) {
			break
		}
		s = strings.Trim(s[:i+1], seps)
	}
	return s
}

// bylinePrefix matches the words that introduce a credit, in several
// languages. Compiled on first use.
var bylinePrefix = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:(?:written|reported|posted|story|words|text|reporting|compiled|edited)\s+by|by|von|vom|par|por|door|di|av|af|de|text(?:\s+(?:und|&)\s+\S+)?\s*:|texte\s*:|texto\s*:|tekst\s*:|autor(?:in)?\s*:|autore\s*:|auteur\s*:|author\s*:|authors\s*:|autorzy\s*:|geschrieben\s+von|ein(?:e)?\s+(?:beitrag|kommentar|gastbeitrag|artikel|bericht|reportage|analyse|kolumne)\s+von|(?:blog|gast)?[\s-]?beitrag\s+von|a\s+cura\s+di|redaktion\s*:|reporter\s*:|автор\s*:?|текст\s*:|yazar\s*:?|작성자\s*:?|作者\s*[:：]?|记者\s*[:：]?|撰文\s*[:：]?|文\s*[/／]|記者\s*[:：]?)(?:\s+|$|[:：/／]\s*)`)
})

// cutBylinePrefix removes a leading "By" (or its kin) and reports whether
// there was one.
func cutBylinePrefix(s string) (string, bool) {
	if !bylinePrefixGate().may(s) {
		return s, false
	}
	loc := bylinePrefixIndex(s)
	if loc == nil {
		return s, false
	}
	prefix := strings.ToLower(strings.TrimSpace(s[:loc[1]]))
	rest := strings.TrimSpace(s[loc[1]:])
	// "de" and "di" begin too many ordinary lines; they count only before a
	// capitalised word.
	if prefix == "de" || prefix == "di" || prefix == "par" || prefix == "por" || prefix == "av" || prefix == "af" || prefix == "door" || prefix == "von" || prefix == "vom" {
		r, _ := utf8.DecodeRuneInString(rest)
		// A user name in lower case is a credit too: "von lupa".
		if !unicode.IsUpper(r) && !(handlePrefix(prefix) && handleCredit(rest)) {
			return s, false
		}
	}
	return rest, true
}

// cutBylineSuffix removes a trailing reporter word in languages that put it
// after the name ("홍길동 기자", "张三 报道").
func cutBylineSuffix(s string) (string, bool) {
	// Every suffix ends in a byte of a multi-byte rune: a line ending in
	// ASCII, as nearly all do, ends in none of them.
	if s == "" || s[len(s)-1] < utf8.RuneSelf {
		return s, false
	}
	for _, suf := range []string{"기자", "特派員", "記者", "报道", "報道"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSpace(strings.TrimSuffix(s, suf)), true
		}
	}
	return s, false
}

// looksLikeHandle reports whether s reads as a user name as blogs print
// them: "gnaddrig", "Herr_Rein", "c1ph4", "john doe". The caller decides
// from the markup (rel=author, class="author") that it is a credit.
func looksLikeHandle(s string) bool {
	if s == "" || runesOver(s, 40) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 3 || lookupLower(nonNames(), words[0]) {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) > 30 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-'’", r) {
				return false
			}
		}
	}
	return true
}

// bylineLabel matches the labels printed before a credit that are not part
// of it: "Veröffentlicht von", "Posted by", "Autor:", "责任编辑：" (Chinese
// labels run into the name without a space).
var bylineLabel = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:post\s+author|(?:veröffentlicht|geschrieben|verfasst|gespeichert|erstellt|eingestellt|gepostet|posted|published|written|submitted|publié|publicado|pubblicato|écrit|escrito|scritto|geplaatst|geschreven)\s+(?:von|by|par|por|da|door|am|on)|(?:alle\s+(?:artikel|beiträge)\s+von|view\s+all\s+posts\s+by|more\s+from|eine?\s+(?:artikel|kolumne|beitrag|gastbeitrag|kommentar|bericht|reportage|analyse|interview|text)\s+von)|text(?:\s*(?:und|&|/)\s*(?:fotos?|bilder?))?\s*:|(?:author|autor|autorin|autoren|auteur|autore|autores|authors|verfasser|verfasserin|redakteur|redakteurin)\s*:?)(?:\s+|$)|^(?:作者|责任编辑|責任編輯|编辑|編輯|记者|記者|撰文|执笔|執筆)\s*[:：]\s*`)
})

// cutBylineLabel removes a label ("Posted by", "Autor:") from the start of
// a credit line.
func cutBylineLabel(s string) string {
	if bylineLabelGate().may(s) {
		if loc := bylineLabelIndex(s); loc != nil && loc[1] < len(s) {
			return strings.TrimSpace(s[loc[1]:])
		}
	}
	// "Geschrieben vonElisa Marvena": the label run into the name.
	if u := unglueLabel(s); u != s {
		if r := cutBylineLabel(u); r != u {
			return r
		}
	}
	if r, ok := cutHandleCredit(s); ok {
		return r
	}
	return s
}

// looksLikeNames reports whether s is a list of names, perhaps with roles
// and agencies: "Jane Doe and John Roe", "JANE DOE, Staff Writer", "Max
// Muster (dpa)".
func looksLikeNames(s string) bool {
	if runesOver(s, maxBylineRunes) || notNamesChars.in(s) {
		return false
	}
	names := 0
	var arr [16]string
	for _, seg := range appendNameList(arr[:0], s) {
		switch {
		case looksLikeName(seg):
			names++
		case isAgency(seg), isRole(seg), isEmail(seg):
		default:
			return false
		}
	}
	return names > 0 || isAgency(s)
}

// nameParticles are lower-case words that belong inside names.
var nameParticles = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("von van der den de del della di da das dos du la le bin ibn al el ter ten zu vom y e st. mc") {
		m[w] = true
	}
	return m
})

// nonNames are capitalised words that follow "By" in menus and labels, not
// in credits.
var nonNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`topic topics category categories date author authors region country tag tags
		type name location month year popularity relevance newest oldest price rating the this that
		clicking continuing using signing subscribing submitting registering`) {
		m[w] = true
	}
	return m
})

// looksLikeName reports whether s reads as one person's name: one to five
// words, each capitalised (or a particle such as "van"), no sentence
// punctuation.
func looksLikeName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || notNameChars.in(s) && !initialsOnly(s) {
		return false
	}
	if caselessScript(s) {
		n := utf8.RuneCountInString(s)
		return n >= 2 && n <= 12
	}
	nwords := 0
	forFields(s, func(string) bool { nwords++; return nwords <= 5 })
	if nwords == 0 || nwords > 5 {
		return false
	}
	upper, first, ok := 0, true, true
	forFields(s, func(w string) bool {
		if first {
			first = false
			if lookupLower(nonNames(), w) {
				ok = false
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			upper++
		case lookupLower(nameParticles(), w):
		default:
			ok = false
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' && unicode.Is(unicode.Mn, r) == false {
				ok = false
				return false
			}
		}
		return true
	})
	if !ok {
		return false
	}
	return upper > 0
}

// initialsOnly allows the dots of "J. R. R. Tolkien" and "Dr. Tim Loppe".
func initialsOnly(s string) bool {
	if notInitialsChars.in(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if strings.HasSuffix(w, ".") {
			body := strings.TrimSuffix(w, ".")
			r, _ := utf8.DecodeRuneInString(body)
			if !unicode.IsUpper(r) || utf8.RuneCountInString(body) > 4 {
				return false
			}
		}
	}
	return true
}

// caselessScript reports whether s is written mostly in a script without
// letter case (Han, Hangul, Kana, Arabic, Hebrew, Thai...), where
// capitalisation says nothing about names.
func caselessScript(s string) bool {
	// Every ASCII letter has a case: a string of ASCII alone, as most
	// credits are, has no caseless letter.
	if !hasNonASCII(s) {
		return false
	}
	letters, caseless := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if !unicode.IsUpper(r) && !unicode.IsLower(r) {
			caseless++
		}
	}
	return letters > 0 && caseless*2 > letters
}

// splitNameList splits a credit into its parts at commas and joining words
// in several languages.
func splitNameList(s string) []string {
	return appendNameList(nil, s)
}

// isAgency reports whether s is a news agency's name, as agencies credit
// their stories.
func isAgency(s string) bool {
	s = strings.Trim(s, " ()[]")
	// No agency's name is longer, and the case is folded rune by rune.
	if runesOver(s, maxAgencyRunes) || !agencyStartGate().may(s) {
		return false
	}
	return lookupLower(agencies(), s)
}

// maxAgencyRunes bounds the length of the names in agencies.
const maxAgencyRunes = 32

var agencies = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(`reuters|ap|associated press|the associated press|afp|agence france-presse|xinhua|xinhua news agency|新华社|dpa|apa|efe|ansa|kyodo|kyodo news|bloomberg|upi|pti|ians|anp|tass|ria novosti|yonhap|bernama|antara|epa|kna|sda|ats|belga|ntb|ritzau|ctk|pap|mti|agerpres|anadolu|aa|cna|kna|epd|afp/dpa|dpa/afp|ap/dpa|reuters/dpa|sid|press association|pa|pa media|aap|cp|the canadian press|canadian press|europa press|lusa|tt|stt|nzz|red.|redaktion|staff|staff reports|wire reports|news desk|newsdesk|cnn wire|dpa-afx|awp|kap|idea|ots|тасс|итар-тасс|риа новости|интерфакс|interfax|укрінформ|ukrinform|уніан|unian|белта|belta|казинформ|kazinform`, "|") {
		m[w] = true
	}
	return m
})

// isRole reports whether s names a job or a place rather than a person:
// "Staff Writer", "AP Television Writer", "Korrespondent in Paris", "in
// Washington". A name followed by a role ("Jane Doe Staff Writer") is not
// a role; dropRoleTail handles it.
func isRole(s string) bool {
	// The words are read in place and lower-cased into buf, as the
	// fields of strings.ToLower(s): the separators are ASCII, which
	// neither lower-casing nor a rune of several bytes holds.
	roles := roleWords()
	var buf [32]byte
	role := false
	for i, start := 0, 0; start < len(s); i++ {
		for start < len(s) && (s[start] == ' ' || s[start] == '-' || s[start] == '\t') {
			start++
		}
		if start == len(s) {
			break
		}
		end := start
		for end < len(s) && s[end] != ' ' && s[end] != '-' && s[end] != '\t' {
			end++
		}
		w := lowerKey(buf[:], strings.Trim(s[start:end], ".,:;()"))
		start = end
		switch string(w) {
		case "in", "for", "from", "at", "aus", "en", "à", "em", "für", "of", "de", "del", "der", "des", "bei":
			// What follows is a place or an employer: "Korrespondent in Paris".
			return role || i == 0
		}
		switch {
		case roles[string(w)]:
			role = true
		case isAgency(string(w)):
		default:
			return false
		}
	}
	return role
}

var roleWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`writer writers reporter reporters correspondent correspondents editor editors
		staff contributor contributing columnist columnists journalist photographer producer analyst
		senior chief political business sports science health technology tech bureau desk
		redakteur redakteurin redaktion korrespondent korrespondentin autor autorin journalistin
		pressesprecher pressesprecherin sprecher sprecherin pressestelle
		rédacteur rédactrice correspondant envoyé envoyée spécial spéciale journaliste
		redactor redactora corresponsal periodista enviado especial
		redattore corrispondente giornalista inviato
		redacteur correspondent verslaggever
		television radio video national foreign economics investigative special digital online
		reportage reporting editing updated
		корреспондент редактор журналист`) {
		m[w] = true
	}
	return m
})

var emailRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
})

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 0 {
		// Pages hide addresses from harvesters: "jane[at]example.org".
		for _, mark := range []string{"[at]", "(at)", "{at}"} {
			if i := strings.Index(s, mark); i > 0 {
				at = i + len(mark) - 1
				break
			}
		}
	}
	return at > 0 && strings.IndexByte(s[at:], '.') > 0 && !strings.ContainsAny(s, " \t")
}

// splitAuthors returns the person or agency names in a byline, without
// the leading "By", the joining words, roles, e-mail addresses and dates.
func splitAuthors(byline string) []string {
	s := metaSpace(byline)
	if b, _, ok := splitBylineDate(s); ok {
		s = b
	}
	if rest, ok := cutBylinePrefix(s); ok {
		s = rest
	}
	if rest, ok := cutBylineSuffix(s); ok {
		s = rest
	}
	// Every address the expression finds holds an "@": most credits have
	// none, and are not copied by a run of the expression.
	if strings.IndexByte(s, '@') >= 0 {
		s = emailRE().ReplaceAllString(s, ",")
	}
	var out []string
	seen := map[string]bool{}
	for _, seg := range splitNameList(s) {
		if isRole(seg) && !isAgency(seg) {
			continue
		}
		// A role word ends a longer credit ("Jane Doe Staff Writer"); after
		// a single word it is the name's ("Rasender Reporter").
		if t := strings.TrimSpace(dropRoleTail(seg)); len(strings.Fields(t)) >= 2 || len(strings.Fields(seg)) > 2 {
			seg = t
		}
		seg = strings.TrimSpace(seg)
		if seg == "" || isEmail(seg) || strings.Contains(seg, "://") {
			continue
		}
		if r, ok := cutBylinePrefix(seg); ok && r != "" {
			seg = r
		}
		if k := strings.ToLower(seg); !seen[k] {
			seen[k] = true
			out = append(out, seg)
		}
	}
	return out
}

// dropRoleTail removes role words printed after a name without a comma:
// "Jane Doe Staff Writer" gives "Jane Doe".
func dropRoleTail(s string) string {
	words := strings.Fields(s)
	n := len(words)
	for n > 1 && roleWords()[strings.ToLower(strings.Trim(words[n-1], ".,:;"))] {
		n--
	}
	// "AP Television Writer": strip a role phrase led by an agency too.
	for n > 1 && roleWords()[strings.ToLower(words[n-1])] == false && n < len(words) && isAgency(words[n-1]) {
		n--
	}
	return strings.Join(words[:n], " ")
}
