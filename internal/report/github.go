package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/extract-dev/extract/internal/model"
)

// github writes GitHub Actions workflow commands: "::error file=…::msg" for
// error findings (and warnings under strict), "::warning …" for the
// others, and a closing "::notice" with the summary line. The runner turns
// them into annotations on the run and, when the file is in the
// repository, on the file.
type github struct {
	w      io.Writer
	buf    *bufio.Writer
	strict bool
}

func (g *github) out() *bufio.Writer {
	if g.buf == nil {
		g.buf = bufio.NewWriter(g.w)
	}
	return g.buf
}

func (g *github) Page(p *Page) error {
	b := g.out()
	props := "file=" + escapeProperty(p.File())
	if p.Line > 0 {
		props += fmt.Sprintf(",line=%d", p.Line)
	}
	if p.Err != nil {
		fmt.Fprintf(b, "::error %s,title=%s::%s\n", props, escapeProperty("extract validate: unreadable"), escapeData(p.Err.Error()))
	}
	for _, f := range p.Findings {
		level := "warning"
		if f.Severity == model.SeverityError || g.strict {
			level = "error"
		}
		msg := f.Message
		if p.File() != p.Path {
			msg = p.Path + ": " + msg // the member or record within the archive
		}
		fmt.Fprintf(b, "::%s %s,title=%s::%s\n", level, props, escapeProperty("extract validate: "+f.Rule), escapeData(msg))
	}
	return nil
}

func (g *github) Finish(s *Summary) error {
	b := g.out()
	fmt.Fprintf(b, "::notice title=%s::%s\n", escapeProperty("extract validate"), escapeData(s.Line()))
	return b.Flush()
}

// escapeData escapes a workflow command's message: %, CR and LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value: the message's escapes plus the
// ':' and ',' that delimit properties.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
