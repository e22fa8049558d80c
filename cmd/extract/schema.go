package main

import (
	"github.com/spf13/cobra"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/model"
)

func newSchemaCmd(s *iostreams.Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the Article that extract writes",
		Long: `schema prints the JSON Schema (draft 2020-12) of one Article, the object that
extract writes for each input, so that other programs can check its output.`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := s.Out.Write(model.Schema())
			return err
		},
	}
}

// noArgs is cobra.NoArgs reported as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if err := cobra.NoArgs(cmd, args); err != nil {
		return &usageError{err}
	}
	return nil
}
