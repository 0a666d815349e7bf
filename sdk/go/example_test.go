//go:build !wasip1

package skill_test

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
	"github.com/bothost/bothost/sdk/go/skilltest"
)

// A skill registers its handlers in init (main is never run in a reactor
// module). This one greets people and counts their messages in KV, the
// only state shared by all of the skill's instances.
func Example() {
	// In a skill this is the body of func init().
	skill.OnMessage(func(e *skill.Event) error {
		key := "seen/" + e.User()
		n := 0
		if v, err := skill.KVGet(key); err == nil {
			n, _ = strconv.Atoi(string(v))
		} else if !errors.Is(err, skill.ErrNotFound) {
			return err
		}
		n++
		if err := skill.KVSet(key, []byte(strconv.Itoa(n)), 24*time.Hour); err != nil {
			return err
		}
		return skill.ReplyText("hello " + e.User() + ", message #" + strconv.Itoa(n))
	})

	// In a test: a fake host delivers events and records what happened.
	h := skilltest.New("")
	_ = h.Message("hi", "U1", "C1")
	_ = h.Message("hi again", "U1", "C1")
	fmt.Println(h.ReplyTexts())
	v, _ := h.KV("seen/U1")
	fmt.Println(v)
	// Output:
	// [hello U1, message #1 hello U1, message #2]
	// 2
}

// Timers carry a payload and survive reloads; in tests, Advance fires them.
func ExampleTimerSet() {
	skill.OnMessage(func(e *skill.Event) error {
		return skill.TimerSet("nudge", []byte(e.Channel()), 10*time.Minute)
	})
	skill.OnTimer(func(e *skill.Event) error {
		_, err := skill.Post(skill.Message{Channel: string(e.Payload()), Text: "still there?"})
		return err
	})

	h := skilltest.New("")
	_ = h.Message("remind me", "U1", "C42")
	_ = h.Advance(time.Hour)
	for _, p := range h.Posts() {
		fmt.Println(p.Channel, p.Message.Text)
	}
	// Output:
	// C42 still there?
}

// Config is the skill's JSON config; ConfigString reads a string setting
// without pulling encoding/json into the module.
func ExampleConfigString() {
	prefix, ok, err := skill.ConfigString([]byte(`{"prefix": "\u00bb ", "n": [1, 2]}`), "prefix")
	fmt.Printf("%q %v %v\n", prefix, ok, err)
	// Output:
	// "» " true <nil>
}
