package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"sync"
)

// articleSchemaNode is the part of JSON Schema that Schema() uses.
type articleSchemaNode struct {
	Type                 string                        `json:"type"`
	Required             []string                      `json:"required"`
	AdditionalProperties *bool                         `json:"additionalProperties"`
	Properties           map[string]*articleSchemaNode `json:"properties"`
	Items                *articleSchemaNode            `json:"items"`
	Enum                 []string                      `json:"enum"`
	Pattern              string                        `json:"pattern"`
	re                   *regexp.Regexp
}

// articleSchema is Schema() parsed once. The check is driven by the
// published schema itself, so the two cannot disagree.
var articleSchema = sync.OnceValue(func() *articleSchemaNode {
	var n articleSchemaNode
	if err := json.Unmarshal(Schema(), &n); err != nil {
		panic("model: the Article schema is not valid JSON: " + err.Error())
	}
	compile(&n)
	return &n
})

func compile(n *articleSchemaNode) {
	if n == nil {
		return
	}
	if n.Pattern != "" {
		n.re = regexp.MustCompile(n.Pattern)
	}
	for _, p := range n.Properties {
		compile(p)
	}
	compile(n.Items)
}

// DecodeArticleJSON reads one Article from JSON and checks it against the
// structure of Schema(): required fields, types, enumerations, the
// timestamp pattern and no unknown fields. It returns the Article (as far
// as it could be decoded) and one message per problem; err is set only
// when data is not a JSON object at all.
func DecodeArticleJSON(data []byte) (a *Article, problems []string, err error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, nil, fmt.Errorf("not JSON: %w", err)
	}
	if _, ok := v.(map[string]any); !ok {
		return nil, nil, fmt.Errorf("not a JSON object")
	}
	checkNode(articleSchema(), v, "", &problems)
	a = &Article{}
	if err := json.Unmarshal(data, a); err != nil {
		// A field of the wrong type: decode what can be decoded, field by
		// field, so the rules still see the rest.
		a = &Article{}
		var m map[string]json.RawMessage
		json.Unmarshal(data, &m)
		for k, raw := range m {
			one, _ := json.Marshal(map[string]json.RawMessage{k: raw})
			json.Unmarshal(one, a)
		}
	}
	return a, problems, nil
}

func checkNode(n *articleSchemaNode, v any, path string, out *[]string) {
	name := path
	if name == "" {
		name = "the record"
	}
	switch n.Type {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			*out = append(*out, fmt.Sprintf("%s is %s, want an object", name, jsonType(v)))
			return
		}
		for _, r := range n.Required {
			if _, ok := m[r]; !ok {
				*out = append(*out, fmt.Sprintf("%s lacks required field %s", name, r))
			}
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := n.Properties[k]
			if !ok {
				if n.AdditionalProperties != nil && !*n.AdditionalProperties {
					*out = append(*out, fmt.Sprintf("%s has unknown field %s", name, join(path, k)))
				}
				continue
			}
			checkNode(p, m[k], join(path, k), out)
		}
	case "array":
		l, ok := v.([]any)
		if !ok {
			*out = append(*out, fmt.Sprintf("%s is %s, want an array", name, jsonType(v)))
			return
		}
		if n.Items != nil {
			for i, e := range l {
				checkNode(n.Items, e, fmt.Sprintf("%s[%d]", path, i), out)
			}
		}
	case "string":
		s, ok := v.(string)
		if !ok {
			*out = append(*out, fmt.Sprintf("%s is %s, want a string", name, jsonType(v)))
			return
		}
		if len(n.Enum) > 0 {
			found := false
			for _, e := range n.Enum {
				found = found || e == s
			}
			if !found {
				*out = append(*out, fmt.Sprintf("%s is %q, want one of %v", name, s, n.Enum))
			}
		}
		if n.re != nil && !n.re.MatchString(s) {
			*out = append(*out, fmt.Sprintf("%s %q does not match the pattern %s", name, s, n.Pattern))
		}
	}
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// SchemaFindings turns the problems of DecodeArticleJSON into findings
// under r (none when the schema rule is off).
func (r Rules) SchemaFindings(problems []string) []Finding {
	f := &findings{r: &r}
	for _, p := range problems {
		f.add(RuleSchema, "", 0, "%s", p)
	}
	return f.out
}
