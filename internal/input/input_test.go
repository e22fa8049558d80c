package input

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// collect walks args and returns, per item, "Name RelPath" or
// "Name ERR reason" or "Name SKIP reason", with the bytes read.
func collect(t *testing.T, w *Walker, args ...string) (lines []string, data map[string]string) {
	t.Helper()
	data = map[string]string{}
	err := w.Walk(context.Background(), args, func(it *Item) error {
		switch {
		case it.Err != nil:
			lines = append(lines, it.Name+" ERR")
		case it.Skip != "":
			lines = append(lines, it.Name+" SKIP")
		default:
			b, err := it.ReadAll()
			if err != nil {
				lines = append(lines, it.Name+" READERR "+err.Error())
				return nil
			}
			data[it.Name] = string(b)
			lines = append(lines, it.Name+" "+it.RelPath)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return lines, data
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func chdir(t *testing.T, dir string) {
	t.Helper()
	t.Chdir(dir)
}

func TestWalkDir(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"site/b.html":          "b",
		"site/a.html":          "a",
		"site/news/c.htm":      "c",
		"site/.git/config":     "hidden",
		"site/.hidden.html":    "hidden",
		"site/style.css":       "css",
		"site/drafts/d.html":   "d",
		"site/news/e.html.bak": "e",
	})
	chdir(t, dir)
	got, _ := collect(t, &Walker{}, "site")
	want := []string{
		"site/a.html site/a.html",
		"site/b.html site/b.html",
		"site/drafts/d.html site/drafts/d.html",
		"site/news/c.htm site/news/c.htm",
		"site/news/e.html.bak site/news/e.html.bak",
		"site/style.css site/style.css",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("plain walk:\ngot  %q\nwant %q", got, want)
	}

	got, _ = collect(t, &Walker{Include: []string{"*.html", "*.htm"}, Exclude: []string{"drafts"}}, "site")
	want = []string{"site/a.html site/a.html", "site/b.html site/b.html", "site/news/c.htm site/news/c.htm"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("include/exclude:\ngot  %q\nwant %q", got, want)
	}

	// A relative-path glob matches against the path below the argument.
	got, _ = collect(t, &Walker{Include: []string{"news/*"}}, "site")
	want = []string{"site/news/c.htm site/news/c.htm", "site/news/e.html.bak site/news/e.html.bak"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("relative glob:\ngot  %q\nwant %q", got, want)
	}

	got, _ = collect(t, &Walker{Hidden: true, Include: []string{"*.html", "config"}}, "site")
	if !contains(got, "site/.git/config site/.git/config") || !contains(got, "site/.hidden.html site/.hidden.html") {
		t.Errorf("--hidden did not walk hidden names: %q", got)
	}

	// An absolute argument mirrors under its base name.
	got, _ = collect(t, &Walker{Include: []string{"a.html"}}, filepath.Join(dir, "site"))
	if len(got) != 1 || !strings.HasSuffix(got[0], " site/a.html") {
		t.Errorf("absolute argument: %q", got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"tree/a.html": "a", "outside/secret.html": "secret"})
	chdir(t, dir)
	must(t, os.Symlink(".", "tree/loop")) // a loop back to tree
	must(t, os.MkdirAll("tree/sub", 0o755))
	must(t, os.Symlink("..", "tree/sub/up"))                          // a loop through a parent
	must(t, os.Symlink("../outside/secret.html", "tree/escape.html")) // leaves the tree
	must(t, os.Symlink("a.html", "tree/b.html"))                      // a link inside the tree
	must(t, os.Symlink("missing.html", "tree/broken.html"))
	got, data := collect(t, &Walker{}, "tree")
	want := []string{
		"tree/a.html tree/a.html",
		"tree/b.html tree/b.html",
		"tree/broken.html ERR",
		"tree/escape.html SKIP",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, v := range data {
		if v == "secret" {
			t.Error("read a file outside the tree through a symbolic link")
		}
	}
}

func TestWalkSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	write(t, dir, map[string]string{"d/a.html": "a"})
	if err := syscall.Mkfifo("d/pipe.html", 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got, _ := collect(t, &Walker{}, "d", "missing.html")
	want := []string{"d/a.html d/a.html", "d/pipe.html SKIP", "missing.html ERR"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestWalkGlobAndFilesFrom(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"p/1.html": "1", "p/2.html": "2", "p/3.txt": "3", "odd[1].html": "odd"})
	chdir(t, dir)
	got, _ := collect(t, &Walker{}, "p/*.html", "q/*.html")
	want := []string{"p/1.html p/1.html", "p/2.html p/2.html", "q/*.html ERR"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("glob: got %q, want %q", got, want)
	}
	// An existing name is a path even when it looks like a pattern.
	got, _ = collect(t, &Walker{}, "odd[1].html")
	if !reflect.DeepEqual(got, []string{"odd[1].html odd[1].html"}) {
		t.Errorf("literal name with glob characters: %q", got)
	}

	for _, tc := range []struct {
		list string
		nul  bool
	}{
		{"p/3.txt\n\np/1.html\r\nodd[1].html\n", false},
		{"p/3.txt\x00p/1.html\x00odd[1].html", true},
	} {
		var names []string
		w := &Walker{}
		err := w.FilesFrom(context.Background(), strings.NewReader(tc.list), tc.nul, func(it *Item) error {
			names = append(names, it.Name)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"p/3.txt", "p/1.html", "odd[1].html"}; !reflect.DeepEqual(names, want) {
			t.Errorf("files-from nul=%v: got %q, want %q", tc.nul, names, want)
		}
	}
}

type member struct{ name, body string }

func makeTar(t *testing.T, gz bool, members ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	var zw *gzip.Writer
	tw := tar.NewWriter(&buf)
	if gz {
		zw = gzip.NewWriter(&buf)
		tw = tar.NewWriter(zw)
	}
	for _, m := range members {
		h := &tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(m.body)), Typeflag: tar.TypeReg}
		if strings.HasSuffix(m.name, "/") {
			h.Typeflag, h.Size = tar.TypeDir, 0
		}
		must(t, tw.WriteHeader(h))
		_, err := tw.Write([]byte(m.body))
		must(t, err)
	}
	must(t, tw.Close())
	if zw != nil {
		must(t, zw.Close())
	}
	return buf.Bytes()
}

func makeZip(t *testing.T, members ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range members {
		f, err := zw.Create(m.name)
		must(t, err)
		_, err = f.Write([]byte(m.body))
		must(t, err)
	}
	must(t, zw.Close())
	return buf.Bytes()
}

func TestArchives(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	members := []member{
		{"site/", ""},
		{"site/a.html", "<p>a</p>"},
		{"../evil.html", "evil"},
		{"/etc/evil.html", "evil"},
		{"site/../../evil2.html", "evil"},
		{"site/.cache/x.html", "hidden"},
		{"site/b.html", "<p>b</p>"},
	}
	must(t, os.WriteFile("s.tar", makeTar(t, false, members...), 0o644))
	must(t, os.WriteFile("s.tgz", makeTar(t, true, members...), 0o644))
	var zm []member
	for _, m := range members {
		if !strings.HasSuffix(m.name, "/") {
			zm = append(zm, m)
		}
	}
	must(t, os.WriteFile("s.zip", makeZip(t, zm...), 0o644))
	for _, name := range []string{"s.tar", "s.tgz", "s.zip"} {
		got, data := collect(t, &Walker{}, name)
		want := []string{
			name + "!site/a.html " + name + "/site/a.html",
			name + "!../evil.html ERR",
			name + "!/etc/evil.html ERR",
			name + "!site/../../evil2.html ERR",
			name + "!site/b.html " + name + "/site/b.html",
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\ngot  %q\nwant %q", name, got, want)
		}
		if data[name+"!site/b.html"] != "<p>b</p>" {
			t.Errorf("%s: member bytes %q", name, data[name+"!site/b.html"])
		}
	}
	// The refusal is ErrUnsafeName, for callers that tell it apart.
	w := &Walker{}
	w.Walk(context.Background(), []string{"s.tar"}, func(it *Item) error {
		if it.Err != nil && !errors.Is(it.Err, ErrUnsafeName) {
			t.Errorf("%s: %v is not ErrUnsafeName", it.Name, it.Err)
		}
		return nil
	})
}

func TestArchiveDamaged(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	full := makeTar(t, true, member{"a.html", "a"}, member{"b.html", strings.Repeat("b", 5000)})
	must(t, os.WriteFile("cut.tar.gz", full[:len(full)/2], 0o644))
	must(t, os.WriteFile("bad.zip", []byte("not a zip"), 0o644))
	got, _ := collect(t, &Walker{}, "cut.tar.gz", "bad.zip")
	if len(got) == 0 || got[len(got)-1] != "bad.zip ERR" || !strings.Contains(strings.Join(got, "\n"), "ERR") {
		t.Errorf("damaged archives: %q", got)
	}
}

func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	write(t, dir, map[string]string{"big.html": strings.Repeat("x", 100), "small.html": "x"})
	got, _ := collect(t, &Walker{MaxBytes: 10}, "big.html", "small.html")
	if !strings.HasPrefix(got[0], "big.html READERR") || !strings.Contains(got[0], "too large") || got[1] != "small.html small.html" {
		t.Errorf("got %q", got)
	}
}

// warcRecord builds one WARC/1.1 record.
func warcRecord(typ, id, uri, contentType, block string) string {
	h := fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Date: 2025-10-18T07:46:00Z\r\n", typ, id)
	if uri != "" {
		h += "WARC-Target-URI: " + uri + "\r\n"
	}
	h += fmt.Sprintf("Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	return h + block + "\r\n\r\n"
}

func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	const id1 = "<urn:uuid:11111111-1111-1111-1111-111111111111>"
	const id2 = "<urn:uuid:22222222-2222-2222-2222-222222222222>"
	page := "<html><body><p>Hello</p></body></html>"
	records := []string{
		warcRecord("warcinfo", "<urn:uuid:00000000-0000-0000-0000-000000000000>", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "<urn:uuid:33333333-3333-3333-3333-333333333333>", "https://example.com/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"),
		warcRecord("response", id1, "https://example.com/a", "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", page)),
		warcRecord("response", "<urn:uuid:44444444-4444-4444-4444-444444444444>", "https://example.com/logo.png", "application/http; msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG")),
		warcRecord("response", "<urn:uuid:55555555-5555-5555-5555-555555555555>", "https://example.com/old", "application/http; msgtype=response", httpResponse("301 Moved Permanently", "text/html", "")),
		warcRecord("response", id2, "https://example.com/b", "application/http; msgtype=response", strings.Replace(httpResponse("200 OK", "text/html", "<p>B</p>"), "HTTP/1.1", "HTTP/2", 1)),
	}
	plain := strings.Join(records, "")
	must(t, os.WriteFile("c.warc", []byte(plain), 0o644))
	// A .warc.gz is a gzip member per record.
	var gz bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(r))
		must(t, zw.Close())
	}
	must(t, os.WriteFile("c.warc.gz", gz.Bytes(), 0o644))
	for _, name := range []string{"c.warc", "c.warc.gz"} {
		var items []*Item
		var bodies []string
		err := (&Walker{}).Walk(context.Background(), []string{name}, func(it *Item) error {
			items = append(items, it)
			b, err := it.ReadAll()
			if err != nil {
				t.Errorf("%s: %v", it.Name, err)
			}
			bodies = append(bodies, string(b))
			return nil
		})
		must(t, err)
		if len(items) != 2 {
			t.Fatalf("%s: %d items, want the 2 HTML responses", name, len(items))
		}
		if items[0].Name != name+"#"+strings.Trim(id1, "<>") || items[0].URL != "https://example.com/a" ||
			items[0].RelPath != name+"/11111111-1111-1111-1111-111111111111" || bodies[0] != page {
			t.Errorf("%s: first record %+v body %q", name, *items[0], bodies[0])
		}
		if items[1].URL != "https://example.com/b" || bodies[1] != "<p>B</p>" {
			t.Errorf("%s: second record %+v body %q", name, *items[1], bodies[1])
		}
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"id": 1, "url": "https://example.com/1", "html": "<p>one</p>"}
not json
{"id": "b", "text": "two"}

{"id": [3], "html": 5}
{"id": 4}
` + `{"id": 5, "html": "` + strings.Repeat("x", 200) + `"}
{"id": 6, "html": "six"}`
	type rec struct{ name, id, url, format, data, err string }
	var got []rec
	err := ReadJSONL(context.Background(), strings.NewReader(in), 100, func(it *Item) error {
		r := rec{name: it.Name, id: string(it.ID), url: it.URL, format: it.Format}
		if it.Err != nil {
			r.err = "ERR"
		} else {
			b, _ := it.ReadAll()
			r.data = string(b)
		}
		got = append(got, r)
		return nil
	})
	must(t, err)
	want := []rec{
		{"stdin:1", "1", "https://example.com/1", "html", "<p>one</p>", ""},
		{"stdin:2", "", "", "", "", "ERR"},
		{"stdin:3", `"b"`, "", "text", "two", ""},
		{"stdin:5", "[3]", "", "", "", "ERR"},
		{"stdin:6", "4", "", "", "", "ERR"},
		{"stdin:7", "", "", "", "", "ERR"},
		{"stdin:8", "6", "", "html", "six", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestSafeMember(t *testing.T) {
	for name, ok := range map[string]bool{
		"a.html": true, "site/a.html": true, "./site/a.html": true, "a..b.html": true,
		"../a": false, "/etc/passwd": false, "a/../../b": false, "a/..": false, `..\a`: false,
		`C:\x`: false, "c:/x": false, "": false, ".": false, "a\x00b": false,
	} {
		_, err := safeMember(name)
		if (err == nil) != ok {
			t.Errorf("safeMember(%q) = %v, want ok=%v", name, err, ok)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestWalkAvoid(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	write(t, dir, map[string]string{"site/a.html": "a", "site/out/site/a.json": "{}", "x.tar": ""})
	out, err := os.Stat("site/out")
	must(t, err)
	got, _ := collect(t, &Walker{Avoid: []os.FileInfo{out}}, "site")
	if !reflect.DeepEqual(got, []string{"site/a.html site/a.html"}) {
		t.Errorf("output folder inside the input folder was walked: %q", got)
	}
	got, _ = collect(t, &Walker{NoArchives: true}, "x.tar")
	if !reflect.DeepEqual(got, []string{"x.tar SKIP"}) {
		t.Errorf("NoArchives: %q", got)
	}
}
