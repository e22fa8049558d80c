//go:build !unix

package extract

import "time"

// cpuTime is unknown here: the benchmarks leave out their CPU figures.
func cpuTime() time.Duration { return 0 }
