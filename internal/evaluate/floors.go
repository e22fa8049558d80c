package evaluate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
)

// Floors are the lowest figures the gate accepts, per path and metric
// (MetricNames). They only ever go up: UpdateFloors raises them to what was
// measured and never lowers one.
type Floors map[string]map[string]float64

// Tolerance is how far below its floor a metric may fall before the gate
// fails: enough to absorb ties broken differently, not a real regression.
const Tolerance = 0.005

// LoadFloors reads a floors file.
func LoadFloors(path string) (Floors, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read floors: %w", err)
	}
	var f Floors
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("floors %s: %w", path, err)
	}
	for p, ms := range f {
		if p != PathHTML && p != PathText {
			return nil, fmt.Errorf("floors %s: unknown path %q", path, p)
		}
		for m := range ms {
			if !knownMetric(m) {
				return nil, fmt.Errorf("floors %s: unknown metric %q for %s", path, m, p)
			}
		}
	}
	return f, nil
}

func knownMetric(name string) bool {
	for _, m := range MetricNames {
		if m == name {
			return true
		}
	}
	return false
}

// Failure is a metric that the gate rejected.
type Failure struct {
	Path, Metric string
	Floor, Value float64
	Measured     bool // false when the run had no page for this metric
}

func (f Failure) String() string {
	if !f.Measured {
		return fmt.Sprintf("%s %s: not measured (floor %.4f)", f.Path, f.Metric, f.Floor)
	}
	return fmt.Sprintf("%s %s: %.4f is %.4f below its floor %.4f (tolerance %.3f)",
		f.Path, f.Metric, f.Value, f.Floor-f.Value, f.Floor, Tolerance)
}

// Gate checks res against the floors and returns the metrics that fell more
// than Tolerance below theirs, in a stable order. A floor whose path or
// metric the run did not measure fails too: a gate that silently skips is
// no gate.
func (f Floors) Gate(res *Result) []Failure {
	var out []Failure
	for _, path := range sortedKeys(f) {
		for _, m := range sortedKeys(f[path]) {
			floor := f[path][m]
			pr, ok := res.Paths[path]
			if !ok || pr.Summary.Get(m).N == 0 {
				out = append(out, Failure{Path: path, Metric: m, Floor: floor})
				continue
			}
			v := pr.Summary.Get(m).Value
			if v < floor-Tolerance-1e-9 {
				out = append(out, Failure{Path: path, Metric: m, Floor: floor, Value: v, Measured: true})
			}
		}
	}
	return out
}

// Change is one floor raised (or added) by Update.
type Change struct {
	Path, Metric string
	Old, New     float64
	Added        bool
}

func (c Change) String() string {
	if c.Added {
		return fmt.Sprintf("%s %s: new floor %.4f", c.Path, c.Metric, c.New)
	}
	return fmt.Sprintf("%s %s: %.4f -> %.4f", c.Path, c.Metric, c.Old, c.New)
}

// Update raises every floor of a measured path and metric to the figure
// measured (cut, not rounded, to four decimals so that the floor never
// exceeds the figure), adds the ones missing, and never lowers any.
func (f Floors) Update(res *Result) []Change {
	var out []Change
	for _, path := range res.Order {
		s := &res.Paths[path].Summary
		for _, m := range MetricNames {
			got := s.Get(m)
			if got.N == 0 {
				continue
			}
			v := math.Floor(got.Value*1e4) / 1e4
			if f[path] == nil {
				f[path] = map[string]float64{}
			}
			old, ok := f[path][m]
			if ok && v <= old {
				continue
			}
			f[path][m] = v
			out = append(out, Change{Path: path, Metric: m, Old: old, New: v, Added: !ok})
		}
	}
	return out
}

// Write saves the floors to path through a temporary file and a rename, so
// that an interrupted update never leaves a half-written floors file.
func (f Floors) Write(path string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("encode floors: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".floors-*.json")
	if err != nil {
		return fmt.Errorf("write floors: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("write floors: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write floors: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write floors: %w", err)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
