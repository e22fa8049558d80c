package extract

import (
	"strings"
	"testing"
	"unsafe"
)

func TestTextFullWidthDate(t *testing.T) {
	// A date printed in full-width digits under the headline, as Japanese
	// and Chinese pages print them: the line gates count those digits, so
	// findDate reads the line and it is neither lost nor the headline.
	body := strings.Repeat("東京都は十八日、隅田川に架かる新しい橋の開通式を行った。橋の長さは約二百メートルで、歩行者と自転車の専用道も設けられている。\n\n", 3)
	page := "ホーム\nニュース\n\n東京の新しい橋が開通\n２０２５年１０月１８日\n\n" + body
	a, err := Extract([]byte(page), "page.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Timestamp != "2025-10-18" {
		t.Errorf("timestamp %q", a.Timestamp)
	}
	if a.Headline != "東京の新しい橋が開通" {
		t.Errorf("headline %q", a.Headline)
	}
	if !textHasYear("２０２５年１０月１８日") || textHasYear("１２３年") {
		t.Errorf("textHasYear on full-width digits")
	}
}

func TestTextLoweredMatchesToLower(t *testing.T) {
	// A line that folds is lower-cased by folding its ASCII capitals: the
	// answer must be strings.ToLower's all the same, for lines with runes
	// beyond ASCII, capitals of other scripts, invalid UTF-8 and none.
	for _, s := range []string{
		"", "plain lower words", "Mixed Case Words", "ALL CAPS", "Der Bär ist größer", "Über den Fluss",
		"ÉCOLE Normale", "Привет Мир", "東京 Tokyo 2025", "ǅemal", "\u212aelvin", "a\xffB", "İstanbul", "K (Kelvin sign)",
		"Straße", "ΣΟΦΙΑ", "Zürich Café", "ａｂｃ ＡＢＣ",
	} {
		l := tLine{text: s}
		l.measure()
		if got, want := l.lowered(), strings.ToLower(s); got != want {
			t.Errorf("lowered(%q) = %q, want %q (fold %v)", s, got, want, l.fold)
		}
		u := tLine{text: s}
		if got, want := u.lowered(), strings.ToLower(s); got != want {
			t.Errorf("unmeasured lowered(%q) = %q, want %q", s, got, want)
		}
	}
	if s := "no capitals here, é à"; textFoldCaps(s) != s {
		t.Errorf("textFoldCaps changed %q", s)
	}
}

func TestTextLineSize(t *testing.T) {
	// A page's lines are made, zeroed and read one after the other: the
	// fields are ordered so that no padding is left between them.
	if n := unsafe.Sizeof(tLine{}); unsafe.Sizeof(uintptr(0)) == 8 && n > 120 {
		t.Errorf("tLine is %d bytes, over 120", n)
	}
}

func TestTextArenaCopies(t *testing.T) {
	// The lower-cased copies a page's lines share their buffers: each
	// must stay what strings.ToLower gives its line after the others are
	// written, across buffers, for lines longer than a buffer, and for a
	// page shorter than one.
	var page strings.Builder
	for i := range 400 {
		switch i % 5 {
		case 0:
			page.WriteString("The Quick Brown Fox " + strings.Repeat("Jumps ", i%13) + "\n\n")
		case 1:
			page.WriteString(strings.Repeat("Über Café Straße ", 1+i%7) + "\n")
		case 2:
			page.WriteString(strings.Repeat("A long line of Words ", textArenaChunk/20) + "\n")
		case 3:
			page.WriteString("no capitals at all\n")
		default:
			page.WriteString("ÉCOLE Привет Мир\n")
		}
	}
	for _, text := range []string{page.String(), "Short Page\nOf Two Lines"} {
		lines := textSplitLines(text)
		for i := range lines {
			lines[i].measure()
			lines[i].lowered()
		}
		for i := range lines {
			if got, want := lines[i].lowered(), strings.ToLower(lines[i].text); got != want {
				t.Fatalf("line %d lowered %.60q, want %.60q", i, got, want)
			}
		}
	}
}

// TestTextShareSepTable checks the table of share-bar separators byte by
// byte against the list it is built from.
func TestTextShareSepTable(t *testing.T) {
	for c := range 256 {
		want := strings.IndexByte(" /|,():", byte(c)) >= 0
		if got := textShareSep(byte(c)); got != want {
			t.Errorf("textShareSep(%q) = %v, want %v", byte(c), got, want)
		}
	}
}
