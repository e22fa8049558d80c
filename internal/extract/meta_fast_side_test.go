package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// sideDate puts off its reading until htmlMeta knows that nothing else
// dates the page; a heading of the chrome that repeats the title reads
// the elements put off first, as the walk read them in order: a day
// found before it stops the reading of its date line.
func TestSideDatePutOffInOrder(t *testing.T) {
	label := `<div class="sidebar"><p>Veröffentlicht am 3. Mai 2021</p></div>`
	under := `<nav><h1>Der lange Titel des Beitrags</h1><p>01. November 2021 | Natur</p></nav>`
	for _, c := range []struct {
		name, body string
		want       []string // published candidates, value@pos (pos<0: -1)
	}{
		{"label first", label + under, []string{"2021-05-03@-1"}},
		{"heading first", under + label, []string{"01. November 2021@7"}},
		{"label alone", label, []string{"2021-05-03@-1"}},
	} {
		src := `<html><head><title>Der lange Titel des Beitrags</title></head><body>` + c.body + `</body></html>`
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, k := range htmlMeta(doc, Options{}) {
			if k.field == fieldPublished {
				got = append(got, fmt.Sprintf("%s@%d", k.value, max(k.pos, -1)))
			}
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: published %q, want %q", c.name, got, c.want)
		}
	}
}
