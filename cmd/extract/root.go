package main

import (
	"github.com/spf13/cobra"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
)

// run executes the command line args against the streams and returns the
// exit status. It is main without the process: tests call it directly.
func run(args []string, s *iostreams.Streams) int {
	cmd := newRootCmd(s)
	cmd.SetArgs(args)
	err := cmd.Execute()
	printError(s.ErrOut, err)
	return exitStatus(err)
}

// newRootCmd sets up the command tree once: the root command extracts
// pages; schema and version are its subcommands, and cobra adds completion.
func newRootCmd(s *iostreams.Streams) *cobra.Command {
	cmd := newConvertCmd(s, nil)
	addBatchMode(cmd, s) // batch_wire.go: folders, archives, streams, --out-dir
	cmd.SetIn(s.In)
	cmd.SetOut(s.Out)
	cmd.SetErr(s.ErrOut)
	cmd.SilenceUsage = true
	cmd.SilenceErrors = true
	cmd.Version = versionString()
	cmd.SetVersionTemplate("{{.Version}}\n")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{err}
	})
	cmd.AddCommand(newSchemaCmd(s), newVersionCmd(s))
	cmd.AddCommand(newValidateCmd(s, nil)) // validate.go: extract validate, for CI
	return cmd
}
