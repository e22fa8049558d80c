//go:build linux

package extract

import (
	"syscall"
	"time"
	"unsafe"
)

// threadCPU is the CPU time of the calling thread, from the scheduler's
// running count (getrusage's figure for a thread moves by clock ticks).
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}
