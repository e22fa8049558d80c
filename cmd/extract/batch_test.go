package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdMkarchive is the script command
//
//	mkarchive FORMAT OUT NAME FILE [NAME FILE...]
//
// It writes the archive OUT (FORMAT tar, tgz, zip, warc or warc.gz) holding
// each FILE of the script's work folder under NAME, written as given, so
// that scripts can build archives with hostile member names such as
// "../x" or "/etc/x" that no archiver would produce. For WARC, NAME is the
// record's WARC-Target-URI and FILE becomes the body of an HTTP 200
// text/html response; each record's id is urn:uuid:00000000-0000-0000-0000-
// followed by its position.
func cmdMkarchive(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args)%2 != 0 {
		ts.Fatalf("usage: mkarchive tar|tgz|zip|warc|warc.gz OUT NAME FILE [NAME FILE...]")
	}
	format, out := args[0], args[1]
	var members [][2]string
	for i := 2; i < len(args); i += 2 {
		members = append(members, [2]string{args[i], ts.ReadFile(args[i+1])})
	}
	var buf bytes.Buffer
	var err error
	switch format {
	case "tar":
		err = writeTar(&buf, members)
	case "tgz":
		zw := gzip.NewWriter(&buf)
		if err = writeTar(zw, members); err == nil {
			err = zw.Close()
		}
	case "zip":
		zw := zip.NewWriter(&buf)
		for _, m := range members {
			w, cerr := zw.CreateHeader(&zip.FileHeader{Name: m[0], Method: zip.Deflate})
			if cerr != nil {
				ts.Fatalf("mkarchive: %v", cerr)
			}
			io.WriteString(w, m[1])
		}
		err = zw.Close()
	case "warc", "warc.gz":
		for i, m := range members {
			rec := testWARCRecord(i+1, m[0], m[1])
			if format == "warc" {
				buf.WriteString(rec)
				continue
			}
			zw := gzip.NewWriter(&buf) // one gzip member per record, as crawlers write
			io.WriteString(zw, rec)
			if err = zw.Close(); err != nil {
				break
			}
		}
	default:
		ts.Fatalf("mkarchive: unknown format %q", format)
	}
	if err != nil {
		ts.Fatalf("mkarchive: %v", err)
	}
	if err := os.WriteFile(ts.MkAbs(out), buf.Bytes(), 0o644); err != nil {
		ts.Fatalf("mkarchive: %v", err)
	}
}

func writeTar(w io.Writer, members [][2]string) error {
	tw := tar.NewWriter(w)
	for _, m := range members {
		h := &tar.Header{Name: m[0], Mode: 0o644, Size: int64(len(m[1])), Typeflag: tar.TypeReg}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := io.WriteString(tw, m[1]); err != nil {
			return err
		}
	}
	return tw.Close()
}

func testWARCRecord(n int, uri, body string) string {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n", n)
	fmt.Fprintf(&b, "WARC-Date: 2025-10-18T07:46:00Z\r\nWARC-Target-URI: %s\r\n", uri)
	fmt.Fprintf(&b, "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(http), http)
	return b.String()
}
