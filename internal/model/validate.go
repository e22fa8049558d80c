package model

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Severity is how much a finding matters: an error fails `extract validate`,
// a warning fails it only with --strict, and "off" switches a rule off.
type Severity string

// The severities a rule can have.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityOff     Severity = "off"
)

// ParseSeverity reads a severity as written in a config file or a flag.
func ParseSeverity(s string) (Severity, error) {
	switch v := Severity(strings.ToLower(strings.TrimSpace(s))); v {
	case SeverityError, SeverityWarning, SeverityOff:
		return v, nil
	case "warn":
		return SeverityWarning, nil
	case "none", "disable", "disabled", "false":
		return SeverityOff, nil
	}
	return "", fmt.Errorf("unknown severity %q (want error, warning or off)", s)
}

// Rule describes one check of `extract validate`. The ID is stable: reports,
// config files and CI filters name rules by it.
type Rule struct {
	ID       string
	Severity Severity // the default severity
	Summary  string
	// Archive rules compare pages with each other and need an Archive;
	// the others look at one Article alone.
	Archive bool
}

// The rule ids.
const (
	RuleSchema               = "schema" // Article JSON read back must match `extract schema`
	RuleRequiredField        = "required-field"
	RuleMinWords             = "min-words"
	RuleMinParagraphs        = "min-paragraphs"
	RuleTimestampUnparseable = "timestamp-unparseable"
	RuleTimestampFuture      = "timestamp-future"
	RuleTimestampTooOld      = "timestamp-too-old"
	RuleHeadlineEmpty        = "headline-empty"
	RuleHeadlineSiteName     = "headline-site-name"
	RuleHeadlineTooLong      = "headline-too-long"
	RuleHeadlineGeneric      = "headline-generic"
	RuleChromeCookie         = "chrome-cookie"
	RuleChromeNewsletter     = "chrome-newsletter"
	RuleChromeShare          = "chrome-share"
	RuleChromeCopyright      = "chrome-copyright"
	RuleChromeRelated        = "chrome-related"
	RuleChromePaywall        = "chrome-paywall"
	RuleDuplicateBody        = "duplicate-body"
	RuleNearDuplicateBody    = "near-duplicate-body"
	RuleWARCURLConflict      = "warc-url-conflict"
	RuleEncodingMojibake     = "encoding-mojibake"
	RuleEncodingReplacement  = "encoding-replacement"
)

// The catalogue, in report order. Severities lean towards "warning" for the
// heuristic rules (a lexicon can be wrong about one paragraph) and "error"
// for what is junk whatever the page: no body, a date that cannot be, a
// headline that is not one, damaged text.
var rules = []Rule{
	{RuleSchema, SeverityError, "an Article JSON record does not match the schema of extract schema", false},
	{RuleRequiredField, SeverityError, "a required field is empty", false},
	{RuleMinWords, SeverityError, "the body has fewer words than the minimum", false},
	{RuleMinParagraphs, SeverityError, "the body has fewer paragraphs than the minimum", false},
	{RuleTimestampUnparseable, SeverityError, "timestamp or modified is not an ISO 8601 date or time", false},
	{RuleTimestampFuture, SeverityError, "timestamp or modified is in the future", false},
	{RuleTimestampTooOld, SeverityError, "timestamp or modified is before the floor year", false},
	{RuleHeadlineEmpty, SeverityError, "the headline has no letters", false},
	{RuleHeadlineSiteName, SeverityError, "the headline is the site name alone", false},
	{RuleHeadlineTooLong, SeverityWarning, "the headline is as long as a paragraph", false},
	{RuleHeadlineGeneric, SeverityError, "the headline is a generic page title (Home, 404, Access denied...)", false},
	{RuleChromeCookie, SeverityWarning, "a body paragraph is a cookie or consent notice", false},
	{RuleChromeNewsletter, SeverityWarning, "a body paragraph is a newsletter or subscription prompt", false},
	{RuleChromeShare, SeverityWarning, "a body paragraph is a share prompt", false},
	{RuleChromeCopyright, SeverityWarning, "a body paragraph is a copyright or licence line", false},
	{RuleChromeRelated, SeverityWarning, "a body paragraph is a Related / Most Viewed / Read more list or link", false},
	{RuleChromePaywall, SeverityWarning, "a body paragraph is a paywall or sign-in message", false},
	{RuleDuplicateBody, SeverityWarning, "the body is the same as an earlier page's", true},
	{RuleNearDuplicateBody, SeverityWarning, "the body is nearly the same as an earlier page's", true},
	{RuleWARCURLConflict, SeverityWarning, "the same URL was fetched earlier with a different body", true},
	{RuleEncodingMojibake, SeverityError, "text shows mojibake (UTF-8 read in a legacy charset: Ã©, â€™, Ð¾)", false},
	{RuleEncodingReplacement, SeverityError, "text holds U+FFFD replacement characters (bytes lost in decoding)", false},
}

// AllRules returns the catalogue of rules with their default severities.
func AllRules() []Rule { return slices.Clone(rules) }

// LookupRule returns the rule with the given id.
func LookupRule(id string) (Rule, bool) {
	for _, r := range rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Finding is one rule broken by one page.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Field names the Article field concerned ("headline", "paragraphs"...).
	Field string `json:"field,omitempty"`
	// Paragraph is the 1-based index of the first body paragraph concerned,
	// 0 when the finding is not about one paragraph.
	Paragraph int `json:"paragraph,omitempty"`
}

// The defaults a zero Rules stands for.
const (
	DefaultMinWords         = 30
	DefaultMinParagraphs    = 1
	DefaultFloorYear        = 1990
	DefaultMaxHeadlineWords = 40
	DefaultNearDuplicate    = 0.8
)

// DefaultRequire is the list of required fields a zero Rules stands for.
var DefaultRequire = []string{"headline", "paragraphs"}

// Rules configures Check and Archive. The zero value means the defaults;
// numeric limits take a negative value to mean "no limit".
type Rules struct {
	// Require lists the Article fields (JSON names) that must not be
	// empty. Nil means DefaultRequire; an empty non-nil slice requires none.
	Require []string
	// MinWords and MinParagraphs bound the body from below (0: default,
	// negative: no minimum). A CJK character counts as one word.
	MinWords      int
	MinParagraphs int
	// Now is the time "the future" is measured from; zero means time.Now().
	Now time.Time
	// FloorYear: a timestamp before January 1st of that year is rejected.
	FloorYear int
	// MaxHeadlineWords: a longer headline reads as a paragraph. CJK
	// characters count as half a word.
	MaxHeadlineWords int
	// NearDuplicate is the estimated Jaccard similarity of word 5-gram
	// sets from which two bodies count as nearly the same (0: default).
	NearDuplicate float64
	// Severity overrides a rule's default severity by rule id; SeverityOff
	// switches the rule off.
	Severity map[string]Severity
}

// DefaultRules returns the defaults spelled out (what a zero Rules means).
func DefaultRules() Rules {
	return Rules{
		Require:          slices.Clone(DefaultRequire),
		MinWords:         DefaultMinWords,
		MinParagraphs:    DefaultMinParagraphs,
		FloorYear:        DefaultFloorYear,
		MaxHeadlineWords: DefaultMaxHeadlineWords,
		NearDuplicate:    DefaultNearDuplicate,
	}
}

// resolved fills the zero fields with the defaults.
func (r Rules) resolved() Rules {
	if r.Require == nil {
		r.Require = DefaultRequire
	}
	if r.MinWords == 0 {
		r.MinWords = DefaultMinWords
	}
	if r.MinParagraphs == 0 {
		r.MinParagraphs = DefaultMinParagraphs
	}
	if r.Now.IsZero() {
		r.Now = time.Now()
	}
	if r.FloorYear == 0 {
		r.FloorYear = DefaultFloorYear
	}
	if r.MaxHeadlineWords == 0 {
		r.MaxHeadlineWords = DefaultMaxHeadlineWords
	}
	if r.NearDuplicate == 0 {
		r.NearDuplicate = DefaultNearDuplicate
	}
	return r
}

// requirable lists the fields Require may name, in Article order.
var requirable = []string{"headline", "dek", "byline", "timestamp", "paragraphs", "authors",
	"modified", "dateline", "section", "site_name", "language", "url", "image"}

// RequirableFields returns the field names Rules.Require accepts.
func RequirableFields() []string { return slices.Clone(requirable) }

// Check reports what is wrong with the configuration itself: unknown rule
// ids, unknown fields, impossible limits. Callers treat it as a usage error.
func (r Rules) Check() error {
	for _, f := range r.Require {
		if !slices.Contains(requirable, f) {
			return fmt.Errorf("unknown required field %q (want one of %s)", f, strings.Join(requirable, ", "))
		}
	}
	ids := make([]string, 0, len(r.Severity))
	for id := range r.Severity {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if _, ok := LookupRule(id); !ok {
			return fmt.Errorf("unknown rule %q", id)
		}
		if _, err := ParseSeverity(string(r.Severity[id])); err != nil {
			return fmt.Errorf("rule %s: %w", id, err)
		}
	}
	if r.NearDuplicate < 0 || r.NearDuplicate > 1 {
		return fmt.Errorf("near-duplicate similarity %v is not between 0 and 1", r.NearDuplicate)
	}
	if r.FloorYear < 0 {
		return fmt.Errorf("floor year %d is negative", r.FloorYear)
	}
	return nil
}

// SeverityOf returns the severity rule id has under r: the override if any,
// else the rule's default.
func (r Rules) SeverityOf(id string) Severity {
	if s, ok := r.Severity[id]; ok {
		if v, err := ParseSeverity(string(s)); err == nil {
			return v
		}
	}
	if rule, ok := LookupRule(id); ok {
		return rule.Severity
	}
	return SeverityOff
}

// Enabled says whether rule id is on under r.
func (r Rules) Enabled(id string) bool { return r.SeverityOf(id) != SeverityOff }

// findings collects findings, dropping those of rules that are off.
type findings struct {
	r   *Rules
	out []Finding
}

func (f *findings) add(rule, field string, para int, format string, args ...any) {
	sev := f.r.SeverityOf(rule)
	if sev == SeverityOff {
		return
	}
	f.out = append(f.out, Finding{Rule: rule, Severity: sev, Message: fmt.Sprintf(format, args...), Field: field, Paragraph: para})
}

// Validate checks one Article against the per-page rules and returns its
// findings in catalogue order (nil when it passes). The archive rules
// (duplicates, URL conflicts) need an Archive.
func (r Rules) Validate(a *Article) []Finding {
	r = r.resolved()
	f := &findings{r: &r}
	if a == nil {
		a = &Article{}
	}
	checkRequired(f, a)
	checkBodySize(f, a)
	checkTime(f, "timestamp", a.Timestamp)
	checkTime(f, "modified", a.Modified)
	checkHeadline(f, a)
	checkChrome(f, a)
	checkEncoding(f, a)
	sortFindings(f.out)
	return f.out
}

func sortFindings(out []Finding) {
	order := func(id string) int {
		for i, r := range rules {
			if r.ID == id {
				return i
			}
		}
		return len(rules)
	}
	sort.SliceStable(out, func(i, j int) bool { return order(out[i].Rule) < order(out[j].Rule) })
}

// fieldEmpty says whether the named field of a holds nothing but white space.
func fieldEmpty(a *Article, name string) bool {
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	switch name {
	case "headline":
		return blank(a.Headline)
	case "dek":
		return blank(a.Dek)
	case "byline":
		return blank(a.Byline)
	case "timestamp":
		return blank(a.Timestamp)
	case "paragraphs":
		return !slices.ContainsFunc(a.Paragraphs, func(p string) bool { return !blank(p) })
	case "authors":
		return !slices.ContainsFunc(a.Authors, func(p string) bool { return !blank(p) })
	case "modified":
		return blank(a.Modified)
	case "dateline":
		return blank(a.Dateline)
	case "section":
		return blank(a.Section)
	case "site_name":
		return blank(a.SiteName)
	case "language":
		return blank(a.Language)
	case "url":
		return blank(a.URL)
	case "image":
		return blank(a.Image)
	}
	return false
}

func checkRequired(f *findings, a *Article) {
	for _, name := range f.r.Require {
		if fieldEmpty(a, name) {
			what := "is empty"
			if name == "paragraphs" {
				what = "is empty: no article body was found"
			}
			f.add(RuleRequiredField, name, 0, "required field %s %s", name, what)
		}
	}
}

// countWords counts the words of s: runs of letters and digits, with each
// CJK character (Han, Hiragana, Katakana, Hangul syllable) a word of its own,
// since those scripts do not separate words with spaces.
func countWords(s string) (words, cjk int) {
	in := false
	for _, c := range s {
		switch {
		case isCJK(c):
			cjk++
			in = false
		case unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c):
			if !in {
				words++
				in = true
			}
		case c == '\'' || c == '’' || c == '-':
			// keep "don't" and "well-known" one word
		default:
			in = false
		}
	}
	return words, cjk
}

func isCJK(c rune) bool {
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func checkBodySize(f *findings, a *Article) {
	if fieldEmpty(a, "paragraphs") && slices.Contains(f.r.Require, "paragraphs") {
		return // required-field said it already
	}
	words, paras := 0, 0
	for _, p := range a.Paragraphs {
		if strings.TrimSpace(p) == "" {
			continue
		}
		paras++
		w, c := countWords(p)
		words += w + c
	}
	if f.r.MinWords > 0 && words < f.r.MinWords {
		f.add(RuleMinWords, "paragraphs", 0, "body has %d words, fewer than the minimum %d", words, f.r.MinWords)
	}
	if f.r.MinParagraphs > 0 && paras < f.r.MinParagraphs {
		f.add(RuleMinParagraphs, "paragraphs", 0, "body has %d paragraphs, fewer than the minimum %d", paras, f.r.MinParagraphs)
	}
}

// The ISO 8601 forms the Article contract allows (the pattern of the
// timestamp field in Schema): a date, a local time, or a time with its
// offset.
var (
	zonedLayouts = []string{"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04Z07:00"}
	localLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"}
)

// ParseTimestamp reads an Article timestamp. zoned says whether it carried
// an offset; a time without one is returned as if in UTC.
func ParseTimestamp(s string) (t time.Time, zoned bool, err error) {
	s = strings.TrimSpace(s)
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true, nil
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, false, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%q is not an ISO 8601 date or time", s)
}

// Slack for "the future": a zoned time may be a little ahead (clocks
// differ, pages are scheduled); a time without a zone may be read in any
// zone up to UTC+14.
const (
	zonedSlack = 10 * time.Minute
	localSlack = 14*time.Hour + zonedSlack
)

func checkTime(f *findings, field, v string) {
	if strings.TrimSpace(v) == "" {
		return
	}
	t, zoned, err := ParseTimestamp(v)
	if err != nil {
		f.add(RuleTimestampUnparseable, field, 0, "%s %q is not an ISO 8601 date or time", field, v)
		return
	}
	slack := localSlack
	if zoned {
		slack = zonedSlack
	}
	now := f.r.Now
	if t.After(now.Add(slack)) {
		f.add(RuleTimestampFuture, field, 0, "%s %s is in the future (now is %s)", field, v, now.UTC().Format(time.RFC3339))
	}
	if f.r.FloorYear > 0 && t.Year() < f.r.FloorYear {
		f.add(RuleTimestampTooOld, field, 0, "%s %s is before %d", field, v, f.r.FloorYear)
	}
}

// fold puts s in the form the lexicons are written in: lower case,
// typographic quotes and dashes made plain, runs of space folded.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, c := range strings.ToLower(s) {
		switch c {
		case '’', '‘', 'ʼ', '´', '`':
			c = '\''
		case '“', '”', '„', '«', '»':
			c = '"'
		case '–', '—', '−':
			c = '-'
		case '…':
			b.WriteString("...")
			space = false
			continue
		}
		if unicode.IsSpace(c) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(c)
	}
	return b.String()
}

// bare folds s and drops the punctuation and symbols around it, so that
// "Home |" and "home" compare equal.
func bare(s string) string {
	return strings.TrimFunc(fold(s), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c)
	})
}

func hasLetter(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter)
}

func checkHeadline(f *findings, a *Article) {
	h := strings.TrimSpace(a.Headline)
	if h == "" {
		return // required-field's business, when it is required
	}
	if !hasLetter(h) {
		f.add(RuleHeadlineEmpty, "headline", 0, "headline %q has no letters", h)
		return
	}
	if isSiteName(h, a) {
		f.add(RuleHeadlineSiteName, "headline", 0, "headline %q is the site name alone", h)
	} else if isGenericTitle(h) {
		f.add(RuleHeadlineGeneric, "headline", 0, "headline %q is a generic page title, not an article's", h)
	}
	words, cjk := countWords(h)
	if float64(words)+float64(cjk)/2 > float64(f.r.MaxHeadlineWords) {
		f.add(RuleHeadlineTooLong, "headline", 0, "headline has %d words, more than %d: it reads as a paragraph", words+cjk, f.r.MaxHeadlineWords)
	}
}

// isSiteName says whether headline h is nothing but the site's name: the
// site_name field, or the main label of the URL's host ("Example" for
// www.example.co.uk).
func isSiteName(h string, a *Article) bool {
	hb := bare(h)
	if hb == "" {
		return false
	}
	if s := bare(a.SiteName); s != "" && (hb == s || squash(hb) == squash(s)) {
		return true
	}
	if label := hostLabel(a.URL); label != "" && squash(hb) == label {
		return true
	}
	return false
}

// squash keeps the letters and digits of an already folded string, so that
// "Der Spiegel" matches the host label "derspiegel".
func squash(s string) string {
	return strings.Map(func(c rune) rune {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return c
		}
		return -1
	}, s)
}

// hostLabel returns the registrable label of a URL's host: "example" for
// https://www.example.co.uk/x. It stays a heuristic (no public suffix list):
// it takes the label before the last one, or before a two-letter country
// code preceded by a short second-level label (co, com, org, ne...).
func hostLabel(u string) string {
	u = strings.TrimSpace(strings.ToLower(u))
	i := strings.Index(u, "://")
	if i < 0 {
		return ""
	}
	host := u[i+3:]
	if j := strings.IndexAny(host, "/?#"); j >= 0 {
		host = host[:j]
	}
	if j := strings.LastIndexByte(host, '@'); j >= 0 {
		host = host[j+1:]
	}
	if j := strings.IndexByte(host, ':'); j >= 0 {
		host = host[:j]
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	n := len(labels) - 2
	if n > 0 && len(labels[len(labels)-1]) == 2 && len(labels[n]) <= 3 {
		n--
	}
	return squash(labels[n])
}

// isGenericTitle says whether h is a page title that is no article's: the
// whole title, or one part of a title split at " | ", " - " and the like
// ("Page not found | Example News").
func isGenericTitle(h string) bool {
	hb := bare(h)
	if genericTitles[hb] {
		return true
	}
	if strings.HasPrefix(hb, "404") || strings.HasPrefix(hb, "error 404") || strings.HasPrefix(hb, "403 ") {
		return true
	}
	f := fold(h)
	for _, sep := range []string{" | ", " - ", " :: ", " · ", " • ", " » ", ": ", " / "} {
		if !strings.Contains(f, sep) {
			continue
		}
		// Section words ("News", "Blog", "Home") make a generic title only
		// as one of two parts ("Home | Example Daily"); among more parts
		// they are a breadcrumb around a real title ("Stadium plan - News
		// - Example"), and after a colon or before a slash they open real
		// headlines ("Home: the new normal").
		parts := strings.Split(f, sep)
		loose := sep == ": " || sep == " / " || len(parts) > 2
		for _, part := range parts {
			if p := bare(part); genericTitles[p] && !(loose && weakGeneric[p]) {
				return true
			}
		}
	}
	return false
}

// truncate shortens s for a message.
func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
