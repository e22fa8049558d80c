package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
)

// benchCorpus is the dev corpus, beside the repository.
const benchCorpus = "../../../shared/corpus/dev/html"

// benchPages gunzips the first n dev-corpus pages (by name) into dir and
// returns their total size.
func benchPages(b *testing.B, dir string, n int) int64 {
	b.Helper()
	names, _ := filepath.Glob(filepath.Join(benchCorpus, "*.html.gz"))
	if len(names) == 0 {
		b.Skip("dev corpus not found at " + benchCorpus + ": batch benchmarks need it")
	}
	sort.Strings(names)
	if n > len(names) {
		n = len(names)
	}
	var total int64
	for _, name := range names[:n] {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		out := filepath.Join(dir, filepath.Base(name[:len(name)-len(".gz")]))
		if err := os.WriteFile(out, page, 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(page))
	}
	return total
}

// BenchmarkBatch measures batch throughput on dev-corpus pages: a folder
// with 1 and 2 workers, and the same pages as a --stdin-jsonl stream. One
// iteration converts every page; run it with -benchtime=1x (or a few x).
// BATCH_BENCH_PAGES sets the number of pages (default 200). Figures are
// recorded, never asserted: see .ci/bench-batch for memory.
func BenchmarkBatch(b *testing.B) {
	n := 200
	if v, err := strconv.Atoi(os.Getenv("BATCH_BENCH_PAGES")); err == nil && v > 0 {
		n = v
	}
	dir := b.TempDir()
	total := benchPages(b, dir, n)
	entries, _ := os.ReadDir(dir)
	var stream bytes.Buffer
	for _, e := range entries {
		page, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		rec, _ := json.Marshal(map[string]string{"id": e.Name(), "html": string(page)})
		stream.Write(rec)
		stream.WriteByte('\n')
	}
	run := func(b *testing.B, jobs int, jsonl bool) {
		b.SetBytes(total)
		b.ReportAllocs()
		start := time.Now()
		for i := 0; i < b.N; i++ {
			s := &iostreams.Streams{In: bytes.NewReader(stream.Bytes()), Out: io.Discard, ErrOut: io.Discard}
			o := batchOptions{Jobs: jobs, Format: "json", Quiet: true, StdinJSONL: jsonl}
			args := []string{dir}
			if jsonl {
				args = nil
			}
			if status := runBatch(context.Background(), o, args, s); status == 2 {
				b.Fatalf("status %d", status)
			}
		}
		b.ReportMetric(float64(len(entries)*b.N)/time.Since(start).Seconds(), "pages/s")
	}
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("folder/jobs=%d", jobs), func(b *testing.B) { run(b, jobs, false) })
	}
	b.Run("stream/jobs=2", func(b *testing.B) { run(b, 2, true) })
}
