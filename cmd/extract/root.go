package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/extract-dev/extract/internal/extract"
)

type streams struct {
	in       io.Reader
	out, err io.Writer
}

func defaultStreams() streams { return streams{os.Stdin, os.Stdout, os.Stderr} }

// run is a stub: the CLI owner replaces it with the cobra command tree.
func run(args []string, s streams) int {
	var src []byte
	var err error
	name := "-"
	if len(args) > 0 {
		name = args[0]
		src, err = os.ReadFile(name)
	} else {
		src, err = io.ReadAll(s.in)
	}
	if err != nil {
		fmt.Fprintln(s.err, "extract:", err)
		return 2
	}
	a, err := extract.Extract(src, name, extract.Options{})
	if err != nil {
		fmt.Fprintln(s.err, "extract:", err)
	}
	enc := json.NewEncoder(s.out)
	enc.SetEscapeHTML(false)
	enc.Encode(a)
	return 0
}
