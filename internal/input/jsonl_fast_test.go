package input

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// slowRecord is what encoding/json reads from a line, for comparison.
func slowRecord(line []byte) (rec Record, html, text []byte, err error) {
	if err = json.Unmarshal(line, &rec); err != nil {
		return
	}
	if rec.HTML != nil {
		html = []byte(*rec.HTML)
	}
	if rec.Text != nil {
		text = []byte(*rec.Text)
	}
	rec.HTML, rec.Text = nil, nil
	return
}

// checkFast fails when fastRecord accepts a line that encoding/json reads
// differently, or rejects.
func checkFast(t *testing.T, line []byte) (accepted bool) {
	t.Helper()
	rec, html, text, ok := fastRecord(line)
	if !ok {
		return false
	}
	srec, shtml, stext, err := slowRecord(line)
	if err != nil {
		t.Fatalf("fastRecord accepts %q, which encoding/json rejects: %v", line, err)
	}
	if !bytes.Equal(rec.ID, srec.ID) || rec.URL != srec.URL ||
		!bytes.Equal(html, shtml) || (html == nil) != (shtml == nil) ||
		!bytes.Equal(text, stext) || (text == nil) != (stext == nil) {
		t.Fatalf("%q:\nfast id=%s url=%q html=%q text=%q\njson id=%s url=%q html=%q text=%q",
			line, rec.ID, rec.URL, html, text, srec.ID, srec.URL, shtml, stext)
	}
	return true
}

func TestFastRecordTable(t *testing.T) {
	for _, tc := range []struct {
		line   string
		accept bool
	}{
		{`{"id":1,"url":"https://e.com/a","html":"<p class=\"x\">caf\u00e9 \\ \/ \n</p>"}`, true},
		{` { "id" : "a" , "text" : "t\tt" } `, true},
		{`{"id":-0.5e+10,"html":""}`, true},
		{`{"id":null,"html":null,"text":"x"}`, true},
		{`{"html":"a","html":null}`, true},
		{`{"id":true,"other":false,"n":12,"html":"é"}`, true},
		{`{}`, true},
		{`{"id":{"k":1},"html":"x"}`, false}, // nested: encoding/json's job
		{`{"HTML":"x"}`, false},              // case-insensitive key
		{`{"html":"\ud83d\ude00"}`, false},   // surrogates
		{"{\"html\":\"\xff\"}", false},       // invalid UTF-8
		{`{"id":01,"html":"x"}`, false},      // bad number
		{`{"html":"x"} trailing`, false},     // trailing data
		{`{"html":"x",}`, false},             // trailing comma
		{"{\"html\":\"a\x01b\"}", false},     // raw control character
		{`{"url":5,"html":"x"}`, false},      // wrong type
		{`{"html":"\x"}`, false},             // bad escape
		{`{"html":"abc`, false},              // unterminated
		{`[1]`, false},
	} {
		if got := checkFast(t, []byte(tc.line)); got != tc.accept {
			t.Errorf("fastRecord(%s) accepted=%v, want %v", tc.line, got, tc.accept)
		}
	}
}

// TestFastRecordRandom builds records from random pieces: every line the
// fast path accepts must read the same with encoding/json.
func TestFastRecordRandom(t *testing.T) {
	pieces := []string{"a", "\"", "\\", "/", "\n", "\t", "\x00", "é", "中", "\xff", "\U0001F600", "<p>", "&amp;", " ", "\u2028"}
	r := rand.New(rand.NewPCG(1, 2))
	accepted := 0
	for n := 0; n < 3000; n++ {
		var s []byte
		for k := r.IntN(30); k > 0; k-- {
			s = append(s, pieces[r.IntN(len(pieces))]...)
		}
		enc, _ := json.Marshal(string(s))
		if r.IntN(4) == 0 {
			// Damage the encoding now and then.
			i := r.IntN(len(enc))
			enc = append(enc[:i:i], append([]byte{"\\\"x{,u"[r.IntN(6)]}, enc[i:]...)...)
		}
		id := []string{`1`, `"x"`, `null`, `-2.5E3`, `[1]`, `true`}[r.IntN(6)]
		key := []string{"html", "text", "url", "HTML", "other"}[r.IntN(5)]
		line := []byte(`{"id":` + id + `,"` + key + `":` + string(enc) + `}`)
		if checkFast(t, line) {
			accepted++
		}
	}
	if accepted < 1000 {
		t.Errorf("fast path took only %d of 3000 lines: it gives up too often to be worth having", accepted)
	}
}

func FuzzFastRecord(f *testing.F) {
	f.Add([]byte(`{"id":1,"url":"https://e.com/a","html":"<p class=\"x\">caf\u00e9</p>"}`))
	f.Add([]byte(`{"id":"b","text":"line\nline"}`))
	f.Add([]byte(`{"id":-1.5e3,"html":null,"x":true}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		checkFast(t, line)
	})
}
