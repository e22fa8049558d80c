package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/extract-dev/extract/internal/model"
)

// jsonLines writes one record per page that has findings or could not be
// read, then a summary record, as ripgrep's --json does: every line an
// object with a "type".
type jsonLines struct {
	buf    *bufio.Writer
	enc    *json.Encoder
	strict bool
}

func newJSON(w io.Writer, strict bool) *jsonLines {
	buf := bufio.NewWriter(w)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return &jsonLines{buf: buf, enc: enc, strict: strict}
}

type jsonPage struct {
	Type     string          `json:"type"` // "page"
	Path     string          `json:"path"`
	Line     int             `json:"line,omitempty"`
	Status   string          `json:"status"`
	Error    string          `json:"error,omitempty"`
	Findings []model.Finding `json:"findings,omitempty"`
}

type jsonSummary struct {
	Type string `json:"type"` // "summary"
	*Summary
}

func (j *jsonLines) Page(p *Page) error {
	if p.Err == nil && len(p.Findings) == 0 {
		return nil
	}
	rec := jsonPage{Type: "page", Path: p.Path, Line: p.Line, Status: p.Status(j.strict), Findings: p.Findings}
	if p.Err != nil {
		rec.Error = p.Err.Error()
	}
	return j.enc.Encode(rec)
}

func (j *jsonLines) Finish(s *Summary) error {
	if err := j.enc.Encode(jsonSummary{"summary", s}); err != nil {
		return err
	}
	return j.buf.Flush()
}
