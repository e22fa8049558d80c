// Package evaluate measures the extractor against a corpus in the format of
// the corpus README (../shared/corpus/README.md): it reads the manifest,
// runs extract.Extract in-process on each page's HTML and text, and scores
// the result with exactly the README's metrics.
//
// Files: corpus.go reads manifests; metrics.go holds the metric rules
// (tokens, shingles, folding, the per-field checks); score.go prepares each
// record's truth once and scores one page; run.go runs the pages in
// parallel; summary.go aggregates a path; report.go prints the table, the
// worst pages and the JSON; floors.go is the CI gate.
//
// Choices the README leaves open, made here once:
//   - The body is the Article's paragraphs joined with "\n". A page with no
//     article, or whose extraction failed, is scored with an empty body and
//     empty fields, never dropped.
//   - \w is Python's: letters (L*), numbers (N*) and '_'; combining marks
//     are not word characters, hence NFC first.
//   - Body shingles and segments are case-sensitive (the README folds case
//     only for headline, byline and dek). Segments match on NFC text with
//     white-space runs folded to one space and the ends trimmed.
//   - Byline lengths are counted in runes after NFC and white-space folding.
//   - A timestamp is right when its first ten characters equal the truth's.
package evaluate
