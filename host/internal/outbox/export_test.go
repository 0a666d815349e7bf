package outbox

// crash simulates a host crash: delivery stops at once, queued writes that
// are not committed yet are dropped, and the file is closed.
func (o *Outbox) crash() {
	o.closeOnce.Do(func() { o.closeErr = o.shutdown(false) })
}

// Commits returns how many transactions were committed.
func (o *Outbox) Commits() int64 { return o.commits.Load() }
