// Package clock is the host's single source of time, so tests can drive
// timers and deadlines on a fake clock without sleeping.
package clock

import "time"

// Clock tells the time.
type Clock interface {
	Now() time.Time
}

// System is the real wall clock.
type System struct{}

// Now returns time.Now().
func (System) Now() time.Time { return time.Now() }
