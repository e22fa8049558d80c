// Command extract turns saved news pages (HTML in any charset, possibly
// gzipped, or raw page text) into structured articles written as JSON or
// Markdown. Run "extract --help" for usage.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
)

func main() {
	// With SIGPIPE ignored, a write to a closed pipe returns EPIPE, which
	// exitStatus turns into a quiet exit, as "extract page.html | head" expects.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], iostreams.System()))
}
