package main

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/model"
)

// addBatchMode registers the batch flags on the root command and routes a
// command line that calls for batch mode (a folder, an archive, a glob, or
// any batch flag: --jobs, --out-dir, --files-from, --stdin-jsonl, ...) to
// runBatch; any other goes to the single-page command unchanged.
func addBatchMode(cmd *cobra.Command, s *iostreams.Streams) {
	var bo batchOptions
	addBatchFlags(cmd.Flags(), &bo)
	single := cmd.RunE
	cmd.RunE = func(c *cobra.Command, args []string) error {
		if !wantsBatch(c.Flags(), args) {
			return single(c, args)
		}
		// The page flags are the single-page command's; check them with
		// its own rules. Files holds a placeholder: batch mode reads its
		// inputs itself, and an empty list would mean standard input.
		f := c.Flags()
		co := &convertOptions{IO: s, Files: []string{""}}
		co.Format, _ = f.GetString("format")
		co.Output, _ = f.GetString("output")
		co.FrontMatter, _ = f.GetBool("front-matter")
		in, _ := f.GetString("input")
		enc, _ := f.GetString("encoding")
		u, _ := f.GetString("url")
		if err := co.complete(in, enc, u); err != nil {
			return err
		}
		if err := readLimits(f, &co.Extract); err != nil {
			return err
		}
		o := bo
		o.Format, o.Output, o.Extract = co.Format, co.Output, co.Extract
		o.MaxBytes = co.Extract.MaxBytes
		md := model.MarkdownOptions{FrontMatter: co.FrontMatter}
		o.Render = func(w io.Writer, a *model.Article) error {
			_, err := w.Write(a.Markdown(md))
			return err
		}
		ctx := c.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		if status := runBatch(ctx, o, args, s); status != exitOK {
			return &reportedError{status}
		}
		return nil
	}
}
