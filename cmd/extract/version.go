package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
)

func newVersionCmd(s *iostreams.Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of extract, its commit and its Go version",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(s.Out, versionString())
			return err
		},
	}
}

// versionString describes this build from what the Go toolchain recorded in
// the binary: the module version ("(devel)" for a build from a clone), the
// VCS revision and whether the tree had changes, and the Go version.
func versionString() string {
	version, rev, modified, goVersion := "(devel)", "", false, runtime.Version()
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" {
			version = v
		}
		if info.GoVersion != "" {
			goVersion = info.GoVersion
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	var b strings.Builder
	b.WriteString("extract " + version)
	if rev != "" {
		b.WriteString(" (" + rev[:min(12, len(rev))])
		if modified {
			b.WriteString(", modified")
		}
		b.WriteString(")")
	}
	b.WriteString(" " + goVersion + " " + runtime.GOOS + "/" + runtime.GOARCH)
	return b.String()
}
