// Command hostile writes the hostile input set into a folder:
//
//	go run ./internal/hostile/cmd testdata/hostile
//
// The folder is created when missing. The set holds about 200 MB and is
// never committed; see package hostile for what each file is.
package main

import (
	"fmt"
	"os"

	"github.com/extract-dev/extract/internal/hostile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: hostile DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(1)
	}
	if err := hostile.Generate(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
