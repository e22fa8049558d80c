package input

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

// Walker turns arguments into pages. Its zero value walks directories
// without hidden files and takes every file.
type Walker struct {
	Include []string // globs a file must match (base name or relative path); empty takes all
	Exclude []string // globs that drop a file or prune a directory
	Hidden  bool     // walk names starting with "."
	// MaxBytes bounds one page; zero means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the argument "-" and for a file list named "-".
	Stdin io.Reader
	// Avoid lists folders never to enter, such as the output folder when
	// it lies inside an input folder (its outputs are not pages).
	Avoid []fs.FileInfo
	// NoArchives yields each archive as one item with Skip "archive"
	// instead of reading its members, for a quick count of the inputs.
	NoArchives bool
}

func (w *Walker) avoided(fi fs.FileInfo) bool {
	for _, a := range w.Avoid {
		if os.SameFile(a, fi) {
			return true
		}
	}
	return false
}

// Yield receives each item. Returning an error stops the walk and makes
// Walk return that error.
type Yield func(*Item) error

// Kind says how an argument is read.
type Kind int

// The kinds of argument.
const (
	KindFile Kind = iota
	KindDir
	KindTar
	KindTarGz
	KindZip
	KindWARC
	KindStdin
	KindGlob // names no existing path but holds glob characters
)

// Classify says how Walk would read arg, looking at the file system only to
// tell a directory from a file and a glob from a missing path.
func Classify(arg string) Kind {
	if arg == "-" {
		return KindStdin
	}
	if fi, err := os.Stat(arg); err == nil {
		if fi.IsDir() {
			return KindDir
		}
		return archiveKind(arg)
	} else if errors.Is(err, fs.ErrNotExist) && hasMeta(arg) {
		return KindGlob
	}
	return archiveKind(arg)
}

func archiveKind(name string) Kind {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".tar"):
		return KindTar
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"):
		return KindTarGz
	case strings.HasSuffix(n, ".zip"):
		return KindZip
	case strings.HasSuffix(n, ".warc"), strings.HasSuffix(n, ".warc.gz"):
		return KindWARC
	}
	return KindFile
}

// Many reports whether arg stands for more than one page (a directory, an
// archive or a glob pattern), so that a command line holding it calls for
// batch mode even when it is the only argument.
func Many(arg string) bool {
	k := Classify(arg)
	return k != KindFile && k != KindStdin
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[`) }

// Walk yields the items named by args, in order. It stops early, returning
// ctx.Err(), when ctx is done. Errors reading one argument or entry are
// yielded as items with Err set and the walk goes on.
func (w *Walker) Walk(ctx context.Context, args []string, yield Yield) error {
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.arg(ctx, arg, yield); err != nil {
			return err
		}
	}
	return nil
}

// FilesFrom reads a list of arguments from r, one per line or, with nul,
// separated by NUL bytes, and walks each as it is read, so that a list of
// millions of paths is never held in memory. Empty entries are ignored.
func (w *Walker) FilesFrom(ctx context.Context, r io.Reader, nul bool, yield Yield) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	if nul {
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			if i := bytes.IndexByte(data, 0); i >= 0 {
				return i + 1, data[:i], nil
			}
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		})
	}
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := sc.Text()
		if !nul {
			line = strings.TrimSuffix(line, "\r")
		}
		if line == "" {
			continue
		}
		// A listed name is a path, never a pattern: file lists come from
		// find(1) and friends, and file names may hold '*' or '['.
		if err := w.path(ctx, line, yield); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("file list: %w", err)
	}
	return nil
}

func (w *Walker) arg(ctx context.Context, arg string, yield Yield) error {
	if arg == "-" {
		it := &Item{Name: "-", RelPath: "stdin", Size: -1, max: w.MaxBytes,
			open: func() (io.ReadCloser, error) { return io.NopCloser(w.stdin()), nil }}
		return yield(it)
	}
	if Classify(arg) == KindGlob {
		matches, err := filepath.Glob(arg)
		if err != nil {
			return yield(&Item{Name: arg, Err: fmt.Errorf("%s: bad pattern: %w", arg, err)})
		}
		if len(matches) == 0 {
			return yield(&Item{Name: arg, Err: fmt.Errorf("%s: no file matches the pattern", arg)})
		}
		for _, m := range matches {
			if err := w.path(ctx, m, yield); err != nil {
				return err
			}
		}
		return nil
	}
	return w.path(ctx, arg, yield)
}

func (w *Walker) stdin() io.Reader {
	if w.Stdin == nil {
		return os.Stdin
	}
	return w.Stdin
}

// path reads one named path: a file, an archive or a directory.
func (w *Walker) path(ctx context.Context, p string, yield Yield) error {
	fi, err := os.Stat(p)
	if err != nil {
		return yield(&Item{Name: p, Err: statError(p, err)})
	}
	rel := argRel(p)
	if fi.IsDir() {
		if w.avoided(fi) {
			return nil
		}
		return w.dir(ctx, p, rel, yield)
	}
	return w.file(ctx, p, rel, fi, yield)
}

func statError(p string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", p, pe.Err)
	}
	return fmt.Errorf("%s: %w", p, err)
}

// argRel is where an argument's outputs go under an output folder: the
// path as given when it is local ("site/a.html", "."), else its base name,
// so that "/abs/site" and "../site" both land in "site".
func argRel(p string) string {
	c := filepath.Clean(p)
	if filepath.IsLocal(c) || c == "." {
		return filepath.ToSlash(c)
	}
	b := filepath.Base(c)
	if b == "/" || b == "." || b == ".." {
		return "root"
	}
	return b
}

// file yields one regular file, or the members of an archive.
func (w *Walker) file(ctx context.Context, p, rel string, fi fs.FileInfo, yield Yield) error {
	if !fi.Mode().IsRegular() {
		return yield(&Item{Name: p, Skip: "not a regular file"})
	}
	if w.NoArchives && archiveKind(p) != KindFile {
		return yield(&Item{Name: p, Skip: "archive"})
	}
	switch archiveKind(p) {
	case KindTar, KindTarGz:
		return w.tar(ctx, p, rel, archiveKind(p) == KindTarGz, yield)
	case KindZip:
		return w.zip(ctx, p, rel, yield)
	case KindWARC:
		return w.warc(ctx, p, rel, yield)
	}
	it := &Item{Name: p, RelPath: rel, Size: fi.Size(), max: w.MaxBytes,
		open: func() (io.ReadCloser, error) {
			f, err := os.Open(p)
			if err != nil {
				return nil, statError(p, err)
			}
			return f, nil
		}}
	return yield(it)
}

// dir walks a directory tree in name order.
func (w *Walker) dir(ctx context.Context, root, rel string, yield Yield) error {
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return yield(&Item{Name: root, Err: statError(root, err)})
	}
	visited := map[fileID]bool{}
	if fi, err := os.Stat(root); err == nil {
		visited[idOf(fi)] = true
	}
	return w.walkDir(ctx, root, "", rel, realRoot, visited, yield)
}

type fileID struct{ dev, ino uint64 }

func idOf(fi fs.FileInfo) fileID {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return fileID{uint64(st.Dev), uint64(st.Ino)}
	}
	return fileID{}
}

func (w *Walker) walkDir(ctx context.Context, dir, sub, rel, realRoot string, visited map[fileID]bool, yield Yield) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if err := yield(&Item{Name: dir, Err: statError(dir, err)}); err != nil {
			return err
		}
		// ReadDir returns the entries it could read before the error.
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		full := filepath.Join(dir, name)
		subRel := path.Join(sub, name)
		if !w.Hidden && strings.HasPrefix(name, ".") {
			continue
		}
		if w.excluded(name, subRel) {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			if err := yield(&Item{Name: full, Err: statError(full, err)}); err != nil {
				return err
			}
			continue
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(full)
			if err != nil {
				if err := yield(&Item{Name: full, Err: fmt.Errorf("%s: broken symbolic link: %w", full, errors.Unwrap(err))}); err != nil {
					return err
				}
				continue
			}
			if !within(realRoot, target) {
				if err := yield(&Item{Name: full, Skip: "symbolic link leads outside the tree"}); err != nil {
					return err
				}
				continue
			}
			if fi, err = os.Stat(full); err != nil {
				if err := yield(&Item{Name: full, Err: statError(full, err)}); err != nil {
					return err
				}
				continue
			}
		}
		if fi.IsDir() {
			id := idOf(fi)
			if visited[id] || w.avoided(fi) {
				continue // a loop, or a second way to a directory already walked
			}
			visited[id] = true
			if err := w.walkDir(ctx, full, subRel, rel, realRoot, visited, yield); err != nil {
				return err
			}
			continue
		}
		if !w.included(name, subRel) {
			continue
		}
		if err := w.file(ctx, full, path.Join(rel, subRel), fi, yield); err != nil {
			return err
		}
	}
	return nil
}

func within(root, target string) bool {
	r, err := filepath.Rel(root, target)
	return err == nil && (r == "." || filepath.IsLocal(r))
}

func (w *Walker) excluded(name, rel string) bool { return matchAny(w.Exclude, name, rel) }

func (w *Walker) included(name, rel string) bool {
	return len(w.Include) == 0 || matchAny(w.Include, name, rel)
}

func matchAny(globs []string, name, rel string) bool {
	for _, g := range globs {
		if ok, _ := path.Match(g, name); ok {
			return true
		}
		if ok, _ := path.Match(g, rel); ok {
			return true
		}
	}
	return false
}

// ValidateGlobs reports the first malformed pattern, so that a typo fails
// at start-up rather than silently matching nothing.
func ValidateGlobs(globs []string) error {
	for _, g := range globs {
		if _, err := path.Match(g, ""); err != nil {
			return fmt.Errorf("bad pattern %q: %w", g, err)
		}
	}
	return nil
}
