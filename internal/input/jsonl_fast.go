package input

import (
	"bytes"
	"unicode/utf8"
)

// fastRecord decodes a stream line of the common shape — an object whose
// values are strings, numbers, true, false or null — several times faster
// than encoding/json, which spends as long on a page's JSON string as the
// extractor spends on a sixth of the page. It is strict: anything it is not
// sure to read exactly as encoding/json would (nested values, keys that
// differ only in case from ours, invalid UTF-8, surrogate escapes, bad
// syntax) makes it give up (ok false), and the caller decodes the line
// with encoding/json, whose result and error messages then apply.
func fastRecord(line []byte) (rec Record, html, text []byte, ok bool) {
	p := fastParser{b: line}
	p.ws()
	if !p.eat('{') {
		return rec, nil, nil, false
	}
	p.ws()
	if p.eat('}') {
		return rec, nil, nil, p.end()
	}
	var hasHTML, hasText bool
	for {
		p.ws()
		k, ok := p.str()
		if !ok {
			return rec, nil, nil, false
		}
		key := string(k)
		p.ws()
		if !p.eat(':') {
			return rec, nil, nil, false
		}
		p.ws()
		start := p.i
		kind, val, ok := p.value()
		if !ok {
			return rec, nil, nil, false
		}
		switch key {
		case "id":
			rec.ID = append([]byte(nil), p.b[start:p.i]...)
		case "url":
			switch kind {
			case 's':
				rec.URL = string(val)
			case 'n':
				// encoding/json leaves a string untouched on null.
			default:
				return rec, nil, nil, false
			}
		case "html", "text":
			var v []byte
			switch kind {
			case 's':
				v = val
				if !p.fresh {
					// The line is the reader's buffer: keep a copy.
					v = append(make([]byte, 0, len(val)), val...)
				}
			case 'n':
			default:
				return rec, nil, nil, false
			}
			if key[0] == 'h' {
				html, hasHTML = v, kind == 's'
			} else {
				text, hasText = v, kind == 's'
			}
		default:
			for _, name := range []string{"id", "url", "html", "text"} {
				if bytes.EqualFold([]byte(key), []byte(name)) {
					return rec, nil, nil, false // encoding/json matches keys without case
				}
			}
		}
		p.ws()
		if p.eat(',') {
			continue
		}
		if p.eat('}') {
			break
		}
		return rec, nil, nil, false
	}
	if !p.end() {
		return rec, nil, nil, false
	}
	if !hasHTML {
		html = nil
	}
	if !hasText {
		text = nil
	}
	return rec, html, text, true
}

type fastParser struct {
	b     []byte
	i     int
	fresh bool // the last string read is a new slice, not part of b
}

func (p *fastParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *fastParser) eat(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *fastParser) end() bool {
	p.ws()
	return p.i == len(p.b)
}

// value reads a string ('s', with its unescaped bytes), a number ('0'),
// true, false ('b') or null ('n').
func (p *fastParser) value() (kind byte, s []byte, ok bool) {
	if p.i >= len(p.b) {
		return 0, nil, false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		s, ok = p.str()
		return 's', s, ok
	case c == '-' || c >= '0' && c <= '9':
		return '0', nil, p.number()
	case bytes.HasPrefix(p.b[p.i:], []byte("true")):
		p.i += 4
		return 'b', nil, true
	case bytes.HasPrefix(p.b[p.i:], []byte("false")):
		p.i += 5
		return 'b', nil, true
	case bytes.HasPrefix(p.b[p.i:], []byte("null")):
		p.i += 4
		return 'n', nil, true
	}
	return 0, nil, false
}

// number reads a number by the JSON grammar.
func (p *fastParser) number() bool {
	b, i := p.b, p.i
	digits := func() int {
		n := 0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	p.i = i
	return true
}

// strStop marks the bytes that end a run of plain string bytes: the
// closing quote, a backslash, and the control characters JSON forbids.
var strStop = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// str reads a string at p.i and returns its unescaped bytes: a slice of
// the line when it holds no escape, else a new slice the caller may keep.
func (p *fastParser) str() (s []byte, ok bool) {
	if !p.eat('"') {
		return nil, false
	}
	b := p.b
	start := p.i
	i := start
	for i < len(b) && !strStop[b[i]] {
		i++
	}
	if i < len(b) && b[i] == '"' {
		// No escapes: the common case for keys and short values.
		p.i, p.fresh = i+1, false
		return b[start:i], utf8.Valid(b[start:i])
	}
	// The unescaped string is never longer than the rest of the line.
	out := make([]byte, 0, len(b)-start)
	out = append(out, b[start:i]...)
	for i < len(b) {
		switch c := b[i]; {
		case c == '"':
			p.i, p.fresh = i+1, true
			return out, utf8.Valid(out)
		case c < 0x20:
			return nil, false
		case c == '\\':
			if i+1 >= len(b) {
				return nil, false
			}
			switch e := b[i+1]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				if i+6 > len(b) {
					return nil, false
				}
				r := rune(0)
				for _, h := range b[i+2 : i+6] {
					switch {
					case h >= '0' && h <= '9':
						r = r<<4 | rune(h-'0')
					case h >= 'a' && h <= 'f':
						r = r<<4 | rune(h-'a'+10)
					case h >= 'A' && h <= 'F':
						r = r<<4 | rune(h-'A'+10)
					default:
						return nil, false
					}
				}
				if r >= 0xD800 && r <= 0xDFFF {
					return nil, false // surrogates: leave their pairing to encoding/json
				}
				out = utf8.AppendRune(out, r)
				i += 4
			default:
				return nil, false
			}
			i += 2
		default:
			j := i + 1
			for j < len(b) && !strStop[b[j]] {
				j++
			}
			out = append(out, b[i:j]...)
			i = j
		}
	}
	return nil, false
}
