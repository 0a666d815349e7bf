//go:build !wasip1

package main

import (
	"slices"
	"testing"

	"github.com/bothost/bothost/sdk/go/skilltest"
)

func TestHello(t *testing.T) {
	h := skilltest.Start(t, "")
	if err := h.Message("hi", "U1", "C1"); err != nil { // not mentioned: ignored
		t.Fatal(err)
	}
	if err := h.Deliver(map[string]string{"kind": "message", "text": "hi", "user": "U1", "channel": "D1", "is_dm": "1"}); err != nil {
		t.Fatal(err)
	}
	if got, want := h.ReplyTexts(), []string{"hello, <@U1>"}; !slices.Equal(got, want) {
		t.Errorf("replies = %q, want %q", got, want)
	}
}
