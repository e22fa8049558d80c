package evaluate

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world! it's 3.14", []string{"Hello", "world", "it", "s", "3", "14"}},
		{"Ça coûte 5€ — d'accord?", []string{"Ça", "coûte", "5", "d", "accord"}},
		// "e" + U+0301 COMBINING ACUTE: a mark is not \w, so without NFC the
		// word would break in two.
		{"Cafe\u0301 au lait", []string{"Café", "au", "lait"}},
		// Han has no spaces: a run of ideographs is one token.
		{"北京欢迎你。Tokyo", []string{"北京欢迎你", "Tokyo"}},
		{"snake_case x² ٣ أيام", []string{"snake_case", "x²", "٣", "أيام"}},
		// Python's \w leaves out spacing and non-spacing marks (Mc, Mn) that
		// have no precomposed form: हिन्दी breaks at its vowel signs.
		{"हिन्दी", []string{"ह", "न", "द"}},
		{"  ...  ", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"one", []string{"one"}},
		{"a b c", []string{"a b c"}},
		{"a b c d", []string{"a b c d"}},
		{"a b c d e", []string{"a b c d", "b c d e"}},
	}
	for _, tt := range tests {
		if got := Shingles(Tokens(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Shingles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBodyCounts(t *testing.T) {
	tests := []struct {
		name, truth, got string
		want             Counts
	}{
		{"prefix", "a b c d e", "a b c d", Counts{TP: 1, FP: 0, FN: 1}},
		{"same", "a b c d e", "a, b; c\nd e", Counts{TP: 2}},
		{"short texts are one shingle", "a b", "a b", Counts{TP: 1}},
		{"short texts differ", "a b", "a b c", Counts{FP: 1, FN: 1}},
		{"case counts", "A b c d", "a b c d", Counts{FP: 1, FN: 1}},
		// truth: xyzw yzwx zwxy wxyz xyzw (xyzw twice); got has 9 shingles:
		// xyzw x3, yzwx x2, zwxy x2, wxyz x2. Matched: 2+1+1+1 = 5.
		{"multiset", "x y z w x y z w", "x y z w x y z w x y z w", Counts{TP: 5, FP: 4, FN: 0}},
		{"multiset short", "x y z w x y z w", "x y z w", Counts{TP: 1, FP: 0, FN: 4}},
		{"empty got", "a b c d e", "", Counts{FN: 2}},
		{"empty truth", "", "a b c d e", Counts{FP: 2}},
		{"both empty", "", "— !", Counts{}},
		// Tokens are hashed as units: gluing differently is another shingle.
		{"token boundaries", "ab c d e", "a bc d e", Counts{FP: 1, FN: 1}},
	}
	for _, tt := range tests {
		if got := BodyCounts(tt.truth, tt.got); got != tt.want {
			t.Errorf("%s: BodyCounts(%q, %q) = %+v, want %+v", tt.name, tt.truth, tt.got, got, tt.want)
		}
	}
}

// TestBodyCountsMatchStrings checks the hashed shingles against a plain
// string multiset on texts with many repeats.
func TestBodyCountsMatchStrings(t *testing.T) {
	words := strings.Fields("le la de et un une des les est à Ça été 北京 x y")
	for seed := 1; seed < 60; seed++ {
		var a, b []string
		s := seed
		for i := 0; i < 40+seed; i++ {
			s = (s*1103515245 + 12345) & 0x7fffffff
			a = append(a, words[s%len(words)])
			if s%3 != 0 {
				b = append(b, words[(s/7)%len(words)])
			}
		}
		truth, got := strings.Join(a, " "), strings.Join(b, " ")
		counts := map[string]int{}
		for _, sh := range Shingles(Tokens(truth)) {
			counts[sh]++
		}
		var want Counts
		for _, sh := range Shingles(Tokens(got)) {
			if counts[sh] > 0 {
				counts[sh]--
				want.TP++
			} else {
				want.FP++
			}
		}
		want.FN = len(Shingles(Tokens(truth))) - want.TP
		if c := BodyCounts(truth, got); c != want {
			t.Fatalf("seed %d: BodyCounts = %+v, want %+v", seed, c, want)
		}
	}
}

func TestPageScores(t *testing.T) {
	tests := []struct {
		c    Counts
		want PageScores
	}{
		{Counts{TP: 5, FP: 4}, PageScores{P: 5.0 / 9, R: 1, HasP: true, HasR: true}},
		{Counts{TP: 1, FN: 1}, PageScores{P: 1, R: 0.5, HasP: true, HasR: true}},
		{Counts{FN: 10}, PageScores{R: 0, HasR: true}},
		{Counts{FP: 3}, PageScores{P: 0, HasP: true}},
		{Counts{}, PageScores{P: 1, R: 1, HasP: true, HasR: true}},
		{Counts{TP: 7}, PageScores{P: 1, R: 1, HasP: true, HasR: true}},
	}
	for _, tt := range tests {
		got := tt.c.Scores()
		if got.HasP != tt.want.HasP || got.HasR != tt.want.HasR || !near(got.P, tt.want.P) || !near(got.R, tt.want.R) {
			t.Errorf("%+v.Scores() = %+v, want %+v", tt.c, got, tt.want)
		}
	}
}

// TestBodyAggregate runs five pages through prepare, score and summarize.
// Per page (P, R): (5/9, 1), (1, 1/2), (-, 0), (1, 1), (0, -), so
// P = (5/9+1+1+0)/4 = 23/36, R = (1+1/2+0+1)/4 = 5/8 and F1 = 115/182.
func TestBodyAggregate(t *testing.T) {
	pages := []struct{ truth, got string }{
		{"x y z w x y z w", "x y z w x y z w x y z w"},
		{"a b c d e", "a b c d"},
		{"one two three four five six seven eight nine ten eleven twelve thirteen", ""},
		{"", ""},
		{"", "something extracted"},
	}
	var rs []*PageResult
	for _, p := range pages {
		body := p.truth
		tr := prepare(Truth{Body: &body})
		r := &PageResult{Status: StatusOK}
		tr.score(r, p.got, "", "", "", "")
		rs = append(rs, r)
	}
	s := summarize(rs, 0)
	if s.Body.N != 5 || !near(s.Body.P, 23.0/36) || !near(s.Body.R, 5.0/8) || !near(s.Body.Value, 115.0/182) {
		t.Errorf("body = %+v, want P 23/36 R 5/8 F1 115/182 n=5", s.Body)
	}
	if s.Segment.N != 0 || s.Headline.N != 0 || s.Dek.N != 0 {
		t.Errorf("metrics without truth were counted: %+v", s)
	}
}

func TestSegments(t *testing.T) {
	tr := prepare(Truth{
		With:    []string{"world foo", "Hello \n world", "hello world"},
		Without: []string{"bar", "baz"},
	})
	r := &PageResult{}
	tr.score(r, bodyText([]string{"Hello   world", "foo\tbar"}), "", "", "", "")
	s := r.Segments
	if s.TP != 2 || s.FN != 1 || s.FP != 1 || s.TN != 1 {
		t.Fatalf("segments = %+v, want tp 2 fn 1 fp 1 tn 1", s)
	}
	if !reflect.DeepEqual(s.Missing, []string{"hello world"}) || !reflect.DeepEqual(s.Found, []string{"bar"}) {
		t.Errorf("missing %q found %q", s.Missing, s.Found)
	}
	// A second page: one with segment found. Totals tp 3, fn 1, fp 1.
	tr2 := prepare(Truth{With: []string{"Cafe\u0301"}})
	r2 := &PageResult{}
	tr2.score(r2, "Un Café", "", "", "", "")
	sum := summarize([]*PageResult{r, r2}, 0)
	if sum.Segment.N != 2 || sum.Segments != 6 || !near(sum.Segment.P, 0.75) || !near(sum.Segment.R, 0.75) || !near(sum.Segment.Value, 0.75) {
		t.Errorf("segment summary = %+v (segments %d), want P = R = F1 = 0.75 over 6 segments", sum.Segment, sum.Segments)
	}
}

func TestFoldSpace(t *testing.T) {
	if got := FoldSpace("  a\u00a0\tb \n\n c  "); got != "a b c" {
		t.Errorf("FoldSpace = %q", got)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		truth, got string
		want       bool
	}{
		{"Trump says to meet Putin in Hungary", "“Trump says to meet  Putin in Hungary.”", true},
		{"« Straße gesperrt »", "STRASSE GESPERRT", true},
		{"'Quoted' title", "quoted' title", true},
		{"Caf\u00e9 opens", "CAFE\u0301 OPENS", true},
		{"Title", "Title - Site", false},
		{"Hello, world", "Hello world", false},
		{"Title", "", false},
	}
	for _, tt := range tests {
		if got := HeadlineCorrect(tt.truth, tt.got); got != tt.want {
			t.Errorf("HeadlineCorrect(%q, %q) = %v (%q vs %q)", tt.truth, tt.got, got, NormHeadline(tt.truth), NormHeadline(tt.got))
		}
	}
}

func TestByline(t *testing.T) {
	if got, want := NameTokens("By Jane Doe and John Roe"), []string{"jane", "doe", "john", "roe"}; !reflect.DeepEqual(got, want) {
		t.Errorf("NameTokens = %q, want %q", got, want)
	}
	tests := []struct {
		truth, got string
		want       bool
	}{
		{"Benjamin Fischer und Marcus Theurer", "Von BENJAMIN FISCHER, MARCUS THEURER", true},
		{"Benjamin Fischer und Marcus Theurer", "Benjamin Fischer", false},
		{"By Jane Doe", "Jane Doe", true},
		{"Christian Spließ", "CHRISTIAN SPLIESS", true},
		// A name token must be a whole token, not a substring.
		{"Robert", "Roberta", false},
		// Twice the truth's five characters is the limit.
		{"Heiko", "Heiko ABCD", true},
		{"Heiko", "Heiko ABCDE", false},
		{"张三", "张三 文", true},
		{"张三", "记者 张三", false},
		{"Heiko", "", false},
	}
	for _, tt := range tests {
		if got := BylineCorrect(tt.truth, tt.got); got != tt.want {
			t.Errorf("BylineCorrect(%q, %q) = %v", tt.truth, tt.got, got)
		}
	}
}

func TestTimestamp(t *testing.T) {
	tests := []struct {
		truth, got string
		want       bool
	}{
		{"2025-10-18", "2025-10-18T07:46:00+08:00", true},
		{"2025-10-18T10:00:00Z", "2025-10-18", true},
		{"2025-10-18", "2025-10-17T23:00:00Z", false},
		{"2025-10-18", "2025-10", false},
		{"2025-10-18", "", false},
	}
	for _, tt := range tests {
		if got := TimestampCorrect(tt.truth, tt.got); got != tt.want {
			t.Errorf("TimestampCorrect(%q, %q) = %v", tt.truth, tt.got, got)
		}
	}
}

func TestTokenF1(t *testing.T) {
	tests := []struct {
		truth, got string
		want       float64
	}{
		// common the, quick, fox: P 3/5, R 3/4.
		{"The quick brown fox", "the QUICK red fox jumps", 2.0 / 3},
		// bags {a a b} and {a b b}: common 2, P = R = 2/3.
		{"a a b", "a b b", 2.0 / 3},
		{"Straße", "STRASSE", 1},
		{"some dek", "", 0},
		{"", "", 1},
	}
	for _, tt := range tests {
		if got := TokenF1(tt.truth, tt.got); !near(got, tt.want) {
			t.Errorf("TokenF1(%q, %q) = %v, want %v", tt.truth, tt.got, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestBodyDiff: truth shingles abcd bcde cdef defg efgh, got shingles abcd
// bcdX cdXY dXYZ XYZW YZWV; only abcd matches, so e..h are missing and
// X..V extra, each shown as the text reads.
func TestBodyDiff(t *testing.T) {
	missing, extra := BodyDiff("a b c d. E, f g h!", "a b c d X Y Z W V")
	if missing != (Stretch{Tokens: 4, Total: 4, Text: "E, f g h"}) {
		t.Errorf("missing = %+v", missing)
	}
	if extra != (Stretch{Tokens: 5, Total: 5, Text: "X Y Z W V"}) {
		t.Errorf("extra = %+v", extra)
	}
	// Two unmatched stretches: the longer is shown, the total counts both.
	missing, _ = BodyDiff("p q r s a b c d t u v w x y", "a b c d")
	if missing.Total != 10 || missing.Tokens != 6 || missing.Text != "t u v w x y" {
		t.Errorf("missing = %+v, want the 6-token stretch of 10", missing)
	}
	if m, e := BodyDiff("same text here now", "same text here now"); m.Total != 0 || e.Total != 0 {
		t.Errorf("identical texts differ: %+v %+v", m, e)
	}
}
