// Command bench-batch-jsonl turns a list of page files on stdin into the
// JSON Lines records of extract --stdin-jsonl, for .ci/bench-batch.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		page, err := os.ReadFile(sc.Text())
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench-batch-jsonl:", err)
			os.Exit(2)
		}
		enc.Encode(map[string]string{"id": sc.Text(), "html": string(page)})
	}
}
