package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// The flattener asks of the class and id of every block element what
// they say of its role (classFlags). A page repeats a few dozen class
// values over hundreds of elements while its ids are mostly its own: a
// memo keyed by class and id together missed on nearly every element with
// an id, reading and storing its pair anew. The answers are now kept per
// page by class value alone, and an id is read on its own each time.
// classFlags reads the class and id joined by a space; its words hold no
// space and its tokens end at one, so what it finds in the joined key is
// what it finds in the two parts.

// partBits are what classFlags finds in one class or id value: the in*
// lists with a word inside it, and a whole weak token (ptToken).
const (
	ptLists uint8 = inHard | inStrong | inWeak | inPositive
	ptToken uint8 = 1 << 4
)

// classPart returns the partBits of one class (class true) or id value,
// lower-cased and, for a class, without its taxonomy classes, as classFlags
// reads it.
func classPart(v string, class bool) uint8 {
	if !asciiOnly(v) {
		if class && (strings.Contains(v, "-") || strings.Contains(v, "promoted")) {
			v = dropTaxonomy(v)
		}
		return classPartWords(strings.ToLower(v))
	}
	if len(v) <= 256 {
		var arr [256]byte
		b := appendLowerASCII(arr[:0], v)
		if class && (strings.Contains(v, "-") || strings.Contains(v, "promoted")) {
			b = b[:dropTaxonomyLower(b)]
		}
		return classPartWords(b)
	}
	b := appendLowerASCII(nil, v)
	if class && (strings.Contains(v, "-") || strings.Contains(v, "promoted")) {
		b = b[:dropTaxonomyLower(b)]
	}
	return classPartWords(b)
}

// classPartWords is the partBits of a lower-cased value.
func classPartWords[S ~string | ~[]byte](s S) uint8 {
	found := wordsIn(classSet, s)
	if hasWeakToken(s) {
		return found | ptToken
	}
	return found
}

// partFlags is classWords over the parts whose partBits are or'ed in b.
func partFlags(b uint8) uint8 {
	if b&inHard != 0 {
		return efChrome | efHard
	}
	var fl uint8
	if b&inStrong != 0 {
		fl |= efChrome
	} else if b&inWeak != 0 {
		fl |= efWeak
	}
	if fl == 0 && b&ptToken != 0 {
		fl |= efWeak
	}
	if b&inPositive != 0 {
		fl |= efPositive
	}
	return fl
}

// classBitsOf returns the partBits of a class value, through the memo.
func (f *flat) classBitsOf(class string) uint8 {
	if b, ok := f.classMemo[class]; ok {
		return b
	}
	b := classPart(class, true)
	if f.classMemo == nil {
		f.classMemo = make(map[string]uint8, 64)
	}
	f.classMemo[class] = b
	return b
}

// classFlagsOf is classFlags(n), reading the class through the memo.
func (f *flat) classFlagsOf(n *html.Node) uint8 {
	var a blockAttrs
	a.read(n)
	return f.classFlagsFrom(n, &a)
}

// blockAttrs is what the flattener reads of an element's attributes, in
// one pass over them: whether they hide it (hiddenNode), and for a block
// element its class, id and role. Most elements carry a few attributes,
// yet the three questions asked in turn each walked them all.
type blockAttrs struct {
	hidden    bool
	class, id string // the last non-empty value of each
	nc, ni    int    // how many non-empty class and id attributes
	role      string // the first role without a namespace, as htmlAttr reads it
	hasRole   bool
}

// read fills a from n's attributes.
func (a *blockAttrs) read(n *html.Node) {
	for i := range n.Attr {
		at := &n.Attr[i]
		switch at.Key {
		case "hidden":
			a.hidden = true
		case "aria-hidden":
			if at.Val == "true" {
				a.hidden = true
			}
		case "style":
			if !a.hidden && (strings.Contains(at.Val, "none") || strings.Contains(at.Val, "hidden")) && styleHides(at.Val) {
				a.hidden = true
			}
		case "class":
			if !a.hidden && hiddenClass(at.Val) {
				a.hidden = true
			}
			if at.Val != "" {
				a.class = at.Val
				a.nc++
			}
		case "id":
			if at.Val != "" {
				a.id = at.Val
				a.ni++
			}
		case "role":
			if !a.hasRole && at.Namespace == "" {
				a.role, a.hasRole = at.Val, true
			}
		}
	}
}

// classFlagsFrom is classFlags(n) from the attributes read of n.
func (f *flat) classFlagsFrom(n *html.Node, a *blockAttrs) uint8 {
	if a.nc > 1 || a.ni > 1 {
		// Not from the parser, which keeps one of each.
		return classFlags(n)
	}
	var b uint8
	if a.class != "" {
		b = f.classBitsOf(a.class)
	}
	if a.id != "" && b&inHard == 0 {
		b |= classPart(a.id, false)
	}
	if a.class == "" && a.id == "" {
		return 0
	}
	return partFlags(b)
}
