package extract

import (
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

// classFlags reads an element's class and id.
func classFlags(n *html.Node) uint8 {
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

// dropTaxonomy removes the class names that blogs derive from a post's
// tags and categories ("tag-cookie-recipes", "category-social") and the
// CMS state "node-promoted" (shown on the front page), and layout
// modifiers ("has-sidebar", "no-comments"): they name the topic, the
// publishing state or what stands beside, not the element's role.
func dropTaxonomy(v string) string {
	f := strings.Fields(v)
	// Script hooks ("js-truncate-related-to-my-size") say what a script
	// does; beside a content-named class they are not the element's role.
	hooks := false
	for _, c := range f {
		if l := strings.ToLower(c); !strings.HasPrefix(l, "js-") && classSet.in(l)&inPositive != 0 {
			hooks = true
			break
		}
	}
	out := f[:0]
	for _, c := range f {
		l := strings.ToLower(c)
		if hooks && strings.HasPrefix(l, "js-") {
			continue
		}
		if strings.HasPrefix(l, "tag-") || strings.Contains(l, "category-") ||
			strings.HasPrefix(l, "tags-") || strings.HasPrefix(l, "topic-") ||
			strings.HasPrefix(l, "post_tag-") || strings.HasPrefix(l, "format-") ||
			strings.HasPrefix(l, "entry-author-") || strings.HasPrefix(l, "post-author-") ||
			l == "node-promoted" || l == "promoted" ||
			strings.HasPrefix(l, "has-") || strings.HasPrefix(l, "with-") || strings.HasPrefix(l, "no-") {
			continue
		}
		out = append(out, c)
	}
	return strings.Join(out, " ")
}

// wordSet finds which of its word lists occur inside a string. Words are
// indexed by their first byte, so that a class attribute is scanned once
// for all the lists instead of once per word or per list.
type wordSet [256][]listWord

type listWord struct {
	word string
	list uint8 // one of the in* bits
}

// The word lists, as bits of what wordSet.in returns.
const (
	inHard uint8 = 1 << iota
	inStrong
	inWeak
	inPositive
)

func newWordSet(lists map[uint8][]string) *wordSet {
	var w wordSet
	for list, words := range lists {
		for _, x := range words {
			w[x[0]] = append(w[x[0]], listWord{x, list})
		}
	}
	return &w
}

// in returns the lists that have a word inside s; it stops early once a
// hard-chrome word is found, as nothing else then counts.
func (w *wordSet) in(s string) uint8 {
	var found uint8
	for i := 0; i < len(s); i++ {
		rest := s[i:]
		for _, x := range w[s[i]] {
			// The last byte is checked first: most candidates share only
			// their first letter with the word, and this rejects them
			// without a comparison call.
			n := len(x.word)
			if found&x.list == 0 && len(rest) >= n && rest[n-1] == x.word[n-1] && rest[:n] == x.word {
				found |= x.list
				if found&inHard != 0 {
					return found
				}
			}
		}
	}
	return found
}

var classSet = newWordSet(map[uint8][]string{
	inHard: hardChrome, inStrong: strongChrome, inWeak: weakChrome, inPositive: positiveSubstrings,
})

func classWords(s string) uint8 {
	found := classSet.in(s)
	if found&inHard != 0 {
		return efChrome | efHard
	}
	var fl uint8
	if found&inStrong != 0 {
		fl |= efChrome
	} else if found&inWeak != 0 {
		fl |= efWeak
	}
	if fl == 0 {
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
				if weakTokens[s[start:i]] {
					fl |= efWeak
					break
				}
				start = -1
			}
		}
	}
	if found&inPositive != 0 {
		fl |= efPositive
	}
	return fl
}
