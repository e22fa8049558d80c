package main

import (
	"errors"
	"fmt"
	"io"
	"syscall"

	"github.com/extract-dev/extract/internal/extract"
)

// The exit statuses, documented in --help and the README.
const (
	exitOK        = 0 // every input gave an article
	exitNoArticle = 1 // an input was read but held no article
	exitError     = 2 // a usage error, or an input that could not be read or decoded
)

// usageError is a mistake in the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// reportedError ends a run whose errors were already printed, one line per
// input, and carries the exit status they add up to.
type reportedError struct{ status int }

func (e *reportedError) Error() string { return fmt.Sprintf("exit status %d", e.status) }

// exitStatus is the one place that maps an error to the exit status.
func exitStatus(err error) int {
	var reported *reportedError
	switch {
	case err == nil, isBrokenPipe(err):
		return exitOK
	case errors.As(err, &reported):
		return reported.status
	case errors.Is(err, extract.ErrNoArticle):
		return exitNoArticle
	}
	return exitError
}

// isBrokenPipe reports a reader of our output that went away, as "head"
// does once it has its lines: not a failure of ours, so we stop quietly.
func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }

// printError writes err as one line, "extract: reason", unless it needs no
// words: a broken pipe, or errors that were printed already.
func printError(w io.Writer, err error) {
	var reported *reportedError
	if err == nil || isBrokenPipe(err) || errors.As(err, &reported) {
		return
	}
	var usage *usageError
	if errors.As(err, &usage) {
		fmt.Fprintf(w, "extract: %v (see 'extract --help')\n", err)
		return
	}
	fmt.Fprintf(w, "extract: %v\n", err)
}
