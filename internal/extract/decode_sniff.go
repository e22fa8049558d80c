package extract

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"
)

// magic is a file signature of something that is not a page.
type magic struct {
	offset int
	sig    string
	kind   string
}

// magics lists the signatures of files people feed a page reader by
// mistake. Only signatures that no page can start with belong here.
var magics = []magic{
	{0, "\x89PNG\r\n\x1a\n", "a PNG image"},
	{0, "\xFF\xD8\xFF", "a JPEG image"},
	{0, "GIF87a", "a GIF image"},
	{0, "GIF89a", "a GIF image"},
	{0, "%PDF-", "a PDF document"},
	{0, "PK\x03\x04", "a ZIP archive"},
	{0, "PK\x05\x06", "a ZIP archive"},
	{0, "PK\x07\x08", "a ZIP archive"},
	{0, "II*\x00", "a TIFF image"},
	{0, "MM\x00*", "a TIFF image"},
	{0, "\x00\x00\x01\x00", "an icon"},
	{0, "BZh91AY&SY", "a bzip2 archive"},
	{0, "\xFD7zXZ\x00", "an xz archive"},
	{0, "\x28\xB5\x2F\xFD", "a zstd archive"},
	{0, "7z\xBC\xAF\x27\x1C", "a 7z archive"},
	{0, "Rar!\x1A\x07", "a RAR archive"},
	{257, "ustar", "a tar archive"},
	{0, "\x7FELF", "an executable"},
	{0, "MZ\x90\x00", "an executable"},
	{0, "\xCA\xFE\xBA\xBE", "a compiled program"},
	{0, "\xCF\xFA\xED\xFE", "an executable"},
	{0, "\x00asm", "a WebAssembly module"},
	{0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an Office document"},
	{0, "SQLite format 3\x00", "an SQLite database"},
	{0, "wOFF", "a font"},
	{0, "wOF2", "a font"},
	{0, "OggS", "an audio or video file"},
	{0, "ID3\x02", "an MP3 file"},
	{0, "ID3\x03", "an MP3 file"},
	{0, "ID3\x04", "an MP3 file"},
	{0, "fLaC", "an audio file"},
	{0, "\x1A\x45\xDF\xA3", "a video file"},
	{4, "ftyp", "a video file"},
	{0, "\xFF\xFE\x00\x00", "UTF-32 text (not supported)"},
	{0, "\x00\x00\xFE\xFF", "UTF-32 text (not supported)"},
}

// fileKind names the kind of a file that is not a page by its signature,
// or returns "".
func fileKind(b []byte) string {
	if len(b) >= 12 && string(b[:4]) == "RIFF" {
		switch string(b[8:12]) {
		case "WEBP":
			return "a WebP image"
		case "WAVE":
			return "an audio file"
		case "AVI ":
			return "a video file"
		}
	}
	for _, m := range magics {
		if len(b) >= m.offset+len(m.sig) && string(b[m.offset:m.offset+len(m.sig)]) == m.sig {
			return m.kind
		}
	}
	return ""
}

// binaryReason says why bytes (in an ASCII-compatible charset) look like
// binary data rather than text, or returns "". Text has almost no control
// bytes other than tab, line ends, form feed and the escape of
// ISO-2022-JP (real pages hold well under one in a thousand); a page with
// a few NULs in it is still a page (they are removed). Bytes of no known
// format (compressed or encrypted data, a truncated image) hold about one
// control byte in ten, so the bar stands at one in fifty: a tenth let
// about half of such files through, read as windows-1251 text.
func binaryReason(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	ctl := binaryControls(b)
	if ctl > binaryFewControls && ctl*binaryControlShare > len(b) {
		return fmt.Sprintf("looks binary (%d%% control bytes)", ctl*100/len(b))
	}
	return ""
}

// binaryFewControls is how many control bytes any page may hold whatever
// its length, and 1/binaryControlShare the share above which bytes are
// not text.
const (
	binaryFewControls  = 4
	binaryControlShare = 50
)

// htmlStarts are the tags a saved HTML page starts with (after a BOM,
// white space, comments and an XML declaration).
var htmlStarts = []string{"<!doctype", "<html", "<head", "<body"}

// headStarts are the tags a page that omits <html> and <head> starts
// with. Text copied from a page with scripts off can start with them too
// (the markup of a <noscript>), so they need the end of the head or a
// title to follow.
var headStarts = []string{"<meta", "<title", "<base", "<link", "<script", "<style"}

// htmlTags are common elements whose tags, counted, tell markup from text
// that only mentions a tag or two.
var htmlTags = map[string]bool{
	"a": true, "abbr": true, "article": true, "aside": true, "b": true, "blockquote": true,
	"body": true, "br": true, "button": true, "caption": true, "code": true, "dd": true,
	"div": true, "dl": true, "dt": true, "em": true, "figcaption": true, "figure": true,
	"footer": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "head": true, "header": true, "hr": true, "html": true,
	"i": true, "iframe": true, "img": true, "input": true, "label": true, "li": true,
	"link": true, "main": true, "meta": true, "nav": true, "noscript": true, "ol": true,
	"option": true, "p": true, "picture": true, "pre": true, "script": true,
	"section": true, "select": true, "source": true, "span": true, "strong": true,
	"style": true, "sub": true, "sup": true, "svg": true, "table": true, "tbody": true,
	"td": true, "th": true, "thead": true, "time": true, "title": true, "tr": true,
	"u": true, "ul": true,
}

// looksHTML tells an HTML page from raw page text by its first bytes (in
// an ASCII-compatible charset or UTF-8). Saved pages start with a doctype
// or a document tag, after a BOM, white space, comments or an XML
// declaration; a fragment or a page prefixed by a server's warning starts
// with some other tag. Tag density is only a last resort and its bar is
// high: pages carry so much script in their head that their first 64 KiB
// can hold under one tag per KiB, while text copied from a page that shows
// markup (a tutorial, a comment quoting HTML) reaches eight.
func looksHTML(b []byte) bool {
	b = b[:min(len(b), sniffLen)]
	rest := bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n\f\x00")
		if hasPrefixFold(rest, "<!--") {
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				break
			}
			rest = rest[4+end+3:]
			continue
		}
		if bytes.HasPrefix(rest, []byte("<?")) {
			end := bytes.Index(rest, []byte("?>"))
			if end < 0 {
				break
			}
			rest = rest[end+2:]
			continue
		}
		break
	}
	for _, s := range htmlStarts {
		if hasPrefixFold(rest, s) && len(rest) > len(s) && isTagEnd(rest[len(s)]) {
			return true
		}
	}
	for _, s := range headStarts {
		if hasPrefixFold(rest, s) && len(rest) > len(s) && isTagEnd(rest[len(s)]) &&
			(containsFold(rest, "</head") || containsFold(rest, "<body") || containsFold(rest, "</title")) {
			return true
		}
	}
	// A doctype or <html> at the start of a line after a server's
	// warning: the warning is a line or two of text, or many lines of
	// markup.
	if i := docTagAtLineStart(b); i >= 0 {
		if i < 1024 {
			return true
		}
		if name, _, ok := tagAt(rest); ok && htmlTags[name] {
			return true
		}
	}

	var tags, closing int
	for i := bytes.IndexByte(b, '<'); i >= 0; {
		if name, end, ok := tagAt(b[i:]); ok && htmlTags[name] {
			tags++
			if end {
				closing++
			}
		}
		j := bytes.IndexByte(b[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return tags >= 4 && closing >= 2 && tags<<10 >= 16*len(b)
}

// docTagAtLineStart returns the offset of the first "<!doctype html" or
// "<html" tag that starts a line, or -1.
func docTagAtLineStart(b []byte) int {
	for i := bytes.IndexByte(b, '<'); i >= 0; {
		if i == 0 || b[i-1] == '\n' {
			if hasPrefixFold(b[i:], "<!doctype html") || hasPrefixFold(b[i:], "<html") && len(b) > i+5 && isTagEnd(b[i+5]) {
				return i
			}
		}
		j := bytes.IndexByte(b[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}

// tagAt reads the name of a start or end tag at the start of b, in lower
// case.
func tagAt(b []byte) (name string, end, ok bool) {
	if len(b) < 3 || b[0] != '<' {
		return "", false, false
	}
	j := 1
	if b[j] == '/' {
		end = true
		j++
	}
	k := j
	for k < len(b) && k-j < 12 && isASCIIAlnum(b[k]) {
		k++
	}
	if k == j || k >= len(b) || !isTagEnd(b[k]) {
		return "", false, false
	}
	return string(bytes.ToLower(b[j:k])), end, true
}

func isTagEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '>' || c == '/'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// hasPrefixFold is bytes.HasPrefix ignoring ASCII case; prefix is lower
// case.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// declaredCharset returns the charset label an HTML page declares in
// <meta charset> or <meta http-equiv="content-type" content="...;
// charset=...">, following the WHATWG prescan (as x/net/html/charset's
// DetermineEncoding does) but over the whole <head>, up to sniffLen bytes,
// rather than the first 1024 bytes. It returns "" when nothing is
// declared. A declared UTF-16 means UTF-8, since the bytes being read are
// ASCII-compatible.
func declaredCharset(b []byte) string {
	b = b[:min(len(b), sniffLen)]
	if !containsFold(b, "charset") {
		return "" // no declaration: skip the tokenizer
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	z.SetMaxBuf(len(b) + 1)
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" {
				continue
			}
			var charset, content string
			pragma := false
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				switch string(key) {
				case "charset":
					if charset == "" {
						charset = string(val)
					}
				case "http-equiv":
					pragma = pragma || string(bytes.ToLower(val)) == "content-type"
				case "content":
					if content == "" {
						content = string(val)
					}
				}
			}
			label := charset
			if label == "" && pragma {
				label = charsetFromContentType(content)
			}
			if label = string(bytes.TrimSpace([]byte(label))); label == "" {
				continue
			}
			if hasPrefixFold([]byte(label), "utf-16") {
				return "utf-8"
			}
			return label
		}
	}
}

// charsetFromContentType extracts the charset parameter of a
// content-type value, as the WHATWG "algorithm for extracting a character
// encoding from a meta element" does.
func charsetFromContentType(s string) string {
	b := []byte(s)
	for {
		i := indexFold(b, "charset")
		if i < 0 {
			return ""
		}
		b = b[i+len("charset"):]
		rest := bytes.TrimLeft(b, " \t\n\f\r")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\n\f\r")
		if len(rest) == 0 {
			return ""
		}
		if q := rest[0]; q == '"' || q == '\'' {
			end := bytes.IndexByte(rest[1:], q)
			if end < 0 {
				return ""
			}
			return string(rest[1 : 1+end])
		}
		end := bytes.IndexAny(rest, " \t\n\f\r;")
		if end < 0 {
			end = len(rest)
		}
		return string(rest[:end])
	}
}

func containsFold(b []byte, s string) bool { return indexFold(b, s) >= 0 }

// indexFold is bytes.Index ignoring ASCII case; s is lower case.
func indexFold(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if hasPrefixFold(b[i:], s) {
			return i
		}
	}
	return -1
}
