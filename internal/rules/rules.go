// Package rules reads and writes the configuration file of `extract
// validate` (extract-rules.yaml) and turns it into model.Rules.
//
// It is kept apart from internal/model so that the model, which programs
// reading extract's output may import alone, carries no YAML dependency.
package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/extract-dev/extract/internal/model"
)

// DefaultFile is the file `extract validate --init-config` writes when no
// --config names another.
const DefaultFile = "extract-rules.yaml"

// File is the configuration file as written. Pointers tell "absent" (keep
// the default) from a value.
type File struct {
	Require          *[]string         `yaml:"require"`
	MinWords         *int              `yaml:"min_words"`
	MinParagraphs    *int              `yaml:"min_paragraphs"`
	FloorYear        *int              `yaml:"floor_year"`
	MaxHeadlineWords *int              `yaml:"max_headline_words"`
	NearDuplicate    *float64          `yaml:"near_duplicate"`
	Strict           *bool             `yaml:"strict"`
	Rules            map[string]string `yaml:"rules"`
}

// Config is a loaded configuration: the rules, and the options of the
// command that live in the file too.
type Config struct {
	Rules  model.Rules
	Strict bool
}

// Parse reads a configuration file's contents. name is used in errors.
// Unknown keys, rule ids, fields and severities are errors, so that a typo
// does not silently leave a rule at its default.
func Parse(name string, data []byte) (Config, error) {
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			// One line per error is the command's rule; the Go type name
			// means nothing to the file's author.
			msgs := make([]string, len(te.Errors))
			for i, m := range te.Errors {
				msgs[i] = strings.Replace(m, " in type rules.File", "", 1)
			}
			return Config{}, fmt.Errorf("%s: %s", name, strings.Join(msgs, "; "))
		}
		return Config{}, fmt.Errorf("%s: %w", name, err)
	}
	c := Config{Rules: model.Rules{}}
	if f.Require != nil {
		c.Rules.Require = normalizeList(*f.Require)
	}
	if f.MinWords != nil {
		c.Rules.MinWords = noLimitIfZero(*f.MinWords)
	}
	if f.MinParagraphs != nil {
		c.Rules.MinParagraphs = noLimitIfZero(*f.MinParagraphs)
	}
	if f.FloorYear != nil {
		c.Rules.FloorYear = noLimitIfZero(*f.FloorYear)
	}
	if f.MaxHeadlineWords != nil {
		c.Rules.MaxHeadlineWords = noLimitIfZero(*f.MaxHeadlineWords)
	}
	if f.NearDuplicate != nil {
		c.Rules.NearDuplicate = *f.NearDuplicate
	}
	if f.Strict != nil {
		c.Strict = *f.Strict
	}
	if len(f.Rules) > 0 {
		c.Rules.Severity = map[string]model.Severity{}
		ids := make([]string, 0, len(f.Rules))
		for id := range f.Rules {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if _, ok := model.LookupRule(id); !ok {
				return Config{}, fmt.Errorf("%s: rules: unknown rule %q", name, id)
			}
			sev, err := model.ParseSeverity(f.Rules[id])
			if err != nil {
				return Config{}, fmt.Errorf("%s: rules: %s: %w", name, id, err)
			}
			c.Rules.Severity[id] = sev
		}
	}
	if err := c.Rules.Check(); err != nil {
		return Config{}, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

// noLimitIfZero: in the file, 0 says "no limit", as a reader expects; in
// model.Rules zero means the default and a negative value no limit.
func noLimitIfZero(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

func normalizeList(l []string) []string {
	out := []string{}
	for _, s := range l {
		for _, f := range strings.Split(s, ",") {
			if f = strings.TrimSpace(f); f != "" && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// Load reads the configuration file at path.
func Load(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data)
}

// Default returns the commented default configuration that --init-config
// writes: every setting at its default value, every rule listed with its
// default severity, so that the file documents what it can change.
func Default() []byte {
	d := model.DefaultRules()
	var b bytes.Buffer
	fmt.Fprintf(&b, `# extract validate rules (extract-rules.yaml)
#
# Every setting below is at its default; delete a line to keep the default,
# change it to tighten or loosen the check. Use it with:
#   extract validate --config extract-rules.yaml PATH...
# Flags given on the command line override this file.

# Fields that must not be empty (required-field). Any of:
#   %s
require: [%s]

# Minimum size of the body, in words (a CJK character counts as one word)
# and paragraphs (min-words, min-paragraphs); 0 means no minimum.
min_words: %d
min_paragraphs: %d

# A timestamp before January 1st of this year fails timestamp-too-old.
floor_year: %d

# A headline of more words than this reads as a paragraph (headline-too-long;
# a CJK character counts as half a word).
max_headline_words: %d

# Two bodies whose word 5-grams overlap this much (estimated Jaccard
# similarity, 0 to 1) are near duplicates (near-duplicate-body).
near_duplicate: %g

# Fail on warnings too, as --strict does.
strict: false

# Each rule with its severity: error (fails the run), warning (reported;
# fails only with strict) or off.
rules:
`, strings.Join(model.RequirableFields(), ", "), strings.Join(d.Require, ", "),
		d.MinWords, d.MinParagraphs, d.FloorYear, d.MaxHeadlineWords, d.NearDuplicate)
	width := 0
	for _, r := range model.AllRules() {
		width = max(width, len(r.ID))
	}
	for _, r := range model.AllRules() {
		fmt.Fprintf(&b, "  %-*s %-8s # %s\n", width+1, r.ID+":", r.Severity, r.Summary)
	}
	return b.Bytes()
}

// WriteDefault writes Default to path, refusing to replace an existing
// file, through a temporary file so that no partial file is left.
func WriteDefault(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s: already exists; remove it or name another file with --config", path)
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if _, err := tmp.Write(Default()); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, err)
	}
	// Link, not rename: it fails if the file appeared meanwhile.
	if err := os.Link(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.Remove(tmp.Name())
}
