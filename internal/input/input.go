package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// DefaultMaxBytes bounds one page's size when Walker.MaxBytes is zero.
const DefaultMaxBytes = 64 << 20

// Item is one page, or one thing that was meant to be a page and could not
// be read (Err) or was passed over on purpose (Skip).
type Item struct {
	// Name is the page's source path as shown to users and written to
	// Article.Source.Path: "dir/a.html", "scrape.tar.gz!site/a.html",
	// "crawl.warc.gz#<urn:uuid:…>", "-" for standard input, or
	// "stdin:LINE" for a JSON Lines record.
	Name string
	// RelPath is the slash-separated path, relative to an output folder,
	// whose output mirrors this page (without changing the extension).
	// It is always local (filepath.IsLocal) when Err is nil.
	RelPath string
	// URL is the page's address when the container knows it (the WARC
	// record's WARC-Target-URI, a JSON Lines record's "url").
	URL string
	// ID is a JSON Lines record's "id", kept as the raw JSON it was given
	// in, so that it comes back unchanged.
	ID json.RawMessage
	// Format is "html" or "text" when the container says which (a JSON
	// Lines record's "html" or "text" field), "" to let the extractor sniff.
	Format string
	// Size is the page's size in bytes, or -1 when not known in advance.
	Size int64
	// Err is set when the item could not be read; the other items go on.
	Err error
	// Skip, when not empty, says why this entry is not a page (a symlink
	// leading out of the tree, a FIFO); it is neither read nor an error.
	Skip string

	open func() (io.ReadCloser, error)
	data []byte
	max  int64
}

// ReadAll returns the page's bytes. It must be called before the Walker's
// callback returns: archive members are read straight from the archive
// stream. A page larger than the Walker's MaxBytes is an error.
func (it *Item) ReadAll() ([]byte, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	if it.data != nil {
		return it.data, nil
	}
	if it.open == nil {
		return nil, fmt.Errorf("%s: nothing to read", it.Name)
	}
	rc, err := it.open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	max := it.max
	if max <= 0 {
		max = DefaultMaxBytes
	}
	var buf bytes.Buffer
	if it.Size > 0 && it.Size <= max {
		buf.Grow(int(it.Size) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", it.Name, err)
	}
	if n > max {
		return nil, fmt.Errorf("%s: %w (limit %d bytes)", it.Name, ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// ErrTooLarge reports a page over the size limit.
var ErrTooLarge = errors.New("page too large")

// ErrUnsafeName reports an archive member whose name is absolute or climbs
// out of its folder with "..": its output could land outside the output
// folder, so it is refused.
var ErrUnsafeName = errors.New("unsafe member name: absolute or climbing out with ..")

// safeMember checks an archive member name and returns it cleaned, slash
// separated. Names are checked as written in the archive, before cleaning,
// so "a/../../x" is refused even though it names no real file.
func safeMember(name string) (string, error) {
	n := strings.ReplaceAll(name, "\\", "/")
	if n == "" || strings.HasPrefix(n, "/") || hasDriveLetter(n) {
		return "", ErrUnsafeName
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return "", ErrUnsafeName
		}
	}
	if strings.ContainsRune(n, 0) {
		return "", ErrUnsafeName
	}
	c := path.Clean(n)
	if c == "." {
		return "", ErrUnsafeName
	}
	return c, nil
}

func hasDriveLetter(n string) bool {
	return len(n) >= 2 && n[1] == ':' && (n[0]|0x20 >= 'a' && n[0]|0x20 <= 'z')
}
