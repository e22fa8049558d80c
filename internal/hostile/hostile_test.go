package hostile

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The tests run the extract command built from this module as a child
// process, so that exit status, output files, memory (the child's peak
// RSS) and signals are the real ones.

// maxRSS is the peak memory any hostile case may reach: the worst of them
// reads 50 MB into memory; a page that is expanded or parsed whole would
// go past it.
const maxRSS = 512 << 20

var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
	genOnce   sync.Once
	genDir    string
	genErr    error
	workDir   string // removed by TestMain
)

func TestMain(m *testing.M) {
	if limit := os.Getenv("HOSTILE_FSIZE"); limit != "" {
		fsizeExec(limit) // the re-exec helper for TestFullDisk: never returns
	}
	var err error
	workDir, err = os.MkdirTemp("", "extract-hostile-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Folders readable by everyone, so that the cases run as an
	// unprivileged user (see asNobody) can reach the files.
	os.Chmod(workDir, 0o755)
	code := m.Run()
	filepath.WalkDir(workDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.Chmod(p, 0o644) // the unreadable file, so that it can be removed
		}
		return nil
	})
	os.RemoveAll(workDir)
	os.Exit(code)
}

// extractBin builds the command once per test run.
func extractBin(t *testing.T) string {
	t.Helper()
	skipShort(t)
	buildOnce.Do(func() {
		goBin, err := exec.LookPath("go")
		if err != nil {
			buildErr = fmt.Errorf("no go command to build extract with: %w", err)
			return
		}
		buildPath = filepath.Join(workDir, "bin", "extract")
		cmd := exec.Command(goBin, "build", "-o", buildPath, "github.com/extract-dev/extract/cmd/extract")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
		os.Chmod(filepath.Dir(buildPath), 0o755)
	})
	if buildErr != nil {
		t.Skip(buildErr)
	}
	return buildPath
}

func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the hostile cases build extract and write about 200 MB")
	}
}

// hostileDir generates the set once per test run.
func hostileDir(t *testing.T) string {
	t.Helper()
	skipShort(t)
	genOnce.Do(func() {
		genDir = filepath.Join(workDir, "hostile")
		if genErr = os.Mkdir(genDir, 0o755); genErr == nil {
			genErr = Generate(genDir)
		}
	})
	if genErr != nil {
		t.Fatal(genErr)
	}
	return genDir
}

// run is one finished run of the command.
type run struct {
	status   int
	stdout   string
	stderr   string
	rss      int64 // peak resident memory, bytes
	duration time.Duration
}

// extract runs the command in dir with args and a time bound.
func extract(t *testing.T, dir string, cred *syscall.Credential, args ...string) run {
	t.Helper()
	cmd := exec.Command(extractBin(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		<-done
		t.Fatalf("extract %s: still running after 2 minutes", strings.Join(args, " "))
	}
	r := run{status: cmd.ProcessState.ExitCode(), stdout: out.String(), stderr: errOut.String(), duration: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rss = ru.Maxrss << 10 // kilobytes on Linux
	}
	return r
}

// asNobody returns the credentials of an unprivileged user when the tests
// run as root, who reads any file whatever its mode; nil otherwise.
func asNobody() *syscall.Credential {
	if os.Geteuid() != 0 {
		return nil
	}
	return &syscall.Credential{Uid: 65534, Gid: 65534}
}

// article is the part of the output the cases look at.
type article struct {
	Headline   string   `json:"headline"`
	Paragraphs []string `json:"paragraphs"`
	Source     struct {
		Format  string `json:"format"`
		Charset string `json:"charset"`
	} `json:"source"`
}

// TestHostileFiles runs the command on each hostile file alone, writing to
// a file with -o, and asserts the exit status, the one-line error naming
// the file and the reason, that no output (not even a partial one) is left
// when the page failed, and that memory stays bounded.
func TestHostileFiles(t *testing.T) {
	dir := hostileDir(t)
	before := hashTree(t, dir)
	type check func(t *testing.T, a article)
	headline := func(t *testing.T, a article) {
		if a.Headline != "Council approves the river bridge" || len(a.Paragraphs) != 3 {
			t.Errorf("article: headline %q, %d paragraphs", a.Headline, len(a.Paragraphs))
		}
	}
	for _, tc := range []struct {
		file   string
		status int    // 0 article, 1 no article, 2 refused
		reason string // in the error line after "extract: FILE: "
		check  check
	}{
		// Nesting past the parser's 512 levels is flattened: the
		// innermost paragraph is the article.
		{Deep, 0, "", func(t *testing.T, a article) {
			if len(a.Paragraphs) != 1 || !strings.Contains(a.Paragraphs[0], "innermost paragraph") {
				t.Errorf("article: %q", a.Paragraphs)
			}
		}},
		{Nodes, 2, "page has more than 200000 HTML elements and text nodes, the limit", nil},
		{LongLine, 2, "line 1 is 50 MiB long, more than the limit of 1 MiB for a line of page text", nil},
		{BigText, 2, "page has a text of 50 MiB without markup, more than the limit of 1 MiB", nil},
		{ScriptOnly, 1, "no article found", nil},
		{NULs, 0, "", func(t *testing.T, a article) {
			headline(t, a)
			if !strings.Contains(a.Paragraphs[0], "on Tuesday evening") || !strings.Contains(a.Paragraphs[0], "four hours") {
				t.Errorf("NUL bytes not removed from the words: %q", a.Paragraphs[0])
			}
		}},
		{NULOnly, 2, "input looks binary (100% control bytes), not a page", nil},
		// A NUL after every seventh byte breaks every tag: no article,
		// and no garbage presented as one.
		{NULSprinkled, 1, "no article found", nil},
		{MixedUTF8, 0, "", func(t *testing.T, a article) {
			if a.Headline != "Council approves the river bridge" || len(a.Paragraphs) < 2 {
				t.Fatalf("article: headline %q, %d paragraphs", a.Headline, len(a.Paragraphs))
			}
			if !strings.Contains(a.Paragraphs[0], "the “new” river") {
				t.Errorf("windows-1252 quotes among UTF-8 not read: %q", a.Paragraphs[0])
			}
			if len(a.Paragraphs) != 3 {
				// Read as windows-1252, "café" becomes "cafÃ©", and the
				// HTML body filter drops the paragraph holding it.
				t.Logf("known: %d paragraphs of 3; the one mixing UTF-8 and windows-1252 is lost", len(a.Paragraphs))
			}
		}},
		{InvalidUTF8, 1, "no article found", nil},
		{UTF16NoBOM, 0, "", func(t *testing.T, a article) {
			headline(t, a)
			if a.Source.Charset != "utf-16le" {
				t.Errorf("charset %q, want utf-16le", a.Source.Charset)
			}
		}},
		{PNG, 2, "input is a PNG image, not a page", nil},
		{PDF, 2, "input is a PDF document, not a page", nil},
		{ZIP, 2, "input is a ZIP archive, not a page", nil},
		{Empty, 2, "input is empty", nil},
		{Bomb, 2, "refused as a gzip bomb", nil},
		{TreePage, 0, "", headline},
	} {
		t.Run(tc.file, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.json")
			r := extract(t, dir, nil, "-o", out, tc.file)
			t.Logf("%s: status %d in %s, peak RSS %d MiB", tc.file, r.status, r.duration.Round(time.Millisecond), r.rss>>20)
			if r.status != tc.status {
				t.Errorf("status %d, want %d; stderr %q", r.status, tc.status, r.stderr)
			}
			if r.rss > maxRSS {
				t.Errorf("peak RSS %d MiB, more than %d MiB", r.rss>>20, maxRSS>>20)
			}
			if r.stdout != "" {
				t.Errorf("standard output with -o: %q", r.stdout)
			}
			leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(out), "*"))
			if tc.status != 0 {
				prefix := "extract: " + tc.file + ": "
				if !strings.HasPrefix(r.stderr, prefix) || !strings.Contains(r.stderr, tc.reason) || strings.Count(r.stderr, "\n") != 1 {
					t.Errorf("stderr %q, want one line %q…%q", r.stderr, prefix, tc.reason)
				}
				if len(leftovers) != 0 {
					t.Errorf("a failed page left files: %v", leftovers)
				}
				return
			}
			if r.stderr != "" {
				t.Errorf("stderr %q", r.stderr)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatalf("no output: %v", err)
			}
			if len(leftovers) != 1 {
				t.Errorf("files beside the output: %v", leftovers)
			}
			var a article
			if err := json.Unmarshal(b, &a); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			tc.check(t, a)
		})
	}
	if after := hashTree(t, dir); !equalHashes(before, after) {
		t.Errorf("inputs changed by the runs: %v", diffHashes(before, after))
	}
}

// TestHostileTree converts a folder holding a symbolic link that leads out
// of it, a named pipe nobody writes to, and a file its reader may not
// read: the link and the pipe are passed over (not read: the pipe would
// block), the unreadable file is one error, the good page is converted.
func TestHostileTree(t *testing.T) {
	dir := hostileDir(t)
	cred := asNobody()
	if os.Geteuid() == 0 && cred == nil {
		t.Skip("running as root, who reads a file of mode 000")
	}
	parent := sharedTempDir(t)
	outDir := filepath.Join(parent, "out")
	report := filepath.Join(parent, "report.jsonl")
	r := extract(t, dir, cred, "--verbose", "--out-dir", outDir, "--report", report, Tree)
	if cred != nil {
		t.Logf("run as uid %d, so that mode 000 keeps the file unreadable", cred.Uid)
	}
	if r.status != 2 {
		t.Errorf("status %d, want 2 (one page could not be read); stderr %q", r.status, r.stderr)
	}
	for _, want := range []string{
		"extract: " + filepath.Join(Tree, "unreadable.html") + ": ",
		"permission denied",
		"extract: " + filepath.Join(Tree, "link-out.html") + ": passed over: symbolic link leads outside the tree",
		"extract: " + filepath.Join(Tree, "pipe.html") + ": passed over: not a regular file",
		"1 article, 0 no article, 1 error",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	files := listTree(t, parent)
	want := []string{"out/tree/page.json", "report.jsonl"}
	if strings.Join(files, " ") != strings.Join(want, " ") {
		t.Errorf("files written: %v, want %v", files, want)
	}
}

// TestHostileTraversal converts a tar whose members are named ../x, /x and
// a/../../x: each is refused with an error naming it, the good member is
// converted under the archive's folder, and nothing is written elsewhere.
func TestHostileTraversal(t *testing.T) {
	dir := hostileDir(t)
	parent := t.TempDir()
	outDir := filepath.Join(parent, "deep", "out")
	r := extract(t, dir, nil, "--out-dir", outDir, Traversal)
	if r.status != 2 {
		t.Errorf("status %d, want 2; stderr %q", r.status, r.stderr)
	}
	for _, m := range TraversalMembers[:3] {
		want := "extract: " + Traversal + "!" + m + ": unsafe member name"
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	files := listTree(t, parent)
	if want := "deep/out/traversal.tar/ok/page.json"; strings.Join(files, " ") != want {
		t.Errorf("files written: %v, want only %s", files, want)
	}
	if _, err := os.Lstat(TraversalMembers[1]); err == nil {
		t.Errorf("%s exists", TraversalMembers[1])
	}
}

// TestHostileVanish deletes a file of a folder after the walk has listed
// it and before it is read (the first page keeps the only worker busy for
// about a second): the file is one error, the others are converted.
func TestHostileVanish(t *testing.T) {
	src := hostileDir(t)
	dir := t.TempDir()
	for _, name := range []string{VanishSlow, VanishPage, VanishGone} {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(name)), b, 0o644)
	}
	outDir := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(extractBin(t), "--jobs", "1", "--out-dir", outDir, ".")
	cmd.Dir = dir
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	gone := filepath.Join(dir, filepath.Base(VanishGone))
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	status := cmd.ProcessState.ExitCode()
	files := listTree(t, filepath.Dir(outDir))
	t.Logf("status %d, outputs %v, stderr %q", status, files, errOut.String())
	if _, err := os.Stat(filepath.Join(outDir, "c-gone.json")); err == nil {
		t.Skip("the page was read before it was deleted: the machine was faster than the slow page")
	}
	if status != 2 || !strings.Contains(errOut.String(), "c-gone.html: ") || !strings.Contains(errOut.String(), "no such file or directory") {
		t.Errorf("status %d, stderr %q: want 2 and the vanished file named", status, errOut.String())
	}
	if !contains(files, "out/b-page.json") {
		t.Errorf("the page beside the vanished one was not converted: %v", files)
	}
}

// sharedTempDir is a new folder that the unprivileged user of asNobody
// may write in (t.TempDir's parents are private to the tester).
func sharedTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp(workDir, "run-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	return dir
}

// listTree lists the files under dir, slash separated, sorted.
func listTree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hashTree hashes every regular file under dir, with its mode, and the
// target of every link.
func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	sums := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return nil
		}
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			sums[p] = "link " + target
		case fi.Mode().IsRegular():
			// Hashed as a stream: the test process stays small, and its
			// size is what a forked child's peak RSS starts from.
			f, err := os.Open(p)
			if err != nil {
				sums[p] = fmt.Sprintf("unreadable %v", fi.Mode())
				return nil
			}
			defer f.Close()
			h := sha256.New()
			io.Copy(h, f)
			sums[p] = fmt.Sprintf("%x %v %v", h.Sum(nil), fi.Mode(), fi.ModTime().UnixNano())
		default:
			sums[p] = fi.Mode().String()
		}
		return nil
	})
	return sums
}

func equalHashes(a, b map[string]string) bool { return len(diffHashes(a, b)) == 0 }

func diffHashes(a, b map[string]string) []string {
	var out []string
	for k, v := range a {
		if b[k] != v {
			out = append(out, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			out = append(out, k+" (new)")
		}
	}
	return out
}

// fsizeExec sets RLIMIT_FSIZE and executes the extract command with the
// arguments after "--" in os.Args: the limit is inherited across exec, so
// the command meets a full disk at the given file size while the test
// process itself is not limited.
func fsizeExec(limit string) {
	var n uint64
	fmt.Sscan(limit, &n)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
		fmt.Fprintln(os.Stderr, "setrlimit:", err)
		os.Exit(3)
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	err := syscall.Exec(args[0], args, os.Environ())
	fmt.Fprintln(os.Stderr, "exec:", err)
	os.Exit(3)
}
