package extract

import (
	"runtime"
	"testing"
	"time"
)

// BenchmarkMetaWalk times the metadata reader alone over the dev corpus
// HTML pages: the corpus benchmarks weigh it against the parse, and its
// share there is small enough that the load of a shared machine hides a
// change in it. Each page is parsed, outside the timer, right before it
// is read, as readHTML does (a tree parsed long before is read from
// colder memory). It reports the CPU time of the benchmark's thread in
// the reader per page, and against that of flatten run right after it on
// the same tree (meta-ratio): on a loaded machine the wall time of a
// page is mostly the time the thread waited.
func BenchmarkMetaWalk(b *testing.B) {
	pages, _ := benchPages(b, "html")
	var texts []string
	for _, p := range pages {
		d, err := decode(p, Options{Input: FormatHTML})
		if err != nil || d.format != FormatHTML {
			continue
		}
		texts = append(texts, d.text)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var metaT, metaC, flatC time.Duration
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			b.StopTimer()
			doc, err := parseHTML(text)
			b.StartTimer()
			if err != nil {
				continue
			}
			c0 := threadCPU()
			t0 := time.Now()
			htmlMeta(doc, Options{})
			t1 := time.Now()
			c1 := threadCPU()
			flatten(doc)
			c2 := threadCPU()
			metaT += t1.Sub(t0)
			metaC += c1 - c0
			flatC += c2 - c1
		}
	}
	n := float64(b.N * len(texts))
	b.ReportMetric(float64(metaT.Nanoseconds())/n, "meta-ns/page")
	b.ReportMetric(float64(metaC.Nanoseconds())/n, "meta-cpu-ns/page")
	b.ReportMetric(float64(metaC)/float64(flatC), "meta-ratio")
}
