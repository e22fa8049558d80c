package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Record is one line of a corpus manifest (see the corpus README).
type Record struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Lang   string `json:"lang,omitempty"`
	HTML   string `json:"html,omitempty"` // relative to the manifest's folder
	Text   string `json:"text,omitempty"` // relative to the manifest's folder
	Truth  Truth  `json:"truth"`
}

// Truth is what the collection says the page holds. Every field is
// optional; a metric uses only the records that have its field.
type Truth struct {
	Body      *string  `json:"body,omitempty"`
	With      []string `json:"with,omitempty"`
	Without   []string `json:"without,omitempty"`
	Headline  *string  `json:"headline,omitempty"`
	Byline    *string  `json:"byline,omitempty"`
	Timestamp *string  `json:"timestamp,omitempty"`
	Dek       *string  `json:"dek,omitempty"`
}

// Corpus is a loaded manifest.
type Corpus struct {
	Dir     string // the manifest's folder; record paths are relative to it
	Records []Record
}

// ManifestName is the manifest's file name inside a corpus folder.
const ManifestName = "manifest.jsonl"

// Load reads dir/manifest.jsonl. A malformed line, a record without an id or
// an id seen twice is an error naming the line.
func Load(dir string) (*Corpus, error) {
	path := filepath.Join(dir, ManifestName)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	c := &Corpus{Dir: dir}
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 1<<28)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var r Record
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if r.ID == "" {
			return nil, fmt.Errorf("%s:%d: record without an id", path, line)
		}
		if prev, ok := seen[r.ID]; ok {
			return nil, fmt.Errorf("%s:%d: id %q already on line %d", path, line, r.ID, prev)
		}
		seen[r.ID] = line
		c.Records = append(c.Records, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read manifest %s: %w", path, err)
	}
	return c, nil
}

// File returns the path of a record's file (its HTML or Text field), or ""
// when the record has none.
func (c *Corpus) File(rel string) string {
	if rel == "" {
		return ""
	}
	return filepath.Join(c.Dir, filepath.FromSlash(rel))
}
