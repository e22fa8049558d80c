package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/extract-dev/extract/cmd/extract/internal/iostreams"
	"github.com/extract-dev/extract/internal/extract"
	"github.com/extract-dev/extract/internal/model"
)

var update = flag.Bool("update", false, "rewrite the expected output in the testscript scripts")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"extract": main})
}

// TestScripts runs testdata/script/*.txtar: the command's behaviour as a
// user sees it, through its arguments, files, output and exit status.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			// The scripts never see a terminal, but keep colour out even so.
			env.Setenv("NO_COLOR", "1")
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"status": cmdStatus, "mkarchive": cmdMkarchive},
	})
}

// cmdStatus is the script command "status N PROG [ARGS...]": it runs PROG
// as exec does and checks that it exits with status N, which "! exec"
// cannot tell apart from any other failure.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %q is not a number", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// TestConvertFlags checks the command line alone: argv to options, with
// runConvert replaced.
func TestConvertFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		stdin   bool // standard input is a terminal
		wantErr string
		check   func(*convertOptions) error
	}{
		{args: []string{"a.html"}, check: func(o *convertOptions) error {
			if o.Format != "json" || o.Extract.Input != extract.FormatAuto || len(o.Files) != 1 {
				return fmt.Errorf("defaults: %+v", o)
			}
			return nil
		}},
		{args: nil, check: func(o *convertOptions) error {
			if len(o.Files) != 1 || o.Files[0] != "-" {
				return fmt.Errorf("no FILE should read standard input, got %q", o.Files)
			}
			return nil
		}},
		{args: nil, stdin: true, wantErr: "no input"},
		{args: []string{"-"}, stdin: true, check: func(o *convertOptions) error { return nil }},
		{args: []string{"-", "-"}, wantErr: "only once"},
		{args: []string{"-f", "md", "--front-matter", "--input", "text", "--encoding", "GBK", "--url", "https://example.com/a", "x"},
			check: func(o *convertOptions) error {
				if o.Format != "md" || !o.FrontMatter || o.Extract.Input != extract.FormatText ||
					o.Extract.Encoding != "GBK" || o.Extract.URL != "https://example.com/a" {
					return fmt.Errorf("flags not carried: %+v", o)
				}
				return nil
			}},
		{args: []string{"-f", "xml", "x"}, wantErr: `unknown format "xml"`},
		{args: []string{"--front-matter", "x"}, wantErr: "--front-matter needs -f md"},
		{args: []string{"--input", "pdf", "x"}, wantErr: `unknown input "pdf"`},
		{args: []string{"--encoding", "klingon", "x"}, wantErr: `unknown encoding "klingon"`},
		{args: []string{"--url", "/relative/path", "x"}, wantErr: "not an absolute address"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			s, _, _, _ := iostreams.Test()
			s.SetTTY(tc.stdin, false, false)
			var got *convertOptions
			cmd := newConvertCmd(s, func(o *convertOptions) error { got = o; return nil })
			cmd.SetArgs(tc.args)
			cmd.SilenceErrors, cmd.SilenceUsage = true, true
			err := cmd.Execute()
			if tc.wantErr != "" {
				var ue *usageError
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.As(err, &ue) {
					t.Fatalf("error = %v, want a usage error containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := tc.check(got); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}, exitOK},
		{&inputError{"a.html", &extract.Error{Name: "a.html", Stage: "extract", Err: extract.ErrNoArticle}}, exitNoArticle},
		{&inputError{"empty.html", errors.New("input is empty")}, exitError},
		{&inputError{"a.png", &extract.Error{Name: "a.png", Stage: "decode", Err: errors.New("not a page")}}, exitError},
		{&inputError{"missing", syscall.ENOENT}, exitError},
		{usageErrorf("unknown format"), exitError},
		{&reportedError{exitNoArticle}, exitNoArticle},
		{errors.New("anything else"), exitError},
	} {
		if got := exitStatus(tc.err); got != tc.want {
			t.Errorf("exitStatus(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

// TestErrorNamesInputOnce checks that an extraction error, which already
// carries the input's name, is printed with the name once.
func TestErrorNamesInputOnce(t *testing.T) {
	s, in, _, errOut := iostreams.Test()
	in.WriteString("   \n\n  ")
	status := run([]string{"-"}, s)
	if status == exitOK {
		t.Fatalf("blank page gave status 0")
	}
	line := strings.TrimSpace(errOut.String())
	if strings.Count(line, "\n") != 0 || strings.Count(line, "<stdin>") != 1 || !strings.HasPrefix(line, "extract: <stdin>: ") {
		t.Errorf("error output %q, want one line 'extract: <stdin>: reason'", errOut)
	}
}

// TestBrokenPipe checks that a reader going away ends the run quietly:
// the write error it causes maps to status 0 and prints nothing.
func TestBrokenPipe(t *testing.T) {
	out, err := openOutput(brokenPipe{}, "")
	if err != nil {
		t.Fatal(err)
	}
	w := &articleWriter{w: out, format: "jsonl"}
	a := &model.Article{Headline: "h", Paragraphs: []string{strings.Repeat("body ", 20000)}}
	err = w.write(a)
	if err == nil {
		err = out.Commit()
	}
	if err == nil {
		t.Fatal("writing to a broken pipe gave no error")
	}
	var buf strings.Builder
	printError(&buf, err)
	if buf.Len() != 0 {
		t.Errorf("broken pipe printed %q", buf.String())
	}
	if got := exitStatus(err); got != exitOK {
		t.Errorf("exitStatus(broken pipe) = %d, want %d", got, exitOK)
	}
}

type brokenPipe struct{}

func (brokenPipe) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
}
