package extract

import "testing"

// benchLoop runs f b.N times and reports the process's CPU time per op
// beside the wall time: on a shared machine the steadier figure.
func benchLoop(b *testing.B, f func()) {
	c0 := cpuTime()
	for b.Loop() {
		f()
	}
	b.ReportMetric(float64((cpuTime()-c0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// benchTexts returns the dev corpus text pages decoded, as readText gets
// them, and their total size, for the benchmarks of the line readers.
func benchTexts(b *testing.B) ([]string, int64) {
	pages, _ := benchPages(b, "text")
	var texts []string
	var total int64
	for _, p := range pages {
		doc, err := decode(p, Options{Input: FormatText})
		if err != nil {
			continue
		}
		texts = append(texts, doc.text)
		total += int64(len(doc.text))
	}
	return texts, total
}

// benchTextLines returns the lines of the dev corpus text pages, split
// and folded.
func benchTextLines(b *testing.B) ([]tLine, int64) {
	texts, total := benchTexts(b)
	var lines []tLine
	for _, t := range texts {
		lines = append(lines, textSplitLines(t)...)
	}
	return lines, total
}

// BenchmarkTextMeasure times tLine.measure alone over every line of the
// dev corpus text pages.
func BenchmarkTextMeasure(b *testing.B) {
	lines, total := benchTextLines(b)
	b.SetBytes(total)
	b.ReportAllocs()
	benchLoop(b, func() {
		for i := range lines {
			l := tLine{text: lines[i].text}
			l.measure()
		}
	})
}

// BenchmarkTextFlag times tLine.flag alone, on measured lines.
func BenchmarkTextFlag(b *testing.B) {
	lines, total := benchTextLines(b)
	for i := range lines {
		lines[i].measure()
	}
	b.SetBytes(total)
	b.ReportAllocs()
	benchLoop(b, func() {
		for i := range lines {
			l := lines[i]
			l.flag()
		}
	})
}

// BenchmarkTextLineDates times textFindDate on the lines of the dev corpus
// text pages that flag gives it: short, with a year.
func BenchmarkTextLineDates(b *testing.B) {
	lines, _ := benchTextLines(b)
	var dated []string
	var total int64
	for i := range lines {
		l := &lines[i]
		l.measure()
		if l.runes <= 80 && l.digits >= 4 && textHasYear(l.text) {
			dated = append(dated, l.text)
			total += int64(len(l.text))
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	benchLoop(b, func() {
		for _, s := range dated {
			textFindDate(s)
		}
	})
}

// BenchmarkTextSplit times textSplitLines over the dev corpus text pages,
// decoded outside the timer.
func BenchmarkTextSplit(b *testing.B) {
	texts, total := benchTexts(b)
	b.SetBytes(total)
	b.ReportAllocs()
	benchLoop(b, func() {
		for _, t := range texts {
			textSplitLines(t)
		}
	})
}
