package extract

import "testing"

func TestHeadlineWithoutRubyReadings(t *testing.T) {
	// A page for learners prints readings over its kanji in <rt>: the
	// headline is the words, not the words and their readings.
	para := "<p>" + repeatSentence("学校では来年から新しい授業が始まります。", 6) + "</p>"
	src := `<html><head><title>やさしいニュース</title></head><body><article><h1><ruby>学校<rt>がっこう</rt></ruby>で<ruby>新<rp>(</rp><rt>あたら</rt><rp>)</rp></ruby>しい<ruby>授業<rt>じゅぎょう</rt></ruby>が始まる</h1>` +
		para + para + para + `</article></body></html>`
	m := metaOf(t, src)
	if want := "学校で新しい授業が始まる"; !has(m[fieldHeadline], want) {
		t.Errorf("headline candidates %q, want %q among them", m[fieldHeadline], want)
	}
}

func repeatSentence(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}
