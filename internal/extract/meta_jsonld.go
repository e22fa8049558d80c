package extract

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// jsonldReader collects the schema.org objects of a page's JSON-LD scripts
// and turns them into candidates: the article's own objects first, then
// the web page's, then the site's.
type jsonldReader struct {
	objs []jsonldObj
	// ids holds the objects with an @id, so that references such as
	// "author": {"@id": "#/schema/person/1"} can be followed.
	ids map[string]map[string]any
}

// jsonldObj is one typed object and its rank: 0 an article, 1 a web page,
// 2 the site or publisher, 3 a breadcrumb list.
type jsonldObj struct {
	rank int
	m    map[string]any
}

// read parses one script's text, tolerating what pages get wrong: HTML
// comment and CDATA wrappers, raw control characters in strings, trailing
// commas, several objects in a row.
func (r *jsonldReader) read(src string) {
	src = strings.TrimSpace(src)
	for _, w := range []string{"<!--", "-->", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>"} {
		src = strings.ReplaceAll(src, w, " ")
	}
	src = strings.TrimSpace(src)
	if src == "" {
		return
	}
	var vals []any
	if v, ok := jsonldDecode(src); ok {
		vals = v
	} else if v, ok := jsonldDecode(jsonldRepair(src)); ok {
		vals = v
	}
	for _, v := range vals {
		r.visit(v, 0)
	}
}

// jsonldDecode decodes one or more JSON values in a row.
func jsonldDecode(src string) ([]any, bool) {
	dec := json.NewDecoder(strings.NewReader(src))
	var out []any
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			return out, len(out) > 0
		}
		out = append(out, v)
	}
}

var jsonldTrailingComma = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`,\s*([}\]])`)
})

// jsonldRepair fixes the common faults of hand-written JSON-LD.
func jsonldRepair(src string) string {
	var b strings.Builder
	b.Grow(len(src))
	inString, escaped := false, false
	for _, r := range src {
		switch {
		case escaped:
			escaped = false
			if r == '\'' {
				// "\'" is not a JSON escape.
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-1])
			}
		case inString && r == '\\':
			escaped = true
		case r == '"':
			inString = !inString
		case r < 0x20:
			r = ' '
		}
		b.WriteRune(r)
	}
	return jsonldTrailingComma().ReplaceAllString(b.String(), "$1")
}

// jsonldArticleTypes are the schema.org types whose properties describe
// the article.
var jsonldArticleTypes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`article newsarticle blogposting reportagenews analysisnewsarticle opinionnewsarticle
		reviewnewsarticle backgroundnewsarticle askpublicnewsarticle liveblogposting report
		scholarlyarticle techarticle socialmediaposting discussionforumposting posting medicalscholarlyarticle
		satiricalarticle advertisercontentarticle review recipe howto videoobject creativework`) {
		m[t] = true
	}
	return m
})

// jsonldType returns the object's rank, or -1 for types that say nothing
// about the article.
func jsonldType(m map[string]any) int {
	best := -1
	for _, t := range jsonldStrings(m["@type"]) {
		t = strings.ToLower(t)
		if i := strings.LastIndexAny(t, "/:"); i >= 0 {
			t = t[i+1:]
		}
		rank := -1
		switch {
		case jsonldArticleTypes()[t]:
			rank = 0
		case t == "webpage" || t == "itempage" || t == "aboutpage" || t == "profilepage" || t == "qapage":
			rank = 1
		case t == "website" || t == "organization" || t == "newsmediaorganization":
			rank = 2
		case t == "breadcrumblist":
			rank = 3
		}
		if rank >= 0 && (best < 0 || rank < best) {
			best = rank
		}
	}
	return best
}

// visit walks a decoded value for typed objects: @graph members, arrays,
// and articles nested in pages (mainEntity).
func (r *jsonldReader) visit(v any, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			r.visit(e, depth+1)
		}
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) > 1 {
			if r.ids == nil {
				r.ids = map[string]map[string]any{}
			}
			if _, dup := r.ids[id]; !dup {
				r.ids[id] = x
			}
		}
		rank := jsonldType(x)
		if rank >= 0 {
			r.objs = append(r.objs, jsonldObj{rank: rank, m: x})
		}
		if g, ok := x["@graph"]; ok {
			r.visit(g, depth+1)
		}
		if rank != 0 {
			for _, k := range []string{"mainEntity", "mainEntityOfPage", "hasPart", "breadcrumb"} {
				if e, ok := x[k].(map[string]any); ok {
					r.visit(e, depth+1)
				} else if e, ok := x[k].([]any); ok {
					r.visit(e, depth+1)
				}
			}
		}
	}
}

// candidates returns the candidates of the objects read, most relevant
// objects first.
func (r *jsonldReader) candidates() []candidate {
	sort.SliceStable(r.objs, func(i, j int) bool { return r.objs[i].rank < r.objs[j].rank })
	var out []candidate
	add := func(f field, v string) {
		v = metaSpace(v)
		if v != "" {
			out = append(out, candidate{field: f, origin: originJSONLD, value: v, pos: -1})
		}
	}
	for _, o := range r.objs {
		m := o.m
		switch o.rank {
		case 0, 1:
			if o.rank == 0 {
				if h := jsonldString(m["headline"]); h != "" {
					add(fieldHeadline, h)
				} else {
					add(fieldHeadline, jsonldString(m["name"]))
				}
			} else {
				add(fieldTitle, jsonldString(m["headline"]))
				add(fieldTitle, jsonldString(m["name"]))
			}
			add(fieldDescription, jsonldString(m["description"]))
			if p := jsonldString(m["datePublished"]); p != "" {
				add(fieldPublished, p)
			} else {
				add(fieldPublished, jsonldString(m["dateCreated"]))
			}
			add(fieldModified, jsonldString(m["dateModified"]))
			for _, k := range []string{"author", "creator"} {
				names := jsonldNames(r.resolve(m[k]))
				for _, a := range names {
					add(fieldAuthor, a)
				}
				if len(names) > 0 {
					break
				}
			}
			for _, p := range jsonldNames(r.resolve(m["publisher"])) {
				add(fieldSiteName, p)
			}
			if s := jsonldStrings(m["articleSection"]); len(s) > 0 {
				add(fieldSection, s[0])
			}
			add(fieldLanguage, jsonldString(m["inLanguage"]))
			for _, u := range jsonldImages(m["image"]) {
				add(fieldImage, u)
			}
			if o.rank == 0 {
				for _, u := range jsonldImages(m["thumbnailUrl"]) {
					add(fieldImage, u)
				}
			}
		case 2:
			add(fieldSiteName, jsonldString(m["name"]))
		case 3:
			add(fieldSection, jsonldCrumbs(m))
		}
	}
	return out
}

// resolve replaces references ({"@id": ...} alone) by the objects they
// name, one level deep, in a value or an array.
func (r *jsonldReader) resolve(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) == 1 {
			if o, ok := r.ids[id]; ok {
				return o
			}
		}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = r.resolve(e)
		}
		return out
	}
	return v
}

// jsonldString returns a string value, or the "name" or "@value" of an
// object, or the first of an array.
func jsonldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		for _, k := range []string{"name", "@value", "alternateName"} {
			if s, ok := x[k].(string); ok {
				return s
			}
		}
	case []any:
		for _, e := range x {
			if s := jsonldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonldStrings returns the strings of a value or an array.
func jsonldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// jsonldNames returns the names of persons or organizations: strings,
// objects with a name, or arrays of either.
func jsonldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return nil
		}
		return []string{x}
	case map[string]any:
		if s, ok := x["name"].(string); ok && !strings.Contains(s, "://") {
			return []string{s}
		}
		if s, ok := x["name"].(map[string]any); ok {
			return jsonldNames(s)
		}
		given, _ := x["givenName"].(string)
		family, _ := x["familyName"].(string)
		if n := strings.TrimSpace(given + " " + family); n != "" {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, jsonldNames(e)...)
		}
		return out
	}
	return nil
}

// jsonldImages returns image addresses: strings, ImageObjects, arrays.
func jsonldImages(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case map[string]any:
		for _, k := range []string{"url", "contentUrl", "@id"} {
			if s, ok := x[k].(string); ok && s != "" {
				return []string{s}
			}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, jsonldImages(e)...)
		}
		return out
	}
	return nil
}

// jsonldCrumbs joins a BreadcrumbList into "World / Americas", without the
// home page.
func jsonldCrumbs(m map[string]any) string {
	items, _ := m["itemListElement"].([]any)
	type crumb struct {
		pos  float64
		name string
	}
	var cs []crumb
	for i, it := range items {
		o, ok := it.(map[string]any)
		if !ok {
			continue
		}
		name := jsonldString(o["name"])
		if name == "" {
			name = jsonldString(o["item"])
		}
		p, ok := o["position"].(float64)
		if !ok {
			p = float64(i + 1)
		}
		if name != "" && !strings.Contains(name, "://") {
			cs = append(cs, crumb{p, metaSpace(name)})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].pos < cs[j].pos })
	var names []string
	for i, c := range cs {
		if i == 0 && isHomeCrumb(c.name) {
			continue
		}
		names = append(names, c.name)
	}
	// The last crumb is often the article itself.
	if len(names) > 1 && len(tokens(names[len(names)-1])) > 5 {
		names = names[:len(names)-1]
	}
	if len(names) == 1 && len(tokens(names[0])) > 5 {
		return ""
	}
	return strings.Join(names, " / ")
}

// isHomeCrumb reports the first crumb that names the home page.
func isHomeCrumb(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "home", "homepage", "start", "startseite", "accueil", "inicio", "portada", "home page", "главная", "首页", "首頁", "strona główna", "forside", "etusivu", "início", "anasayfa":
		return true
	}
	return false
}
