package effects

// Seq is the number of messages sent so far (the last ts handed out is
// 1000.<Seq>). `bothost invoke --data` keeps it between runs so messages
// of different runs never share a ts.
func (r *Recorder) Seq() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seq
}

// SetSeq continues the message numbering after n.
func (r *Recorder) SetSeq(n int) {
	r.mu.Lock()
	r.seq = n
	r.mu.Unlock()
}
