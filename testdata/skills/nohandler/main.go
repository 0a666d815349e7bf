// Command nohandler is a test skill with the mistake the host warns about:
// it registers its handler in main, which a WASI reactor never runs, so it
// loads with no handler at all. The Makefile also builds it without
// -buildmode=c-shared (nohandler-command.wasm), the other common mistake.
package main

import skill "github.com/bothost/bothost/sdk/go"

func main() {
	skill.OnMessage(func(e *skill.Event) error { return skill.ReplyText("never") })
}
