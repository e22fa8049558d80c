package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/extract-dev/extract/internal/model"
)

// The fuzz targets check one property on any bytes: Extract (or one path
// of it) gives an error or an Article that survives a JSON round trip and
// renders to Markdown, without a panic and within a time bound. FuzzDecode,
// in decode_test.go, covers format and charset detection on its own.
//
// Seeds come from the goldens in testdata/pages and, when the evaluation
// corpus lies beside the repository, from a few of its pages read at test
// time (never copied into the repository).

// fuzzSeedLen caps a seed: the mutator works as well on the first kilobytes
// of a page, and a short seed keeps each execution fast.
const fuzzSeedLen = 16 << 10

// fuzzDeadline bounds one execution. Inputs are small (the engine rarely
// grows them past a few kilobytes), so a run this long means a loop that
// does not end, not a slow machine.
const fuzzDeadline = 20 * time.Second

// fuzzSeeds returns the golden pages and a few corpus pages, gunzipped and
// cut to fuzzSeedLen, HTML and text alike.
func fuzzSeeds(tb testing.TB) [][]byte {
	var out [][]byte
	add := func(b []byte) {
		if len(b) > fuzzSeedLen {
			b = b[:fuzzSeedLen]
		}
		out = append(out, b)
	}
	golden, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*"))
	for _, p := range golden {
		if strings.HasSuffix(p, ".json") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			add(b)
		}
	}
	for _, b := range fuzzCorpusSeeds(tb, 4) {
		add(b)
	}
	return out
}

// fuzzCorpusSeeds reads the first n pages (HTML and text) of the dev corpus in
// ../shared beside the module root, or nothing when it is absent.
func fuzzCorpusSeeds(tb testing.TB, n int) [][]byte {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	f, err := os.Open(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		tb.Logf("fuzz seeds: no dev corpus at %s (%v): seeding from the goldens only", dir, err)
		return nil
	}
	defer f.Close()
	var out [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(out) < 2*n {
		var rec struct {
			HTML string `json:"html"`
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		if rec.HTML != "" {
			if b, err := os.ReadFile(filepath.Join(dir, rec.HTML)); err == nil {
				if zr, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
					if page, err := io.ReadAll(io.LimitReader(zr, fuzzSeedLen)); err == nil || len(page) > 0 {
						out = append(out, page)
					}
				}
			}
		}
		if rec.Text != "" {
			if b, err := os.ReadFile(filepath.Join(dir, rec.Text)); err == nil {
				out = append(out, b)
			}
		}
	}
	return out
}

// fuzzModes are the option sets FuzzExtract picks from with its second
// argument: both input formats forced or detected, a forced charset, and a
// page address to resolve links against.
var fuzzModes = []Options{
	{},
	{Input: FormatHTML},
	{Input: FormatText},
	{Input: FormatHTML, URL: "https://example.com/news/2025/10/a.html"},
	{Input: FormatText, Encoding: "gbk"},
	{Encoding: "windows-1252"},
	{Encoding: "utf-16le"},
	{MaxBytes: 4 << 10},
}

func FuzzExtract(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, uint8(i))
	}
	f.Add([]byte(""), uint8(0))
	f.Add([]byte("<div><div><div><p>Deep</p></div></div></div>"), uint8(1))
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"), uint8(0))
	f.Fuzz(func(t *testing.T, src []byte, mode uint8) {
		opts := fuzzModes[int(mode)%len(fuzzModes)]
		r := fuzzRun(t, func() (*model.Article, error) {
			return Extract(src, "fuzz.html", opts)
		})
		a, err := r.a, r.err
		if err != nil {
			var xe *Error
			if !errors.As(err, &xe) {
				t.Fatalf("error %q is not an *extract.Error", err)
			}
			if xe.Name != "fuzz.html" || xe.Err == nil || err.Error() == "" {
				t.Fatalf("error does not name its input and reason: %#v", xe)
			}
			if a != nil && !errors.Is(err, ErrNoArticle) {
				t.Fatalf("an Article together with the error %q", err)
			}
			if a == nil {
				return
			}
		}
		if a == nil {
			t.Fatal("neither an Article nor an error")
		}
		if err == nil && len(a.Paragraphs) == 0 {
			t.Fatal("an Article without paragraphs and no error")
		}
		if a.Source == nil || (a.Source.Format != "html" && a.Source.Format != "text") {
			t.Fatalf("source %+v", a.Source)
		}
		fuzzCheckArticle(t, r)
	})
}

// FuzzHTML runs the HTML path on decoded text, as Extract hands it over
// (valid UTF-8, no NUL or CR), so that the engine spends its effort on
// markup rather than on the decoder.
func FuzzHTML(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(string(s))
	}
	f.Add("<table><tr><td><p>a<td><ul><li>b<li><ol><li>c</ol></table>")
	f.Add("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"#a\"}},{\"@id\":\"#a\",\"name\":\"X\"}]}</script><p>x")
	f.Fuzz(func(t *testing.T, s string) {
		fuzzCheckPath(t, s, FormatHTML, readHTML)
	})
}

// FuzzText runs the raw page text path on decoded text.
func FuzzText(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(string(s))
	}
	f.Add("Home | World | Sport\n\nHeadline here\n\nBy JANE DOE\nOct. 18, 2025 07:46\n\nWASHINGTON — Body.\n\n© 2025")
	f.Fuzz(func(t *testing.T, s string) {
		fuzzCheckPath(t, s, FormatText, readText)
	})
}

// fuzzCheckPath does what Extract does after decoding, for one path, on s made
// into what the decoder hands over: valid UTF-8 without NUL or CR, not
// blank.
func fuzzCheckPath(t *testing.T, s string, format Format, read func(string, Options) (*page, error)) {
	t.Helper()
	text := cleanText(strings.ToValidUTF8(s, "\uFFFD"))
	if strings.TrimSpace(text) == "" {
		return // decode refuses it before any path runs
	}
	opts := Options{Input: format}
	r := fuzzRun(t, func() (*model.Article, error) {
		p, err := read(text, opts)
		if err != nil {
			return nil, err
		}
		if p == nil {
			return nil, errors.New("neither a page nor an error")
		}
		a := assemble(p, opts)
		a.Source = &model.Source{Path: "fuzz", Format: string(format), Charset: "utf-8"}
		a.Normalize()
		return a, nil
	})
	if r.err != nil {
		if r.err.Error() == "" || strings.HasPrefix(r.err.Error(), "neither") {
			t.Fatalf("error %q", r.err)
		}
		return
	}
	fuzzCheckArticle(t, r)
}

// fuzzResult is what one extraction gave, with its renderings, computed on
// the goroutine that fuzzRun watches.
type fuzzResult struct {
	a    *model.Article
	err  error
	json []byte
	md   [2][]byte // without and with front matter
}

// fuzzCheckArticle asserts the output contract: valid UTF-8 JSON whose decoding
// encodes to the same bytes, Kinds parallel to Paragraphs, and a Markdown
// rendering (with and without front matter) in valid UTF-8.
func fuzzCheckArticle(t *testing.T, r fuzzResult) {
	t.Helper()
	a := r.a
	if a.Paragraphs == nil {
		t.Fatal("paragraphs is null")
	}
	if len(a.Kinds) != 0 && len(a.Kinds) != len(a.Paragraphs) {
		t.Fatalf("%d kinds for %d paragraphs", len(a.Kinds), len(a.Paragraphs))
	}
	if r.json == nil {
		t.Fatal("JSON encode failed")
	}
	if !utf8.Valid(r.json) {
		t.Fatal("JSON is not valid UTF-8")
	}
	var back model.Article
	if err := json.Unmarshal(r.json, &back); err != nil {
		t.Fatalf("JSON does not decode: %v\n%s", err, r.json)
	}
	if second := fuzzEncode(&back); !bytes.Equal(r.json, second) {
		t.Fatalf("JSON round trip differs:\n%s\n%s", r.json, second)
	}
	for i, md := range r.md {
		if !utf8.Valid(md) {
			t.Fatalf("Markdown (front matter %v) is not valid UTF-8", i == 1)
		}
		if len(a.Paragraphs) > 0 && len(md) == 0 {
			t.Fatal("empty Markdown for an Article with a body")
		}
	}
}

// fuzzEncode encodes as the CLI does: UTF-8, without escaping &, <, >;
// nil when encoding fails.
func fuzzEncode(a *model.Article) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if enc.Encode(a) != nil {
		return nil
	}
	return buf.Bytes()
}

// fuzzRun runs fn and renders its Article on another goroutine, and
// fails when that has not finished within fuzzDeadline: the fuzzing engine
// has no time limit of its own per input, and a loop that never ends would
// otherwise pass as a slow run. A panic is raised again on the test
// goroutine, so that the engine records the input.
func fuzzRun(t *testing.T, fn func() (*model.Article, error)) fuzzResult {
	t.Helper()
	done := make(chan fuzzResult, 1)
	panicked := make(chan any, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				panicked <- p
			}
		}()
		var r fuzzResult
		r.a, r.err = fn()
		if r.a != nil {
			r.json = fuzzEncode(r.a)
			r.md[0] = r.a.Markdown(model.MarkdownOptions{})
			r.md[1] = r.a.Markdown(model.MarkdownOptions{FrontMatter: true})
		}
		done <- r
	}()
	select {
	case r := <-done:
		return r
	case p := <-panicked:
		panic(p)
	case <-time.After(fuzzDeadline):
		t.Fatalf("no fuzzResult after %s", fuzzDeadline)
	}
	return fuzzResult{}
}
