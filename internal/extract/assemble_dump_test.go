package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
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

// TestAssembleScanDesk lists the pages of ASSEMBLE_SCAN (a folder) whose
// chosen credit is a desk or agency word while other credits are
// candidates (a debugging aid).
func TestAssembleScanDesk(t *testing.T) {
	dir := os.Getenv("ASSEMBLE_SCAN")
	if dir == "" {
		t.Skip("ASSEMBLE_SCAN not set")
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		raw, err := os.ReadFile(dir + "/" + e.Name())
		if err != nil {
			continue
		}
		if zr, err := gzip.NewReader(bytes.NewReader(raw)); err == nil {
			raw, _ = io.ReadAll(zr)
		}
		var p *page
		if strings.HasSuffix(e.Name(), ".txt") {
			p, err = readText(string(raw), Options{})
		} else {
			p, err = readHTML(string(raw), Options{})
		}
		if err != nil || p == nil {
			continue
		}
		a := assemble(p, Options{})
		if a.Byline == "" || !isAgency(a.Byline) {
			continue
		}
		var others []string
		for _, k := range p.cands {
			if (k.field == fieldByline || k.field == fieldAuthor) && !isAgency(cleanByline(k.value)) {
				others = append(others, fmt.Sprintf("f%d o%d pos%d %q", k.field, k.origin, k.pos, k.value))
			}
		}
		if len(others) > 0 {
			fmt.Printf("%s chose %q; also %s\n", e.Name(), a.Byline, strings.Join(others, "; "))
		}
	}
}

// TestAssembleScanAll prints, for each page of ASSEMBLE_ALL (a folder),
// the chosen fields and the raw candidates as JSON lines (a debugging aid).
func TestAssembleScanAll(t *testing.T) {
	dir := os.Getenv("ASSEMBLE_ALL")
	if dir == "" {
		t.Skip("ASSEMBLE_ALL not set")
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, e := range ents {
		raw, err := os.ReadFile(dir + "/" + e.Name())
		if err != nil {
			continue
		}
		if zr, err := gzip.NewReader(bytes.NewReader(raw)); err == nil {
			raw, _ = io.ReadAll(zr)
		}
		var p *page
		if strings.HasSuffix(e.Name(), ".txt") {
			p, err = readText(string(raw), Options{})
		} else {
			p, err = readHTML(string(raw), Options{})
		}
		if err != nil || p == nil {
			continue
		}
		a := assemble(p, Options{})
		var cs [][]any
		for _, k := range p.cands {
			if k.field == fieldByline || k.field == fieldAuthor || k.field == fieldPublished || k.field == fieldModified {
				cs = append(cs, []any{int(k.field), int(k.origin), k.pos, k.value})
			}
		}
		enc.Encode(map[string]any{"name": e.Name(), "byline": a.Byline, "timestamp": a.Timestamp, "cands": cs})
	}
}
