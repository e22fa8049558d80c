package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/extract-dev/extract/internal/model"
)

func TestDefaultRoundTrips(t *testing.T) {
	c, err := Parse("default", Default())
	if err != nil {
		t.Fatalf("Parse(Default()): %v", err)
	}
	d := model.DefaultRules()
	if !reflect.DeepEqual(c.Rules.Require, d.Require) || c.Rules.MinWords != d.MinWords ||
		c.Rules.MinParagraphs != d.MinParagraphs || c.Rules.FloorYear != d.FloorYear ||
		c.Rules.MaxHeadlineWords != d.MaxHeadlineWords || c.Rules.NearDuplicate != d.NearDuplicate || c.Strict {
		t.Errorf("default file gives %+v, want %+v", c.Rules, d)
	}
	for _, r := range model.AllRules() {
		if got := c.Rules.SeverityOf(r.ID); got != r.Severity {
			t.Errorf("rule %s: severity %s, want %s", r.ID, got, r.Severity)
		}
		if !strings.Contains(string(Default()), "\n  "+r.ID+":") {
			t.Errorf("default file does not list rule %s", r.ID)
		}
	}
}

func TestParse(t *testing.T) {
	c, err := Parse("x.yaml", []byte(`
require: [headline, byline, timestamp]
min_words: 0
min_paragraphs: 3
strict: true
rules:
  chrome-share: off
  headline-too-long: error
  duplicate-body: warn
`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"headline", "byline", "timestamp"}; !reflect.DeepEqual(c.Rules.Require, want) {
		t.Errorf("require = %v, want %v", c.Rules.Require, want)
	}
	if c.Rules.MinWords >= 0 || c.Rules.MinParagraphs != 3 || !c.Strict {
		t.Errorf("rules = %+v strict %v", c.Rules, c.Strict)
	}
	for id, want := range map[string]model.Severity{"chrome-share": "off", "headline-too-long": "error",
		"duplicate-body": "warning", "chrome-cookie": "warning", "required-field": "error"} {
		if got := c.Rules.SeverityOf(id); got != want {
			t.Errorf("%s: %s, want %s", id, got, want)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	c, err := Parse("empty.yaml", []byte("# nothing\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules.Require != nil || c.Rules.MinWords != 0 || c.Strict {
		t.Errorf("empty file: %+v", c)
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"min_word: 10\n",                   // typo in a key
		"rules:\n  chrome-cokie: off\n",    // typo in a rule id
		"rules:\n  chrome-cookie: fatal\n", // unknown severity
		"require: [headline, title]\n",     // unknown field
		"min_words: many\n",                // wrong type
		"near_duplicate: 2\n",              // out of range
		"rules: [chrome-cookie]\n",         // wrong shape
	} {
		if _, err := Parse("bad.yaml", []byte(src)); err == nil || !strings.Contains(err.Error(), "bad.yaml") {
			t.Errorf("Parse(%q) = %v, want an error naming the file", src, err)
		}
	}
}

func TestWriteDefault(t *testing.T) {
	p := filepath.Join(t.TempDir(), DefaultFile)
	if err := WriteDefault(p); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); err != nil {
		t.Fatalf("Load(written default): %v", err)
	}
	if err := WriteDefault(p); err == nil {
		t.Fatal("WriteDefault over an existing file succeeded")
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the file", len(entries))
	}
}
