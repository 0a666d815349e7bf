package effects

// Seq is the number of messages sent so far (the last reference handed
// out is bothost:<Seq>). `bothost invoke --data` keeps it between runs so messages
// of different runs never share a ts.
func (r *Recorder) Seq() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seq
}

// SetSeq continues the message numbering after n; the references up to n
// were issued by earlier runs on the same data and are accepted back.
func (r *Recorder) SetSeq(n int) {
	r.mu.Lock()
	r.seq = n
	r.base = n
	r.mu.Unlock()
}
