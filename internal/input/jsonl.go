package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Record is one line of the JSON Lines stream mode: an id given back with
// the result, the page's address, and the page as HTML or as page text.
type Record struct {
	ID   json.RawMessage `json:"id"`
	URL  string          `json:"url"`
	HTML *string         `json:"html"`
	Text *string         `json:"text"`
}

// ReadJSONL yields one item per line of r, each a JSON object as in Record.
// A line that is not such an object becomes an item with Err set (and the
// id, when it could be read), so that the stream goes on. Blank lines are
// skipped. maxBytes bounds one line; zero means DefaultMaxBytes.
func ReadJSONL(ctx context.Context, r io.Reader, maxBytes int64, yield Yield) error {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	// Most pages fit the buffer, and their line is decoded straight from
	// it, without a copy.
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, maxBytes)
		if len(line) == 0 && !tooLong && errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("stdin:%d: read: %w", n, err)
		}
		name := "stdin:" + strconv.Itoa(n)
		if tooLong {
			if yerr := yield(&Item{Name: name, Err: fmt.Errorf("%s: %w (limit %d bytes)", name, ErrTooLarge, maxBytes)}); yerr != nil {
				return yerr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if yerr := yield(recordItem(name, line)); yerr != nil {
				return yerr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// recordItem decodes one stream line.
func recordItem(name string, line []byte) *Item {
	it := &Item{Name: name, Size: int64(len(line))}
	if rec, html, text, ok := fastRecord(line); ok {
		it.ID, it.URL = rec.ID, rec.URL
		switch {
		case html != nil:
			it.data, it.Format = html, "html"
		case text != nil:
			it.data, it.Format = text, "text"
		default:
			it.Err = fmt.Errorf("%s: record has neither \"html\" nor \"text\"", name)
			return it
		}
		it.Size = int64(len(it.data))
		return it
	}
	var rec Record
	if err := json.Unmarshal(line, &rec); err != nil {
		// Give back the id if the line is an object with a readable id,
		// so the caller can match the error to its record.
		var idOnly struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(line, &idOnly) == nil {
			it.ID = idOnly.ID
		}
		it.Err = fmt.Errorf("%s: not a JSON object with string html/text fields: %w", name, err)
		return it
	}
	it.ID, it.URL = rec.ID, rec.URL
	switch {
	case rec.HTML != nil:
		it.data, it.Format = []byte(*rec.HTML), "html"
	case rec.Text != nil:
		it.data, it.Format = []byte(*rec.Text), "text"
	default:
		it.Err = fmt.Errorf("%s: record has neither \"html\" nor \"text\"", name)
		return it
	}
	it.Size = int64(len(it.data))
	if it.data == nil {
		it.data = []byte{}
	}
	return it
}

// readLine reads up to and without the next '\n'. A line over max bytes is
// consumed and reported as tooLong without being kept. The line may point
// into br's buffer: it is valid until the next read.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for first := true; ; first = false {
		chunk, err := br.ReadSlice('\n')
		if first && !errors.Is(err, bufio.ErrBufferFull) && int64(len(chunk)) <= max+1 {
			return bytes.TrimSuffix(bytes.TrimSuffix(chunk, []byte("\n")), []byte("\r")), false, err
		}
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		return bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r")), false, err
	}
}
