package evaluate

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func resultWith(path string, s Summary) *Result {
	return &Result{Paths: map[string]*PathResult{path: {Summary: s}}, Order: []string{path}}
}

func TestGate(t *testing.T) {
	res := resultWith(PathHTML, Summary{
		Body:     Metric{Value: 0.900, N: 10},
		Headline: Metric{Value: 0.700, N: 10},
		Byline:   Metric{Value: 0.500, N: 10},
	})
	f := Floors{
		PathHTML: {"body_f1": 0.905, "headline": 0.7051, "byline": 0.5},
		PathText: {"body_f1": 0.1},
	}
	var got []string
	for _, fail := range f.Gate(res) {
		got = append(got, fail.Path+" "+fail.Metric)
	}
	// body 0.900 is exactly 0.005 below 0.905: allowed. headline is 0.0051
	// below: fails. The text path was not measured: fails.
	want := []string{"html headline", "text body_f1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gate failures = %q, want %q", got, want)
	}
}

func TestUpdateFloors(t *testing.T) {
	res := resultWith(PathText, Summary{
		Body:     Metric{Value: 0.91239, N: 10},
		Headline: Metric{Value: 0.5, N: 10},
		Dek:      Metric{Value: 0.3, N: 0}, // no page: no floor
	})
	f := Floors{PathText: {"body_f1": 0.9, "headline": 0.6}}
	changes := f.Update(res)
	if len(changes) != 1 || changes[0].Metric != "body_f1" || changes[0].New != 0.9123 {
		t.Errorf("changes = %v, want body_f1 raised to 0.9123 (cut, not rounded)", changes)
	}
	if f[PathText]["headline"] != 0.6 {
		t.Errorf("headline floor lowered to %v", f[PathText]["headline"])
	}
	if _, ok := f[PathText]["dek_f1"]; ok {
		t.Error("a floor was set for a metric without pages")
	}

	path := filepath.Join(t.TempDir(), "floors.json")
	if err := f.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := LoadFloors(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, f) {
		t.Errorf("floors read back %v, wrote %v", back, f)
	}
	if err := os.WriteFile(path, []byte(`{"html":{"body":0.5}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFloors(path); err == nil {
		t.Error("a floors file naming an unknown metric was accepted")
	}
}
