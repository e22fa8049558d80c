package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sentences in the languages legacy charsets serve, as a headline and as a
// paragraph.
var sentences = []struct {
	lang, text string
}{
	{"zh-hans", "特朗普称将在匈牙利会见普京"},
	{"zh-hans", "新华社华盛顿10月16日电 美国总统特朗普16日说，他将在匈牙利首都布达佩斯与俄罗斯总统普京会面，讨论结束俄乌冲突问题。特朗普当天在社交媒体上发文说，他刚刚与普京结束了电话交谈，双方的通话非常有成效。"},
	{"zh-hant", "颱風逼近臺灣，氣象局發布海上警報"},
	{"zh-hant", "中央氣象局今天上午發布海上颱風警報，預計颱風將於明天清晨最接近臺灣東部海面。氣象局提醒民眾，應注意強風豪雨，並做好防颱準備。"},
	{"ja", "日銀、金利据え置きを決定"},
	{"ja", "日本銀行は十月三十日の金融政策決定会合で、短期金利の誘導目標を据え置くことを決めた。物価の上昇は続いているものの、米国の関税政策が経済に与える影響を見極める必要があると判断した。"},
	{"ko", "트럼프, 헝가리서 푸틴과 정상회담 예정"},
	{"ko", "도널드 트럼프 미국 대통령은 16일 블라디미르 푸틴 러시아 대통령과 전화 통화를 한 뒤 헝가리 부다페스트에서 만나 우크라이나 전쟁 종식 방안을 논의하겠다고 밝혔다."},
	{"ru", "Трамп заявил о встрече с Путиным в Будапеште"},
	{"ru", "Президент США Дональд Трамп заявил в четверг, что встретится с президентом России Владимиром Путиным в Будапеште, чтобы обсудить пути урегулирования конфликта на Украине. По его словам, телефонный разговор был очень продуктивным."},
	{"fr", "Trump annonce une rencontre avec Poutine à Budapest"},
	{"fr", "Le président américain a déclaré jeudi qu’il rencontrerait son homologue russe à Budapest, après un échange téléphonique « très productif ». Les deux dirigeants évoqueront la fin du conflit en Ukraine."},
	{"de", "Trump kündigt Treffen mit Putin in Budapest an"},
	{"de", "Der US-Präsident sagte am Donnerstag, er werde sich in Budapest mit dem russischen Präsidenten treffen. Über die Ergebnisse des Gesprächs äußerte er sich zufrieden; es sei „sehr produktiv“ gewesen."},
	{"pl", "Sejm przyjął ustawę o budżecie państwa na przyszły rok"},
	{"pl", "W czwartek posłowie głosowali nad projektem ustawy. Minister finansów zapowiedział, że deficyt będzie niższy, niż przewidywano, a wydatki na zdrowie wzrosną."},
	{"cs", "Vláda schválila návrh rozpočtu na příští rok"},
	{"cs", "Ministr financí ve čtvrtek řekl, že schodek bude nižší, než se očekávalo. Výdaje na zdravotnictví a školství se podle něj zvýší."},
	{"el", "Ο πρόεδρος των ΗΠΑ ανακοίνωσε συνάντηση με τον Πούτιν στη Βουδαπέστη"},
}

// charsetsFor lists the charsets a language is saved in and the name
// decode must report for each.
var charsetsFor = map[string][]struct {
	name string
	enc  encoding.Encoding
}{
	"zh-hans": {{"gbk", simplifiedchinese.GBK}},
	"zh-hant": {{"big5", traditionalchinese.Big5}},
	"ja":      {{"shift_jis", japanese.ShiftJIS}, {"euc-jp", japanese.EUCJP}},
	"ko":      {{"euc-kr", korean.EUCKR}},
	"ru":      {{"windows-1251", charmap.Windows1251}, {"koi8-r", charmap.KOI8R}},
	"fr":      {{"windows-1252", charmap.Windows1252}},
	"de":      {{"windows-1252", charmap.Windows1252}},
	"el":      {{"windows-1253", charmap.Windows1253}},
	"pl":      {{"windows-1250", charmap.Windows1250}, {"iso-8859-2", charmap.ISO8859_2}},
	"cs":      {{"windows-1250", charmap.Windows1250}, {"iso-8859-2", charmap.ISO8859_2}},
}

func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestDecodeDetectsLegacyText(t *testing.T) {
	for _, s := range sentences {
		for _, cs := range charsetsFor[s.lang] {
			src := encode(t, cs.enc, s.text)
			doc, err := decode(src, Options{})
			if err != nil {
				t.Errorf("%s %s %.20q: %v", s.lang, cs.name, s.text, err)
				continue
			}
			if doc.charset != cs.name || doc.text != s.text {
				t.Errorf("%s in %s: got %s %.40q, want %.40q", s.lang, cs.name, doc.charset, doc.text, s.text)
			}
			if doc.format != FormatText {
				t.Errorf("%s in %s: format %q, want text", s.lang, cs.name, doc.format)
			}
		}
	}
}

// TestDetectCharsetHardCases covers what a detector gets wrong first:
// text with few non-ASCII characters, capitals, Latin words in CJK text.
func TestDetectCharsetHardCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		enc  encoding.Encoding
		text string
	}{
		{"windows-1252", charmap.Windows1252, "It’s a “test” — don’t panic… they said."},
		{"windows-1252", charmap.Windows1252, "Don’t"},
		{"windows-1252", charmap.Windows1252, "Café"},
		{"windows-1252", charmap.Windows1252, "naïve façade"},
		{"windows-1252", charmap.Windows1252, "São Paulo: A população está crescendo, disse o ministério."},
		{"windows-1252", charmap.Windows1252, "El niño comió más piñas en España."},
		{"windows-1252", charmap.Windows1252, "© 2025 Example Corp. All rights reserved."},
		{"windows-1252", charmap.Windows1252, "Temperature: 25°C ± 2°"},
		{"windows-1252", charmap.Windows1252, "Smørrebrød på Østerbro, Åse sa"},
		{"windows-1252", charmap.Windows1252, "ÉTATS-UNIS : LE PRÉSIDENT ANNONCE UNE RÉFORME"},
		{"windows-1251", charmap.Windows1251, "Москва"},
		{"windows-1251", charmap.Windows1251, "МОСКВА — Президент России"},
		{"windows-1251", charmap.Windows1251, "Київ: Верховна Рада України ухвалила закон про бюджет на 2026 рік."},
		{"windows-1251", charmap.Windows1251, "Београд: Влада Србије је усвојила нови закон."},
		{"koi8-r", charmap.KOI8R, "Москва"},
		{"gbk", simplifiedchinese.GBK, "中国"},
		{"gbk", simplifiedchinese.GBK, "苹果发布iPhone 17 Pro Max，售价7999元起"},
		{"gbk", simplifiedchinese.GBK, "新华网 北京 10月18日电"},
		{"big5", traditionalchinese.Big5, "台灣"},
		{"big5", traditionalchinese.Big5, "蘋果發表iPhone 17，售價新台幣29900元起"},
		{"shift_jis", japanese.ShiftJIS, "東京"},
		{"shift_jis", japanese.ShiftJIS, "アップル、新型iPhoneを発表"},
		{"shift_jis", japanese.ShiftJIS, "コンピュータ・ソフトウェア・エンジニアリング"},
		{"euc-jp", japanese.EUCJP, "アップル、新型iPhoneを発表"},
		{"euc-kr", korean.EUCKR, "文대통령, 北에 대화 제의"},
		{"euc-kr", korean.EUCKR, "애플, 새 아이폰 17 공개…가격은 129만원부터"},
		// Two Hangul syllables are also two common hanzi in GBK: too
		// short to tell, and not tested.
	} {
		doc, err := decode(encode(t, tc.enc, tc.text), Options{})
		if err != nil {
			t.Errorf("%s %q: %v", tc.name, tc.text, err)
			continue
		}
		if doc.charset != tc.name || doc.text != tc.text {
			t.Errorf("%q in %s: got %s %q", tc.text, tc.name, doc.charset, doc.text)
		}
	}
}

func TestDecodeLegacyHTMLWithoutDeclaration(t *testing.T) {
	for _, s := range sentences {
		for _, cs := range charsetsFor[s.lang] {
			// The second page has more ASCII script in its head than the
			// detector reads.
			for _, head := range []string{"<title>t</title>", strings.Repeat("<script>var x = 'all ASCII';</script>\n", 1000)} {
				page := "<!DOCTYPE html><html><head>" + head + "</head><body><p>" + s.text + "</p></body></html>"
				doc, err := decode(encode(t, cs.enc, page), Options{})
				if err != nil {
					t.Errorf("%s %s: %v", s.lang, cs.name, err)
					continue
				}
				if doc.charset != cs.name || doc.text != page || doc.format != FormatHTML {
					t.Errorf("%s in %s, head of %d bytes: got %s %s", s.lang, cs.name, len(head), doc.format, doc.charset)
				}
			}
		}
	}
}

func TestDecodeUTF8AndUTF16(t *testing.T) {
	text := "Заголовок — 标题 — Überschrift\nSecond line\n"
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
	leNoBOM, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(text)
	beNoBOM, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String(text)
	for _, tc := range []struct {
		name, src, charset string
	}{
		{"utf-8", text, "utf-8"},
		{"utf-8 BOM", "\xEF\xBB\xBF" + text, "utf-8"},
		{"utf-16le BOM", le, "utf-16le"},
		{"utf-16be BOM", be, "utf-16be"},
		{"utf-16le no BOM", leNoBOM, "utf-16le"},
		{"utf-16be no BOM", beNoBOM, "utf-16be"},
	} {
		doc, err := decode([]byte(tc.src), Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if doc.charset != tc.charset || doc.text != text || doc.format != FormatText {
			t.Errorf("%s: got %s %s %q", tc.name, doc.format, doc.charset, doc.text)
		}
	}
}

func TestDecodeISO2022JP(t *testing.T) {
	text := "日本銀行は金利を据え置いた。\n"
	doc, err := decode(encode(t, japanese.ISO2022JP, text), Options{})
	if err != nil || doc.charset != "iso-2022-jp" || doc.text != text {
		t.Errorf("got %v %+v", err, doc)
	}
}

func TestDecodeCleansText(t *testing.T) {
	doc, err := decode([]byte("\xEF\xBB\xBFone\r\ntwo\rthree\x00four\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "one\ntwo\nthreefour\n"; doc.text != want {
		t.Errorf("got %q, want %q", doc.text, want)
	}
}

func gz(t testing.TB, members ...[]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	for _, m := range members {
		w := gzip.NewWriter(&buf)
		if _, err := w.Write(m); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func TestDecodeGzip(t *testing.T) {
	page := []byte("<!doctype html><html><head><meta charset=utf-8><title>Ça</title></head><body><p>Hello</p></body></html>")
	doc, err := decode(gz(t, page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !doc.gzipped || doc.text != string(page) || doc.format != FormatHTML || doc.charset != "utf-8" {
		t.Errorf("got %+v", doc)
	}

	// Several members are one stream; gzip inside gzip is unwrapped.
	doc, err = decode(gz(t, gz(t, []byte("first half, "), []byte("second half"))), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.text != "first half, second half" {
		t.Errorf("multi-member: got %q", doc.text)
	}

	// Trailing padding after the last member is ignored, as gzip(1) does.
	doc, err = decode(append(gz(t, []byte("padded")), 0, 0, 0, 0), Options{})
	if err != nil || doc.text != "padded" {
		t.Errorf("padded: %v %+v", err, doc)
	}

	full := gz(t, bytes.Repeat([]byte("a line of the page\n"), 1000))
	if _, err := decode(full[:len(full)/2], Options{}); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("truncated gzip: got %v", err)
	}
	bad := append([]byte(nil), full...)
	bad[len(bad)-6] ^= 0xFF // the CRC
	if _, err := decode(bad, Options{}); err == nil || !strings.Contains(err.Error(), "gzip") {
		t.Errorf("corrupt gzip: got %v", err)
	}
}

func TestDecodeLimits(t *testing.T) {
	if _, err := decode(make([]byte, 2000), Options{MaxBytes: 1000}); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("input over MaxBytes: got %v", err)
	}
	// Under the ratio floor, only MaxBytes bounds the output.
	big := gz(t, bytes.Repeat([]byte("word "), 2000))
	if _, err := decode(big, Options{MaxBytes: 5000}); err == nil || !strings.Contains(err.Error(), "decompressed size exceeds the limit of") {
		t.Errorf("gunzip over MaxBytes: got %v", err)
	}
	if _, err := decode(big, Options{}); err != nil {
		t.Errorf("a small repetitive page is no bomb: %v", err)
	}

	// A bomb: 64 MiB of zeros in 64 KiB; refused before being expanded.
	bomb := gz(t, make([]byte, 64<<20))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := decode(bomb, Options{})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "gzip bomb") {
		t.Errorf("gzip bomb: got %v", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 32<<20 {
		t.Errorf("refusing the gzip bomb allocated %d MiB", grew>>20)
	}
}

func TestDecodeRefusesNonPages(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"empty", "", "empty"},
		{"white space", " \n\t\r\n  ", "only white space"},
		{"BOM only", "\xEF\xBB\xBF\n", "only white space"},
		{"NULs", "\x00\x00\x00\x00\x00\x00\x00\x00", "binary"},
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"},
		{"JPEG", "\xFF\xD8\xFF\xE0\x00\x10JFIF", "JPEG"},
		{"GIF", "GIF89a\x01\x00\x01\x00", "GIF"},
		{"PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "PDF"},
		{"ZIP", "PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"},
		{"ELF", "\x7FELF\x02\x01\x01", "executable"},
		{"binary", "\x01\x02\x03\x04hello\x05\x06\x07\x08\x0e\x0f", "binary"},
		{"gzipped PNG", string(gz(t, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))), "PNG"},
		{"gzipped nothing", string(gz(t, nil)), "empty"},
	} {
		_, err := decode([]byte(tc.src), Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want one naming %q", tc.name, err, tc.want)
		}
	}
	// A few NULs in a page do not make it binary.
	doc, err := decode([]byte("A page with a stray\x00 NUL byte in it, and more text after it.\n"), Options{})
	if err != nil || strings.Contains(doc.text, "\x00") {
		t.Errorf("stray NUL: %v %+v", err, doc)
	}
}

// Bytes of no known format (compressed or encrypted data, a cut-off
// image) hold about one control byte in ten: every such file is refused,
// not read as single-byte text, while a page with a few stray control
// bytes is still read.
func TestDecodeRefusesUnknownBinary(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		b := make([]byte, 512+rng.IntN(8<<10))
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		b[0] = 'x' // no BOM, and no known signature:
		if fileKind(b) != "" {
			continue
		}
		if _, err := decode(b, Options{}); err == nil || !strings.Contains(err.Error(), "binary") {
			t.Fatalf("random bytes %d (%d bytes): got error %v, want one naming binary", i, len(b), err)
		}
	}
	page := strings.Repeat("A line of a page copied from a browser, as people save them.\n", 20)
	for _, c := range []string{"\x00", "\x01", "\x07", "\x1f"} {
		page = strings.Replace(page, "\n", c+"\n", 1)
	}
	if _, err := decode([]byte(page), Options{}); err != nil {
		t.Errorf("a page with four stray control bytes: %v", err)
	}
}

func TestDecodeFormat(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      Format
	}{
		{"doctype", "<!DOCTYPE html>\n<title>x</title>", FormatHTML},
		{"html tag", "  <HTML lang=en><p>x", FormatHTML},
		{"comment first", "<!-- saved from url=(0042)https://example.com/ -->\n<html>", FormatHTML},
		{"xml declaration", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", FormatHTML},
		{"head only", "<head><meta charset=utf-8></head>hello", FormatHTML},
		{"no html or head tag", "<meta charset=utf-8>\n<title>A page</title>\n<p>hello", FormatHTML},
		{"noscript meta atop text", "<meta http-equiv=\"refresh\" content=\"0; url=/nojs\">\nHome\nNews\n\nA headline\n\nThe story.\n", FormatText},
		{"fragment", "<div class=story><h1>Title</h1><p>One paragraph.</p><p>Another <a href=/x>link</a>.</p></div>", FormatHTML},
		{"text", "Home / World\n\nA headline\n\nBy Jane Doe\n\nThe body of the story.\n", FormatText},
		{"text with a stray <", "Prices < $5 and <3 love\n\nA story about things.\n", FormatText},
		{"text mentioning tags", "How to centre a <div> in CSS\n\nWrap the <div> in a flex container and the job is done. " + strings.Repeat("More words about layout. ", 40), FormatText},
		{"text with back link", "<< Back to news\n\nHeadline\n\nBody text of the article.\n", FormatText},
		{"html-ish word", "<htmlish> is not a tag\n", FormatText},
		{"noscript markup atop text", "<img height=\"1\" width=\"1\" src=\"https://example.com/px\"> <div><img src=\"/watch\" alt=\"\">\nHome\nNews\nSport\n\nA headline\n\n" + strings.Repeat("A paragraph of the story. ", 100), FormatText},
		{"server warning first", "<br />\n<b>Warning</b>:  mysql_connect(): Access denied in <b>/var/www/db.php</b> on line <b>5</b><br />\n" + strings.Repeat("<br />\n<b>Notice</b>: undefined index in <b>x.php</b><br />\n", 30) + "<!DOCTYPE html>\n<html lang=de><head><title>x</title>", FormatHTML},
		{"text warning first", "Warning: something failed\n<!DOCTYPE html>\n<html><head>", FormatHTML},
	} {
		doc, err := decode([]byte(tc.src), Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if doc.format != tc.want {
			t.Errorf("%s: format %q, want %q", tc.name, doc.format, tc.want)
		}
	}
	// --input wins.
	doc, err := decode([]byte("<!doctype html><p>x"), Options{Input: FormatText})
	if err != nil || doc.format != FormatText {
		t.Errorf("forced text: %v %+v", err, doc)
	}
	doc, err = decode([]byte("plain words"), Options{Input: FormatHTML})
	if err != nil || doc.format != FormatHTML {
		t.Errorf("forced html: %v %+v", err, doc)
	}
}

func TestDecodeHTMLCharset(t *testing.T) {
	gbk := func(s string) string { return string(encode(t, simplifiedchinese.GBK, s)) }
	w1252 := func(s string) string { return string(encode(t, charmap.Windows1252, s)) }
	head := strings.Repeat("<script>var x = 1; // padding the head past 1024 bytes</script>\n", 30)
	for _, tc := range []struct {
		name, src, charset, text string
		opts                     Options
	}{
		{name: "meta charset", src: "<html><head><meta charset=\"gbk\"></head><body>" + gbk("中文") + "</body></html>", charset: "gbk", text: "中文"},
		{name: "gb2312 label", src: "<html><head><meta charset=gb2312></head><body>" + gbk("中文") + "</body></html>", charset: "gbk", text: "中文"},
		{name: "http-equiv", src: "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>" + w1252("Café") + "</body></html>", charset: "windows-1252", text: "Café"},
		{name: "meta after 1024 bytes", src: "<html><head>" + head + "<meta charset=gbk></head><body>" + gbk("中文") + "</body></html>", charset: "gbk", text: "中文"},
		{name: "meta in a comment", src: "<html><head><!-- <meta charset=gbk> --></head><body>Ünïcödé</body></html>", charset: "utf-8", text: "Ünïcödé"},
		{name: "undeclared utf-8", src: "<html><body>Ünïcödé 中文</body></html>", charset: "utf-8", text: "Ünïcödé 中文"},
		{name: "declared legacy, really utf-8", src: "<html><head><meta charset=iso-8859-1></head><body>Ünïcödé</body></html>", charset: "utf-8", text: "Ünïcödé"},
		{name: "declared utf-16", src: "<html><head><meta charset=utf-16></head><body>Ünïcödé</body></html>", charset: "utf-8", text: "Ünïcödé"},
		{name: "x-user-defined", src: "<html><head><meta charset=x-user-defined></head><body>" + w1252("Café") + "</body></html>", charset: "windows-1252", text: "Café"},
		{name: "unknown label", src: "<html><head><meta charset=no-such-thing></head><body>Ünïcödé</body></html>", charset: "utf-8", text: "Ünïcödé"},
		{name: "declared utf-8, Latin-1 pasted in", src: "<html><head><meta charset=utf-8></head><body>Café – crème \xA32.99, caf\xE9 \xE0 la cr\xE8me</body></html>", charset: "utf-8", text: "Café – crème \uFFFD2.99"},
		{name: "declared utf-8, one bad byte", src: "<html><head><meta charset=utf-8></head><body>Ünïcödé und \xFC " + strings.Repeat("Grüße ", 20) + "</body></html>", charset: "utf-8", text: "und \uFFFD Grüße"},
		{name: "declared utf-8, really gbk", src: "<html><head><meta charset=utf-8></head><body>" + gbk(sentences[1].text) + "</body></html>", charset: "gbk", text: sentences[1].text},
		{name: "declared utf-8, really windows-1252", src: "<html><head><meta charset=utf-8></head><body>" + w1252(sentences[11].text) + "</body></html>", charset: "windows-1252", text: sentences[11].text},
		{name: "override beats meta", src: "<html><head><meta charset=utf-8></head><body>" + gbk("中文") + "</body></html>", charset: "gbk", text: "中文", opts: Options{Encoding: "GB2312"}},
		{name: "override beats BOM", src: "\xEF\xBB\xBF<html><body>" + w1252("Café") + "</body></html>", charset: "windows-1252", text: "Café", opts: Options{Encoding: "latin1"}},
	} {
		doc, err := decode([]byte(tc.src), tc.opts)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if doc.format != FormatHTML || doc.charset != tc.charset || !strings.Contains(doc.text, tc.text) || !utf8.ValidString(doc.text) {
			t.Errorf("%s: got %s %s %.80q, want %s with %q", tc.name, doc.format, doc.charset, doc.text, tc.charset, tc.text)
		}
	}
}

func TestDecodeHopelessUTF8(t *testing.T) {
	src := []byte("<html><head><meta charset=utf-8></head><body>")
	for i := range 300 {
		src = append(src, byte(0x80+i%32), byte(0x80+i%7), ' ') // C1 controls in every legacy reading
	}
	_, err := decode(src, Options{})
	if err == nil || !strings.Contains(err.Error(), "invalid utf-8") {
		t.Errorf("got %v, want an error about invalid utf-8", err)
	}
}

func TestDecodeEncodingOverride(t *testing.T) {
	if _, err := decode([]byte("text"), Options{Encoding: "klingon"}); err == nil || !strings.Contains(err.Error(), `unknown encoding "klingon"`) {
		t.Errorf("unknown label: got %v", err)
	}
	if _, err := decode([]byte("text"), Options{Encoding: "iso-2022-kr"}); err == nil || !strings.Contains(err.Error(), "not supported") {
		t.Errorf("replacement label: got %v", err)
	}
	if _, err := decode([]byte("\x01\x02\x03\x04\x05\x06\x07\x08"), Options{Encoding: "utf-8"}); err == nil || !strings.Contains(err.Error(), "binary") {
		t.Errorf("binary with an override: got %v", err)
	}
	// An override that is wrong is still obeyed.
	doc, err := decode([]byte("Ünïcödé"), Options{Encoding: "windows-1252"})
	if err != nil || doc.charset != "windows-1252" || doc.text != "ÃœnÃ¯cÃ¶dÃ©" {
		t.Errorf("wrong override: %v %+v", err, doc)
	}
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("Hello, world")
	doc, err = decode([]byte(le), Options{Encoding: "utf-16le"})
	if err != nil || doc.charset != "utf-16le" || doc.text != "Hello, world" {
		t.Errorf("utf-16le override: %v %+v", err, doc)
	}
}

// seedPath finds the seed page: the fixture in testdata, else the shared
// copy.
func seedPath(t *testing.T) string {
	for _, p := range []string{"../../testdata/pages/seed.txt", "../../../shared/seeds/000_50b89fdf07e30226.txt"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("seed page absent: neither testdata/pages/seed.txt nor ../shared/seeds")
	return ""
}

func TestDecodeSeedConversions(t *testing.T) {
	orig, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	want := cleanText(string(orig))
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(orig)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(orig)
	crlf := bytes.ReplaceAll(orig, []byte("\n"), []byte("\r\n"))
	for _, tc := range []struct {
		name    string
		src     []byte
		charset []string
	}{
		{"utf-8", orig, []string{"utf-8"}},
		// "Français" has no GBK code, so the file is GB18030.
		{"gbk", encode(t, simplifiedchinese.GB18030, string(orig)), []string{"gbk", "gb18030"}},
		{"utf-16 BOM", u16, []string{"utf-16le"}},
		{"utf-16be BOM", u16be, []string{"utf-16be"}},
		{"gzip", gz(t, orig), []string{"utf-8"}},
		{"crlf", crlf, []string{"utf-8"}},
		{"gbk crlf gzip", gz(t, encode(t, simplifiedchinese.GB18030, string(crlf))), []string{"gbk", "gb18030"}},
	} {
		doc, err := decode(tc.src, Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if doc.text != want {
			t.Errorf("%s: text differs from the original", tc.name)
		}
		if doc.format != FormatText {
			t.Errorf("%s: format %s", tc.name, doc.format)
		}
		ok := false
		for _, c := range tc.charset {
			ok = ok || doc.charset == c
		}
		if !ok {
			t.Errorf("%s: charset %s, want one of %v", tc.name, doc.charset, tc.charset)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<!doctype html><meta charset=gbk><p>x</p>"))
	f.Add([]byte("Headline\n\nBody\r\n"))
	f.Add([]byte("\xFF\xFEh\x00i\x00"))
	f.Add(gz(f, []byte("<html><body>x</body></html>")))
	for _, s := range sentences {
		for _, cs := range charsetsFor[s.lang] {
			f.Add(encode(f, cs.enc, s.text))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := decode(src, Options{MaxBytes: 1 << 20})
		if err != nil {
			if doc != nil {
				t.Fatal("both a document and an error")
			}
			if err.Error() == "" || errors.Unwrap(err) == err {
				t.Fatal("empty error")
			}
			return
		}
		if !utf8.ValidString(doc.text) {
			t.Fatalf("invalid UTF-8 out of %s", doc.charset)
		}
		if strings.ContainsAny(doc.text, "\x00\r") {
			t.Fatal("NUL or CR left in the text")
		}
		if doc.format != FormatHTML && doc.format != FormatText {
			t.Fatalf("format %q", doc.format)
		}
		if _, _, err := lookupEncoding(doc.charset); err != nil {
			t.Fatalf("charset %q: %v", doc.charset, err)
		}
	})
}

// BenchmarkDecode measures the hot path (a valid UTF-8 page, gzipped or
// not) against detection (a GBK text page).
func BenchmarkDecode(b *testing.B) {
	page := []byte("<!doctype html><html><head><meta charset=utf-8><title>T</title>" +
		strings.Repeat("<script>var a = 'padding';</script>\n", 200) + "</head><body>" +
		strings.Repeat("<p>"+sentences[11].text+" "+sentences[1].text+"</p>\n", 400) + "</body></html>")
	gbkText := encode(b, simplifiedchinese.GBK, strings.Repeat(sentences[1].text+"\n", 400))
	for _, bc := range []struct {
		name string
		src  []byte
	}{
		{"utf-8-html", page},
		{"gzip-html", gz(b, page)},
		{"gbk-text", gbkText},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.src)))
			for b.Loop() {
				if _, err := decode(bc.src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestDetectPrefixBounds(t *testing.T) {
	for _, src := range [][]byte{
		bytes.Repeat([]byte{0xB0, 0xA1}, 40<<10),                  // no boundary byte at all
		bytes.Repeat([]byte("ascii "), 10<<10),                    // nothing to detect
		append(bytes.Repeat([]byte("x"), 40<<10), 0xE9, 'x'),      // one byte, after a long word
		bytes.Repeat([]byte("caf\xE9 \xB0\xA1\xB0\xA1\n"), 8<<10), // many short stretches
	} {
		got := detectPrefix(src)
		if len(got) > 2*detectLen+2 {
			t.Errorf("sample of %d bytes from %d", len(got), len(src))
		}
		if bytes.IndexFunc(src, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 && indexNonASCII(got) < 0 {
			t.Errorf("sample of %d bytes misses the non-ASCII bytes", len(got))
		}
	}
}
