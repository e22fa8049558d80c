package evaluate

import (
	"os"
	"path/filepath"
	"testing"
)

// devCorpus finds ../shared/corpus/dev beside the module root, or skips.
func devCorpus(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("skipping: module root not found")
		}
		dir = parent
	}
	corpus := filepath.Join(dir, "..", "shared", "corpus", "dev")
	if _, err := os.Stat(filepath.Join(corpus, ManifestName)); err != nil {
		t.Skipf("skipping: the dev corpus is not at %s (it lives outside the repository)", corpus)
	}
	return corpus
}

// TestDevManifest checks that the dev corpus loads and that every file it
// names is there, without extracting anything (the whole run is `make eval`).
func TestDevManifest(t *testing.T) {
	c, err := Load(devCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Records) < 2000 {
		t.Errorf("dev corpus has %d records, want about 2,400", len(c.Records))
	}
	var body, segs, head, text int
	for _, r := range c.Records {
		if r.HTML == "" {
			t.Errorf("%s: no html file", r.ID)
		}
		for _, rel := range []string{r.HTML, r.Text} {
			if rel == "" {
				continue
			}
			if _, err := os.Stat(c.File(rel)); err != nil {
				t.Errorf("%s: %v", r.ID, err)
			}
		}
		if r.Text != "" {
			text++
		}
		if r.Truth.Body != nil {
			body++
		}
		if len(r.Truth.With)+len(r.Truth.Without) > 0 {
			segs++
		}
		if r.Truth.Headline != nil {
			head++
		}
	}
	if body == 0 || segs == 0 || head == 0 || text < len(c.Records)*9/10 {
		t.Errorf("records with body %d, segments %d, headline %d, text %d of %d: truth or text missing",
			body, segs, head, text, len(c.Records))
	}
}
