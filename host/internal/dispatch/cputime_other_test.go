//go:build !unix

package dispatch_test

import "time"

// cpuTime is not measured here; benchmarks then report 0 cpu-ns/op.
func cpuTime() time.Duration { return 0 }
