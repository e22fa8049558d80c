// Package extract turns the bytes of a saved page into a model.Article.
//
// It owns the whole way from bytes to Article and nothing around it: no
// files, no logging, no package state that changes after start-up, so
// Extract is safe to call from many goroutines at once.
//
// The files, in the order the bytes meet them:
//
//	extract.go   Extract, Options and the errors it returns
//	decode.go    gzip by magic bytes, HTML-or-text sniffing, charset to UTF-8
//	html.go      the HTML path: parse, drop chrome, score blocks for the body
//	meta.go      HTML metadata: JSON-LD, <meta>, microdata, <time>, rel=author
//	text.go      the raw page text path: lines to blocks, chrome dropped
//	assemble.go  one set of rules choosing headline, dek, byline and times
//	             from the candidates either path found
//	dates.go     dates and times as pages print them, in many languages
//	byline.go    bylines and author names
package extract
