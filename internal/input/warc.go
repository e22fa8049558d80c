package input

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// warc yields the response records of a WARC file (plain or with gzip
// members) that hold HTML, with their HTTP headers stripped and
// WARC-Target-URI as the URL. Other records (requests, metadata, revisits,
// redirects, images) are not pages and are passed over silently.
//
// The WARC framing is read by github.com/nlnwa/gowarc: records are
// buffered in memory up to the page size limit (beyond it the library
// spills to the system temporary folder, the one place batch mode touches
// the disk for input), because the library drains each record before
// handing it over.
func (w *Walker) warc(ctx context.Context, p, rel string, yield Yield) error {
	f, err := os.Open(p)
	if err != nil {
		return yield(&Item{Name: p, Err: statError(p, err)})
	}
	defer f.Close()
	max := w.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	wr, err := gowarc.NewWarcFileReaderFromStream(f, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithSkipParseBlock(),
		gowarc.WithBufferMaxMemBytes(max+(1<<20)),
	)
	if err != nil {
		return yield(&Item{Name: p, Err: fmt.Errorf("%s: warc: %w", p, err)})
	}
	defer wr.Close()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if rec.WarcRecord != nil {
				rec.Close()
			}
			return yield(&Item{Name: p, Err: fmt.Errorf("%s: warc: %w", p, err)})
		}
		err = w.warcRecord(p, rel, rec.WarcRecord, yield)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

func (w *Walker) warcRecord(p, rel string, r gowarc.WarcRecord, yield Yield) error {
	t := r.Type()
	if t != gowarc.Response && t != gowarc.Resource {
		return nil
	}
	h := r.WarcHeader()
	id := r.RecordId()
	name := p + "#" + id
	uri := strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
	ct := strings.ToLower(h.Get(gowarc.ContentType))
	size, _ := r.ContentLength()
	if uri != "" && !w.memberWanted(uriPath(uri)) && (len(w.Include) > 0 || len(w.Exclude) > 0) {
		return nil
	}
	it := &Item{Name: name, URL: uri, Size: size, max: w.MaxBytes, RelPath: path.Join(rel, recordFileName(id))}
	raw, err := r.Block().RawBytes()
	if err != nil {
		it.Err = fmt.Errorf("%s: warc: %w", name, err)
		return yield(it)
	}
	switch {
	case t == gowarc.Response && strings.HasPrefix(ct, "application/http"):
		resp, err := http.ReadResponse(httpReader(raw), nil)
		if err != nil {
			it.Err = fmt.Errorf("%s: http response: %w", name, err)
			return yield(it)
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil // redirects and error pages carry no article
		}
		if !isHTMLType(resp.Header.Get("Content-Type")) {
			return nil
		}
		if resp.ContentLength >= 0 {
			it.Size = resp.ContentLength
		}
		body := resp.Body
		it.open = func() (io.ReadCloser, error) { return io.NopCloser(body), nil }
	case isHTMLType(ct):
		it.open = func() (io.ReadCloser, error) { return io.NopCloser(raw), nil }
	default:
		return nil
	}
	return yield(it)
}

// httpReader reads an HTTP response as recorded. Crawlers of HTTP/2 and
// HTTP/3 sites record status lines such as "HTTP/2 200", which
// net/http's parser rejects for want of a minor version: they are read as
// "HTTP/2.0 200".
func httpReader(raw io.Reader) *bufio.Reader {
	br := bufio.NewReader(raw)
	head, _ := br.Peek(7)
	if len(head) == 7 && (string(head) == "HTTP/2 " || string(head) == "HTTP/3 ") {
		br.Discard(6)
		return bufio.NewReader(io.MultiReader(strings.NewReader(string(head[:6])+".0"), br))
	}
	return br
}

// isHTMLType accepts the media types a saved article comes in; a missing
// type is accepted and left to the extractor's sniffing.
func isHTMLType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml" || mt == "text/plain"
}

// uriPath gives the include/exclude globs something path-like to match for
// a WARC record: the host and path of its URL.
func uriPath(uri string) string {
	s := uri
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(s, "/")
}

// recordFileName turns a WARC-Record-ID ("<urn:uuid:…>") into a file name
// that is safe in any folder.
func recordFileName(id string) string {
	s := strings.Trim(id, "<>")
	s = strings.TrimPrefix(s, "urn:uuid:")
	s = strings.TrimPrefix(s, "urn:")
	var b bytes.Buffer
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
			b.WriteRune(c)
		default:
			b.WriteByte('_')
		}
	}
	out := strings.Trim(b.String(), ".")
	if out == "" {
		out = "record"
	}
	return out
}
