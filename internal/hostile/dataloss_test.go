package hostile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pageFolder writes n distinct good pages, p0000.html and on, and returns
// the folder.
func pageFolder(t *testing.T, n int) string {
	t.Helper()
	skipShort(t)
	dir := filepath.Join(sharedTempDir(t), "in")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		page := strings.Replace(Article, "<h1>Council approves the river bridge</h1>",
			fmt.Sprintf("<h1>Council approves bridge number %d</h1>", i), 1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%04d.html", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// checkOutputs asserts that every output file under outDir is complete: a
// JSON object, alone in its file, whose headline is the one of the page it
// is named after. It returns the outputs and the temporary files left.
func checkOutputs(t *testing.T, outDir string) (outputs, temps int) {
	t.Helper()
	for _, rel := range listTree(t, outDir) {
		base := filepath.Base(rel)
		if strings.HasPrefix(base, ".extract-") && strings.HasSuffix(base, ".tmp") {
			temps++
			continue
		}
		b, err := os.ReadFile(filepath.Join(outDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		var a article
		dec := json.NewDecoder(bytes.NewReader(b))
		if err := dec.Decode(&a); err != nil || dec.More() {
			t.Errorf("%s: not one complete JSON object (%v): %q", rel, err, b)
			continue
		}
		var n int
		if _, err := fmt.Sscanf(base, "p%04d.json", &n); err != nil {
			t.Errorf("unexpected output %s", rel)
			continue
		}
		if want := fmt.Sprintf("Council approves bridge number %d", n); a.Headline != want || len(a.Paragraphs) != 3 {
			t.Errorf("%s: headline %q, %d paragraphs", rel, a.Headline, len(a.Paragraphs))
		}
		outputs++
	}
	return outputs, temps
}

// TestKillMidWrite kills a batch run with SIGKILL while it writes, at
// three moments, and checks that every output present is complete, that
// a rerun with --skip-existing completes the set, and that the inputs are
// unchanged.
func TestKillMidWrite(t *testing.T) {
	const pages = 1500
	in := pageFolder(t, pages)
	before := hashTree(t, in)
	bin := extractBin(t)
	for _, killAt := range []int{1, 50, 400} {
		t.Run(fmt.Sprintf("after %d", killAt), func(t *testing.T) {
			outDir := filepath.Join(sharedTempDir(t), "out")
			cmd := exec.Command(bin, "--quiet", "--jobs", "2", "--out-dir", outDir, in)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			deadline := time.After(time.Minute)
		poll:
			for {
				select {
				case <-done:
					t.Fatalf("the run ended before %d outputs were written", killAt)
				case <-deadline:
					cmd.Process.Kill()
					<-done
					t.Fatal("no outputs after a minute")
				default:
				}
				if n, _ := countFiles(outDir); n >= killAt {
					break poll
				}
				time.Sleep(time.Millisecond)
			}
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
				t.Fatalf("the run was not killed: %v", cmd.ProcessState)
			}
			outputs, temps := checkOutputs(t, outDir)
			t.Logf("killed after %d outputs: %d complete outputs, %d temporary files left", killAt, outputs, temps)
			if outputs >= pages {
				t.Fatalf("the run finished before it was killed")
			}

			// A write in flight when the kill came leaves its temporary
			// file (a hidden name, never an output): one per worker at
			// most.
			if temps > 2 {
				t.Errorf("%d temporary files for 2 workers", temps)
			}

			r := extract(t, in, nil, "--quiet", "--jobs", "2", "--skip-existing", "--out-dir", outDir, in)
			if r.status != 0 {
				t.Fatalf("rerun with --skip-existing: status %d, stderr %q", r.status, r.stderr)
			}
			if outputs, _ := checkOutputs(t, outDir); outputs != pages {
				t.Errorf("after the rerun %d outputs, want %d", outputs, pages)
			}
		})
	}
	if after := hashTree(t, in); !equalHashes(before, after) {
		t.Errorf("inputs changed: %v", diffHashes(before, after))
	}
}

func countFiles(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			n++
		}
		return nil
	})
	return n, err
}

// TestFullDisk runs the command where no output fits: under a file size
// limit (RLIMIT_FSIZE, set by a re-executed copy of this test binary
// before it executes extract), and on a small tmpfs that fills up when
// the tests run as root. Each failed write is an error naming the output,
// no partial or temporary file stays, and the outputs that fit are whole.
func TestFullDisk(t *testing.T) {
	in := pageFolder(t, 200)
	before := hashTree(t, in)
	bin := extractBin(t)
	self, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	limited := func(t *testing.T, limit int, args ...string) run {
		t.Helper()
		cmd := exec.Command(self, append([]string{"--", bin}, args...)...)
		cmd.Env = append(os.Environ(), fmt.Sprintf("HOSTILE_FSIZE=%d", limit))
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		cmd.Run()
		return run{status: cmd.ProcessState.ExitCode(), stdout: out.String(), stderr: errOut.String()}
	}

	t.Run("file size limit, --out-dir", func(t *testing.T) {
		outDir := filepath.Join(sharedTempDir(t), "out")
		// 300 bytes: less than any output, more than nothing.
		r := limited(t, 300, "--jobs", "2", "--out-dir", outDir, in)
		if r.status != 2 || !strings.Contains(r.stderr, "file too large") ||
			!strings.Contains(r.stderr, "0 articles") && !strings.Contains(r.stderr, "200 errors") {
			t.Errorf("status %d, stderr %.300q", r.status, r.stderr)
		}
		if !strings.Contains(r.stderr, "extract: "+filepath.Join(in, "p0000.html")+": output "+filepath.Join(outDir, "in", "p0000.json")+": file too large") {
			t.Errorf("the error does not name the page and its output: %.300q", r.stderr)
		}
		if files := listTree(t, outDir); len(files) != 0 {
			t.Errorf("files left behind: %v", files)
		}
	})
	t.Run("file size limit, -o", func(t *testing.T) {
		out := filepath.Join(sharedTempDir(t), "all.jsonl")
		r := limited(t, 300, "-f", "jsonl", "-o", out, filepath.Join(in, "p0000.html"), filepath.Join(in, "p0001.html"))
		if r.status != 2 || !strings.Contains(r.stderr, "file too large") {
			t.Errorf("status %d, stderr %q", r.status, r.stderr)
		}
		if files := listTree(t, filepath.Dir(out)); len(files) != 0 {
			t.Errorf("files left behind: %v", files)
		}
	})
	t.Run("full tmpfs", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("mounting a tmpfs needs root")
		}
		mnt := sharedTempDir(t)
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt).CombinedOutput(); err != nil {
			t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
		}
		defer exec.Command("umount", mnt).Run()
		outDir := filepath.Join(mnt, "out")
		r := extract(t, in, nil, "--jobs", "2", "--out-dir", outDir, ".")
		if r.status != 2 || !strings.Contains(r.stderr, "no space left on device") {
			t.Errorf("status %d, stderr %.300q", r.status, r.stderr)
		}
		outputs, temps := checkOutputs(t, outDir)
		t.Logf("64 KiB tmpfs: %d outputs fitted, %d temporary files left", outputs, temps)
		if temps != 0 {
			t.Errorf("%d temporary files left", temps)
		}
		if outputs == 0 || outputs == 200 {
			t.Errorf("%d outputs: the disk should have filled part way", outputs)
		}
	})
	if after := hashTree(t, in); !equalHashes(before, after) {
		t.Errorf("inputs changed: %v", diffHashes(before, after))
	}
}
