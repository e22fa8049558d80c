package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textHeadWindow is how many lines above the body are read for the
// headline block.
const textHeadWindow = 60

// The roles of the header lines.
const (
	roleNone = iota
	roleDate
	roleByline
	roleCrumb
	roleChrome
	roleText
)

// textHeader reads the lines above the body (start) for the headline, dek,
// byline, date and breadcrumb, and the first paragraph for a dateline.
func textHeader(lines []tLine, start, end int, blocks []block) []candidate {
	var cands []candidate
	add := func(f field, v string, pos int) {
		v = strings.TrimSpace(v)
		if v != "" {
			cands = append(cands, candidate{field: f, origin: originVisible, value: v, pos: pos})
		}
	}
	lo := max(0, start-textHeadWindow)
	// The header is textHeadWindow lines at most: its roles, and the
	// scores textPickHeadline gives them, are kept on the stack.
	var roleBuf [textHeadWindow]int
	role := roleBuf[:start-lo]
	// isByline is costly and asked again for the same lines: the line
	// keeps its answer (isCredit).
	credit := func(i int) bool {
		return lines[i].runes <= maxBylineRunes && lines[i].runes >= 2 && lines[i].isCredit() &&
			!(i > 0 && textPictureLabel(lines[i-1].text))
	}
	var published, modified string
	// leadDate is the date a paragraph of the run opens with ("27.1.2022 –
	// Bei der ...", "Pressemitteilung vom 25. Januar 2022 | Berlin – ...").
	leadDate := ""
	// pubAt holds the publication date each dated header line gives.
	pubAt := make(map[int]string)
	byline, section := "", ""
	// Credit and date lines may also stand among the first lines of the
	// body run, between paragraphs of a lead.
	hi, long := start, 0
	for hi < min(end, start+8) && long < 2 {
		if lines[hi].class == tGood && lines[hi].eff() >= 160 {
			long++
		}
		hi++
	}
	capGate := textCaptionGate()
	for i := hi - 1; i >= lo; i-- {
		l := &lines[i]
		if i >= start && l.eff() >= 160 {
			if i < start+4 && !textEmbedLine(l.text) {
				if m, ok := textOpeningDate(l.text); ok {
					leadDate = m.iso
				}
			}
			continue
		}
		r := roleNone
		switch {
		case textEmbedLine(l.text) || textURLLine(l.text):
			r = roleChrome
		case l.date || textDateLine(l):
			r = roleDate
			if by, m, ok := textSplitBylineDate(l.text); ok {
				if textUpdated(l.text[:m.start]) {
					if modified == "" {
						modified = m.iso
					}
				} else {
					pubAt[i] = m.iso
					if published == "" {
						published = m.iso
					}
				}
				// Beside a date, a bare name is the credit.
				if byline == "" && by != "" {
					byline = textCreditIn(by)
				}
			} else if m, ok := l.findDate(); ok {
				// A date only the text path's mending reads ("29 /
				// Dezember / 2022").
				pubAt[i] = m.iso
				if published == "" {
					published = m.iso
				}
			}
		case credit(i):
			r = roleByline
			if byline == "" {
				byline = textBylineText(l.text)
			}
		case l.runes <= 2*maxBylineRunes && textLabeledCredit(l.text) != "":
			r = roleByline
			if byline == "" {
				byline = textLabeledCredit(l.text)
			}
		case i+1 < len(lines) && textLabelTail(l) && textCreditLabelLine(l) && textLabelName(l, &lines[i+1]):
			// "By" over "Jane Doe": both lines are the credit, which
			// tells the headline above it as a credit line does.
			r = roleByline
			if i+1 < start {
				role[i+1-lo] = roleByline
			}
			if byline == "" {
				byline = lines[i+1].text
			}
		case textCrumbs(l.text) != "":
			r = roleCrumb
			if section == "" {
				section = textCrumbs(l.text)
			}
		case l.boiler && textFlaggedTitle(lines, i, credit):
			r = roleText
		case l.boiler || l.tail || l.comment || textCaptionOfIn(l, capGate) || textNavPromptOf(l) || textTagList(l.text):
			r = roleChrome
		case textTitleLike(l):
			r = roleText
		}
		if i < start {
			role[i-lo] = r
		}
	}
	textTitleDates(lines, lo, start, role)
	gotSection := section != ""
	add(fieldSection, section, 0)
	// The body's words are looked up for the title-like lines of the
	// header and the run's headline: asked for first, the body is read
	// only for theirs.
	body := textBodyWords(blocks)
	for i := lo; i < start; i++ {
		if role[i-lo] == roleText {
			body.ask(lines[i].text)
		}
	}
	runHead, runScore := textRunHeadLine(lines, start, end, credit)
	if runHead >= 0 {
		body.ask(lines[runHead].text)
	}
	dekPos := 0
	head, dek, best := textPickHeadline(lines, lo, start, role, credit, body)
	if runHead >= 0 {
		f, _ := textSharedBody(lines[runHead].text, body)
		runScore += 3 * f
	}
	body.release()
	if k, sc := runHead, runScore; k >= 0 && (head < 0 || best < textRunHeadWeak && sc > best+textRunHeadMargin) {
		head, dek = k, -1
		// The teaser the run opened on, over the header it took in, is
		// the standfirst shown; the body keeps it.
		if dek = textRunTeaser(lines, start, k); dek >= 0 {
			dekPos = 1
		}
	}
	if dek >= 0 && textSameWords(lines[dek].text, lines[head].text) {
		// The headline printed again with other spacing ("Kicker :
		// Title" under "Kicker: Title") is no dek.
		dek = -1
	}
	if head >= 0 && head < start && dek < 0 {
		if dek = textLeadDek(lines, lo, head, start, end, role, credit); dek >= 0 {
			dekPos = 1
		}
	}
	// The date printed with the headline, under it or just above, is the
	// article's; one nearer the body may be a date the text speaks of.
	byHead := false
	if head >= 0 {
		for _, j := range []int{head + 1, head + 2, head + 3, head + 4, head + 5, head + 6, head - 1, head - 2, head - 3} {
			if v, ok := pubAt[j]; ok && j < start+2 {
				published, byHead = v, true
				break
			}
		}
	}
	// A date far from the headline is the page's (today's date in the
	// site header, a sidebar): the one the lead opens with is the article's.
	if !byHead && leadDate != "" {
		published = leadDate
	}
	if published == "" {
		published = modified
	}
	add(fieldPublished, published, 0)
	if modified != "" {
		add(fieldModified, modified, 0)
	}
	gotDate := published != ""
	if head >= 0 && head < start {
		head = textNearerCopy(lines, lo, start, role, head)
		head = textLongerBelow(lines, lo, start, role, head)
		if dek == head {
			dek = -1
		}
	}
	if head >= 0 {
		add(fieldHeadline, textHeadTidy(textColonKicker(lines, head, textRunInKicker(lines, head, textGluedLead(textUnkicked(lines, head))))), 0)
		// A bare name just under the headline (or its dek) is the credit.
		if byline == "" {
			from := head
			if dek > head {
				from = dek
			}
			// Between the headline and its dek, and under the dek.
			for j := head + 1; j < min(len(lines), from+4); j++ {
				l := &lines[j]
				if j == dek {
					continue
				}
				if j+1 < len(lines) && textCreditLabelLine(l) && textNameLine(&lines[j+1]) {
					// "Von" over "Jane Doe".
					byline = lines[j+1].text
					break
				}
				if v := textLabeledHandle(l.text); v != "" {
					byline = v
					break
				}
				if v := textLabeledName(l.text); v != "" {
					byline = v
					break
				}
				if j < start && role[j-lo] == roleText || j >= start && l.words >= 2 && l.eff() < 60 && textTitleLike(l) && textDatedNear(lines, j) {
					if looksLikeNames(l.text) && !textInMenu(lines, j) {
						byline = l.text
						break
					}
				}
			}
			// Further down the header, among share buttons and captions,
			// only a name of two words or more.
			for j := from + 4; byline == "" && j < start; j++ {
				if role[j-lo] == roleText && lines[j].words >= 2 && lines[j].words <= 4 && looksLikeNames(lines[j].text) && !textInMenu(lines, j) {
					byline = lines[j].text
				}
			}
		}
	}
	if byline == "" {
		// A credit line among the first lines of the run, past a lead and
		// a photo caption ("By Jane Doe" under the standfirst and the
		// picture).
		for i := hi; i < min(end, start+15); i++ {
			if lines[i].eff() >= 160 {
				continue
			}
			if credit(i) {
				byline = textBylineText(lines[i].text)
				break
			}
		}
	}
	if byline == "" {
		// A credit line under the article ("Von Max Muster", "Posted by
		// ..."), or further above the headline block.
		for i := end; i < min(len(lines), end+12); i++ {
			if lines[i].runes <= maxBylineRunes && lines[i].isCredit() {
				byline = textBylineText(lines[i].text)
				break
			}
			if i+1 < len(lines) && textCreditLabelLine(&lines[i]) && textNameLine(&lines[i+1]) {
				byline = lines[i+1].text
				break
			}
		}
	}
	add(fieldByline, byline, 0)
	if dek >= 0 {
		add(fieldDek, lines[dek].text, dekPos)
	}
	if !gotDate {
		// A post footer under the body ("This entry was posted on ...")
		// says outright what a date line near the run only suggests.
		if v, ok := textPostedDate(lines, end); ok {
			add(fieldPublished, v, len(blocks))
		} else if i, pos := textNearDate(lines, lo, start, end, blocks); i >= 0 {
			if m, ok := lines[i].findDate(); ok {
				add(fieldPublished, m.iso, pos)
			}
		} else if v, ok := textEditedDate(lines, end); ok {
			add(fieldPublished, v, len(blocks))
		}
	}
	if !gotSection {
		for i := lo - 1; i >= max(0, lo-20); i-- {
			if s := textCrumbs(lines[i].text); s != "" {
				add(fieldSection, s, 0)
				break
			}
		}
	}
	if len(blocks) > 0 {
		if d := textDateline(blocks[0].text); d != "" {
			add(fieldDateline, d, 0)
		}
	}
	return cands
}

// textDateLine reports whether a line is a date with a label or a credit
// beside it, short enough to be a header line.
func textDateLine(l *tLine) bool {
	if l.runes > 160 || l.endStop && l.words > 12 || l.digits < 4 || !textHasYear(l.text) && textGluedYearIndex(l.text) == nil {
		return false
	}
	_, ok := l.findDate()
	return ok
}

// textUpdated reports whether the words before a date say it is an update
// time.
func textUpdated(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"updated", "update", "aktualisiert", "mis à jour", "actualizado", "aggiornato",
		"atualizado", "bijgewerkt", "zaktualizowano", "обновлено", "更新", "修改", "last modified", "stand"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// textInMenu reports whether line i, a single word, stands in a menu: a
// line of one capitalised word is next to it, unless that word is a credit
// label ("Von", "By") which makes line i the name it introduces. Section
// and share menus ("Europa", "Amerika"; "Teilen", "Twittern") are
// capitalised words that read as names.
func textInMenu(lines []tLine, i int) bool {
	if lines[i].words != 1 {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(lines) {
			continue
		}
		l := &lines[j]
		if r, _ := utf8.DecodeRuneInString(l.text); l.words != 1 || l.digits > 0 || l.cjk > 0 || !unicode.IsUpper(r) {
			continue
		}
		w := strings.ToLower(strings.TrimRight(l.text, ":"))
		if slices.Contains(textCreditLabels, w+" ") {
			return false
		}
		return true
	}
	return false
}

// textBylineText trims the label and separators off a credit line.
func textBylineText(s string) string {
	return strings.Trim(strings.TrimSpace(s), " |·•-–—,:;/")
}

// textCrumbs returns a breadcrumb trail ("Home / World / Americas") as a
// section, "World / Americas", or "" when the line is not one.
func textCrumbs(s string) string {
	if !textCrumbMarksMay(s) || utf8.RuneCountInString(s) > 120 {
		return ""
	}
	return textCrumbsRead(s)
}

// textCrumbsRead is textCrumbs past its gates.
func textCrumbsRead(s string) string {
	var parts []string
	// A doubled mark is one separator ("Home ›› Politik").
	for _, d := range []string{"››", "»»", ">>"} {
		for strings.Contains(s, d) {
			s = strings.ReplaceAll(s, d, d[:len(d)/2])
		}
	}
	s = strings.Trim(s, " /›>»→|:")
	for _, sep := range []string{" / ", " › ", " > ", " » ", " → ", "›", "»", " :: ", " | "} {
		if strings.Contains(s, sep) {
			parts = strings.Split(s, sep)
			break
		}
	}
	if len(parts) < 2 {
		return ""
	}
	var keep []string
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			if i == len(parts)-1 {
				continue
			}
			return ""
		}
		if utf8.RuneCountInString(p) > 40 || strings.Count(p, " ") > 4 {
			// The last crumb may be the article's own title.
			if i == len(parts)-1 && len(keep) > 0 {
				break
			}
			return ""
		}
		r, _ := utf8.DecodeLastRuneInString(p)
		if textSentenceEnd(r) {
			return ""
		}
		if _, ok := findDate(p); ok {
			return ""
		}
		if i == 0 && textSectionHome[strings.ToLower(p)] {
			continue
		}
		keep = append(keep, p)
	}
	// A trail names sections with capitals; "and / or" is prose.
	if len(keep) == 0 || !strings.Contains(s, "/") && len(keep) < 1 {
		return ""
	}
	for _, p := range keep {
		r, _ := utf8.DecodeRuneInString(p)
		if unicode.IsLower(r) {
			return ""
		}
	}
	if len(keep) < len(parts)-1 && len(keep) < 1 {
		return ""
	}
	// One crumb after "Home" is a section; a pipe-separated run of many
	// short items is a menu, not a trail.
	if strings.Contains(s, " | ") && len(parts) > 4 {
		return ""
	}
	return strings.Join(keep, " / ")
}

// textTitleLike reports whether a line may be a headline or a dek: some
// words, not too long, not a menu item of one word.
func textTitleLike(l *tLine) bool {
	eff := l.eff()
	if eff < 4 || eff > 400 {
		return false
	}
	if l.cjk == 0 && l.words < 2 && (l.eff() < 4 || l.digits > 0) {
		return false
	}
	// A long line without a stop or a comma is a run of link titles.
	if l.punct == 0 && (eff > 200 || l.cjk > 30) {
		return false
	}
	// "Online Coop:" labels a value; "← Older post" and "Next »" lead
	// elsewhere.
	if strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, "：") {
		return false
	}
	if strings.HasPrefix(l.text, "(") && strings.HasSuffix(l.text, ")") || strings.HasPrefix(l.text, "[") && strings.HasSuffix(l.text, "]") {
		return false
	}
	if textQuoted(l.text) || textQuoteEnds(l.text) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(l.text); textArrowRune(r) {
		return false
	}
	// "… die Schafe", "...der Trick mit dem Strunk": the end of a line
	// above (a menu's "Über…") or of a teaser, not a title.
	if strings.HasPrefix(l.text, "…") || strings.HasPrefix(l.text, "...") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(l.text); textArrowRune(r) {
		return false
	}
	return true
}

// textQuoted reports whether s opens with a guillemet that a closing one
// answers later in the line: a title that is a quotation ("»Einfach kein
// Geld mehr«", "« Il y a, d'abord, le poids de la géographie ». Sur les
// migrations"), not a link that points on ("Next »", "« Older posts").
func textQuoted(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	var closing rune
	switch r {
	case '»':
		closing = '«'
	case '«':
		closing = '»'
	case '›':
		closing = '‹'
	case '‹':
		closing = '›'
	default:
		return false
	}
	// The closing mark ends a quotation of two words or more, or the
	// line is the quotation ("»frag.jetzt«").
	i := strings.IndexRune(s[n:], closing)
	if i > 0 && n+i+utf8.RuneLen(closing) == len(s) {
		return true
	}
	return i > 0 && strings.Contains(strings.TrimSpace(s[n:n+i]), " ")
}

// textQuoteEnds reports whether s ends with a guillemet that an opening one
// answers earlier in the line: a title that ends with a quotation ("Von
// Sprachregeln und «ganz normalem Deutsch»"), not a link ("Mehr »").
func textQuoteEnds(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	var opening rune
	switch r {
	case '»':
		opening = '«'
	case '«':
		opening = '»'
	case '›':
		opening = '‹'
	case '‹':
		opening = '›'
	default:
		return false
	}
	i := strings.LastIndex(s[:len(s)-n], string(opening))
	return i >= 0 && strings.Contains(strings.TrimSpace(s[i:len(s)-n]), " ")
}

// textDekLike reports whether a header line reads as a sentence rather
// than a title: it ends with a full stop, or is long.
func textDekLike(l *tLine) bool {
	if l.endStop {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l.text, textClosing))
		if r == '.' || r == '。' || r == '…' {
			return true
		}
	}
	return l.eff() > 160
}

// textDateline returns the place name that opens a news paragraph:
// "WASHINGTON — US President...", "(AP) HONOLULU - A $2.2 million...".
func textDateline(s string) string {
	t := s
	// An agency tag before the place: "(AP)", "(Reuters)".
	if strings.HasPrefix(t, "(") {
		if i := strings.IndexByte(t, ')'); i > 0 && i < 20 {
			t = strings.TrimSpace(t[i+1:])
		}
	}
	for _, sep := range []string{" — ", " – ", " - ", " -- ", "—", " —"} {
		i := strings.Index(t, sep)
		if i <= 0 || i > 60 {
			continue
		}
		place := strings.TrimSpace(t[:i])
		// "CLEVELAND/CHICAGO, USA": the upper-case place before any comma.
		head := place
		if j := strings.IndexByte(head, ','); j > 0 {
			head = strings.TrimSpace(head[:j])
		}
		if j := strings.IndexByte(head, '('); j > 0 {
			head = strings.TrimSpace(head[:j])
		}
		letters, upper := 0, 0
		for _, r := range head {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters >= 2 && upper == letters && strings.Count(head, " ") <= 3 {
			return head
		}
		return ""
	}
	return ""
}

// textPickHeadline scores the title-like lines above the body and returns
// the headline's index and the dek's (-1 when none). A headline is a few
// words without a final stop, close to the body, followed by the credit
// and date lines, sometimes printed twice; a dek is the sentence under it.
func textPickHeadline(lines []tLine, lo, start int, role []int, credit func(int) bool, body *textBodySet) (int, int, float64) {
	var buf [textHeadWindow]float64
	score := textHeadScores(buf[:0], lines, lo, start, role, credit, body)
	head, best := -1, -1e9
	for i := lo; i < start; i++ {
		if role[i-lo] == roleText && score[i-lo] > best {
			head, best = i, score[i-lo]
		}
	}
	h, d := textSettleHeadline(lines, lo, start, role, score, head, best)
	return h, d, best
}

// textHeadScores scores each title-like line of the header [lo, start)
// as the headline, in dst's room; the other lines keep 0.
func textHeadScores(dst []float64, lines []tLine, lo, start int, role []int, credit func(int) bool, body *textBodySet) []float64 {
	score := append(dst[:0], make([]float64, start-lo)...)
	var rep textRepIndex
	for i := lo; i < start; i++ {
		if role[i-lo] != roleText {
			continue
		}
		l := &lines[i]
		n := l.words
		if l.cjk > 0 {
			n = l.words + l.cjk/3
		}
		sc := 0.4 * float64(min(n, 10))
		if textDekLike(l) {
			if n <= 12 && l.eff() <= 100 {
				sc -= 1.5
			} else {
				sc -= 2.5
			}
		}
		if rep.repeated(lines, i) {
			sc += 1
		}
		under := false
		for j := i + 1; j < min(len(lines), i+6); j++ {
			if j < start && (role[j-lo] == roleDate || role[j-lo] == roleByline) ||
				j >= start && lines[j].eff() < 160 && (lines[j].date || textDateLine(&lines[j]) || credit(j)) {
				if j == i+1 {
					sc += 2.5
				} else {
					sc += 2
				}
				under = true
				break
			}
		}
		// A date line right over it, where none stands under it, dates
		// it as well ("31.01.2022" over "Norddeutschland findet seine
		// Meister"); not a line with figures of its own ("Kostenlos bis
		// 19:34 Uhr").
		if !under && i-1 >= lo && role[i-1-lo] == roleDate && l.words >= 2 && l.digits == 0 {
			sc += textDateOverBonus
		}
		// A trail over the headline ends with it ("Home » Reisen »
		// Expeditionen in Übersee", run together or not).
		if textTrailEcho(lines, lo, i) {
			sc += textTrailBonus
		}
		// A headline names what the article is about: its words come
		// back in the first paragraphs, a menu item's seldom do.
		f, _ := textSharedBody(l.text, body)
		sc += 3 * f
		// A list of quantities, scores or ranks ("250 g butter", "14.
		// Müller, Sarah") is no title.
		if textNumberedRun(lines, i) {
			sc -= 3
		}
		// One word is mostly a menu item or a section label.
		if l.words == 1 && l.cjk == 0 {
			sc -= 1
		}
		// "Liebe Leserinnen und Leser,": a letter's salutation, its text
		// under it.
		if strings.HasSuffix(l.text, ",") || strings.HasSuffix(l.text, "，") {
			sc -= textSalutationPenalty
		}
		// A dek under it: a longer line, or a sentence.
		if j := i + 1; j < start && role[j-lo] == roleText && lines[j].eff() >= 30 && (lines[j].words > l.words || lines[j].endStop) {
			sc += 0.5
		}
		// A headline opens with a capital where the script has them;
		// tag clouds and captions continued from above do not.
		if r, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(r) {
			sc -= 1
		}
		// Distance counts less once past the lines of a header block:
		// share bars and captions may stand between.
		d := start - 1 - i
		sc -= 0.15*float64(min(d, 10)) + 0.05*float64(max(d-10, 0))
		score[i-lo] = sc
	}
	return score
}

// textSettleHeadline takes the best-scoring line, head, to the headline
// of its block: past a kicker over it, up to a shorter title over it, and
// finds the dek under it.
func textSettleHeadline(lines []tLine, lo, start int, role []int, score []float64, head int, best float64) (int, int) {
	if head < 0 {
		return -1, -1
	}
	// The headline run together with its kicker ("Lokales Lübeck So lief
	// die Auktion ..."), the headline alone printed near it: the latter.
	for j := max(lo, head-6); j < min(start, head+7); j++ {
		t := lines[j].text
		if j != head && role[j-lo] == roleText && lines[j].words >= 3 && len(t) < len(lines[head].text) &&
			strings.HasSuffix(lines[head].text, " "+t) {
			head, best = j, score[j-lo]
			break
		}
	}
	// A kicker over the headline: a short label or one set in capitals
	// right above a longer title that is not a sentence. The kicker scores
	// well for the body's words and the date lines under both, but the
	// title is the headline.
	// A title a trail above ends with is the headline as it stands.
	echoed := textTrailEcho(lines, lo, head)
	if j := head + 1; !echoed && j < start && role[j-lo] == roleText && textKicker(&lines[head], &lines[j]) && score[j-lo] >= best-textKickerMargin {
		head, best = j, score[j-lo]
	}
	// The standfirst printed under the credit and date lines, right over
	// the body: it shares the body's words and stands nearest, but the
	// title over the credit is the headline.
	if u := textOverCredit(lines, lo, start, role, head); u >= 0 && score[u-lo] >= best-textOverCreditMargin {
		return u, head
	}
	// Two title-like lines stacked: the upper, shorter one is the headline
	// and the lower the dek, unless the upper scored far worse (a label or
	// a teaser above a headline that has its date and the body's words).
	// Not when a dek stands under the headline already: kicker, headline
	// and dek are three lines.
	if j := head - 1; !echoed && j >= lo && role[j-lo] == roleText && !textDekUnder(lines, lo, start, role, head) {
		u := &lines[j]
		if (u.words >= 4 || u.cjk >= 8 || textDekLike(&lines[head]) && lines[head].eff() >= 90 && u.words >= 2) && u.words < lines[head].words && u.eff() < lines[head].eff() && !textDekLike(u) && !(textUpperLine(u.text) && (!textUpperLine(lines[head].text) || u.words <= 4 && !textDekLike(&lines[head]))) && score[j-lo] >= best-textStackMargin {
			return j, head
		}
	}
	// The dek: the next title-like line below the headline, past credit and
	// date lines, longer than the headline or a sentence.
	for j := head + 1; j < start && j <= head+4; j++ {
		r := role[j-lo]
		if r == roleDate || r == roleByline {
			continue
		}
		if r != roleText {
			break
		}
		if lines[j].eff() >= 30 && (lines[j].words > lines[head].words || lines[j].endStop) {
			return head, j
		}
		break
	}
	return head, -1
}

// textSalutationPenalty is what a line ending with a comma loses as a
// title.
const textSalutationPenalty = 3.0

// textDateOverBonus is what a title line gains from a date line right
// over it.
const textDateOverBonus = 1.0

// textOverCreditMargin is how much worse than the line under the credit
// the title over it may score and still be taken for the headline.
const textOverCreditMargin = 3.0

// textOverCredit returns the title over the credit and date lines above
// line h, or -1: h stands under them, a few lines over the body, with no
// credit or date line of its own before the body, and reads as a standfirst (three words more than
// the title); between the two stand only credit, date and chrome lines and
// one-word labels ("Date", "Share"), a credit or date right under the
// title. A share bar of a button a line (Share, Facebook, Twitter,
// LinkedIn, Reddit, WhatsApp, Email, Print) may stand between: the title
// is looked for sixteen lines up.
func textOverCredit(lines []tLine, lo, start int, role []int, h int) int {
	if start-h > 8 {
		return -1
	}
	for j := h + 1; j < start; j++ {
		if r := role[j-lo]; r == roleDate || r == roleByline {
			return -1
		}
	}
	dated := false
	for j := h - 1; j >= max(lo, h-16); j-- {
		l := &lines[j]
		switch role[j-lo] {
		case roleDate, roleByline:
			dated = true
			continue
		case roleChrome, roleCrumb:
			continue
		case roleText:
			if l.words <= 1 && l.cjk == 0 {
				continue
			}
		default:
			continue
		}
		// The credit stands right under the title, and the title is no
		// label of a word or two ("Will Knight", "Formel 1-News" over a
		// date over the headline).
		hl := &lines[h]
		// Past one label of a word ("example-news.ch"); a run of them is
		// a menu.
		k := j + 1
		if r := role[k-lo]; k+1 < h && r != roleDate && r != roleByline && (r == roleNone || lines[k].words <= 1 && lines[k].cjk == 0) {
			k++
		}
		if r := role[k-lo]; !dated || r != roleDate && r != roleByline || textDekLike(l) ||
			textUpperLine(l.text) != textUpperLine(hl.text) {
			return -1
		}
		if hl.cjk == 0 && (l.words < 3 || hl.words < l.words+3) || hl.cjk > 0 && hl.cjk < l.cjk+8 {
			return -1
		}
		return j
	}
	return -1
}

// textDekUnder reports whether the line right under the headline h is a
// title-like line that reads as its dek: longer, or a sentence.
func textDekUnder(lines []tLine, lo, start int, role []int, h int) bool {
	j := h + 1
	return j < start && role[j-lo] == roleText && lines[j].eff() >= 30 && (lines[j].words > lines[h].words || lines[j].endStop)
}

// textTrailBonus is what a title line gains when a trail above it ends
// with it.
const textTrailBonus = 2.0

// textTrailEcho reports whether a line of the header above line i, a few
// lines up at most, ends with line i's text after more of its own and a
// separator: the last crumb of a breadcrumb trail is the page's title.
func textTrailEcho(lines []tLine, lo, i int) bool {
	t := lines[i].text
	if len(t) < 8 {
		return false
	}
	n, near := 0, false
	for j := i - 1; j >= max(lo, i-16); j-- {
		u := lines[j].text
		// Two last bytes of ASCII that differ but for case tell EqualFold's
		// answer: the last runes are those bytes.
		if len(u) <= len(t)+3 || len(u) > 3*len(t)+120 || textASCIILastDiffer(u, t) || !strings.EqualFold(u[len(u)-len(t):], t) {
			continue
		}
		// The crumb before it ends in a separator or runs into it
		// ("Astro-BilderPlejaden"); after a word and a space it is the
		// end of a phrase ("Alternativen zu BestCrypt").
		before := strings.TrimRight(u[:len(u)-len(t)], " ")
		r, _ := utf8.DecodeLastRuneInString(before)
		if len(before) == len(u)-len(t) && !unicode.IsLetter(r) && !unicode.IsDigit(r) || len(before) < len(u)-len(t) && !strings.ContainsRune("›»>/|:→", r) {
			continue
		}
		n++
		near = near || j >= i-8
	}
	// A list of options that all end alike ("500g / Filter / Ganze
	// Bohnen") is no trail.
	return n == 1 && near
}

// textStackMargin is how much worse than the headline the shorter title
// line above it may score and still be taken for it, the headline then
// being its dek.
const textStackMargin = 3.5

// textKickerMargin is how much worse than a kicker the title under it
// may score and still be taken for the headline.
const textKickerMargin = 3.0

// textKicker reports whether line k, right above line h, is a kicker or
// section label over the headline h: k has three words at most, or is set
// in capitals over a line that is not, and h is a longer title, not a
// sentence.
func textKicker(k, h *tLine) bool {
	if textDekLike(h) || h.words < k.words+2 && h.cjk < k.cjk+4 || textSeparated(h.text) {
		return false
	}
	if k.words <= 3 && k.cjk < 8 {
		return true
	}
	return textUpperLine(k.text) && !textUpperLine(h.text)
}

// textSeparated reports whether s is a row of items with separators
// between them ("Intro - Reports - Training - Contact"), a menu rather
// than a title.
func textSeparated(s string) bool {
	n := 0
	for _, sep := range []string{" - ", " – ", " | ", " · ", " / ", " • "} {
		n += strings.Count(s, sep)
	}
	return n >= 2
}

// textUpperLine reports whether the letters of s are capitals, with at
// least three of them.
func textUpperLine(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 3
}

// textLeadDek returns the dek printed as the first line of the body run,
// or -1: a sentence right under the headline (past its date and credit
// lines) that a credit, date or bare name line, or a photo caption, sets
// apart from the paragraphs after it. Such a standfirst reads as prose,
// so the run takes it in.
func textLeadDek(lines []tLine, lo, head, start, end int, role []int, credit func(int) bool) int {
	if start-head > 6 || start >= end {
		return -1
	}
	// Between the headline and the run: date, credit and share lines, a
	// one-word label, the headline printed again; not another title.
	for j := head + 1; j < start; j++ {
		if role[j-lo] == roleText && lines[j].words > 3 && !strings.EqualFold(lines[j].text, lines[head].text) {
			return -1
		}
	}
	k := start
	if l := &lines[k]; l.class != tGood || l.eff() < 40 || l.eff() > 500 || l.words < 6 && l.cjk < 12 {
		return -1
	}
	for j := k + 1; j < min(end, k+4); j++ {
		l := &lines[j]
		if l.date || textDateLine(l) || credit(j) || l.words >= 2 && l.words <= 5 && textTitleLike(l) && looksLikeNames(l.text) && !textInMenu(lines, j) {
			return k
		}
		if textCaptionOf(l) {
			return k
		}
		if l.class == tGood && l.eff() >= 160 {
			break
		}
	}
	return -1
}

// textCaptionLine reports whether a header line is a photo credit or a
// reading-time note rather than a title: "Foto: The Nation", "(Image
// credit: ...)", "5 Minuten Lesezeit", "3 min read".
func textCaptionLine(s string) bool {
	return textCaptionLower(s, strings.ToLower(s))
}

// textCaptionLower is textCaptionLine given s lower-cased as well, as a
// line keeps it (tLine.lowered). Lower-casing maps rune to rune and
// leaves "(" and "[" as they are, so trimming them after it cuts the
// same runes as before.
func textCaptionLower(s, low string) bool {
	lower := strings.TrimLeft(low, "([")
	if textCaptionOpens(lower) {
		return true
	}
	if len(lower) < 300 {
		// A credit inside the line: "Amazon vans. (Photo: Twitter)",
		// "Das Hermelin im Winter (mlharing / iStock.com)"; not the end of
		// a compound ("das „Blue Marble“-Foto: ICON simuliert").
		for _, p := range textCreditInside {
			if i := strings.Index(lower, p); i >= 0 && !textCompoundAt(lower, i) {
				return true
			}
		}
	}
	if textCreditAfterSentence(s) {
		return true
	}
	if len(lower) < 40 {
		for _, p := range textReadingTimes {
			if strings.Contains(lower, p) {
				return true
			}
		}
	}
	return false
}

// textCaptionOpens reports whether lower, a line lower-cased and trimmed
// of its opening brackets, opens with a credit word ("foto:", "photo:").
func textCaptionOpens(lower string) bool {
	for _, p := range textCreditPrefixes {
		if strings.HasPrefix(lower, p) {
			// "VIDEO: Voting on the future" is a title; "Video: dpa" a
			// credit.
			if p == "video:" && len(strings.Fields(lower)) > 4 {
				continue
			}
			return true
		}
	}
	return false
}

// textReadingTimes mark a reading-time note in a short line.
var textReadingTimes = []string{"min read", "minute read", "minutes read", "lesezeit", "lesedauer", "min. lesezeit",
	"temps de lecture", "tiempo de lectura", "minuti di lettura", "leestijd", "мин чтения", "阅读"}

// textCompoundAt reports whether the word at s[i:] ends a compound: a
// hyphen or a closing quote stands right before it.
func textCompoundAt(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && strings.ContainsRune("-‐“”\"'’»«", r)
}

// textCreditInside mark a photo credit anywhere in a short line.
var textCreditInside = []string{
	"(photo", "photo:", "(foto", "foto:", "(image", "image:", "(bild", "bild:", "©", "istock", "getty images",
	"shutterstock", "(credit", "quelle:", "(picture", "/ dpa", "/dpa", "(afp", "(reuters",
}

// textCreditPrefixes open photo credit and source lines.
var textCreditPrefixes = []string{
	"foto:", "foto :", "fotos:", "text & fotos:", "text und fotos:", "text & foto:", "text und foto:", "text/fotos:",
	"text and photos:", "text & photos:", "words and pictures:", "photo:", "photo :", "photos:", "bild:", "bilder:", "image:", "image credit",
	"credit:", "credits:", "quelle:", "source:", "picture:", "pic:", "illustration:", "grafik:", "video:",
	"getty images", "imago", "dpa-bildfunk", "reuters/", "afp/", "ap photo", "(ap photo", "фото:", "图片来源", "图：", "写真：",
}

// textFindDate is findDate, also for lines set in capitals ("6 DE MAYO DE
// 2022"), which are read in lower case.
func textFindDate(s string) (dateMatch, bool) {
	if m, ok := findDate(s); ok {
		return m, true
	}
	if textCapsRun(s) {
		if low := strings.ToLower(s); len(low) == len(s) {
			if m, ok := findDate(low); ok {
				return m, true
			}
		}
	}
	return textFindLooseDate(s)
}

// textLooseDate finds dates set apart by bars or slashes with spaces
// ("26 | 01 | 2022", "29 / Dezember / 2022"), and textGluedYear a year
// run into the digits that follow it ("4 de mayo de 202200:00 hs",
// "06/11/20230 Kommentare") or a day run into its year ("Feb 182009").
var (
	textLooseDate = regexp.MustCompile(`\b(\d{1,2}) ?[|/] ?(\pL+|\d{1,2}) ?[|/] ?((?:19|20)\d\d)\b`)
	textGluedYear = regexp.MustCompile(`\b((?:19|20)\d\d)(\d{1,2}\b|\d\d:)|(\pL \d{1,2})((?:19|20)\d\d)\b`)
)

// textGluedYearIndex is textGluedYear's submatch index, tried only on
// texts with a run of five digits, which both its forms need.
//
// A match of the first form starts a run of digits with its year (the
// \b before it is no digit), one of the second form ends a run of five
// or six with it (a space before, a \b after): a run of five digits or
// more that does neither cannot match, and the expression is run only
// when one does.
func textGluedYearIndex(s string) []int {
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	// Five digits in a row hold one at an index of 4 modulo 5: only those
	// bytes are read until one is a digit, and its run is then measured.
	for p := 4; p < len(s); p += 5 {
		if !digit(s[p]) {
			continue
		}
		i, j := p, p+1
		for i > 0 && digit(s[i-1]) {
			i--
		}
		for j < len(s) && digit(s[j]) {
			j++
		}
		if j-i >= 5 && (textCentury(s[i:]) || j-i <= 6 && textCentury(s[j-4:])) {
			return textGluedYear.FindStringSubmatchIndex(s)
		}
	}
	return nil
}

// textCentury reports whether s starts with 19 or 20.
func textCentury(s string) bool {
	return len(s) >= 2 && (s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0')
}

// textLooseGate reports whether s may hold a match of textLooseDate: a
// bar or slash after a digit (a space between or none), and a later one
// before a year of 19 or 20 (the same).
func textLooseGate(s string) bool {
	// Most lines have neither mark, told by two quick searches.
	if strings.IndexByte(s, '/') < 0 && strings.IndexByte(s, '|') < 0 {
		return false
	}
	first := -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '|' && c != '/' {
			continue
		}
		if first >= 0 {
			if r := s[i+1:]; textCentury(r) || len(r) > 0 && r[0] == ' ' && textCentury(r[1:]) {
				return true
			}
		}
		if first < 0 && (i >= 1 && '0' <= s[i-1] && s[i-1] <= '9' || i >= 2 && s[i-1] == ' ' && '0' <= s[i-2] && s[i-2] <= '9') {
			first = i
		}
	}
	return false
}

// textFindLooseDate is the last resort of textFindDate: it mends the
// loose and glued forms above and reads again. The match's offsets are
// those of the mended text, kept within s.
func textFindLooseDate(s string) (dateMatch, bool) {
	t := s
	// The loose form needs a bar or a slash, the glued one a run of five
	// digits or more: most lines have neither, and no expression runs.
	var m []int
	if textLooseGate(t) {
		m = textLooseDate.FindStringSubmatchIndex(t)
	}
	if m != nil {
		day, mid, year := t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]]
		rep := day + "." + mid + "." + year
		if r, _ := utf8.DecodeRuneInString(mid); unicode.IsLetter(r) {
			rep = day + ". " + mid + " " + year
		}
		t = t[:m[0]] + rep + t[m[1]:]
	} else if m = textGluedYearIndex(t); m != nil {
		if m[2] >= 0 {
			t = t[:m[3]] + " " + t[m[3]:]
		} else {
			t = t[:m[7]] + " " + t[m[7]:]
		}
	} else {
		return dateMatch{}, false
	}
	d, ok := findDate(t)
	if !ok {
		return dateMatch{}, false
	}
	d.start, d.end = min(d.start, len(s)), min(d.end, len(s))
	return d, true
}

// textSplitBylineDate is splitBylineDate for lines that may be set in
// capitals.
func textSplitBylineDate(s string) (string, dateMatch, bool) {
	if by, m, ok := splitBylineDate(s); ok {
		return by, m, true
	}
	if low := strings.ToLower(s); textCapsRun(s) && len(low) == len(s) {
		if _, m, ok := splitBylineDate(low); ok {
			// Cut the credit from the original, so that its case is kept.
			by, _, _ := splitBylineDate(s[:m.start] + strings.Repeat(" ", m.end-m.start) + s[m.end:])
			return strings.TrimSpace(by), m, true
		}
	}
	return s, dateMatch{}, false
}

// textNearDate finds a date line for a page whose headline block has
// none: inside the body run (a "Posted on" line between paragraphs), then
// the nearest one above the block, then one just under the body. It
// returns the line and its place among the blocks, or -1.
func textNearDate(lines []tLine, lo, start, end int, blocks []block) (int, int) {
	dated := func(l *tLine) bool {
		return (l.date || textDateLine(l)) && !textEmbedLine(l.text) && !textURLLine(l.text)
	}
	pos := 0
	for i := start; i < end; i++ {
		if dated(&lines[i]) {
			return i, pos
		}
		if lines[i].class == tGood {
			pos++
		}
	}
	for i := lo - 1; i >= max(0, lo-60); i-- {
		if dated(&lines[i]) {
			return i, 0
		}
	}
	for i := end; i < min(len(lines), end+25); i++ {
		if dated(&lines[i]) {
			return i, len(blocks)
		}
	}
	return -1, 0
}

// textCapsRun reports whether s has a word of three or more capitals, the
// mark of a line set in capitals.
func textCapsRun(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			run++
			if run >= 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// textShared returns the share of a line's content words found in set,
// and how many there are.
func textShared(s string, set map[string]bool) (float64, int) {
	k, n := 0, 0
	var buf [textLowerBuf]byte
	textEachContentSpan(s, func(w string, cased bool) {
		n++
		if !cased && set[w] || cased && set[string(textLowerAppend(buf[:0], w))] {
			k++
		}
	})
	if n == 0 {
		return 0, 0
	}
	return float64(k) / float64(n), n
}

// textContentWords cuts s into lower-case words of four letters or more
// (the short ones are mostly function words) and pairs of CJK runes.
func textContentWords(s string) []string {
	var out []string
	textEachContentWord(s, func(w string) { out = append(out, w) })
	return out
}

// textEachContentWord calls f with each of textContentWords(s) in turn,
// as cutting strings.ToLower(s) gives them: only a word with a rune to
// lower is copied (textEachContentSpan).
func textEachContentWord(s string, f func(string)) {
	textEachContentSpan(s, func(w string, cased bool) {
		if cased {
			f(strings.ToLower(w))
		} else {
			f(w)
		}
	})
}

// textCreditIn returns the credit in what a date line holds beside its
// date, or "": the whole when it is a credit or bare names, else the part
// between separators led by a label ("by marc", "von freeman1984") or
// made of names, once comment counts and prompts are cut off ("Helmut
// Rubik 0", "Jane Doe Leave a comment").
func textCreditIn(by string) string {
	t := textBylineText(by)
	if textLoneHandle(t) {
		// "reineckefuchs — 2. Februar 2022", "mh 15. Oktober 2023".
		return t
	}
	if seg, ok := bylineSegment(t); ok {
		// The credit part of a meta line: "by marc" in "by marc | Leave a
		// comment".
		return seg
	}
	if looksLikeNames(t) && len(strings.Fields(t)) >= 2 {
		return t
	}
	// Each separator holds one of these runes: a line with none is one
	// part, as Split gives it.
	parts := []string{by}
	if strings.ContainsAny(by, "·|•/–—-") {
		parts = textCreditSeps.Split(by, -1)
	}
	for _, part := range parts {
		whole := textBylineText(part)
		if m := textCommentCount.FindStringIndex(whole); m != nil && m[0] > 0 {
			// "Alexander Roll 1 Kommentar Inklusion, Kapitalismus": the
			// comment count ends the credit.
			whole = strings.TrimSpace(whole[:m[0]])
		}
		part = textCutCommentPrompt(whole)
		if part == "" || utf8.RuneCountInString(part) > maxBylineRunes {
			continue
		}
		// A blog's meta line: a user name before its comment prompt
		// ("karstenruppert Schreibe einen Kommentar"). A capitalised word
		// there is as often the category ("Allgemein").
		if part != whole && textHandle(part) && !textStopwords()[strings.ToLower(strings.Fields(part)[0])] {
			if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) || strings.ContainsAny(part, "0123456789_") {
				return part
			}
		}
		// One capitalised word between separators is as often a category.
		if isByline(part) || looksLikeNames(part) && len(strings.Fields(part)) >= 2 {
			return part
		}
		lower := strings.ToLower(part)
		for _, label := range textCreditLabels {
			rest, ok := strings.CutPrefix(lower, label)
			if !ok {
				continue
			}
			// After a label, a name may be a handle in lower case.
			name := strings.TrimSpace(part[len(part)-len(rest):])
			if f := strings.Fields(name); len(f) >= 1 && len(f) <= 3 && strings.IndexFunc(name, unicode.IsLetter) >= 0 {
				return part
			}
		}
		if name := textCreditInner(part); name != "" {
			return name
		}
	}
	return ""
}

// textCommentCount finds a comment count in a meta line: "1 Kommentar",
// "12 comments".
var textCommentCount = regexp.MustCompile(`(?i)\b\d+\s+(?:kommentare?|comments?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?)\b`)

// textCreditSeps separate the fields of a meta line.
var textCreditSeps = regexp.MustCompile(` [·|•/–—-]+ |\s*//\s*|\s*[·|•]\s*`)

// textCreditLabels lead a credit in a meta line.
var textCreditLabels = []string{"by ", "von ", "par ", "por ", "door ", "di ", "av ", "af ", "autor: ", "author: ", "autor ", "author "}

// textCommentPrompts end a meta line after its credit.
var textCommentPrompts = []string{
	"schreibe einen kommentar", "hinterlasse einen kommentar", "leave a comment", "leave a reply", "kommentare",
	"kommentar", "comments", "comment", "commentaires", "comentarios", "ein kommentar", "no comments",
}

// textCutCommentPrompt cuts a comment prompt or count off the end of a
// credit: "Helmut Rubik 0", "karstenruppert Schreibe einen Kommentar".
func textCutCommentPrompt(s string) string {
	for {
		t := strings.TrimSpace(s)
		// A count stands apart: "Rubik 0", not "freeman1984".
		if i := strings.LastIndexByte(t, ' '); i > 0 && strings.Trim(t[i+1:], "0123456789") == "" {
			t = strings.TrimSpace(t[:i])
		}
		lower := strings.ToLower(t)
		cut := false
		for _, p := range textCommentPrompts {
			if strings.HasSuffix(lower, p) && len(lower) == len(t) {
				t = strings.TrimSpace(t[:len(t)-len(p)])
				cut = true
				break
			}
		}
		if t == s || !cut && t == strings.TrimSpace(s) {
			return strings.TrimSpace(t)
		}
		s = t
	}
}

// textEmbedLine reports whether a line is the signature of an embedded
// post ("— Jane Doe (@jane) June 1, 2017", "Ein Beitrag geteilt von ...
// (@name) am ..."): its date is the post's, not the article's.
func textEmbedLine(s string) bool {
	return strings.Contains(s, "(@") || strings.Contains(s, "pic.twitter.com")
}

// textArrowRune is strings.ContainsRune("←→«»‹›<>", r): a rune that
// points elsewhere.
func textArrowRune(r rune) bool {
	switch r {
	case '←', '→', '«', '»', '‹', '›', '<', '>':
		return true
	}
	return false
}

// textNearerCopy returns the line nearer the body that prints the headline
// h again in other words order or with its kicker left off ("Kim Jong Un:
// Der Diktator ist zurück - Donald Trump ist „glücklich“" under
// "Nordkorea: Kim Jong Un - Der Diktator ist zurück, Donald Trump ist
// „glücklich“", the page's title in its tab form), or h.
func textNearerCopy(lines []tLine, lo, start int, role []int, h int) int {
	// The headline's words are pieces of its lower-cased copy, cut as
	// textContentWords cuts them (see textBodyWords): no slice of them and
	// no copy of each.
	low := lines[h].lowered()
	nw := 0
	textEachContentSpan(low, func(string, bool) { nw++ })
	if nw < 4 {
		return h
	}
	set := make(map[string]bool, nw)
	textEachContentSpan(low, func(w string, cased bool) {
		if cased {
			w = strings.ToLower(w)
		}
		set[w] = true
	})
	for j := start - 1; j > h; j-- {
		if role[j-lo] != roleText || lines[j].text == lines[h].text || textSameWords(lines[j].text, lines[h].text) {
			continue
		}
		f, n := textShared(lines[j].text, set)
		if n >= 4 && f >= 0.99 && n < nw && n*5 >= nw*4 {
			return j
		}
	}
	return h
}

// textASCIILastDiffer reports whether the last bytes of u and t (neither
// empty) are both ASCII and differ with capitals folded.
func textASCIILastDiffer(u, t string) bool {
	a, b := u[len(u)-1], t[len(t)-1]
	return a|b < utf8.RuneSelf && textFoldByte(a) != textFoldByte(b)
}
