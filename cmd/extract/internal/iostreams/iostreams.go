// Package iostreams is the command's view of its standard streams: the
// readers and writers every command uses, and whether each is a terminal,
// decided once so that commands can be run in tests against buffers.
package iostreams

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
)

// Streams are standard input, output and error, with what is known about
// them. Article output goes to Out; diagnostics, progress and summaries to
// ErrOut.
type Streams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY, stderrTTY bool
	color                          bool
}

// System returns the process's streams.
func System() *Streams {
	s := &Streams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
	}
	s.color = colorWanted(os.Getenv, s.stderrTTY)
	return s
}

// Test returns streams backed by buffers, none of them a terminal, and the
// buffers: input to fill, output and error output to read.
func Test() (s *Streams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = new(bytes.Buffer), new(bytes.Buffer), new(bytes.Buffer)
	return &Streams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// IsStdinTTY reports whether standard input is a terminal, that is, whether
// reading it would wait for someone to type a page.
func (s *Streams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *Streams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether standard error is a terminal, where progress
// may be drawn.
func (s *Streams) IsStderrTTY() bool { return s.stderrTTY }

// ColorEnabled reports whether diagnostics on standard error may use colour.
func (s *Streams) ColorEnabled() bool { return s.color }

// SetTTY marks the streams as terminals or not, for tests.
func (s *Streams) SetTTY(stdin, stdout, stderr bool) {
	s.stdinTTY, s.stdoutTTY, s.stderrTTY = stdin, stdout, stderr
}

// SetColorEnabled forces colour on or off, for tests.
func (s *Streams) SetColorEnabled(on bool) { s.color = on }

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// colorWanted decides colour the way most tools agree on: FORCE_COLOR wins,
// then NO_COLOR or TERM=dumb turn it off, then a terminal turns it on.
func colorWanted(getenv func(string) string, tty bool) bool {
	switch {
	case getenv("FORCE_COLOR") != "":
		return true
	case getenv("NO_COLOR") != "", getenv("TERM") == "dumb":
		return false
	}
	return tty
}
