package model

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MarkdownOptions tune Article.Markdown. The zero value writes the plain
// document.
type MarkdownOptions struct {
	// FrontMatter puts the Article's fields before the document as YAML
	// front matter, between "---" lines, as static site generators read it.
	FrontMatter bool
}

// Markdown renders the Article as a CommonMark document: "# headline", the
// dek emphasised, a "byline · timestamp" line, then the body with its
// structure from Kinds (subheadings, lists, quotes, code). Text is escaped
// so that a paragraph that happens to start with "1." or hold "*" or "<b>"
// reads back as the same text, not as markup.
func (a *Article) Markdown(opts MarkdownOptions) []byte {
	var b strings.Builder
	if opts.FrontMatter {
		writeFrontMatter(&b, a)
	}
	var blocks []string
	if h := oneLine(a.Headline); h != "" {
		blocks = append(blocks, "# "+escapeHeading(h))
	}
	// A standfirst the page also prints as its first paragraph is shown
	// once, where the body starts: the document reads as the page does.
	if d := oneLine(a.Dek); d != "" && (len(a.Paragraphs) == 0 || d != oneLine(a.Paragraphs[0])) {
		blocks = append(blocks, "*"+escapeInline(d)+"*")
	}
	var credit []string
	if s := oneLine(a.Byline); s != "" {
		credit = append(credit, escapeInline(s))
	}
	if s := oneLine(a.Timestamp); s != "" {
		credit = append(credit, escapeInline(s))
	}
	if len(credit) > 0 {
		blocks = append(blocks, escapeStart(strings.Join(credit, " · ")))
	}
	blocks = append(blocks, a.bodyBlocks()...)
	b.WriteString(strings.Join(blocks, "\n\n"))
	if len(blocks) > 0 {
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// bodyBlocks renders the paragraphs, grouping runs of list items into one
// list and runs of quotes into one block quote.
func (a *Article) bodyBlocks() []string {
	var out []string
	for i := 0; i < len(a.Paragraphs); {
		kind := a.KindOf(i)
		j := i + 1
		if kind == KindItem || kind == KindOrdered || kind == KindQuote {
			for j < len(a.Paragraphs) && a.KindOf(j) == kind {
				j++
			}
		}
		run := a.Paragraphs[i:j]
		var lines []string
		switch kind {
		case KindHeading:
			if t := oneLine(run[0]); t != "" {
				lines = append(lines, "## "+escapeHeading(t))
			}
		case KindItem:
			for _, p := range run {
				lines = append(lines, listItem("- ", p)...)
			}
		case KindOrdered:
			for n, p := range run {
				lines = append(lines, listItem(strconv.Itoa(n+1)+". ", p)...)
			}
		case KindQuote:
			for n, p := range run {
				if n > 0 {
					lines = append(lines, ">")
				}
				for _, l := range textLines(p) {
					lines = append(lines, "> "+l)
				}
			}
		case KindCode:
			lines = append(lines, codeBlock(run[0]))
		default:
			lines = textLines(run[0])
		}
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, "\n"))
		}
		i = j
	}
	return out
}

// listItem renders one list item; lines after the first are indented to
// the item's content so that they stay inside it.
func listItem(marker, text string) []string {
	lines := textLines(text)
	if len(lines) == 0 {
		lines = []string{""}
	}
	out := []string{strings.TrimRight(marker+lines[0], " ")}
	pad := strings.Repeat(" ", len(marker))
	for _, l := range lines[1:] {
		out = append(out, pad+l)
	}
	return out
}

// textLines splits a paragraph into escaped lines, dropping blank ones (a
// blank line would end the paragraph).
func textLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l != "" {
			out = append(out, escapeLine(l))
		}
	}
	return out
}

// codeBlock fences preformatted text with more backticks than it holds in
// a row, so that nothing inside can close the fence early.
func codeBlock(text string) string {
	text = strings.Trim(text, "\n")
	longest, run := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + "\n" + text + "\n" + fence
}

// oneLine folds all white space, line breaks included, to single spaces:
// a heading or the dek must stay on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escapeHeading escapes a heading's text. Every "#" is escaped because a
// trailing run of them would be read as the heading's closing sequence.
func escapeHeading(s string) string {
	return strings.ReplaceAll(escapeInline(s), "#", `\#`)
}

// escapeLine escapes one line of text that starts a line of the document.
func escapeLine(s string) string { return escapeStart(escapeInline(s)) }

// escapeInline backslash-escapes the characters that open inline markup
// anywhere in a line: emphasis, code spans, links, autolinks and raw HTML,
// and backslashes themselves. "&" is escaped only where it would start an
// entity reference, so that "AT&T" stays readable.
func escapeInline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<':
			b.WriteByte('\\')
		case '&':
			if isEntityAt(s[i:]) {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isEntityAt reports whether s starts with something CommonMark reads as an
// entity or numeric character reference: "&name;", "&#123;" or "&#x1F;".
func isEntityAt(s string) bool {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 33 {
		return false
	}
	body := s[1:end]
	if body[0] == '#' {
		body = body[1:]
		if len(body) > 0 && (body[0] == 'x' || body[0] == 'X') {
			body = body[1:]
		}
	}
	if body == "" {
		return false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// escapeStart escapes what would make a line (already escaped inline) start
// a block: an ATX heading, a block quote, a list item, a thematic break, a
// setext underline or a code fence. "*", "_" and "`" are escaped inline
// already.
func escapeStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>':
		return `\` + s
	case '-', '+':
		if len(s) == 1 || s[1] == ' ' || s[1] == '\t' || onlyOf(s, s[0]) {
			return `\` + s
		}
	case '=':
		if onlyOf(s, '=') {
			return `\` + s
		}
	case '~':
		if strings.HasPrefix(s, "~~~") {
			return `\` + s
		}
	}
	// An ordered list marker: up to nine digits, then "." or ")", then a
	// space or the end of the line.
	n := 0
	for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n <= 9 && n < len(s) && (s[n] == '.' || s[n] == ')') &&
		(n+1 == len(s) || s[n+1] == ' ' || s[n+1] == '\t') {
		return s[:n] + `\` + s[n:]
	}
	return s
}

// onlyOf reports whether s holds nothing but the byte c, spaces and tabs,
// as a thematic break ("- - -") or a setext underline ("===") does.
func onlyOf(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != c && s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// writeFrontMatter writes the known fields as YAML, every string
// double-quoted so that no value (a "yes", a "12:30", a leading "@") is
// read as anything but a string.
func writeFrontMatter(b *strings.Builder, a *Article) {
	b.WriteString("---\n")
	field := func(key, value string) {
		if value != "" {
			b.WriteString(key + ": " + yamlQuote(value) + "\n")
		}
	}
	field("headline", a.Headline)
	field("dek", a.Dek)
	field("byline", a.Byline)
	if len(a.Authors) > 0 {
		b.WriteString("authors:\n")
		for _, name := range a.Authors {
			b.WriteString("  - " + yamlQuote(name) + "\n")
		}
	}
	field("timestamp", a.Timestamp)
	field("modified", a.Modified)
	field("dateline", a.Dateline)
	field("section", a.Section)
	field("site_name", a.SiteName)
	field("language", a.Language)
	field("url", a.URL)
	field("image", a.Image)
	if s := a.Source; s != nil && (s.Path != "" || s.Format != "" || s.Charset != "") {
		b.WriteString("source:\n")
		for _, kv := range [][2]string{{"path", s.Path}, {"format", s.Format}, {"charset", s.Charset}} {
			if kv[1] != "" {
				b.WriteString("  " + kv[0] + ": " + yamlQuote(kv[1]) + "\n")
			}
		}
	}
	b.WriteString("---\n\n")
}

// yamlQuote writes s as a YAML double-quoted scalar. Only "\" and '"' and
// the characters YAML does not allow raw (controls, the Unicode line and
// paragraph separators, BOM) are escaped, with the escapes YAML shares with
// JSON, so that the value is also a JSON string; other text stays as it is.
func yamlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == utf8.RuneError && isInvalidAt(s, i):
			b.WriteString(`\uFFFD`)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f ||
			r == 0x2028 || r == 0x2029 || r == 0xfeff:
			b.WriteString(`\u` + hex4(int(r)))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func isInvalidAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

const hexDigits = "0123456789ABCDEF"

func hex2(n int) string { return string([]byte{hexDigits[n>>4&15], hexDigits[n&15]}) }
func hex4(n int) string { return hex2(n>>8) + hex2(n&0xff) }
