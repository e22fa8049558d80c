package model

// schemaJSON is the JSON Schema of one Article. It is written by hand so
// that each field carries its meaning for readers of the output; the test
// checks it against the Article type, field by field, so the two cannot
// drift apart.
const schemaJSON = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://github.com/extract-dev/extract/article.schema.json",
  "title": "Article",
  "description": "One news article extracted from a saved page by extract.",
  "type": "object",
  "required": ["headline", "dek", "byline", "timestamp", "paragraphs"],
  "additionalProperties": false,
  "properties": {
    "headline": {
      "type": "string",
      "description": "The article's title as shown on the page, without the site name suffix; empty when unknown."
    },
    "dek": {
      "type": "string",
      "description": "The standfirst or sub-headline shown under the headline, else the description metadata when it is not just the first paragraph; empty when unknown."
    },
    "byline": {
      "type": "string",
      "description": "The credit line as printed, such as \"By Jane Doe and John Roe\" or \"XINHUA\"; empty when unknown."
    },
    "timestamp": {
      "type": "string",
      "description": "The publication time in ISO 8601: a date (2025-10-18), a local time (2025-10-18T07:46:00) when the page gives no zone, or a time with its offset (2025-10-18T07:46:00+08:00, ...Z) when it does; empty when unknown.",
      "pattern": "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$"
    },
    "paragraphs": {
      "type": "array",
      "description": "The body in reading order, one string per block; subheadings, list items and block quotes are blocks too.",
      "items": {"type": "string"}
    },
    "kinds": {
      "type": "array",
      "description": "The role of each block of paragraphs, index for index; omitted when every block is a plain paragraph.",
      "items": {"type": "string", "enum": ["p", "h", "li", "ol", "quote", "pre"]}
    },
    "authors": {
      "type": "array",
      "description": "The names parsed from the byline or the page's metadata.",
      "items": {"type": "string"}
    },
    "modified": {
      "type": "string",
      "description": "A separate update time, ISO 8601 as timestamp, when the page distinguishes it."
    },
    "dateline": {
      "type": "string",
      "description": "The place the story was filed from, such as \"WASHINGTON\"."
    },
    "section": {
      "type": "string",
      "description": "The site section or breadcrumb trail, such as \"World / Americas\"."
    },
    "site_name": {
      "type": "string",
      "description": "The publication's name."
    },
    "language": {
      "type": "string",
      "description": "The article's language, ISO 639-1 (\"en\", \"de\", \"zh\")."
    },
    "url": {
      "type": "string",
      "description": "The page's canonical address."
    },
    "image": {
      "type": "string",
      "description": "The address of the lead image."
    },
    "source": {
      "type": "object",
      "description": "Where the article came from and how its bytes were read.",
      "required": ["format"],
      "additionalProperties": false,
      "properties": {
        "path": {
          "type": "string",
          "description": "The input as named on the command line; absent for standard input."
        },
        "format": {
          "type": "string",
          "enum": ["html", "text"],
          "description": "Whether the input was read as HTML or as page text."
        },
        "charset": {
          "type": "string",
          "description": "The charset that decided the decoding, such as \"utf-8\" or \"gbk\"."
        }
      }
    }
  }
}
`

// Schema returns the JSON Schema (draft 2020-12) of Article, as printed by
// "extract schema".
func Schema() []byte { return []byte(schemaJSON) }
