// Command template-go is a starting point for a new skill: copy this
// directory, rename it, and replace the handler.
package main

import skill "github.com/bothost/bothost/sdk/go"

func init() {
	skill.OnMessage(func(e *skill.Event) error {
		if !e.Mentioned() && !e.IsDM() {
			return nil // only answer when spoken to
		}
		return skill.ReplyText("hello, <@" + e.User() + ">")
	})
}

func main() {}
