package extract

import (
	"strings"
	"testing"
)

// TestTextLinePoolZeroed reads a page into lines from a slice a longer
// page used and gave back: every line must be what a fresh slice gives,
// and the slice past them zero (measure adds to its counts, and textRun
// sets flags that a reused line must not carry).
func TestTextLinePoolZeroed(t *testing.T) {
	var long []string
	for i := 0; i < 40; i++ {
		long = append(long, "Share this story on the networks", "", "The council voted on Tuesday to rebuild the old river bridge, which has stood since 1905.")
	}
	short := "Bridge to be rebuilt\nBy Jane Doe\n\nThe council voted to rebuild the bridge. It will cost more than it did."
	for round := 0; round < 3; round++ {
		lines := textSplitLines(strings.Join(long, "\n"))
		textRun(lines)
		textReleaseLines(lines)
		got := textSplitLines(short)
		want := textSplitLines(short)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d lines, want %d", round, len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			g.arena, w.arena = nil, nil
			if g != w {
				t.Fatalf("round %d line %d:\n got %+v\nwant %+v", round, i, g, w)
			}
		}
		for i, l := range got[len(got):cap(got)] {
			if l != (tLine{}) {
				t.Fatalf("round %d: line %d past the page is not zero: %+v", round, len(got)+i, l)
			}
		}
		textReleaseLines(got)
	}
}
