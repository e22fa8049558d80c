// Command extract turns saved news pages (HTML or raw page text) into
// structured articles written as JSON or Markdown.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], defaultStreams())) }
