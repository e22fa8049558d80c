package input

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// fuzzLineMax is the line limit FuzzReadJSONL reads with: small, so that
// the engine reaches it.
const fuzzLineMax = 256

// jsonlItem is what FuzzReadJSONL compares between two readings.
type jsonlItem struct {
	name, format, data, err, id string
	tooLarge                    bool
}

func readAllJSONL(t *testing.T, r interface{ Read([]byte) (int, error) }) []jsonlItem {
	t.Helper()
	var out []jsonlItem
	err := ReadJSONL(context.Background(), r, fuzzLineMax, func(it *Item) error {
		j := jsonlItem{name: it.Name, format: it.Format, id: string(it.ID)}
		if it.Err != nil {
			j.err = it.Err.Error()
			j.tooLarge = errors.Is(it.Err, ErrTooLarge)
		} else {
			b, err := it.ReadAll()
			if err != nil {
				t.Fatalf("%s: no Err, but ReadAll: %v", it.Name, err)
			}
			j.data = string(b)
		}
		out = append(out, j)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadJSONL on bytes in memory: %v", err)
	}
	return out
}

// FuzzReadJSONL checks the stream reader on any bytes: every non-blank
// line gives exactly one item named after its line number, in order; an
// item is either an error naming its line or a page in html or text with
// the bytes the record held; lines over the limit are refused and lines
// within it are not; and reading one byte at a time gives the same items.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":1,"url":"https://example.com/a","html":"<p>x</p>"}` + "\n" + `{"id":"b","text":"t"}`))
	f.Add([]byte("\n\n{\"id\":[1,2],\"html\":null}\r\n{\"text\":\"\\u0000\"}\n"))
	f.Add([]byte(`{"id":{"k":"v"},"html":"` + strings.Repeat("a", fuzzLineMax) + `"}` + "\nnot json\n{\"id\":3}"))
	f.Add([]byte("{\"html\":\"\xff\xfe\"}\n[]\n\"s\"\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := readAllJSONL(t, bytes.NewReader(data))
		again := readAllJSONL(t, iotest.OneByteReader(bytes.NewReader(data)))
		if len(items) != len(again) {
			t.Fatalf("%d items, %d when read a byte at a time", len(items), len(again))
		}
		for i := range items {
			if items[i] != again[i] {
				t.Fatalf("item %d differs when read a byte at a time:\n%+v\n%+v", i, items[i], again[i])
			}
		}

		lines := strings.Split(string(data), "\n")
		k := 0
		for n, line := range lines {
			name := "stdin:" + strconv.Itoa(n+1)
			last := n == len(lines)-1
			trimmed := strings.TrimSuffix(line, "\r")
			long := len(line) > fuzzLineMax+1 || (!last && len(line) > fuzzLineMax)
			if !long && strings.TrimSpace(trimmed) == "" {
				continue // blank lines give nothing
			}
			if k == len(items) {
				t.Fatalf("no item for line %d %q", n+1, line)
			}
			it := items[k]
			k++
			if it.name != name {
				t.Fatalf("item %q for line %d", it.name, n+1)
			}
			if long != it.tooLarge {
				t.Fatalf("line %d of %d bytes (limit %d): too large %v", n+1, len(line), fuzzLineMax, it.tooLarge)
			}
			if it.err != "" {
				if !strings.HasPrefix(it.err, name+": ") {
					t.Fatalf("error %q does not name %s", it.err, name)
				}
				continue
			}
			var rec Record
			if err := json.Unmarshal([]byte(trimmed), &rec); err != nil {
				t.Fatalf("line %d %q read as a page though it does not decode: %v", n+1, trimmed, err)
			}
			want, format := rec.Text, "text"
			if rec.HTML != nil {
				want, format = rec.HTML, "html"
			}
			if want == nil || it.format != format || it.data != *want {
				t.Fatalf("line %d: item %+v, record %+v", n+1, it, rec)
			}
		}
		if k != len(items) {
			t.Fatalf("%d items for %d non-blank lines", len(items), k)
		}
	})
}

// FuzzArchiveMember checks member naming on any name: a name that is
// absolute or climbs with ".." is refused, and any accepted name maps to a
// local path under the archive's own folder, directly and when the member
// is read from a real tar and zip archive.
func FuzzArchiveMember(f *testing.F) {
	for _, s := range []string{"a.html", "site/a.html", "../x", "/etc/passwd", "a/../../x",
		"a/./b//c.html", `..\x`, `C:\x`, "c:/x", "a\x00b", ".", "./", "a/..", ".hidden/a.html", "…/ü.html"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		unsafe := strings.HasPrefix(strings.ReplaceAll(name, `\`, "/"), "/") || strings.ContainsRune(name, 0)
		for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == '\\' }) {
			unsafe = unsafe || part == ".."
		}
		clean, err := safeMember(name)
		if err == nil {
			if unsafe {
				t.Fatalf("safeMember(%q) accepted as %q", name, clean)
			}
			checkLocal(t, name, clean)
			if clean != path.Clean(clean) {
				t.Fatalf("safeMember(%q) = %q, not clean", name, clean)
			}
		} else if !errors.Is(err, ErrUnsafeName) {
			t.Fatalf("safeMember(%q): %v", name, err)
		}

		w := &Walker{Hidden: true}
		w.memberWanted(name)
		it := w.memberItem("dir/x.tar", "x.tar", name, 1)
		if it.Name != "dir/x.tar!"+name {
			t.Fatalf("member %q named %q", name, it.Name)
		}
		checkItem(t, name, it, err == nil)

		// The same name read from archives on disk, when the archive
		// formats can hold it.
		dir := t.TempDir()
		if b, ok := fuzzTar(name); ok {
			walkArchive(t, w, filepath.Join(dir, "x.tar"), b)
		}
		if b, ok := fuzzZip(name); ok {
			walkArchive(t, w, filepath.Join(dir, "x.zip"), b)
		}
	})
}

func checkLocal(t *testing.T, name, rel string) {
	t.Helper()
	if !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, `\`) {
		t.Fatalf("member %q maps to %q, not a local path", name, rel)
	}
}

// checkItem asserts that an item is refused, or names a local path under
// the archive's folder.
func checkItem(t *testing.T, name string, it *Item, accept bool) {
	t.Helper()
	if it.Err != nil {
		if accept {
			t.Fatalf("member %q refused: %v", name, it.Err)
		}
		if !strings.HasPrefix(it.Err.Error(), it.Name) {
			t.Fatalf("error %q does not name the member", it.Err)
		}
		return
	}
	if !accept {
		t.Fatalf("member %q accepted as %q", name, it.RelPath)
	}
	checkLocal(t, name, it.RelPath)
	if !strings.HasPrefix(it.RelPath, "x.tar/") && !strings.HasPrefix(it.RelPath, "x.zip/") {
		t.Fatalf("member %q maps to %q, outside the archive's folder", name, it.RelPath)
	}
}

func walkArchive(t *testing.T, w *Walker, p string, b []byte) {
	t.Helper()
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	err := w.Walk(context.Background(), []string{p}, func(it *Item) error {
		if it.Skip != "" || it.Name == p {
			return nil // the archive itself could not be read: not a naming matter
		}
		// The reader may normalise the name it reports (zip turns \ into
		// /), so judge the item by the name it carries.
		member := strings.TrimPrefix(it.Name, p+"!")
		_, e := safeMember(member)
		checkItem(t, member, it, e == nil)
		return nil
	})
	if err != nil {
		t.Fatalf("walk %s: %v", filepath.Base(p), err)
	}
}

func fuzzTar(name string) ([]byte, bool) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	body := []byte("<p>page</p>")
	if tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}) != nil {
		return nil, false
	}
	if _, err := tw.Write(body); err != nil || tw.Close() != nil {
		return nil, false
	}
	return buf.Bytes(), true
}

func fuzzZip(name string) ([]byte, bool) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	fw, err := zw.Create(name)
	if err != nil {
		return nil, false
	}
	if _, err := fw.Write([]byte("<p>page</p>")); err != nil || zw.Close() != nil {
		return nil, false
	}
	return buf.Bytes(), true
}
