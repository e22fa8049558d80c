package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-dev/extract/internal/model"
)

// readText is the raw page text path: the page as a browser copies it
// (innerText of <body>), menus, share bars and footers included.
//
// It works on lines. Each line is measured (length, function-word
// density, punctuation, case, words glued together) and classed as in
// jusText: good (prose), bad (chrome), or short and near-good, which take
// the class of their neighbours. The body is the best contiguous run of
// lines, found as a maximum-sum segment where prose weighs for and chrome
// against, so that an ad or a caption inside the article is bridged while
// menus and "Most read" lists are not. The lines above the body give the
// headline, dek, byline, date and breadcrumb candidates.
func readText(text string, opts Options) (*page, error) {
	lines := textSplitLines(text)
	defer textReleaseLines(lines)
	p := &page{}
	if len(lines) == 0 {
		return p, nil
	}
	orig, start, end := textRun(lines)
	if start < 0 {
		return p, nil
	}
	top := start
	end = textCutAtTail(lines, start, end)
	cut := end
	start, end = textTrimRun(lines, orig, start, end)
	start = textGreetingAbove(lines, textHeadingAbove(lines, start))
	if end == cut {
		end = textLeadInAfter(lines, orig, end)
	}
	textLeadInsWithin(lines, orig, start, end)
	if box := textAuthorBox(lines, start, end); box < end {
		// The author's box ends the article; its biography is not the
		// article's.
		_, end = textTrimRun(lines, orig, start, box)
	}
	textBridgeBlocks(lines, start, end)
	p.blocks = textBlocks(lines, start, end)
	p.cands = textHeader(lines, start, end, p.blocks)
	p.blocks = textCutBio(p.blocks, p.cands)
	p.blocks = textDropDisclosures(p.blocks)
	if lead := textTrimmedLead(lines, top, start, p.cands); len(lead) > 0 {
		p.blocks = append(lead, p.blocks...)
	}
	if list := textIngredients(lines, top); len(list) > 0 {
		p.blocks = append(list, p.blocks...)
	}
	if b, ok := textDekBlock(lines, start, p.blocks, p.cands); ok {
		p.blocks = append([]block{b}, p.blocks...)
	}
	return p, nil
}

// textTrimmedLead returns, as body blocks, the lines of the run above
// start that textTrimRun cut as title-like and that read as the
// article's lead or standfirst: a phrase of some words that is neither
// the headline the header gave (alone or with a few words about it),
// nor a credit or a date line. A line that opens with the headline's
// words and runs on to twice its length is a paragraph that begins as
// the headline does ("Dear people of Europe, wherever you live!"). The header
// still reads them; the body keeps them too, as the article prints them
// above its first paragraph.
func textTrimmedLead(lines []tLine, top, start int, cands []candidate) []block {
	head := ""
	for _, c := range cands {
		if c.field == fieldHeadline {
			head = c.value
		}
	}
	var out []block
	for i := top; i < start; i++ {
		l := &lines[i]
		if l.class != tGood || l.words < textLeadMin || l.date || l.isCredit() || textDateLine(l) || textCaptionCredit(l.text) ||
			head != "" && (strings.Contains(l.text, head) && len(l.text) < 2*len(head) || strings.Contains(head, l.text)) {
			continue
		}
		out = append(out, textBlocks(lines, i, i+1)...)
	}
	return out
}

// textCaptionCredit reports whether s ends with the credit of a
// picture, so that it is the picture's caption: a last sentence or
// bracket of a few words with a slash or a label ("... last year.
// Photograph: Guy Smallman/Getty Images", "... gut getarnt. (mlharing /
// iStock.com)", "... Mike Blake/Reuters files", "... By AGENCY NAME").
func textCaptionCredit(s string) bool {
	tail := s
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndexByte(s, '('); k >= 0 {
			tail = s[k+1 : len(s)-1]
		}
	} else if k := strings.LastIndex(s, ". "); k >= 0 {
		tail = s[k+2:]
	}
	if tail == s || strings.Count(tail, " ") >= textCreditWords {
		return false
	}
	return strings.Contains(tail, "/") || strings.Contains(tail, "©") || strings.HasPrefix(tail, "By ") ||
		strings.HasPrefix(tail, "Photo") || strings.HasPrefix(tail, "Foto") || strings.HasPrefix(tail, "Bild") ||
		strings.HasPrefix(tail, "Image")
}

// textCreditWords is the most words of a picture's credit.
const textCreditWords = 6

// textLeadMin is the fewest words of a trimmed line kept as the lead.
const textLeadMin = 8

// textTrimRun cuts the run's edges: the lines before its first paragraph
// that belong to the headline block, and the trailing lines after its
// last one that belong to the page.
func textTrimRun(lines []tLine, orig []tClass, start, end int) (int, int) {
	// The run ends on prose: trailing short lines that are not sentences
	// ("Tags: ...", "Back to the list", a teaser title) are the page's.
	for end > start+1 {
		l := &lines[end-1]
		if l.class == tGood && (orig[end-1] >= tNear || orig[end-1] == tShort && l.endStop && l.words >= 3) {
			break
		}
		end--
	}
	// A title-like first line of the run is the headline or the dek,
	// printed close enough to the article to be taken in.
	for k := 0; k < 2 && start+1 < end; k++ {
		l := &lines[start]
		if textCrumbs(l.text) != "" {
			// A breadcrumb trail over the headline is the header's.
			k--
		}
		// A short question is a title however many function words it has,
		// unless the headline and its date line stand just above.
		question := l.words <= 12 && strings.HasSuffix(l.text, "?") && !strings.Contains(l.text, ". ") && !textDatedAbove(lines, start, 6)
		if textDekLike(l) || l.words > 25 || l.words >= 8 && l.stopDensity() >= 0.5 && !question && !textCreditUnder(lines, start) || strings.HasSuffix(l.text, ":") {
			break
		}
		start++
		for start < end && lines[start].class != tGood {
			start++
		}
	}
	return start, end
}

// textRun measures and classes the lines and returns their classes before
// neighbours were heard, and the best run of lines [start, end); start is
// -1 when the page holds no prose.
func textRun(lines []tLine) (orig []tClass, start, end int) {
	for i := range lines {
		lines[i].measure()
		lines[i].flag()
	}
	textBodyTails(lines)
	textRepeats(lines)
	textConfirmComments(lines)
	textPostMetaLines(lines)
	textCommentForms(lines)
	textCommentPanes(lines)
	textThreads(lines)
	textClosedComments(lines)
	textCookieDialogs(lines)
	textClassify(lines)
	textIntroLists(lines)
	textShortRuns(lines)
	textAfterTail(lines)
	orig = make([]tClass, len(lines))
	for i := range lines {
		orig[i] = lines[i].class
	}
	textContext(lines)
	toc := textTOC(lines)
	start, end = textBestRun(lines, toc)
	if start < 0 {
		// A short post has no line long enough to be sure of: take the
		// near-good lines as prose and settle again.
		for i := range lines {
			lines[i].class = orig[i]
			if orig[i] == tNear {
				lines[i].class = tGood
			}
		}
		textContext(lines)
		start, end = textBestRun(lines, toc)
	}
	if h := textPostAbove(lines, orig, start, end); h >= 0 {
		// A short post under its comments: the near-good lines above the
		// comment header are the post, and the header walls the comments
		// off once prose stands before it.
		for i := range lines {
			lines[i].class = orig[i]
			if i < h && orig[i] == tNear {
				lines[i].class = tGood
			}
		}
		textContext(lines)
		start, end = textBestRun(lines, toc)
	}
	return orig, start, end
}

// textPostAbove returns the first comment header above the best run
// [start, end) when no good line stands above that header but near-good
// ones, of a paragraph's length together, do, and the run is dated or
// answered as comments are: it is readers' comments on a post too short
// to be sure of. It returns -1 otherwise. A post's own line ("August 6,
// 2012 by Ann Lee 2 Comments") opens no comments.
func textPostAbove(lines []tLine, orig []tClass, start, end int) int {
	near := 0
	for i := 0; i < start; i++ {
		switch {
		case lines[i].comment:
			if near < textPostMin || lines[i].date {
				return -1
			}
			if _, form := textFormField(&lines[i]); form && start > i {
				// A comment form: under it stand the blog's sidebar or
				// the comments, and the post is above.
				return i
			}
			marks := 0
			for j := i + 1; j < min(end+3, len(lines)); j++ {
				if lines[j].date || lines[j].repeated && lines[j].comment {
					marks++
				}
			}
			if marks >= 2 {
				return i
			}
			return -1
		case orig[i] == tGood:
			return -1
		case orig[i] == tNear:
			near += lines[i].eff()
		}
	}
	return -1
}

// textPostMin is the length of near-good text above the comments that
// makes a post.
const textPostMin = 100

// textClassify gives each line its own class, before neighbours are
// considered. Function-word density decides for the languages the
// stop-word lists cover; pages in other languages fall back to case and
// punctuation.
func textClassify(lines []tLine) {
	words, stops, long := 0, 0, 0
	for i := range lines {
		if lines[i].words >= 8 {
			words += lines[i].words
			stops += lines[i].stops
			if lines[i].words >= textScaleWords {
				long++
			}
		}
	}
	useStops := words >= 30 && stops*100 >= words*12
	scale := 1.0
	if useStops {
		scale = textStopScale(lines, long)
	}
	for i := range lines {
		l := &lines[i]
		switch {
		case l.boiler || l.tail || l.comment || l.date || l.repeated:
			l.class = tBad
		case i > 0 && !l.blankBefore && lines[i-1].eff() < 30 && textGluedLabel(l.text):
			// A menu item glued to the text of its drop-down
			// ("BooksJuly, 2009: The guide is out ...").
			l.class = tBad
		case l.eff() < 70:
			l.class = tShort
			// A whole sentence, however short, leans to prose.
			if l.endStop && l.eff() >= 30 && (l.words >= 5 && l.lower*2 >= l.cased && (!useStops || l.stopDensity() >= 0.2*scale) || l.cjk >= 12) {
				l.class = tNear
			}
		case l.punct == 0 && (l.eff() > 200 || l.cjk > 30):
			// A long line without a comma or a stop is a run of link titles.
			l.class = tBad
		default:
			l.class = textProse(l, useStops, scale)
		}
	}
}

// textShortRuns marks long runs of short lines as chrome: menus, link
// lists, archives and tag clouds, which jusText would know by their link
// density. A run introduced by a line ending in a colon is a list of the
// text (ingredients, steps) and is left alone, and so is a run of lines
// that mostly end like sentences.
func textShortRuns(lines []tLine) {
	for i := 0; i < len(lines); {
		if lines[i].class != tShort {
			i++
			continue
		}
		j, stops := i, 0
		for j < len(lines) && lines[j].class == tShort {
			if lines[j].endStop {
				stops++
			}
			j++
		}
		n := j - i
		intro := i > 0 && strings.HasSuffix(lines[i-1].text, ":") || strings.HasSuffix(lines[i].text, ":") || textIntroUnder(lines[i:j])
		if n >= 5 && stops*10 < n*3 && !intro && !textBodyQuantities(lines[i:j]) {
			for k := i; k < j; k++ {
				lines[k].class = tBad
			}
		}
		i = j
	}
}

// textPhotoCredit reports whether s credits a picture: a label as
// "Foto:", "Bild:", "Photo:", "Quelle:" opening the line, a sentence or a
// bracket, a copyright sign after the caption, or "Photo by ... on
// Unsplash".
func textPhotoCredit(s string) bool {
	// Every label holds one of textPhotoKeys (a test checks it): a line
	// with none is not searched for each label.
	if strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "Fot") || strings.Contains(s, "Crédit") {
		if r, ok := textPhotoLabel(s); ok {
			return r
		}
	}
	// A copyright sign after a short caption ("Stau © aremac /
	// Clipdealer"); one opening the line is the page's notice, flagged
	// apart, and one after a paragraph credits the work it shows.
	if k := strings.Index(s, "©"); k > 0 && k < textCaptionBytes {
		return true
	}
	return strings.HasPrefix(s, "Photo by ") && strings.Contains(s, " on ")
}

// textPhotoKeys are pieces one of which every label of textPhotoLabels
// holds.
var textPhotoKeys = []string{":", "Fot", "Crédit"}

// textPhotoLabel looks for a label of textPhotoLabels where a credit
// opens (the line's start, after a sentence, a bracket, a comma or a
// bar) and reports, when it finds one, whether text follows it.
func textPhotoLabel(s string) (bool, bool) {
	for _, lab := range textPhotoLabels {
		k := strings.Index(s, lab)
		for k >= 0 {
			if k == 0 || strings.HasSuffix(s[:k], ". ") || strings.HasSuffix(s[:k], "(") || strings.HasSuffix(s[:k], ", ") || strings.HasSuffix(s[:k], "| ") {
				// A label with nothing after it is a heading.
				return len(s) > k+len(lab)+1, true
			}
			n := strings.Index(s[k+1:], lab)
			if n < 0 {
				break
			}
			k += 1 + n
		}
	}
	return false, false
}

// textPhotoLabels name the credit of a picture in the common languages.
var textPhotoLabels = []string{
	"Foto:", "Fotos:", "Bild:", "Bilder:", "Titelbild:", "Quelle:", "Photo:", "photo:", "Photos:", "Image:",
	"Credit:", "Crédit photo", "Crédits photo", "Foto di ", "Fotografía:", "Imagen:", "Zdjęcie:", "Fot.",
}

// textCaptionBytes is the longest caption a copyright sign may follow.
const textCaptionBytes = 80

// textCreditMax is the longest line taken for a credited caption: a
// paragraph may name its source.
const textCreditMax = 160

// textGluedLabel reports whether the first word of s runs a word into the
// next one with no space: after at least three letters, a lower-case
// letter followed by an opening quote or by a capitalised word that a
// comma or a colon ends ("MicroConsult“As someone ...", "BooksJuly,
// 2009: ..."), the shape innerText gives a menu label and the content of
// its drop-down.
func textGluedLabel(s string) bool {
	// The first word is read up to its space as it goes, not cut first:
	// a rune never holds a space's byte, so it decodes the same in s as
	// in the word.
	letters := 0
	prevLower := false
	for i := 0; i < len(s); {
		// Most first words are ASCII: their bytes are told apart here,
		// with no rune decoded and no call to the unicode tables, which
		// answer as these comparisons do below utf8.RuneSelf.
		if c := s[i]; c < utf8.RuneSelf {
			if c-'a' < 26 {
				// A run of ASCII lower-case letters is read in a short
				// loop of its own: most first words are one.
				j := i + 1
				for j < len(s) && s[j]-'a' < 26 {
					j++
				}
				letters += j - i
				prevLower = true
				i = j
				continue
			}
			switch {
			case 'A' <= c && c <= 'Z':
				if prevLower && letters >= 3 && textGluedRest(textWordAt(s, i)) {
					return true
				}
				letters++
			case c == '"':
				if prevLower && letters >= 3 {
					return true
				}
			case c == ' ':
				return false
			}
			prevLower = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i0 := i
		i += n
		switch {
		case unicode.IsLower(r):
			letters++
			prevLower = true
			continue
		case unicode.IsUpper(r):
			if prevLower && letters >= 3 && textGluedRest(textWordAt(s, i0)) {
				return true
			}
			letters++
		case r == '“' || r == '"' || r == '«' || r == '„':
			if prevLower && letters >= 3 {
				return true
			}
		}
		prevLower = false
	}
	return false
}

// textWordAt returns s from i up to its next space.
func textWordAt(s string, i int) string {
	w := s[i:]
	if k := strings.IndexByte(w, ' '); k >= 0 {
		w = w[:k]
	}
	return w
}

// textGluedRest reports whether the part of a word from its inner capital
// opens a sentence: a capital and lower-case letters, then a comma or a
// colon ("July, 2009: ..."). A brand in camel case ("WordPress",
// "TechCrunch") or a name ("McCain") ends with its letters.
func textGluedRest(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case n == 0 && unicode.IsUpper(r), n > 0 && unicode.IsLower(r):
			n++
		case n >= 2 && (r == ',' || r == ':'):
			return true
		default:
			return false
		}
	}
	return false
}

// textCommentPanes takes back a comment header under which, within a few
// lines, two long lines printed above the header come again: the header
// is a tab over panes of the page's own text ("Article", "Video",
// "Comments" with the article printed once per pane). A comment may quote
// a line of the article, but readers' comments do not repeat the page.
func textCommentPanes(lines []tLine) {
	// first maps the text of each long line under a comment header to
	// the first index it is printed at. Only those lines are looked up,
	// so only their texts are kept, and a line of none of their lengths
	// is not looked up at all.
	var first textStrTab
	var lens textPaneLens
	for i := range lines {
		if !lines[i].comment {
			continue
		}
		for j := i + 1; j < min(len(lines), i+textPaneWindow); j++ {
			if lines[j].eff() >= textPaneLine {
				first.put(lines[j].text, -1)
				lens.add(len(lines[j].text))
			}
		}
	}
	if first.n == 0 {
		return
	}
	for k := range lines {
		if t := lines[k].text; lines[k].eff() >= textPaneLine && lens.has(len(t)) {
			if e := first.find(t); e != nil && e.val < 0 {
				e.val = int32(k)
			}
		}
	}
	for i := range lines {
		if !lines[i].comment {
			continue
		}
		again := 0
		for j := i + 1; j < min(len(lines), i+textPaneWindow); j++ {
			// Every long line under a header is a key, first printed
			// at or above it.
			if lines[j].eff() >= textPaneLine && int(first.find(lines[j].text).val) < i {
				again++
			}
		}
		if again >= 2 {
			lines[i].comment = false
			lines[i].boiler = true
		}
	}
}

// textPaneLens is a filter on the lengths of the lines under comment
// headers: a length with its bit unset is none of theirs.
type textPaneLens [16]uint64

func (s *textPaneLens) add(n int) { s[n/64%16] |= 1 << (n % 64) }

func (s *textPaneLens) has(n int) bool { return s[n/64%16]&(1<<(n%64)) != 0 }

// textPaneLine is the length from which a line printed twice is the same
// text and not a stock phrase; textPaneWindow the lines under a comment
// header where a pane shows it.
const (
	textPaneLine   = 60
	textPaneWindow = 9
)

// textIntroLists keeps the items of a list that a sentence ending in a
// colon introduces ("In this webinar we'll cover:") for their neighbours
// to settle: an item is a phrase, seldom a sentence, and may be long
// with few function words ("8 key PPC metrics, including Quality Score,
// wasted spend and impression share"), which alone reads as chrome. The
// items are the lines under the colon up to the next empty line; an item
// is a phrase of words mostly in lower case.
func textIntroLists(lines []tLine) {
	for i := 0; i+1 < len(lines); i++ {
		l := &lines[i]
		if l.class == tBad || !strings.HasSuffix(l.text, ":") || l.words < 3 {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+textListMax; j++ {
			m := &lines[j]
			if j > i+1 && m.blankBefore {
				break
			}
			// A link, a row of links or titles in capitals is no item of
			// the text.
			if m.class == tBad && m.eff() < 200 && m.words >= 3 && m.lower*2 > m.cased && m.joins == 0 && !m.boiler && !m.tail && !m.comment && !m.date && !m.repeated {
				m.class = tShort
			}
		}
	}
}

// textListMax is the most items a list under a colon keeps that way.
const textListMax = 30

// textAfterTail marks the lines under a "Most read" or "Related" header
// as chrome, up to the next line that reads as a sentence: the teasers of
// such a list are short titles.
func textAfterTail(lines []tLine) {
	for i := 0; i < len(lines); i++ {
		if !lines[i].tail {
			continue
		}
		for j := i + 1; j < min(len(lines), i+16); j++ {
			l := &lines[j]
			if l.class == tGood || l.class == tNear && l.endStop {
				break
			}
			l.class = tBad
		}
	}
}

// textStopScale returns how far the stop-word thresholds come down for
// the page: the lists are short, and prose in some languages (Polish,
// Ukrainian, Hungarian) shows fewer of its function words than English
// or German does. The page's own long lines say how dense its prose is:
// where the upper quartile of their densities falls below what prose in
// the best-covered languages shows, the thresholds follow it, down to a
// floor.
//
// count is how many lines have textScaleWords words or more, as
// textClassify counts them on its way.
func textStopScale(lines []tLine, count int) float64 {
	if count < textScaleLines {
		return 1
	}
	// Most pages have fewer long lines than the buffer on the stack
	// holds; a larger one is sized once, not grown.
	var buf [textScaleBuf]float64
	ds := buf[:0]
	if count > len(buf) {
		ds = make([]float64, 0, count)
	}
	for i := range lines {
		if lines[i].words >= textScaleWords {
			ds = append(ds, lines[i].stopDensity())
		}
	}
	q := textNth(ds, len(ds)*3/4)
	return max(textScaleFloor, min(1, q/textScaleRef))
}

// textScaleBuf is how many densities textStopScale keeps on the stack.
const textScaleBuf = 128

// textNth returns the value that a[k] holds once a is sorted, reordering
// a: the upper quartile needs no sort of all the densities, only the
// partitions around it (Hoare's selection).
func textNth(a []float64, k int) float64 {
	lo, hi := 0, len(a)-1
	for lo < hi {
		p := a[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return a[k]
		}
	}
	return a[k]
}

// The long lines textStopScale reads and how many it needs, the
// upper-quartile density below which the thresholds come down, and the
// lowest scale.
const (
	textScaleWords = 15
	textScaleLines = 5
	textScaleRef   = 0.32
	textScaleFloor = 0.55
)

// textProse classes a line long enough to be a paragraph; scale brings
// the stop-word thresholds down for pages whose prose is sparse in them.
func textProse(l *tLine, useStops bool, scale float64) tClass {
	eff := l.eff()
	if l.cjk*2 > l.runes {
		// CJK prose is punctuated every few dozen characters.
		if l.punct*40 >= l.cjk && (l.endStop || l.punct >= 2) {
			if eff > 150 {
				return tGood
			}
			return tNear
		}
		if l.punct > 0 {
			return tNear
		}
		return tBad
	}
	if useStops {
		d := l.stopDensity() / scale
		switch {
		case d >= 0.22 && eff > 200, d >= 0.30 && eff > 140:
			return tGood
		case d >= 0.22:
			return tNear
		case d >= 0.15:
			return tNear
		}
		return tBad
	}
	// Caseless scripts and languages without a stop-word list: prose has
	// words in lower case and clause punctuation.
	if l.cased >= 4 && l.lower*2 < l.cased {
		return tBad
	}
	if l.punct == 0 {
		if eff > 200 && l.words >= 25 {
			return tNear
		}
		return tBad
	}
	if eff > 200 {
		return tGood
	}
	return tNear
}

// textContext settles short and near-good lines by their neighbours, as
// jusText does: a short line between prose is prose, between chrome is
// chrome; a near-good line next to prose is prose.
func textContext(lines []tLine) {
	// neighbour classes: the nearest line in a direction that is not
	// short (any), and the nearest that is neither short nor near-good
	// (far); the page's edges count as chrome. A sweep from the bottom
	// keeps each line's class and the two answers below it, packed in
	// one byte; the sweep down from the top carries the two answers
	// above it and settles the line, so that a page of many short lines
	// costs linear time rather than a scan per line, in two passes over
	// the lines.
	n := len(lines)
	buf := make([]tClass, 2*n)
	orig, next := buf[:n:n], buf[n:]
	nextAny, nextFar := tBad, tBad
	for i := n - 1; i >= 0; i-- {
		c := lines[i].class
		orig[i] = c
		next[i] = nextAny | nextFar<<4
		if c != tShort {
			nextAny = c
			if c != tNear {
				nextFar = c
			}
		}
	}
	// A stretch of several near-good sentences in a row, each its own
	// paragraph (a photo essay's captions, a post of short paragraphs),
	// is prose on its own, whatever stands around it. A sidebar's blurbs
	// come between short link titles, and a list of recent comments has
	// no empty line between its items. The stretch is read when the
	// sweep reaches its first line: chained holds the answer for the
	// lines up to stretchEnd.
	prevAny, prevFar := tBad, tBad
	stretchEnd, chained := 0, false
	for i := 0; i < n; i++ {
		c := orig[i]
		switch c {
		case tShort:
			p, nx := prevFar, next[i]>>4
			switch {
			case p == tGood && nx == tGood:
				lines[i].class = tGood
			case p == tBad && nx == tBad:
				lines[i].class = tBad
			case p == tBad && prevAny == tNear, nx == tBad && next[i]&15 == tNear:
				lines[i].class = tGood
			default:
				lines[i].class = tBad
			}
			continue
		case tNear:
			if i >= stretchEnd {
				stretchEnd, chained = textNearChain(lines, orig, i)
			}
			if prevFar == tBad && next[i]>>4 == tBad && !chained {
				lines[i].class = tBad
			} else {
				lines[i].class = tGood
			}
			prevAny = c
			continue
		}
		prevAny, prevFar = c, c
	}
}

// textNearChain reads the stretch of near-good lines, each after an empty
// line, that starts at line i, and returns its end and whether it is
// prose on its own: most of its lines end like sentences and they are
// long enough together.
func textNearChain(lines []tLine, orig []tClass, i int) (int, bool) {
	j, count, sum := i, 0, 0
	for j < len(lines) && orig[j] == tNear && (j == i || lines[j].blankBefore) {
		if textCaptionEnd(&lines[j]) {
			count++
			sum += lines[j].eff()
		}
		j++
	}
	return j, count >= textChainLines && count*4 >= (j-i)*3 && sum >= textChainEff
}

// textCaptionEnd reports whether the line ends a sentence, a photo
// credit in brackets after the stop included ("... at dusk. (Ana
// Ruiz/Reuters)").
func textCaptionEnd(l *tLine) bool {
	if l.endStop {
		return true
	}
	t := l.text
	if !strings.HasSuffix(t, ")") {
		return false
	}
	k := strings.LastIndex(t, "(")
	return k >= 2 && strings.HasSuffix(strings.TrimRight(t[:k], " "), ".")
}

// textChainLines and textChainEff are the near-good sentences, and their
// length, that make a stretch prose without a good line beside it.
const (
	textChainLines = 3
	textChainEff   = 300
)

// textDatedComments reports whether the comments under the header at
// line i are dated or answered one by one: two date, reply or reader
// lines among the lines under it. A count of comments over the article ("388 Comments
// Posted") has at most the article's own date under it.
func textDatedComments(lines []tLine, i int) bool {
	marks := 0
	for j := i + 1; j < min(len(lines), i+textDatedWindow); j++ {
		if lines[j].date || lines[j].thread || lines[j].repeated && lines[j].comment {
			marks++
			if marks >= 2 {
				return true
			}
		}
	}
	return false
}

// textDatedWindow is how many lines under a comment header are read for
// the dates of its comments.
const textDatedWindow = 30

// textBestRun returns the run of lines [start, end) with the greatest
// weight: prose counts for its length, chrome against it. A comment
// header is a wall, and a "Most read" header nearly one.
func textBestRun(lines []tLine, toc []bool) (int, int) {
	best, start, end := textBestRunIn(lines, toc)
	if start <= 0 || !textQuestions(lines, start, end) || textHeaded(lines, start, end, textHeadedLines) {
		return start, end
	}
	// The position prior: readers' questions, each over its answer,
	// with no date or credit line over them, lose to a run above them
	// that stands right under the article's header, unless they are
	// clearly stronger.
	if w, s, e := textBestRunIn(lines[:start], toc); s >= 0 && w*textPriorRatio >= best && textHeaded(lines, s, e, textHeadedNear) {
		return s, e
	}
	return start, end
}

// textQuestions reports whether the good lines of the run [start, end)
// are many short questions, each over its answer: a list of readers'
// questions or of teasers that ask.
func textQuestions(lines []tLine, start, end int) bool {
	good, asked := 0, 0
	for i := start; i < end; i++ {
		l := &lines[i]
		if l.class != tGood {
			continue
		}
		good++
		if l.eff() < textQuestionMax && strings.HasSuffix(l.text, "?") {
			asked++
		}
	}
	return asked >= textQuestionLines && asked*10 >= good*textQuestionShare
}

// A question is shorter than textQuestionMax; textQuestionLines of them,
// textQuestionShare tenths of the run's good lines, make a list of them.
const (
	textQuestionMax   = 200
	textQuestionLines = 4
	textQuestionShare = 3
)

// textBestRunIn returns the weight and the bounds of the best run of
// lines.
func textBestRunIn(lines []tLine, toc []bool) (int, int, int) {
	best, bestStart, bestEnd := 0, -1, -1
	sum, start := 0, 0
	// Prose after a comment header is readers' comments: it may be
	// taken only when nothing before it is prose.
	before, comments := 0, false
	// walled: the comments under the header are dated one by one, as
	// readers' comments are, and no run under it may win.
	walled := false
	// closed: the page's footer stands under prose; a run that starts
	// under it is the site's, not the article's.
	closed := -1
	// prior holds the best run as it stood at each "Most read" or
	// "Related" header under prose: a run under such a header is the
	// list's teasers unless clearly stronger than the article above it.
	var prior [textPriorMax]textRunAt
	priors, commentsAt := 0, -1
	for i := range lines {
		l := &lines[i]
		eff := l.eff()
		// The footer and list-header marks open with the line's flag:
		// most lines, prose or chrome with no flag, pass at one test.
		if l.footer && closed < 0 && before >= textBodyTailProse && textPageEnd(l) {
			closed = i
		}
		if l.tail && bestStart >= 0 && before >= textBodyTailProse && priors < textPriorMax {
			prior[priors] = textRunAt{at: i, best: best, start: bestStart, end: bestEnd}
			priors++
		}
		var w int
		switch {
		case toc != nil && toc[i] && !comments:
			// A table of contents: the run crosses it.
			w = 0
		case l.comment:
			w = -2000
			if before >= 100 {
				if !comments {
					commentsAt = i
				}
				comments = true
				walled = walled || textDatedComments(lines, i)
			}
		case l.class == tGood && comments:
			w = min(eff, 1200) / 8
		case l.tail:
			w = -300
		case l.footer:
			w = -600
		case l.class == tGood:
			w = min(eff, 1200)
			if eff < 70 {
				w = eff / 2
			}
		default:
			w = -(30 + min(eff, 200)/4)
		}
		if l.class == tGood {
			before += eff
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += w
		// Once prose stands before a header of dated comments, a run
		// that starts under it is readers' comments however long they
		// run.
		if sum > best && !walled && (closed < 0 || start <= closed) {
			best, bestStart, bestEnd = sum, start, i+1
		}
	}
	// A run under a list header that is not clearly stronger than the
	// best run above the header is the list's, unless it has the
	// article's header (a date or credit line) over it and the run above
	// has none. Under a comment header prose weighs an eighth, and the
	// weights do not compare.
	for k := priors - 1; k >= 0; k-- {
		if p := prior[k]; p.at < bestStart && (commentsAt < 0 || commentsAt > bestStart) {
			if best < textPriorRatio*p.best && !(textHeaded(lines, bestStart, bestEnd, textHeadedLines) && !textHeaded(lines, p.start, p.start, textHeadedLines)) {
				return p.best, p.start, p.end
			}
			break
		}
	}
	return best, bestStart, bestEnd
}

// textHeaded reports whether the run [start, end) holds or stands under
// an article's header: a date or credit line among its lines or the few
// lines above it.
func textHeaded(lines []tLine, start, end, above int) bool {
	for j := max(0, start-above); j < end; j++ {
		l := &lines[j]
		if l.date || l.runes <= maxBylineRunes && (textDateLine(l) || l.isCredit()) {
			return true
		}
	}
	return false
}

// textHeadedLines is how many lines above a run are read for the date
// or credit of its header.
const textHeadedLines = 6

// textHeadedNear is how many lines above a run its header stands when
// the run is the article under it.
const textHeadedNear = 3

// textRunAt is the best run as it stood at line at.
type textRunAt struct{ at, best, start, end int }

// textPriorMax is how many list headers textBestRun remembers;
// textPriorRatio how many times stronger than the article above a list
// header a run under it must be to win.
const (
	textPriorMax   = 8
	textPriorRatio = 3
)

// textBlocks turns the good lines of the run into body blocks: short
// title-like lines between paragraphs become subheadings, runs of lines
// without a blank line between them become list items.
func textBlocks(lines []tLine, start, end int) []block {
	// Sized once for the good lines, each at most one block: appended
	// one by one, the blocks were copied as the slice grew.
	good := 0
	for i := start; i < end; i++ {
		if lines[i].class == tGood {
			good++
		}
	}
	if good == 0 {
		return nil
	}
	out := make([]block, 0, good)
	// seen holds the paragraphs given so far: a page that prints the
	// article once per pane or tab prints each paragraph again.
	var seen textStrTab
	keepCaptions, captions := textCaptionsKept(lines, start, end)
	for i := start; i < end; i++ {
		l := &lines[i]
		if l.class != tGood {
			continue
		}
		if l.eff() >= textRepeatPara {
			if _, added := seen.put(l.text, 0); !added {
				continue
			}
		}
		for len(captions) > 0 && captions[0] < i {
			captions = captions[1:]
		}
		credited := len(captions) > 0 && captions[0] == i
		if l.eff() < textCreditMax && textPhotoCredit(l.text) || !keepCaptions && credited {
			// A caption that credits its picture ("Erdölpumpen im
			// Abendrot. Bild: TebNad/Shutterstock.com") is the
			// picture's; the run around it stays as it is.
			continue
		}
		if textTeaserLine(l) || textPromoLine(l) || textSocialPromo(l) || textNoticeLine(l) || textPostNavLine(l) {
			// "Lea también: <another story's title>" points away from
			// the article, "Síguenos en ..." to the site.
			continue
		}
		k := model.KindParagraph
		text := l.text
		if b, rest, ok := textBullet(text); ok {
			k = b
			text = rest
		} else if textSubheading(lines, i, start, end) {
			k = model.KindHeading
		} else if textListItem(lines, i, start, end) {
			k = model.KindItem
		}
		out = append(out, block{kind: k, text: text})
	}
	if len(out) == 0 {
		// As before: no block is no slice.
		return nil
	}
	return out
}

// textRepeatPara is the length from which a paragraph printed again in
// the run is the page's second copy and not a heading a table of contents
// names twice.
const textRepeatPara = 100

// textBullet recognises a line that starts with a bullet glyph.
func textBullet(s string) (model.Kind, string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '▪', '◦', '●', '‣', '○', '■', '□', '➤', '►', '–', '-', '*':
		rest := strings.TrimSpace(s[n:])
		if len(rest) == len(s)-n || rest == "" {
			// "-5 degrees", "*nsync": no space after the glyph.
			return "", "", false
		}
		return model.KindItem, rest, true
	}
	return "", "", false
}

// textSubheading reports whether good line i is a subheading: short, no
// final stop, title-like, with body prose after it.
func textSubheading(lines []tLine, i, start, end int) bool {
	l := &lines[i]
	if l.endStop || l.eff() >= 120 || l.words > 14 || i+1 >= end || i == start {
		return false
	}
	if strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ",") {
		return false
	}
	next := &lines[i+1]
	return next.class == tGood && next.eff() >= 120 && next.endStop
}

// textListItem reports whether good line i sits in a run of short lines
// with no empty line between them, each shorter than a paragraph.
func textListItem(lines []tLine, i, start, end int) bool {
	l := &lines[i]
	if l.eff() > 300 || strings.HasSuffix(l.text, ":") {
		return false
	}
	joinedPrev := i > start && !l.blankBefore && lines[i-1].class == tGood && lines[i-1].eff() <= 300
	joinedNext := i+1 < end && !l.blankAfter && lines[i+1].class == tGood && lines[i+1].eff() <= 300
	return (joinedPrev || joinedNext) && !textJoinedProse(lines, i, start, end)
}

// textJoinedProse reports whether the lines joined to line i (no empty
// line between them) read as paragraphs: most of them are sentences of
// a paragraph's length. Some pages print their paragraphs without empty
// lines; a list has items that are phrases, or short ones.
func textJoinedProse(lines []tLine, i, start, end int) bool {
	joined := func(k int) bool { return lines[k].class == tGood && lines[k].eff() <= 300 }
	a, b := i, i+1
	for a > start && a > i-textJoinedSpan && !lines[a].blankBefore && joined(a-1) {
		a--
	}
	for b < end && b < i+textJoinedSpan && !lines[b-1].blankAfter && joined(b) {
		b++
	}
	prose := 0
	for k := a; k < b; k++ {
		if lines[k].endStop && lines[k].eff() >= textJoinedPara && !textShortLead(lines[k].text) {
			prose++
		}
	}
	return prose*3 >= (b-a)*2
}

// textShortLead reports whether s opens with a label of a few words that
// a stop or a colon ends ("Gobo. There seem to be ...", "Desktop
// Express: Deliver a ..."), as the items of a list of tips or features
// do.
func textShortLead(s string) bool {
	head := s[:min(len(s), textLeadBytes)]
	k := strings.Index(head, ". ")
	if c := strings.Index(head, ": "); c >= 0 && (k < 0 || c < k) {
		k = c
	}
	return k > 0 && strings.Count(head[:k], " ") < textLeadWords
}

// textLeadBytes is how far a label is looked for; textLeadWords its most
// words.
const (
	textLeadBytes = 48
	textLeadWords = 4
)

// textJoinedPara is the length of a joined sentence that reads as a
// paragraph; textJoinedSpan how far the joined lines are read each way.
const (
	textJoinedPara = 100
	textJoinedSpan = 30
)

// textDatedAbove reports whether one of the n lines above line i is a date
// line.
func textDatedAbove(lines []tLine, i, n int) bool {
	for j := i - 1; j >= max(0, i-n); j-- {
		if lines[j].date || textDateLine(&lines[j]) {
			return true
		}
	}
	return false
}

// textCreditUnder reports whether line i is a title with its credit or
// date line right under it: it is the headline, however many function
// words it has ("La agenda con que Interior busca contener la crisis de
// seguridad y el dilema del oficialismo" over "Isabel Caro, Rocío Latorre
// y José Miguel Wilson").
func textCreditUnder(lines []tLine, i int) bool {
	l := &lines[i]
	if l.endStop || l.words > 20 || i+1 >= len(lines) {
		return false
	}
	n := &lines[i+1]
	if n.runes > maxBylineRunes {
		return false
	}
	return n.date || textDateLine(n) || n.isCredit() || n.words >= 2 && n.words <= 8 && looksLikeNames(n.text)
}

// textPageEnd reports whether a footer line ends the page: a copyright
// line, a short notice, or the blog's filing line. A sentence of the
// text that speaks of rights reserved is no end.
func textPageEnd(l *tLine) bool {
	if l.eff() < textEndShort || strings.HasPrefix(l.text, "©") {
		return true
	}
	low := l.lowered()
	return strings.HasPrefix(low, "copyright") || strings.HasPrefix(low, "(c)") || textFilingLine(low)
}

// textEndShort is the length under which a footer line is the page's
// notice whatever it says.
const textEndShort = 150
