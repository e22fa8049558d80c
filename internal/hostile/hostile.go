// Package hostile writes the hostile and broken inputs that extract must
// survive: pages built to exhaust the parser, bytes that are not a page,
// damaged encodings, archives that try to write outside the output folder,
// and file system entries that are not plain files. The set is generated,
// never committed: some files are tens of megabytes, and a generator says
// exactly what each one holds.
//
// Run "go run ./internal/hostile/cmd DIR" (or "make hostile") to look at
// the files; the tests in this package generate them in a temporary folder
// and assert what the extract command does with each.
package hostile

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf16"
)

// Article is a short page that both paths read as an article; the hostile
// files that should still give an article are built around it.
const Article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves the river bridge</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
<h1>Council approves the river bridge</h1>
<p class="byline">By Jane Doe</p>
<p>The city council approved the new river bridge on Tuesday evening, after a debate that lasted more than four hours.</p>
<p>Work on the bridge is expected to begin next spring and to take about two years, according to the city engineer.</p>
<p>Residents of both banks have asked for a crossing for decades, and many of them came to the meeting to watch the vote.</p>
</article><footer>© 2025 City News</footer></body></html>
`

// ArticleText is the same article as raw page text.
const ArticleText = "Home News\n\nCouncil approves the river bridge\n\nBy Jane Doe\n\n" +
	"The city council approved the new river bridge on Tuesday evening, after a debate that lasted more than four hours.\n\n" +
	"Work on the bridge is expected to begin next spring and to take about two years, according to the city engineer.\n\n" +
	"Residents of both banks have asked for a crossing for decades, and many of them came to the meeting to watch the vote.\n\n" +
	"© 2025 City News\n"

// Sizes of the large cases.
const (
	DeepLevels    = 100_000
	ManyNodes     = 5_000_000
	LongLineBytes = 50 << 20
	BombBytes     = 100 << 20 // what the gzip bomb expands to
)

// The names of the generated entries, relative to the folder given to
// Generate.
const (
	Deep          = "deep.html"            // 100,000 nested <div>
	Nodes         = "nodes.html"           // 5 million nodes, 40 MB
	LongLine      = "longline.txt"         // 50 MB without a line end
	BigText       = "bigtext.html"         // one paragraph of 50 MB
	ScriptOnly    = "script-only.html"     // only <script> elements
	NULs          = "nul.html"             // the article with NUL bytes inside words
	NULSprinkled  = "nul-sprinkled.html"   // a NUL after every seventh byte
	NULOnly       = "nul-only.html"        // 64 KiB of NUL bytes
	MixedUTF8     = "mixed-utf8.html"      // UTF-8 with windows-1252 bytes among it
	InvalidUTF8   = "invalid-utf8.txt"     // bytes that are no UTF-8 at all
	UTF16NoBOM    = "utf16-nobom.txt"      // the article text in UTF-16LE, no BOM
	PNG           = "photo.html"           // a PNG image named .html
	PDF           = "report.html"          // a PDF named .html
	ZIP           = "bundle.html"          // a zip archive named .html
	Empty         = "empty.html"           // zero bytes
	Bomb          = "bomb.html.gz"         // gzip of 100 MiB of markup, about 100 KB
	Traversal     = "traversal.tar"        // members ../, absolute, a/../../, and one good page
	Tree          = "tree"                 // a folder with the entries below
	TreePage      = "tree/page.html"       // a good page
	TreeLinkOut   = "tree/link-out.html"   // symbolic link to ../outside/secret.html
	TreeFIFO      = "tree/pipe.html"       // a named pipe nobody writes to
	TreeNoRead    = "tree/unreadable.html" // mode 000
	Outside       = "outside/secret.html"  // what the link points at
	Vanish        = "vanish"               // a folder for the file that vanishes mid-run
	VanishSlow    = "vanish/a-slow.html"   // 180,000 nodes: about a second of work
	VanishPage    = "vanish/b-page.html"   // a good page, read while a-slow is extracted
	VanishGone    = "vanish/c-gone.html"   // deleted by the test while a-slow is extracted
	TraversalGood = "ok/page.html"         // the good member of traversal.tar
)

// TraversalMembers are the member names of traversal.tar, the good one
// last.
var TraversalMembers = []string{"../escape.html", "/tmp/extract-hostile-abs.html", "a/../../climb.html", TraversalGood}

// Generate writes every case under dir, which must exist.
func Generate(dir string) error {
	steps := []struct {
		name string
		fn   func(string) error
	}{
		{Deep, writeWith(func(w *bufio.Writer) {
			w.WriteString("<html><body>")
			repeat(w, "<div>", DeepLevels)
			w.WriteString("<p>The innermost paragraph of a page nested a hundred thousand levels deep.</p>")
			repeat(w, "</div>", DeepLevels)
			w.WriteString("</body></html>\n")
		})},
		{Nodes, writeWith(func(w *bufio.Writer) {
			w.WriteString("<html><body>")
			repeat(w, "<p>a</p>", ManyNodes/2)
			w.WriteString("</body></html>\n")
		})},
		{LongLine, writeWith(func(w *bufio.Writer) {
			repeat(w, "word ", LongLineBytes/5)
		})},
		{BigText, writeWith(func(w *bufio.Writer) {
			w.WriteString("<html><body><p>")
			repeat(w, "word ", LongLineBytes/5)
			w.WriteString("</p></body></html>\n")
		})},
		{ScriptOnly, writeBytes([]byte("<html><head><script>var a = 1;</script></head><body><script>" +
			strings.Repeat("document.write('<p>' + a + '</p>');\n", 200) + "</script><script src=x.js></script></body></html>\n"))},
		{NULs, writeBytes([]byte(strings.NewReplacer("Tuesday", "Tues\x00day", "four hours", "four\x00\x00 hours",
			"engineer", "engi\x00neer").Replace(Article)))},
		{NULSprinkled, writeBytes(sprinkle([]byte(Article), 0, 7))},
		{NULOnly, writeBytes(make([]byte, 64<<10))},
		{MixedUTF8, writeBytes([]byte(strings.ReplaceAll(strings.ReplaceAll(Article,
			"approved the new", "approved the \x93new\x94"), "next spring", "next spring \x96 or \xe9t\xe9, said the café owner")))},
		{InvalidUTF8, writeBytes(invalidUTF8())},
		{UTF16NoBOM, writeBytes(utf16LE(ArticleText))},
		{PNG, writeBytes(append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0x10, 0x80, 0xff, 0}, 256)...))},
		{PDF, writeBytes([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + strings.Repeat("stream\n\x00\x01\x02\xff endstream\n", 50) + "%%EOF\n"))},
		{ZIP, func(p string) error { return os.WriteFile(p, zipOf("index.html", Article), 0o644) }},
		{Empty, writeBytes(nil)},
		{Bomb, writeBomb},
		{Traversal, writeTraversal},
		{TreePage, writeBytes([]byte(Article))},
		{Outside, writeBytes([]byte(Article))},
		{TreeLinkOut, func(p string) error { return os.Symlink(filepath.Join("..", "outside", "secret.html"), p) }},
		{TreeFIFO, func(p string) error { return syscall.Mkfifo(p, 0o644) }},
		{TreeNoRead, func(p string) error {
			if err := os.WriteFile(p, []byte(Article), 0o644); err != nil {
				return err
			}
			return os.Chmod(p, 0)
		}},
		{VanishSlow, writeWith(func(w *bufio.Writer) {
			w.WriteString("<html><body>")
			repeat(w, "<p>word</p>\n", 60_000)
			w.WriteString("</body></html>\n")
		})},
		{VanishPage, writeBytes([]byte(Article))},
		{VanishGone, writeBytes([]byte(Article))},
	}
	for _, s := range steps {
		p := filepath.Join(dir, filepath.FromSlash(s.name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("hostile: %s: %w", s.name, err)
		}
		if err := s.fn(p); err != nil {
			return fmt.Errorf("hostile: %s: %w", s.name, err)
		}
	}
	return nil
}

func writeBytes(b []byte) func(string) error {
	return func(p string) error { return os.WriteFile(p, b, 0o644) }
}

// writeWith streams a large file, so that generating it costs no memory.
func writeWith(fill func(*bufio.Writer)) func(string) error {
	return func(p string) error {
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 1<<20)
		fill(w)
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
}

func repeat(w *bufio.Writer, s string, n int) {
	chunk := strings.Repeat(s, max(1, (64<<10)/len(s)))
	per := len(chunk) / len(s)
	for ; n >= per; n -= per {
		w.WriteString(chunk)
	}
	w.WriteString(strings.Repeat(s, n))
}

// sprinkle puts c after every n-th byte of b.
func sprinkle(b []byte, c byte, n int) []byte {
	out := make([]byte, 0, len(b)+len(b)/n)
	for i, x := range b {
		out = append(out, x)
		if i%n == n-1 {
			out = append(out, c)
		}
	}
	return out
}

// invalidUTF8 is lines of lone continuation bytes, overlong forms,
// surrogates and bytes that never occur in UTF-8.
func invalidUTF8() []byte {
	var b bytes.Buffer
	for i := 0; i < 200; i++ {
		b.Write([]byte{0x80, 0xbf, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xfe, 0xff, 0xc1, 0x81, ' '})
		if i%8 == 7 {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

func utf16LE(s string) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2*len(u))
	for i, c := range u {
		binary.LittleEndian.PutUint16(b[2*i:], c)
	}
	return b
}

func zipOf(name, body string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create(name)
	w.Write([]byte(body))
	zw.Close()
	return buf.Bytes()
}

func writeBomb(p string) error {
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	chunk := bytes.Repeat([]byte("<div>"), 1<<16)
	for n := 0; n < BombBytes; n += len(chunk) {
		if _, err := zw.Write(chunk); err != nil {
			f.Close()
			return err
		}
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeTraversal(p string) error {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, name := range TraversalMembers {
		body := []byte(Article)
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		if _, err := tw.Write(body); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return os.WriteFile(p, buf.Bytes(), 0o644)
}
