package model

import (
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

type schemaNode struct {
	Type                 string                 `json:"type"`
	Description          string                 `json:"description"`
	Required             []string               `json:"required"`
	Properties           map[string]*schemaNode `json:"properties"`
	Items                *schemaNode            `json:"items"`
	Enum                 []string               `json:"enum"`
	Pattern              string                 `json:"pattern"`
	AdditionalProperties *bool                  `json:"additionalProperties"`
}

func loadSchema(t *testing.T) *schemaNode {
	t.Helper()
	var s schemaNode
	if err := json.Unmarshal(Schema(), &s); err != nil {
		t.Fatalf("schema is not valid JSON: %v", err)
	}
	return &s
}

// TestSchemaMatchesArticle walks the Article type by reflection: every JSON
// field must be in the schema with the right type, the fields without
// omitempty must be required, and the schema must name nothing else.
func TestSchemaMatchesArticle(t *testing.T) {
	checkStruct(t, "Article", reflect.TypeFor[Article](), loadSchema(t))
}

func checkStruct(t *testing.T, where string, typ reflect.Type, node *schemaNode) {
	if node.Type != "object" {
		t.Errorf("%s: schema type %q, want object", where, node.Type)
	}
	if node.AdditionalProperties == nil || *node.AdditionalProperties {
		t.Errorf("%s: schema should set additionalProperties false", where)
	}
	var names, required []string
	for f := range typ.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
		if !strings.Contains(opts, "omitempty") {
			required = append(required, name)
		}
		prop := node.Properties[name]
		if prop == nil {
			t.Errorf("%s: field %s (json %q) is missing from the schema", where, f.Name, name)
			continue
		}
		if prop.Description == "" {
			t.Errorf("%s.%s: no description in the schema", where, name)
		}
		checkType(t, where+"."+name, f.Type, prop)
	}
	for name := range node.Properties {
		if !slices.Contains(names, name) {
			t.Errorf("%s: schema property %q is not a field of the Go type", where, name)
		}
	}
	slices.Sort(required)
	got := slices.Clone(node.Required)
	slices.Sort(got)
	if !slices.Equal(got, required) {
		t.Errorf("%s: schema requires %q, the Go type always writes %q", where, got, required)
	}
}

func checkType(t *testing.T, where string, typ reflect.Type, node *schemaNode) {
	if typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	switch typ.Kind() {
	case reflect.String:
		if node.Type != "string" {
			t.Errorf("%s: schema type %q, want string", where, node.Type)
		}
	case reflect.Slice:
		if node.Type != "array" || node.Items == nil {
			t.Errorf("%s: schema type %q, want array with items", where, node.Type)
			return
		}
		checkType(t, where+"[]", typ.Elem(), node.Items)
	case reflect.Struct:
		checkStruct(t, where, typ, node)
	default:
		t.Errorf("%s: Go kind %s has no schema check; extend this test", where, typ.Kind())
	}
}

func TestSchemaEnums(t *testing.T) {
	s := loadSchema(t)
	kinds := []string{string(KindParagraph), string(KindHeading), string(KindItem), string(KindOrdered), string(KindQuote), string(KindCode)}
	if got := s.Properties["kinds"].Items.Enum; !slices.Equal(got, kinds) {
		t.Errorf("kinds enum %q, want the Kind constants %q", got, kinds)
	}
	if got := s.Properties["source"].Properties["format"].Enum; !slices.Equal(got, []string{"html", "text"}) {
		t.Errorf("source.format enum %q", got)
	}
}

// TestSchemaTimestampPattern checks the pattern against the shapes the
// README promises, and that it refuses others.
func TestSchemaTimestampPattern(t *testing.T) {
	re, err := regexp.Compile(loadSchema(t).Properties["timestamp"].Pattern)
	if err != nil {
		t.Fatalf("timestamp pattern: %v", err)
	}
	for _, ok := range []string{"", "2025-10-18", "2025-10-18T07:46", "2025-10-18T07:46:00", "2025-10-18T07:46:00+08:00", "2025-10-18T07:46:00Z", "2025-10-18T07:46:00.123-05:00"} {
		if !re.MatchString(ok) {
			t.Errorf("pattern refuses %q", ok)
		}
	}
	for _, bad := range []string{"18/10/2025", "2025-10-18 07:46", "October 18, 2025", "2025-10-18T07:46:00+0800"} {
		if re.MatchString(bad) {
			t.Errorf("pattern accepts %q", bad)
		}
	}
}

// TestArticleJSONFitsSchema encodes a full Article and checks each key the
// encoder writes against the schema, catching a renamed tag from the other
// side.
func TestArticleJSONFitsSchema(t *testing.T) {
	a := Article{
		Headline: "h", Paragraphs: []string{"p", "q"}, Kinds: []Kind{KindParagraph, KindQuote},
		Authors: []string{"a"}, Modified: "2025-01-01", Dateline: "d", Section: "s", SiteName: "n",
		Language: "en", URL: "https://example.com", Image: "https://example.com/i.jpg",
		Source: &Source{Path: "x", Format: "html", Charset: "utf-8"},
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	s := loadSchema(t)
	for k := range m {
		if s.Properties[k] == nil {
			t.Errorf("Article JSON has key %q, absent from the schema", k)
		}
	}
	for k := range m["source"].(map[string]any) {
		if s.Properties["source"].Properties[k] == nil {
			t.Errorf("Source JSON has key %q, absent from the schema", k)
		}
	}
	var empty map[string]any
	b, _ = json.Marshal(Article{})
	json.Unmarshal(b, &empty)
	for _, k := range s.Required {
		if _, ok := empty[k]; !ok {
			t.Errorf("required field %q is not written for an empty Article", k)
		}
	}
}
