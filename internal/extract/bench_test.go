package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// The corpus benchmarks measure extract against the floor any Go
// extractor pays: decoding the page to UTF-8 and parsing it with
// golang.org/x/net/html. Every page of the dev corpus (../shared/corpus/dev
// beside the module root, or $EXTRACT_BENCH_CORPUS) is read into memory
// once, gunzipped, outside the timers, so that both sides start from the
// same bytes:
//
//	html/parse    decode (charset sniffing and conversion) + html.Parse
//	html/extract  Extract: decode + limits + parse + metadata + body + assemble
//	html/ratio    both, page by page in turn, with the ratios as metrics
//	text/extract  Extract on the raw page text
//
// One op is one pass over the whole corpus: run with -benchtime=1x (or Nx).
// ns/page, allocs/page and B/page are per page; MB/s counts the gunzipped
// input bytes, in the page's own charset (what Extract is given), not the
// decoded UTF-8. html/ratio takes the two sides page by page in turn, so
// that a change in the machine's load during the run weighs on both
// alike: on a shared machine it is the figure to quote.

var benchCorpus struct {
	once       sync.Once
	dir        string
	html, text [][]byte
	names      []string // of the HTML pages, for profiles and failures
	err        error
}

// benchPages returns the dev corpus pages of one path ("html" or "text"),
// gunzipped, and their total size; it skips when the corpus is absent.
func benchPages(b *testing.B, path string) ([][]byte, int64) {
	b.Helper()
	c := &benchCorpus
	c.once.Do(func() {
		c.dir = os.Getenv("EXTRACT_BENCH_CORPUS")
		if c.dir == "" {
			c.dir = filepath.Join("..", "..", "..", "shared", "corpus", "dev")
		}
		c.html, c.names, c.err = readBenchDir(filepath.Join(c.dir, "html"), ".html.gz")
		if c.err == nil {
			c.text, _, c.err = readBenchDir(filepath.Join(c.dir, "text"), ".txt")
		}
	})
	if c.err != nil {
		b.Fatal(c.err)
	}
	pages := c.html
	if path == "text" {
		pages = c.text
	}
	if len(pages) == 0 {
		b.Skipf("no dev corpus %s pages under %s (set EXTRACT_BENCH_CORPUS to a corpus folder): corpus benchmarks skipped", path, c.dir)
	}
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	return pages, total
}

// readBenchDir reads every file with the suffix in dir, sorted by name,
// gunzipping what is gzipped. A missing folder gives no pages.
func readBenchDir(dir, suffix string) ([][]byte, []string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*"+suffix))
	if err != nil || len(names) == 0 {
		return nil, nil, nil
	}
	sort.Strings(names)
	pages := make([][]byte, 0, len(names))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		if isGzip(data) {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, nil, errorf("bench corpus %s: %w", name, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				return nil, nil, errorf("bench corpus %s: %w", name, err)
			}
		}
		pages = append(pages, data)
	}
	return pages, names, nil
}

// parseFloor is the cost every extractor pays: the page decoded to UTF-8
// and parsed, with the parser options readHTML uses.
func parseFloor(src []byte) {
	doc, err := decode(src, Options{Input: FormatHTML})
	if err != nil {
		return
	}
	_, _ = html.ParseWithOptions(strings.NewReader(doc.text), html.ParseOptionEnableScripting(false))
}

// extractPage runs the whole extractor; pages without an article count as
// much as the others.
func extractPage(src []byte, format Format) {
	_, _ = Extract(src, "bench", Options{Input: format})
}

// allocCounter reads the heap allocation counters without stopping the
// world, so that it can be read around every page.
type allocCounter struct{ s []metrics.Sample }

func newAllocCounter() *allocCounter {
	return &allocCounter{s: []metrics.Sample{
		{Name: "/gc/heap/allocs:objects"},
		{Name: "/gc/heap/tiny/allocs:objects"},
		{Name: "/gc/heap/allocs:bytes"},
	}}
}

// read returns the objects (tiny ones included) and bytes allocated so far.
func (c *allocCounter) read() (objects, size uint64) {
	metrics.Read(c.s)
	return c.s[0].Value.Uint64() + c.s[1].Value.Uint64(), c.s[2].Value.Uint64()
}

// runCorpus runs fn over every page per op and reports per-page figures.
func runCorpus(b *testing.B, pages [][]byte, total int64, fn func([]byte)) {
	b.SetBytes(total)
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			fn(p)
		}
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&ms1)
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/page")
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/n, "allocs/page")
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/n, "B/page")
	if cpu > 0 {
		// The process's CPU time, garbage collection included: on a
		// loaded machine it is the fairer measure of throughput per core.
		b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/page")
		b.ReportMetric(float64(total*int64(b.N))/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkCorpus(b *testing.B) {
	b.Run("html/parse", func(b *testing.B) {
		pages, total := benchPages(b, "html")
		runCorpus(b, pages, total, parseFloor)
	})
	b.Run("html/extract", func(b *testing.B) {
		pages, total := benchPages(b, "html")
		runCorpus(b, pages, total, func(p []byte) { extractPage(p, FormatHTML) })
	})
	b.Run("html/ratio", func(b *testing.B) {
		pages, total := benchPages(b, "html")
		benchRatio(b, pages, total)
	})
	b.Run("text/extract", func(b *testing.B) {
		pages, total := benchPages(b, "text")
		runCorpus(b, pages, total, func(p []byte) { extractPage(p, FormatText) })
	})
}

// benchRatio times the floor and the extractor page by page in turn and
// reports both sides and their ratios: time (extract/parse), allocations
// and bytes allocated. The time of each side is its own pages' wall time,
// garbage collection included where it falls.
func benchRatio(b *testing.B, pages [][]byte, total int64) {
	b.SetBytes(2 * total)
	b.ReportAllocs()
	ac := newAllocCounter()
	var parseT, extractT time.Duration
	var parseN, extractN, parseB, extractB uint64
	for b.Loop() {
		for _, p := range pages {
			n0, b0 := ac.read()
			t0 := time.Now()
			parseFloor(p)
			t1 := time.Now()
			n1, b1 := ac.read()
			extractPage(p, FormatHTML)
			t2 := time.Now()
			n2, b2 := ac.read()
			parseT += t1.Sub(t0)
			extractT += t2.Sub(t1)
			parseN += n1 - n0
			extractN += n2 - n1
			parseB += b1 - b0
			extractB += b2 - b1
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(parseT.Nanoseconds())/n, "parse-ns/page")
	b.ReportMetric(float64(extractT.Nanoseconds())/n, "extract-ns/page")
	b.ReportMetric(float64(parseN)/n, "parse-allocs/page")
	b.ReportMetric(float64(extractN)/n, "extract-allocs/page")
	b.ReportMetric(float64(extractT)/float64(parseT), "time-ratio")
	b.ReportMetric(float64(extractN)/float64(parseN), "allocs-ratio")
	b.ReportMetric(float64(extractB)/float64(parseB), "bytes-ratio")
}
