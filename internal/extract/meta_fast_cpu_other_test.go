//go:build !linux

package extract

import "time"

// threadCPU is 0 where the system tells no thread's CPU time.
func threadCPU() time.Duration { return 0 }
