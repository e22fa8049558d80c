package input

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
)

// memberItem builds the item for an archive member, refusing unsafe names.
func (w *Walker) memberItem(archive, rel, member string, size int64) *Item {
	it := &Item{Name: archive + "!" + member, Size: size, max: w.MaxBytes}
	clean, err := safeMember(member)
	if err != nil {
		it.Err = fmt.Errorf("%s: %w", it.Name, err)
		return it
	}
	it.RelPath = path.Join(rel, clean)
	return it
}

// memberWanted applies the include/exclude globs and the hidden rule to a
// member name, as for files in a directory.
func (w *Walker) memberWanted(member string) bool {
	base := path.Base(member)
	if !w.Hidden {
		for _, part := range splitSlash(member) {
			if len(part) > 1 && part[0] == '.' && part != ".." {
				return false
			}
		}
	}
	for _, dir := range parents(member) {
		if w.excluded(path.Base(dir), dir) {
			return false
		}
	}
	return !w.excluded(base, member) && w.included(base, member)
}

func splitSlash(s string) []string {
	var out []string
	for s != "" {
		i := 0
		for i < len(s) && s[i] != '/' {
			i++
		}
		out = append(out, s[:i])
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
	return out
}

// parents lists "a", "a/b" for "a/b/c".
func parents(member string) []string {
	var out []string
	for i := 0; i < len(member); i++ {
		if member[i] == '/' && i > 0 {
			out = append(out, member[:i])
		}
	}
	return out
}

func (w *Walker) tar(ctx context.Context, p, rel string, gz bool, yield Yield) error {
	f, err := os.Open(p)
	if err != nil {
		return yield(&Item{Name: p, Err: statError(p, err)})
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 64<<10)
	if gz {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return yield(&Item{Name: p, Err: fmt.Errorf("%s: gzip: %w", p, err)})
		}
		defer zr.Close()
		r = zr
	}
	tr := tar.NewReader(r)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// A damaged archive cannot be resynchronised: report it and
			// keep what was read before.
			return yield(&Item{Name: p, Err: fmt.Errorf("%s: tar: %w", p, err)})
		}
		if h.Typeflag != tar.TypeReg && h.Typeflag != tar.TypeRegA {
			continue // directories, links and devices are not pages
		}
		if !w.memberWanted(h.Name) {
			continue
		}
		it := w.memberItem(p, rel, h.Name, h.Size)
		if it.Err == nil {
			it.open = func() (io.ReadCloser, error) { return io.NopCloser(tr), nil }
		}
		if err := yield(it); err != nil {
			return err
		}
	}
}

func (w *Walker) zip(ctx context.Context, p, rel string, yield Yield) error {
	f, err := os.Open(p)
	if err != nil {
		return yield(&Item{Name: p, Err: statError(p, err)})
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return yield(&Item{Name: p, Err: statError(p, err)})
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return yield(&Item{Name: p, Err: fmt.Errorf("%s: zip: %w", p, err)})
	}
	for _, zf := range zr.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		if zf.FileInfo().IsDir() || !zf.Mode().IsRegular() {
			continue
		}
		if !w.memberWanted(zf.Name) {
			continue
		}
		size := int64(zf.UncompressedSize64)
		if zf.UncompressedSize64 > 1<<62 {
			size = -1
		}
		it := w.memberItem(p, rel, zf.Name, size)
		if it.Err == nil {
			zf := zf
			it.open = func() (io.ReadCloser, error) {
				rc, err := zf.Open()
				if err != nil {
					return nil, fmt.Errorf("%s: zip: %w", it.Name, err)
				}
				return rc, nil
			}
		}
		if err := yield(it); err != nil {
			return err
		}
	}
	return nil
}
