package extract

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// TestAssembleDump prints a corpus page's candidates next to the chosen
// fields; it runs only when ASSEMBLE_DUMP names a file (a debugging aid).
func TestAssembleDump(t *testing.T) {
	path := os.Getenv("ASSEMBLE_DUMP")
	if path == "" {
		t.Skip("ASSEMBLE_DUMP not set")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if zr, err := gzip.NewReader(bytes.NewReader(raw)); err == nil {
		if raw, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	var p *page
	if strings.Contains(path, "/text/") {
		p, err = readText(string(raw), Options{})
	} else {
		p, err = readHTML(string(raw), Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	field := os.Getenv("ASSEMBLE_FIELD")
	for _, k := range p.cands {
		if field != "" && fmt.Sprint(k.field) != field {
			continue
		}
		fmt.Printf("f%d o%d pos%d %q\n", k.field, k.origin, k.pos, k.value)
	}
	for i, b := range p.blocks {
		if i > 3 {
			break
		}
		fmt.Printf("block %d %s %.120q\n", i, b.kind, b.text)
	}
	a := assemble(p, Options{})
	fmt.Printf("headline %q\ndek %q\nbyline %q\ntimestamp %q\n", a.Headline, a.Dek, a.Byline, a.Timestamp)
}
