package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/extract-dev/extract/internal/model"
)

func samplePages() []*Page {
	return []*Page{
		{Path: "good.html"},
		{Path: "dir/bad.html", Findings: []model.Finding{
			{Rule: "required-field", Severity: model.SeverityError, Message: "required field paragraphs is empty", Field: "paragraphs"},
			{Rule: "chrome-share", Severity: model.SeverityWarning, Message: `paragraph 3 looks like a share prompt: "Share, 100% <free>"`, Paragraph: 3},
		}},
		{Path: "warn.html", Findings: []model.Finding{
			{Rule: "chrome-cookie", Severity: model.SeverityWarning, Message: "paragraph 1 looks like a cookie notice"},
		}},
		{Path: "articles.jsonl", Line: 2, Findings: []model.Finding{
			{Rule: "schema", Severity: model.SeverityError, Message: "the record lacks required field dek"},
		}},
		{Path: "scrape.tar.gz!site/x.html", Err: errors.New("scrape.tar.gz!site/x.html: decode: not a page\x01")},
	}
}

func run(t *testing.T, format string, strict bool) (string, *Summary) {
	t.Helper()
	var out bytes.Buffer
	w, err := New(format, &out, strict)
	if err != nil {
		t.Fatal(err)
	}
	tally := NewTally(strict)
	for _, p := range samplePages() {
		tally.Add(p)
		if err := w.Page(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Finish(tally.Summary()); err != nil {
		t.Fatal(err)
	}
	return out.String(), tally.Summary()
}

func TestTally(t *testing.T) {
	_, s := run(t, "human", false)
	if s.Pages != 5 || s.Passed != 1 || s.Failed != 2 || s.Warned != 1 || s.Unreadable != 1 || s.Errors != 2 || s.Warnings != 2 {
		t.Errorf("summary = %+v", s)
	}
	if c := s.Rules["required-field"]; c == nil || c.Pages != 1 || c.Severity != model.SeverityError {
		t.Errorf("required-field counts = %+v", c)
	}
	_, s = run(t, "human", true)
	if s.Failed != 3 || s.Warned != 0 {
		t.Errorf("strict summary = %+v", s)
	}
}

func TestHuman(t *testing.T) {
	out, _ := run(t, "human", false)
	for _, want := range []string{
		"dir/bad.html: required-field: required field paragraphs is empty\n",
		"dir/bad.html: chrome-share: paragraph 3",
		"articles.jsonl:2: schema: the record lacks required field dek\n",
		"5 pages: 1 passed, 2 failed, 1 with warnings only, 1 unreadable; 2 errors, 2 warnings\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("human report lacks %q:\n%s", want, out)
		}
	}
	// The table lists the rules in catalogue order.
	if i, j := strings.Index(out, "\nschema  "), strings.Index(out, "\nchrome-cookie  "); i < 0 || j < 0 || i > j {
		t.Errorf("summary table out of order:\n%s", out)
	}
	if strings.Contains(out, "good.html") {
		t.Errorf("a passing page is listed:\n%s", out)
	}
}

func TestJSONLines(t *testing.T) {
	out, _ := run(t, "json", false)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 { // 4 pages with something to say, 1 summary
		t.Fatalf("%d lines, want 5:\n%s", len(lines), out)
	}
	var rec struct {
		Type, Path, Status, Error string
		Line                      int
		Findings                  []model.Finding
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Type != "page" || rec.Path != "dir/bad.html" || rec.Status != "fail" || len(rec.Findings) != 2 || rec.Findings[1].Paragraph != 3 {
		t.Errorf("first record = %+v", rec)
	}
	if !strings.Contains(lines[0], "<free>") {
		t.Errorf("HTML characters escaped: %s", lines[0])
	}
	json.Unmarshal([]byte(lines[2]), &rec)
	if rec.Line != 2 {
		t.Errorf("JSON Lines record line = %d, want 2", rec.Line)
	}
	json.Unmarshal([]byte(lines[3]), &rec)
	if rec.Status != "unreadable" || rec.Error == "" {
		t.Errorf("unreadable record = %+v", rec)
	}
	var sum struct {
		Type   string
		Pages  int
		Failed int
		Rules  map[string]Counts
	}
	if err := json.Unmarshal([]byte(lines[4]), &sum); err != nil || sum.Type != "summary" || sum.Pages != 5 || sum.Failed != 2 || sum.Rules["chrome-share"].Pages != 1 {
		t.Errorf("summary = %+v (%v)", sum, err)
	}
}

// The structure the JUnit XML schema requires of what we write.
type xmlSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    *int     `xml:"tests,attr"`
	Failures *int     `xml:"failures,attr"`
	Errors   *int     `xml:"errors,attr"`
	Suites   []struct {
		Name     string  `xml:"name,attr"`
		Tests    *int    `xml:"tests,attr"`
		Failures *int    `xml:"failures,attr"`
		Errors   *int    `xml:"errors,attr"`
		Time     *string `xml:"time,attr"`
		Cases    []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			Failures  []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Errors []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
			} `xml:"error"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnit(t *testing.T) {
	out, _ := run(t, "junit", false)
	var doc xmlSuites
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	if doc.Name == "" || doc.Tests == nil || *doc.Tests != 5 || doc.Failures == nil || *doc.Failures != 2 || doc.Errors == nil || *doc.Errors != 1 {
		t.Fatalf("testsuites attributes wrong:\n%s", out)
	}
	if len(doc.Suites) != 1 {
		t.Fatalf("%d testsuites, want 1", len(doc.Suites))
	}
	s := doc.Suites[0]
	if s.Name == "" || s.Tests == nil || *s.Tests != 5 || s.Failures == nil || *s.Failures != 2 || s.Errors == nil || *s.Errors != 1 || s.Time == nil {
		t.Fatalf("testsuite attributes wrong:\n%s", out)
	}
	if len(s.Cases) != 5 {
		t.Fatalf("%d testcases, want one per page", len(s.Cases))
	}
	failures, errs := 0, 0
	for _, c := range s.Cases {
		if c.Name == "" || c.Classname == "" {
			t.Errorf("testcase without name or classname: %+v", c)
		}
		for _, f := range c.Failures {
			failures++
			if f.Message == "" || f.Type == "" {
				t.Errorf("failure without message or type: %+v", f)
			}
		}
		for _, e := range c.Errors {
			errs++
			if e.Message == "" || e.Type == "" {
				t.Errorf("error without message or type: %+v", e)
			}
		}
	}
	if failures != *s.Failures || errs != *s.Errors {
		t.Errorf("counted %d failures, %d errors; header says %d, %d", failures, errs, *s.Failures, *s.Errors)
	}
	bad := s.Cases[1]
	if bad.Name != "dir/bad.html" || bad.Classname != "dir" || len(bad.Failures) != 1 || bad.Failures[0].Type != "required-field" ||
		strings.Contains(bad.Failures[0].Text, "chrome-share") || !strings.Contains(bad.SystemOut, "chrome-share") {
		t.Errorf("bad page testcase = %+v", bad)
	}
	if warn := s.Cases[2]; len(warn.Failures) != 0 || !strings.Contains(warn.SystemOut, "chrome-cookie") {
		t.Errorf("warning-only testcase = %+v", warn)
	}
	if s.Cases[3].Name != "articles.jsonl:2" {
		t.Errorf("JSON Lines testcase name = %q", s.Cases[3].Name)
	}
	// Under strict, warnings fail.
	out, _ = run(t, "junit", true)
	doc = xmlSuites{}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil || *doc.Suites[0].Failures != 3 || len(doc.Suites[0].Cases[2].Failures) != 1 {
		t.Errorf("strict JUnit: %v\n%s", err, out)
	}
}

func TestGitHub(t *testing.T) {
	out, _ := run(t, "github", false)
	for _, want := range []string{
		"::error file=dir/bad.html,title=extract validate%3A required-field::required field paragraphs is empty\n",
		"::warning file=dir/bad.html,title=extract validate%3A chrome-share::paragraph 3 looks like a share prompt: \"Share, 100%25 <free>\"\n",
		"::error file=articles.jsonl,line=2,title=extract validate%3A schema::",
		"::error file=scrape.tar.gz,title=extract validate%3A unreadable::scrape.tar.gz!site/x.html: decode",
		"::notice title=extract validate::5 pages: 1 passed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("github report lacks %q:\n%s", want, out)
		}
	}
	out, _ = run(t, "github", true)
	if !strings.Contains(out, "::error file=warn.html,") {
		t.Errorf("strict: warning not raised to error:\n%s", out)
	}
}

func TestEscapes(t *testing.T) {
	if got, want := escapeData("50% done\r\nnext: a,b"), "50%25 done%0D%0Anext: a,b"; got != want {
		t.Errorf("escapeData = %q, want %q", got, want)
	}
	if got, want := escapeProperty("a:b,c%\n"), "a%3Ab%2Cc%25%0A"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}, false); err == nil {
		t.Error("New(xml) = nil error")
	}
}
