package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// What an element's class and id say about it. Pages name their chrome in
// English almost whatever their language, so one word list serves.
//
// The word lists match anywhere in the lower-cased class and id: they are
// long enough not to occur inside unrelated words. weakTokens must equal a
// whole token (class names split on anything but letters and digits):
// "ad" must not match "header" or "download".
var (
	// hardChrome words mark chrome whatever it holds: comments and
	// "related" boxes hold long paragraphs and content-named parts, but
	// never the article.
	hardChrome = []string{
		"comment", "disqus", "respond", "related", "recommend", "outbrain",
		"taboola", "newsletter", "cookie", "popular", "mostread", "most-read",
		"most_read", "trending", "consent", "signup", "sign-up", "login",
		"gdpr", "flyout",
	}
	// strongChrome words mark chrome unless the element wraps a
	// content-named part holding most of its paragraphs (a layout wrapper
	// "content-sidebar-wrap", "row articleSidebar").
	strongChrome = []string{
		"sidebar", "navbar", "navigation", "breadcrumb", "footer", "masthead",
		"authorbio", "author-bio", "author_bio", "about-author", "about_author",
		"copyright", "disclaimer", "legal", "promo",
	}
	// weakChrome words mark chrome unless the element turns out to hold
	// the paragraphs of an article (a wrapper named "page-with-ads").
	weakChrome = []string{
		"share", "sharing", "social", "subscri", "widget",
		"sponsor", "advert",
		"pagination", "modal", "popup", "toolbar", "skiplink", "skip-link",
		"byline", "banner", "paywall", "read-more", "readmore",
		"see-also", "seealso", "read-also", "ticker", "topbar", "rating",
		"reaction", "follow", "donate", "print-only", "tagcloud", "tag-cloud",
		"taglist", "tag-list", "keyword", "caption", "credit", "infobox",
		"carousel", "slider", "gallery", "postmeta", "post-meta", "entry-meta",
		"article-meta", "hidden-print", "authorbox", "author-box", "author_box",
		"authorinfo", "author-info", "author_info", "author-position",
		"author_position", "author-card", "author-profile", "about-the-author",
		"author-description", "author-details", "autorbox", "autor-box",
		"autoreninfo",
	}
	weakTokens = map[string]bool{
		"ad": true, "ads": true, "adv": true, "nav": true, "menu": true,
		"tags": true, "meta": true, "header": true, "foot": true,
		"aside": true, "print": true, "rss": true, "pager": true, "prev": true,
		"next": true, "toc": true, "bio": true, "breadcrumbs": true,
		"crumbs": true, "dropdown": true, "nocontent": true, "noprint": true,
		"overlay": true,
	}
	positiveSubstrings = []string{
		"article", "content", "entry", "post", "story", "text", "main", "body",
		"blog", "prose", "hentry", "news", "abstract", "instapaper_body",
	}
)

// classFlags reads an element's class and id. It lower-cases and joins
// them in a buffer on the stack and drops the taxonomy classes in place:
// about half the class and id pairs of a page are read only once (see
// classFlagsOf), so the joined string, the split and the rejoin were a
// good part of the cost of flattening a page.
func classFlags(n *html.Node) uint8 {
	var arr [256]byte
	b := arr[:0]
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && a.Val != "" {
			v := a.Val
			if !asciiOnly(v) {
				// strings.ToLower maps some runes above ASCII to ASCII
				// letters (the Kelvin sign to "k"): read those with it.
				return classFlagsUnicode(n)
			}
			if len(b) > 0 {
				b = append(b, ' ')
			}
			start := len(b)
			b = appendLowerASCII(b, v)
			if a.Key == "class" && (strings.Contains(v, "-") || strings.Contains(v, "promoted")) {
				b = b[:start+dropTaxonomyLower(b[start:])]
			}
		}
	}
	if len(b) == 0 {
		return 0
	}
	return classWords(b)
}

// classFlagsUnicode is classFlags for a class or id with bytes above
// ASCII, lower-cased by strings.ToLower.
func classFlagsUnicode(n *html.Node) uint8 {
	var s string
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && a.Val != "" {
			v := a.Val
			if a.Key == "class" && (strings.Contains(v, "-") || strings.Contains(v, "promoted")) {
				v = dropTaxonomy(v)
			}
			if s == "" {
				s = v
			} else {
				s += " " + v
			}
		}
	}
	if s == "" {
		return 0
	}
	return classWords(strings.ToLower(s))
}

func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// dropTaxonomy removes the class names that blogs derive from a post's
// tags and categories ("tag-cookie-recipes", "category-social") and the
// CMS state "node-promoted" (shown on the front page), and layout
// modifiers ("has-sidebar", "no-comments"): they name the topic, the
// publishing state or what stands beside, not the element's role.
// It returns v itself when nothing goes.
func dropTaxonomy(v string) string {
	f := strings.Fields(v)
	// Script hooks ("js-truncate-related-to-my-size") say what a script
	// does; beside a content-named class they are not the element's role.
	hooks := false
	for _, c := range f {
		if l := strings.ToLower(c); !classHasPrefix(l, "js-") && wordsIn(classSet, l)&inPositive != 0 {
			hooks = true
			break
		}
	}
	out := f[:0]
	for _, c := range f {
		if l := strings.ToLower(c); !dropClass(l, hooks) {
			out = append(out, c)
		}
	}
	if len(out) == len(f) {
		return v
	}
	return strings.Join(out, " ")
}

// dropTaxonomyLower is dropTaxonomy on a lower-cased ASCII class value
// in place: it keeps the class names that stay, one space between them, at
// the start of b and returns their length.
func dropTaxonomyLower(b []byte) int {
	// hooks only matters to a script hook: without one, the class names
	// are not read for content words here.
	hooks := false
	if hasHook(b) {
		for i := 0; i < len(b); {
			c, next := nextField(b, i)
			if len(c) > 0 && !classHasPrefix(c, "js-") && wordsIn(classSet, c)&inPositive != 0 {
				hooks = true
				break
			}
			i = next
		}
	}
	w := 0
	for i := 0; i < len(b); {
		c, next := nextField(b, i)
		if len(c) > 0 && !dropClass(c, hooks) {
			if w > 0 {
				b[w] = ' '
				w++
			}
			w += copy(b[w:], c)
		}
		i = next
	}
	return w
}

// hasHook reports a class name starting "js-" in a lower-cased class value.
func hasHook(b []byte) bool {
	// Nearly every value that reaches here (one holding a '-') has no
	// "js-": bytes.Index rejects it at the speed of its vector search.
	for i := 0; ; {
		k := bytes.Index(b[i:], jsHook)
		if k < 0 {
			return false
		}
		if k += i; k == 0 || asciiSpace(b[k-1]) {
			return true
		}
		i = k + 1
	}
}

var jsHook = []byte("js-")

// nextField returns the run of bytes other than ASCII space from i (empty
// when b[i] is a space) and where to look next.
func nextField(b []byte, i int) ([]byte, int) {
	j := i
	for j < len(b) && !asciiSpace(b[j]) {
		j++
	}
	if j == i {
		return nil, i + 1
	}
	return b[i:j], j
}

// dropClass reports a lower-cased class name dropTaxonomy removes; hooks
// tells that a content-named class stands beside the script hooks.
func dropClass[S ~string | ~[]byte](l S, hooks bool) bool {
	if hooks && classHasPrefix(l, "js-") {
		return true
	}
	return classHasPrefix(l, "tag-") || classContains(l, "category-") ||
		classHasPrefix(l, "tags-") || classHasPrefix(l, "topic-") ||
		classHasPrefix(l, "post_tag-") || classHasPrefix(l, "format-") ||
		classHasPrefix(l, "entry-author-") || classHasPrefix(l, "post-author-") ||
		string(l) == "node-promoted" || string(l) == "promoted" ||
		classHasPrefix(l, "has-") || classHasPrefix(l, "with-") || classHasPrefix(l, "no-")
}

func classHasPrefix[S ~string | ~[]byte](s S, p string) bool {
	return len(s) >= len(p) && string(s[:len(p)]) == p
}

func classContains[S ~string | ~[]byte](s S, p string) bool {
	for i := 0; i+len(p) <= len(s); i++ {
		if s[i] == p[0] && string(s[i:i+len(p)]) == p {
			return true
		}
	}
	return false
}

// wordSet finds which of its word lists occur inside a string. Words are
// indexed by their first byte, so that a class attribute is scanned once
// for all the lists instead of once per word or per list; pair marks the
// first two bytes of some word, so that most places of the string are
// passed over with one bit test (8 KB, built when the package starts).
type wordSet struct {
	first [256][]listWord
	pair  [1 << 16 / 8]byte
}

type listWord struct {
	word string
	list uint8 // one of the in* bits
}

// The word lists, as bits of what wordsIn returns.
const (
	inHard uint8 = 1 << iota
	inStrong
	inWeak
	inPositive
)

// newWordSet indexes lists of words of two bytes or more.
func newWordSet(lists map[uint8][]string) *wordSet {
	w := new(wordSet)
	for list, words := range lists {
		for _, x := range words {
			w.first[x[0]] = append(w.first[x[0]], listWord{x, list})
			p := int(x[0])<<8 | int(x[1])
			w.pair[p>>3] |= 1 << (p & 7)
		}
	}
	return w
}

// wordsIn returns the lists that have a word inside s; it stops early once a
// hard-chrome word is found, as nothing else then counts.
func wordsIn[S ~string | ~[]byte](w *wordSet, s S) uint8 {
	var found uint8
	for i := 0; i+1 < len(s); i++ {
		if p := int(s[i])<<8 | int(s[i+1]); w.pair[p>>3]&(1<<(p&7)) == 0 {
			continue
		}
		rest := s[i:]
		for _, x := range w.first[s[i]] {
			// The last byte is checked first: most candidates share only
			// their first letter with the word, and this rejects them
			// without a comparison call.
			n := len(x.word)
			if found&x.list == 0 && len(rest) >= n && rest[n-1] == x.word[n-1] && string(rest[:n]) == x.word {
				found |= x.list
				if found&inHard != 0 {
					return found
				}
			}
		}
	}
	return found
}

// hasWeakToken reports whether a lower-cased value holds one of the
// weakTokens as a whole alphanumeric token.
func hasWeakToken[S ~string | ~[]byte](s S) bool {
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			// Most tokens have neither the first letter and the length of
			// any weak token: a table lookup spares their hashing.
			if n := i - start; (n >= 16 || weakShape[s[start]]&(1<<n) != 0) && weakTokens[string(s[start:i])] {
				return true
			}
			start = -1
		}
	}
	return false
}

// weakShape holds, by first byte, the lengths (as bits) of the
// weakTokens opening with it; tokens of 16 bytes or more are not gated.
var weakShape = func() (t [256]uint16) {
	for w := range weakTokens {
		if len(w) < 16 {
			t[w[0]] |= 1 << len(w)
		}
	}
	return t
}()

var classSet = newWordSet(map[uint8][]string{
	inHard: hardChrome, inStrong: strongChrome, inWeak: weakChrome, inPositive: positiveSubstrings,
})

func classWords[S ~string | ~[]byte](s S) uint8 {
	found := wordsIn(classSet, s)
	// The token scan costs a pass over the value: only when no listed
	// word has decided already.
	if found&(inHard|inStrong|inWeak) == 0 && hasWeakToken(s) {
		found |= ptToken
	}
	return partFlags(found)
}
