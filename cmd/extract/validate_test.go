package main

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/model"
)

// TestValidateFlags checks argv to validateOptions alone, with
// runValidate replaced.
func TestValidateFlags(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "rules.yaml")
	os.WriteFile(cfg, []byte("min_words: 5\nstrict: true\nrules:\n  chrome-share: off\n"), 0o644)
	for _, tc := range []struct {
		args    []string
		wantErr string
		check   func(*validateOptions) string
	}{
		{args: []string{"a.html"}, check: func(o *validateOptions) string {
			if o.Rules.Require != nil || o.Rules.MinWords != 0 || o.Strict || len(o.Reports) != 1 || o.Reports[0] != (validateReportSpec{"human", ""}) || o.Rules.Now.IsZero() {
				return "defaults wrong"
			}
			return ""
		}},
		{args: []string{"--require", "headline,byline", "--min-words", "0", "--min-paragraphs", "3", "--now", "2025-10-20", "a"}, check: func(o *validateOptions) string {
			if strings.Join(o.Rules.Require, ",") != "headline,byline" || o.Rules.MinWords >= 0 || o.Rules.MinParagraphs != 3 || o.Rules.Now.Year() != 2025 {
				return "flags not carried"
			}
			return ""
		}},
		{args: []string{"--config", cfg, "a"}, check: func(o *validateOptions) string {
			if o.Rules.MinWords != 5 || !o.Strict || o.Rules.Enabled(model.RuleChromeShare) {
				return "config not read"
			}
			return ""
		}},
		{args: []string{"--config", cfg, "--strict=false", "--enable", "chrome-share", "--severity", "min-words=warning", "a"}, check: func(o *validateOptions) string {
			if o.Strict || !o.Rules.Enabled(model.RuleChromeShare) || o.Rules.SeverityOf(model.RuleMinWords) != model.SeverityWarning {
				return "flags do not override the config"
			}
			return ""
		}},
		{args: []string{"--report", "junit=r.xml", "--report", "github", "a"}, check: func(o *validateOptions) string {
			if len(o.Reports) != 2 || o.Reports[0] != (validateReportSpec{"junit", "r.xml"}) || o.Reports[1] != (validateReportSpec{"github", ""}) {
				return "reports not parsed"
			}
			return ""
		}},
		{args: []string{"--report", "json", "--report-file", "r.jsonl", "a"}, check: func(o *validateOptions) string {
			if o.Reports[0] != (validateReportSpec{"json", "r.jsonl"}) {
				return "--report-file not applied"
			}
			return ""
		}},
		{args: []string{"--init-config"}, check: func(o *validateOptions) string {
			if o.InitConfig != "extract-rules.yaml" {
				return "init-config target"
			}
			return ""
		}},
		{args: []string{"--init-config", "a"}, wantErr: "takes no PATH"},
		{args: []string{"--report", "xml", "a"}, wantErr: "unknown report format"},
		{args: []string{"--report", "json", "--report", "human", "a"}, wantErr: "only one --report"},
		{args: []string{"--report", "json", "--report", "junit", "--report-file", "x", "a"}, wantErr: "needs a single --report"},
		{args: []string{"--disable", "nope", "a"}, wantErr: `unknown rule "nope"`},
		{args: []string{"--near-duplicate", "3", "a"}, wantErr: "not between 0 and 1"},
		{args: []string{"--config", filepath.Join(dir, "missing.yaml"), "a"}, wantErr: "no such file"},
		{args: []string{"--input", "pdf", "a"}, wantErr: `unknown input "pdf"`},
		{args: nil, wantErr: "no input"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			s, _, _, _ := iostreams.Test()
			s.SetTTY(true, false, false)
			var got *validateOptions
			cmd := newValidateCmd(s, func(o *validateOptions) error { got = o; return nil })
			cmd.SetArgs(tc.args)
			cmd.SilenceErrors, cmd.SilenceUsage = true, true
			err := cmd.Execute()
			if tc.wantErr != "" {
				var ue *usageError
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.As(err, &ue) {
					t.Fatalf("error = %v, want a usage error containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if msg := tc.check(got); msg != "" {
				t.Errorf("%s: %+v", msg, got)
			}
		})
	}
}

func TestArticleRecords(t *testing.T) {
	line := `{"headline":"H","dek":"","byline":"","timestamp":"","paragraphs":["a"]}`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(line + "\n" + line + "\n"))
	zw.Close()
	for _, tc := range []struct {
		name string
		src  string
		want int // records, -1 for "a page"
	}{
		{"object", line, 1},
		{"lines", line + "\n\n" + line + "\n", 2},
		{"gzip", gz.String(), 2},
		{"bom", "\xef\xbb\xbf" + line, 1},
		{"html", "<!DOCTYPE html><p>x</p>", -1},
		{"other json", `{"name":"x"}`, -1},
		{"text page", "{Breaking} news of the day\nmore text", -1},
	} {
		recs, ok := articleRecords([]byte(tc.src))
		if got := len(recs); (tc.want < 0) == ok || (ok && got != tc.want) {
			t.Errorf("%s: %d records, ok %v; want %d", tc.name, got, ok, tc.want)
		}
	}
}

// TestValidateJUnit runs the command and reads its JUnit report back with
// encoding/xml: the elements and attributes the JUnit XML schema requires.
func TestValidateJUnit(t *testing.T) {
	dir := t.TempDir()
	good := `{"headline":"Council votes to extend bus network","dek":"","byline":"","timestamp":"","paragraphs":["The city council voted on Tuesday to extend the bus network to the northern suburbs, ending a debate that had lasted more than two years and divided the city deeply."]}`
	os.WriteFile(filepath.Join(dir, "good.json"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte(strings.Replace(good, `"headline":"Council votes to extend bus network"`, `"headline":"404 Not Found"`, 1)), 0o644)
	out := filepath.Join(dir, "report.xml")
	s, _, _, _ := iostreams.Test()
	status := run([]string{"validate", "--report", "junit=" + out, filepath.Join(dir, "good.json"), filepath.Join(dir, "bad.json")}, s)
	if status != 1 {
		t.Fatalf("status %d, want 1", status)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"testsuites"`
		Suites  []struct {
			Name     string `xml:"name,attr"`
			Tests    string `xml:"tests,attr"`
			Failures string `xml:"failures,attr"`
			Errors   string `xml:"errors,attr"`
			Cases    []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				Failure   *struct {
					Message string `xml:"message,attr"`
					Type    string `xml:"type,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("report is not XML: %v", err)
	}
	if len(doc.Suites) != 1 || doc.Suites[0].Name == "" || doc.Suites[0].Tests != "2" || doc.Suites[0].Failures != "1" || doc.Suites[0].Errors != "0" {
		t.Fatalf("testsuite wrong:\n%s", data)
	}
	cases := doc.Suites[0].Cases
	if len(cases) != 2 || cases[0].Classname == "" || cases[1].Failure == nil || cases[1].Failure.Type != model.RuleHeadlineGeneric || cases[1].Failure.Message == "" || cases[0].Failure != nil {
		t.Fatalf("testcases wrong:\n%s", data)
	}
}
