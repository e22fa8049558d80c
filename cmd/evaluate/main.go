// Command evaluate measures extract on a corpus (see
// ../shared/corpus/README.md) with the README's metrics, for the HTML and the
// text path separately, and gates CI on checked-in floors.
//
//	go run ./cmd/evaluate                           # whole dev corpus, both paths
//	go run ./cmd/evaluate --path text --worst 10    # the 10 worst pages per metric
//	go run ./cmd/evaluate --only dn- --json out.json
//	go run ./cmd/evaluate --compare before.json     # what a change fixed and broke
//	go run ./cmd/evaluate --gate .ci/floors.json    # exit 1 when a metric fell
//	go run ./cmd/evaluate --update-floors .ci/floors.json
//
// Exit status: 0 done (and the gate passed); 1 the gate failed; 2 a usage
// error or a corpus that could not be read.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/extract-dev/extract/internal/evaluate"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	corpus  string
	path    string
	worst   int
	json    string
	jobs    int
	only    string
	limit   int
	gate    string
	timeout time.Duration
	update  string
	compare string
	profile string
}

func parse(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.corpus, "corpus", "../shared/corpus/dev", "corpus `folder` holding manifest.jsonl")
	fs.StringVar(&o.path, "path", "both", "extraction path to measure: html, text or both")
	fs.IntVar(&o.worst, "worst", 0, "list the `N` lowest-scoring pages per metric and path")
	fs.StringVar(&o.json, "json", "", "write the whole result, per-page scores included, to `FILE`")
	fs.IntVar(&o.jobs, "jobs", 0, "pages extracted in parallel (default GOMAXPROCS)")
	fs.StringVar(&o.only, "only", "", "measure only the records whose id contains `SUBSTRING`")
	fs.IntVar(&o.limit, "limit", 0, "measure only the first `N` selected records")
	fs.DurationVar(&o.timeout, "page-timeout", time.Minute, "give up on a page after `DURATION` and count it as an error (0: never)")
	fs.StringVar(&o.compare, "compare", "", "compare with an earlier --json `FILE`: metric deltas and the pages that got worse")
	fs.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the run to `FILE` (go tool pprof)")
	fs.StringVar(&o.gate, "gate", "", "fail (exit 1) when a metric is more than 0.005 below its floor in `FLOORS`")
	fs.StringVar(&o.update, "update-floors", "", "raise the floors in `FLOORS` to the figures measured (never lowers one)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: evaluate [flags]\n\nMeasures extract on a corpus with the metrics of the corpus README.\nExit status: 0 done, 1 the gate failed, 2 usage or corpus error.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch o.path {
	case "html", "text", "both":
	default:
		return nil, fmt.Errorf("--path must be html, text or both, not %q", o.path)
	}
	if (o.gate != "" || o.update != "") && (o.only != "" || o.limit > 0) {
		// Floors speak of the whole corpus; a subset would pass or raise them wrongly.
		return nil, errors.New("--gate and --update-floors measure the whole corpus: drop --only and --limit")
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parse(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 2
	}
	start := time.Now()
	// Load the floors before the long run, so that a typo fails at once.
	var gate, update evaluate.Floors
	if o.gate != "" {
		if gate, err = evaluate.LoadFloors(o.gate); err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 2
		}
	}
	if o.update != "" {
		update, err = evaluate.LoadFloors(o.update)
		if errors.Is(err, os.ErrNotExist) {
			update, err = evaluate.Floors{}, nil
		}
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 2
		}
	}
	var old *evaluate.Result
	if o.compare != "" {
		// Read before the run, so that --compare and --json may name one file.
		if old, err = evaluate.LoadResult(o.compare); err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 2
		}
	}
	c, err := evaluate.Load(o.corpus)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: corpus %s: %v\n", o.corpus, err)
		return 2
	}
	paths := []string{evaluate.PathHTML, evaluate.PathText}
	if o.path != "both" {
		paths = []string{o.path}
	}
	if o.profile != "" {
		f, err := os.Create(o.profile)
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 2
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "evaluate: cpu profile: %v\n", err)
			return 2
		}
		defer pprof.StopCPUProfile()
	}
	res, err := evaluate.Run(c, evaluate.Options{Paths: paths, Jobs: o.jobs, Only: o.only, Limit: o.limit, PageTimeout: o.timeout})
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "corpus %s: %d records, %d workers\n", o.corpus, res.Records, res.Jobs)
	if err := res.WriteSummary(stdout); err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 2
	}
	res.WriteWorst(stdout, o.worst)
	res.WriteSlowest(stdout, o.worst)
	if old != nil {
		n := o.worst
		if n <= 0 {
			n = 10
		}
		res.WriteCompare(stdout, old, n)
	}
	if o.json != "" {
		if err := writeJSON(o.json, res); err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 2
		}
	}
	status := 0
	if gate != nil {
		fails := gate.Gate(res)
		for _, f := range fails {
			fmt.Fprintf(stderr, "evaluate: gate: %s\n", f)
		}
		if len(fails) > 0 {
			status = 1
		} else {
			fmt.Fprintf(stdout, "gate %s: passed\n", o.gate)
		}
	}
	if update != nil {
		changes := update.Update(res)
		for _, ch := range changes {
			fmt.Fprintf(stdout, "floor %s\n", ch)
		}
		if len(changes) == 0 {
			fmt.Fprintf(stdout, "floors %s: unchanged\n", o.update)
		} else if err := update.Write(o.update); err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 2
		}
	}
	fmt.Fprintf(stdout, "elapsed %.1fs\n", time.Since(start).Seconds())
	return status
}

// writeJSON writes through a temporary file and a rename: no partial file.
func writeJSON(path string, res *evaluate.Result) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".evaluate-*.json")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := res.WriteJSON(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
