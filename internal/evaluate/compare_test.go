package evaluate

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	page := func(id string, head bool, body float64) *PageResult {
		return &PageResult{ID: id, Headline: &Match{Correct: head}, Body: &BodyScore{F1: body}}
	}
	old := &Result{Paths: map[string]*PathResult{PathText: {
		Summary: Summary{Headline: Metric{Value: 0.5, N: 2}},
		Pages:   []*PageResult{page("a", true, 0.9), page("b", false, 0.5), page("gone", true, 1)},
	}}}
	// Write and read back, as --json then --compare would.
	var buf bytes.Buffer
	if err := old.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := LoadResult(path)
	if err != nil {
		t.Fatal(err)
	}
	cur := resultWith(PathText, Summary{Headline: Metric{Value: 0.5, N: 2}})
	cur.Paths[PathText].Pages = []*PageResult{page("a", false, 0.2), page("b", true, 0.5), page("new", false, 0)}
	var out bytes.Buffer
	cur.WriteCompare(&out, back, 5)
	got := out.String()
	for _, want := range []string{
		"headline: 1 page better, 1 worse",
		"body_f1: 0 pages better, 1 worse",
		"a                                        0.900 -> 0.200",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("compare output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "gone") || strings.Contains(got, "new ") {
		t.Errorf("pages only one run has were listed:\n%s", got)
	}
}
