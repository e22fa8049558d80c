package report

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
	"time"

	"github.com/extract-dev/extract/internal/model"
)

// junit writes JUnit XML: one testsuite, one testcase per page. A page with
// error findings (or warnings, under strict) has a <failure>; an unreadable
// page an <error>; warnings that do not fail go to the testcase's
// <system-out>, where CI systems show them beside the test. The counts
// head the document, so the testcases are held until Finish; a passing
// page costs a line.
type junit struct {
	w      io.Writer
	strict bool
	start  time.Time
	cases  bytes.Buffer
	now    func() time.Time
}

func newJUnit(w io.Writer, strict bool) *junit {
	j := &junit{w: w, strict: strict, now: time.Now}
	j.start = j.now()
	return j
}

// SuiteName names the suite in JUnit reports.
const SuiteName = "extract validate"

func (j *junit) Page(p *Page) error {
	name := p.Name()
	class := path.Dir(strings.ReplaceAll(p.File(), "\\", "/"))
	if class == "." || class == "/" {
		class = "extract.validate"
	}
	fmt.Fprintf(&j.cases, `    <testcase name="%s" classname="%s"`, esc(name), esc(class))
	var fails, notes []model.Finding
	for _, f := range p.Findings {
		if f.Severity == model.SeverityError || j.strict {
			fails = append(fails, f)
		} else {
			notes = append(notes, f)
		}
	}
	if p.Err == nil && len(p.Findings) == 0 {
		j.cases.WriteString("/>\n")
		return nil
	}
	j.cases.WriteString(">\n")
	if p.Err != nil {
		fmt.Fprintf(&j.cases, `      <error message="%s" type="unreadable">%s</error>`+"\n", esc(p.Err.Error()), escText(p.Err.Error()))
	}
	if len(fails) > 0 {
		ids := []string{}
		for _, f := range fails {
			if !contains(ids, f.Rule) {
				ids = append(ids, f.Rule)
			}
		}
		msg := fmt.Sprintf("%d finding(s): %s", len(fails), strings.Join(ids, ", "))
		fmt.Fprintf(&j.cases, `      <failure message="%s" type="%s">`, esc(msg), esc(ids[0]))
		for _, f := range fails {
			j.cases.WriteString(escText(fmt.Sprintf("%s: %s: %s: %s\n", name, f.Severity, f.Rule, f.Message)))
		}
		j.cases.WriteString("</failure>\n")
	}
	if len(notes) > 0 {
		j.cases.WriteString("      <system-out>")
		for _, f := range notes {
			j.cases.WriteString(escText(fmt.Sprintf("%s: %s: %s: %s\n", name, f.Severity, f.Rule, f.Message)))
		}
		j.cases.WriteString("</system-out>\n")
	}
	j.cases.WriteString("    </testcase>\n")
	return nil
}

func (j *junit) Finish(s *Summary) error {
	secs := j.now().Sub(j.start).Seconds()
	b := bufio.NewWriter(j.w)
	b.WriteString(xml.Header)
	fmt.Fprintf(b, `<testsuites name="%s" tests="%d" failures="%d" errors="%d" time="%.3f">`+"\n",
		SuiteName, s.Pages, s.Failed, s.Unreadable, secs)
	fmt.Fprintf(b, `  <testsuite name="%s" tests="%d" failures="%d" errors="%d" skipped="0" time="%.3f" timestamp="%s">`+"\n",
		SuiteName, s.Pages, s.Failed, s.Unreadable, secs, j.start.UTC().Format("2006-01-02T15:04:05"))
	b.Write(j.cases.Bytes())
	b.WriteString("  </testsuite>\n</testsuites>\n")
	return b.Flush()
}

// esc escapes text for an XML attribute or element, dropping the
// characters XML 1.0 cannot hold at all (most C0 controls).
func esc(s string) string {
	var b bytes.Buffer
	clean := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF {
			return r
		}
		return -1
	}, s)
	xml.EscapeText(&b, []byte(clean))
	return b.String()
}

// escText escapes element text, keeping line ends as they are so that CI
// systems show one finding per line.
func escText(s string) string {
	return strings.ReplaceAll(esc(s), "&#xA;", "\n")
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
