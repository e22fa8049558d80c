package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// The decode stage turns input bytes into UTF-8 text in four steps:
// gunzip (by magic bytes), refuse what is not a page (images, archives,
// binary), choose the path (HTML or raw page text) and choose the charset.
// The charset rules, in order:
//
//  1. opts.Encoding, when given, wins over everything (a BOM is still
//     stripped).
//  2. A BOM (UTF-8, UTF-16LE, UTF-16BE), or UTF-16 recognised without a BOM
//     by its pattern of NUL bytes.
//  3. HTML only: the charset the page declares in <meta charset> or
//     <meta http-equiv=content-type>, found by the browser's prescan,
//     extended past its 1024 bytes to the whole <head> because saved pages
//     often carry kilobytes of scripts before the declaration. Two
//     deliberate departures from a browser: a page declaring a legacy
//     charset whose bytes are valid UTF-8 with non-ASCII sequences is read
//     as UTF-8 (servers and editors re-encode pages and leave the old
//     declaration behind; genuine legacy text is practically never valid
//     UTF-8: 8 of the ~2,400 dev-corpus pages are such, and their curly
//     quotes come out right only this way), and a page declaring UTF-8
//     that is not is handled by decodeClaimedUTF8.
//  4. ISO-2022-JP by its escapes (it is 7-bit, so valid UTF-8 too). Valid
//     UTF-8 is UTF-8: browsers fall back to windows-1252 when nothing is
//     declared, but undeclared pages today are nearly all UTF-8. UTF-8
//     with some damage (at least as many valid sequences as invalid
//     bytes) stays UTF-8, with U+FFFD for the damage.
//  5. Otherwise the statistical detector in decode_detect.go chooses among
//     the legacy charsets pages are saved in.

const (
	// defaultMaxBytes is the largest input accepted when
	// Options.MaxBytes is 0, measured after gunzip.
	defaultMaxBytes = 64 << 20
	// maxGzipRatio bounds how many times gzip data may expand. Pages
	// compress 4 to 20 times; a gzip bomb about a thousand.
	maxGzipRatio = 100
	// gzipRatioFloor is the output below which the ratio is not checked,
	// so that a small page of repeated markup is never refused.
	gzipRatioFloor = 4 << 20
	// maxGzipLayers bounds gzip inside gzip.
	maxGzipLayers = 3
	// sniffLen is how much of the input the format and charset sniffers
	// read.
	sniffLen = 64 << 10
)

// document is a page decoded to UTF-8, with what decided its reading.
type document struct {
	text    string
	format  Format
	charset string // canonical lower-case WHATWG name, e.g. "utf-8", "gbk"
	gzipped bool   // the input was gzip-compressed
	// replaced counts the invalid bytes or sequences turned into U+FFFD.
	replaced int
}

// decode gunzips, sniffs the format and converts the page to UTF-8.
func decode(src []byte, opts Options) (*document, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = defaultMaxBytes
	}
	if int64(len(src)) > limit {
		return nil, fmt.Errorf("input is %s, more than the limit of %s", byteSize(int64(len(src))), byteSize(limit))
	}
	if len(src) == 0 {
		return nil, errors.New("input is empty")
	}
	doc := &document{}
	for layer := 0; isGzip(src); layer++ {
		if layer == maxGzipLayers {
			return nil, fmt.Errorf("gzip: compressed more than %d times over", maxGzipLayers)
		}
		out, err := gunzip(src, limit)
		if err != nil {
			return nil, err
		}
		src, doc.gzipped = out, true
	}
	if len(src) == 0 {
		return nil, errors.New("input is empty after gunzip")
	}
	if kind := fileKind(src); kind != "" {
		return nil, fmt.Errorf("input is %s, not a page", kind)
	}

	text, err := toUTF8(src, opts, doc)
	if err != nil {
		return nil, err
	}
	text = cleanText(text)
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("input holds only white space")
	}
	doc.text = text
	return doc, nil
}

// toUTF8 chooses the format and the charset and returns the text in UTF-8;
// it fills doc.format, doc.charset and doc.replaced.
func toUTF8(src []byte, opts Options, doc *document) (string, error) {
	format := func(b []byte) Format {
		if opts.Input != FormatAuto {
			return opts.Input
		}
		if looksHTML(b) {
			return FormatHTML
		}
		return FormatText
	}

	if opts.Encoding != "" {
		enc, name, err := lookupEncoding(opts.Encoding)
		if err != nil {
			return "", err
		}
		// Any BOM goes: it is not content, even when it contradicts the
		// user.
		_, n := bomCharset(src)
		src = src[n:]
		if !strings.HasPrefix(name, "utf-16") {
			if bin := binaryReason(src[:min(len(src), 8<<10)]); bin != "" {
				return "", fmt.Errorf("input %s, not a page", bin)
			}
		}
		text, err := decodeWith(enc, name, src, doc)
		if err != nil {
			return "", err
		}
		doc.format = format([]byte(text[:min(len(text), sniffLen)]))
		return text, nil
	}

	if name, n := bomCharset(src); name != "" {
		doc.charset = name
		src = src[n:]
		if name == "utf-8" {
			doc.format = format(src)
			text, bad := utf8String(src)
			doc.replaced = bad
			return text, nil
		}
		text := decodeUTF16(src, name)
		doc.format = format([]byte(text[:min(len(text), sniffLen)]))
		return text, nil
	}
	if name := sniffUTF16(src); name != "" {
		text := decodeUTF16(src, name)
		if bin := binaryReason([]byte(text[:min(len(text), 8<<10)])); bin != "" {
			return "", fmt.Errorf("input %s, not a page", bin)
		}
		doc.charset = name
		doc.format = format([]byte(text[:min(len(text), sniffLen)]))
		return text, nil
	}
	if bin := binaryReason(src[:min(len(src), 8<<10)]); bin != "" {
		return "", fmt.Errorf("input %s, not a page", bin)
	}

	doc.format = format(src)
	if doc.format == FormatHTML {
		if label := declaredCharset(src); label != "" {
			return decodeDeclared(src, label, doc)
		}
	}
	if hasISO2022JPEscape(src) {
		// 7-bit, so also valid UTF-8, but for its escapes.
		return decodeNamed("iso-2022-jp", src, doc)
	}
	if utf8.Valid(src) {
		doc.charset = "utf-8"
		return string(src), nil
	}
	if mostlyUTF8(src) {
		// A UTF-8 page with a few stray bytes (a truncated character, a
		// pasted Latin-1 quote) stays UTF-8.
		doc.charset = "utf-8"
		text, bad := utf8String(src)
		doc.replaced = bad
		return text, nil
	}
	name, _ := detectCharset(src)
	return decodeNamed(name, src, doc)
}

// decodeDeclared reads an HTML page in the charset its <meta> declares.
func decodeDeclared(src []byte, label string, doc *document) (string, error) {
	enc, name, err := lookupEncoding(label)
	if err != nil {
		// An unknown label in a page is the page's mistake, not the
		// user's: read it as if nothing were declared.
		name = ""
	}
	if name == "x-user-defined" {
		// The prescan reads this label as windows-1252 (WHATWG).
		enc, name, _ = lookupEncoding("windows-1252")
	}
	switch {
	case name == "" || name == "replacement":
		if utf8.Valid(src) {
			doc.charset = "utf-8"
			return string(src), nil
		}
		det, _ := detectCharset(src)
		return decodeNamed(det, src, doc)
	case name == "utf-8":
		return decodeClaimedUTF8(src, doc)
	case name != "iso-2022-jp" && utf8.Valid(src) && hasMultibyteUTF8(src):
		doc.charset = "utf-8"
		return string(src), nil
	}
	return decodeWith(enc, name, src, doc)
}

// decodeClaimedUTF8 reads a page that declares UTF-8. Valid UTF-8 is
// the common case. When it is not valid:
//   - if valid multi-byte sequences are at least half as many as invalid
//     bytes, the page is UTF-8 with some damage (a truncated character,
//     Latin-1 bytes pasted into a template) and the invalid bytes become
//     U+FFFD. Legacy text is not UTF-8 by chance that often: GBK, Big5,
//     Shift_JIS or EUC-KR text yields about one valid sequence for four
//     invalid bytes, single-byte text almost none;
//   - else the declaration is wrong (typically a legacy page served with
//     a new template) and, if the detector finds a legacy charset that
//     reads the bytes plausibly, that charset is used;
//   - else the page is hopeless and an error says so, rather than
//     handing on text made of replacement characters.
func decodeClaimedUTF8(src []byte, doc *document) (string, error) {
	if utf8.Valid(src) {
		doc.charset = "utf-8"
		return string(src), nil
	}
	good, bad := utf8Counts(src)
	if good*2 >= bad {
		doc.charset = "utf-8"
		text, n := utf8String(src)
		doc.replaced = n
		return text, nil
	}
	name, score := detectCharset(src)
	if score >= plausibleScore {
		return decodeNamed(name, src, doc)
	}
	return "", fmt.Errorf("page declares utf-8 but %d of its %d non-ASCII sequences are invalid utf-8 and no other charset reads it", bad, good+bad)
}

// lookupEncoding resolves a WHATWG label to an encoding and its canonical
// name.
func lookupEncoding(label string) (encoding.Encoding, string, error) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, "", fmt.Errorf("unknown encoding %q", strings.TrimSpace(label))
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, "", fmt.Errorf("unknown encoding %q", strings.TrimSpace(label))
	}
	if name == "replacement" {
		// WHATWG maps a few dangerous labels (iso-2022-kr, hz-gb-2312...)
		// to an encoding that only outputs U+FFFD.
		return nil, "", fmt.Errorf("encoding %q is not supported", strings.TrimSpace(label))
	}
	return enc, name, nil
}

// decodeNamed decodes src with a charset known by its canonical name.
func decodeNamed(name string, src []byte, doc *document) (string, error) {
	enc, name, err := lookupEncoding(name)
	if err != nil {
		return "", err
	}
	return decodeWith(enc, name, src, doc)
}

// decodeWith decodes src and records the charset in doc.
func decodeWith(enc encoding.Encoding, name string, src []byte, doc *document) (string, error) {
	switch name {
	case "utf-8":
		doc.charset = name
		text, bad := utf8String(src)
		doc.replaced = bad
		return text, nil
	case "utf-16le", "utf-16be":
		doc.charset = name
		return decodeUTF16(src, name), nil
	case "gbk", "gb18030":
		// The WHATWG gbk decoder is the gb18030 decoder: pages labelled
		// gbk or gb2312 do use its four-byte sequences.
		enc = simplifiedchinese.GB18030
		name = "gbk"
		if hasGB18030FourByte(src) {
			name = "gb18030"
		}
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return "", fmt.Errorf("decoding %s: %w", name, err)
	}
	doc.charset = name
	doc.replaced = bytes.Count(out, []byte("\uFFFD")) - bytes.Count(src, []byte("\uFFFD"))
	if doc.replaced < 0 {
		doc.replaced = 0
	}
	return string(out), nil
}

// isGzip reports gzip's magic bytes (and the deflate method byte).
func isGzip(b []byte) bool {
	return len(b) >= 3 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8
}

// gunzip expands gzip data (all members), refusing output beyond limit
// bytes or beyond maxGzipRatio times the input, without ever holding more
// than that in memory. Bytes after a complete member that do not start
// another member (padding, junk) are ignored, as gzip(1) does.
func gunzip(src []byte, limit int64) ([]byte, error) {
	bound, bomb := limit, false
	if r := max(int64(len(src))*maxGzipRatio, gzipRatioFloor); r < bound {
		bound, bomb = r, true
	}
	var buf bytes.Buffer
	if len(src) >= 18 {
		// The trailer holds the last member's size mod 2³²: a hint only,
		// so it is capped.
		hint := int64(binary.LittleEndian.Uint32(src[len(src)-4:]))
		buf.Grow(int(min(hint, bound, 64<<20)) + 1)
	}
	// A bytes.Reader is an io.ByteReader, so the gzip reader takes no
	// more than each member and r stays at the next one.
	r := bytes.NewReader(src)
	var zr gzip.Reader
	for first := true; first || (r.Len() >= 3 && isGzip(src[len(src)-r.Len():])); first = false {
		err := zr.Reset(r)
		if err == nil {
			zr.Multistream(false)
			_, err = io.Copy(&buf, io.LimitReader(&zr, bound+1-int64(buf.Len())))
		}
		if int64(buf.Len()) > bound {
			if bomb {
				return nil, fmt.Errorf("gzip: data expands more than %d times (%s to over %s): refused as a gzip bomb", maxGzipRatio, byteSize(int64(len(src))), byteSize(bound))
			}
			return nil, fmt.Errorf("gzip: decompressed size exceeds the limit of %s", byteSize(limit))
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, errors.New("gzip: data is truncated")
		}
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
	}
	return buf.Bytes(), nil
}

// bomCharset returns the charset a byte order mark names and its length.
func bomCharset(b []byte) (string, int) {
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		return "utf-8", 3
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		return "utf-16le", 2
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		return "utf-16be", 2
	}
	return "", 0
}

// sniffUTF16 recognises UTF-16 without a BOM by its NUL bytes: ASCII
// characters put a NUL in every other byte, always on the same side.
// CJK text with almost no ASCII has no NULs and is not recognised.
func sniffUTF16(b []byte) string {
	b = b[:min(len(b), 4<<10)&^1]
	pairs := len(b) / 2
	if pairs < 2 || noNUL(b) {
		// With no NUL, neither count below can reach a tenth.
		return ""
	}
	var even, odd int
	for i := 0; i < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= pairs && even*100 <= pairs:
		return "utf-16le"
	case even*10 >= pairs && odd*100 <= pairs:
		return "utf-16be"
	}
	return ""
}

// decodeUTF16 decodes UTF-16 (without its BOM); lone surrogates become
// U+FFFD and an odd final byte is dropped.
func decodeUTF16(b []byte, name string) string {
	order := unicode.LittleEndian
	if name == "utf-16be" {
		order = unicode.BigEndian
	}
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(b[:len(b)&^1])
	if err != nil {
		// The UTF-16 decoder replaces what it cannot read; it has no
		// error to return, but never lose the page over one.
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// utf8String returns b as a string with each run of invalid bytes replaced
// by U+FFFD, and the number of runs replaced.
func utf8String(b []byte) (string, int) {
	if utf8.Valid(b) {
		return string(b), 0
	}
	_, bad := utf8Counts(b)
	return strings.ToValidUTF8(string(b), "\uFFFD"), bad
}

// utf8Counts counts valid multi-byte sequences and invalid bytes.
func utf8Counts(b []byte) (good, bad int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	return good, bad
}

// mostlyUTF8 reports bytes that are UTF-8 with some damage: at least as
// many valid multi-byte sequences as invalid bytes (legacy CJK text has
// about one for four, see decodeClaimedUTF8).
func mostlyUTF8(b []byte) bool {
	good, bad := utf8Counts(b[:min(len(b), 1<<20)])
	return good >= 8 && good >= bad
}

// hasMultibyteUTF8 reports a non-ASCII byte (in bytes known to be valid
// UTF-8, that is a multi-byte sequence).
func hasMultibyteUTF8(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// hasGB18030FourByte reports a GB18030 four-byte sequence (lead, digit,
// lead, digit), which GBK proper lacks.
func hasGB18030FourByte(b []byte) bool {
	for i := 0; i+3 < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		if c == 0x80 || c == 0xFF {
			continue
		}
		if d := b[i+1]; d >= '0' && d <= '9' {
			return true
		}
		i++ // skip the trail byte of a two-byte sequence
	}
	return false
}

// hasISO2022JPEscape reports the escape sequences of ISO-2022-JP, a 7-bit
// Japanese charset that is otherwise valid ASCII.
func hasISO2022JPEscape(b []byte) bool {
	b = b[:min(len(b), sniffLen)]
	// Pages hold no ESC at all but for a few: one search for the byte
	// spares the two for the escapes.
	if bytes.IndexByte(b, 0x1b) < 0 {
		return false
	}
	return bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@"))
}

// cleanText strips a leading BOM and NUL bytes, and turns CRLF and CR
// line ends into LF.
func cleanText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// byteSize formats a size for messages: 64 MiB, 1.5 KiB, 12 bytes.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
