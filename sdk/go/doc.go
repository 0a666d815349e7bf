// Package skill is the Go SDK for bothost skills: Slack bot behaviour
// compiled to a WebAssembly module that the bothost host loads, sandboxes
// and feeds with events.
//
// It implements the binding ABI v1 (docs/ABI.md in the bothost repository)
// so a skill is plain Go: register handlers in a package init function and
// call Reply, KVGet, TimerSet and friends from them.
//
//	package main
//
//	import skill "github.com/bothost/bothost/sdk/go"
//
//	func init() {
//		skill.OnMessage(func(e *skill.Event) error {
//			return skill.ReplyText("you said: " + e.Text())
//		})
//	}
//
//	func main() {}
//
// # Building
//
// A skill is a WASI reactor. With TinyGo (small modules, fast to load and
// to call; the recommended toolchain):
//
//	tinygo build -target=wasip1 -buildmode=c-shared -no-debug -opt=2 -scheduler=none -o skill.wasm .
//
// With the standard Go toolchain (Go 1.24 or later):
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -o skill.wasm .
//
// In both, the host runs the module's _initialize export once per instance,
// which runs package initialisation but never main: that is why handlers are
// registered in init, and why main stays empty.
//
// # Testing
//
// Built for any other target (plain go test), the same API talks to an
// in-memory fake host instead of the bothost_v1 imports; package skilltest
// drives it: deliver events, then inspect replies, posts, KV, timers and
// logs. See the examples/echo-go tests in the bothost repository.
//
// # Instances and state
//
// The host runs a pool of instances of a module. One instance handles one
// event at a time, so handlers need no locks, but instances share nothing
// except the KV store: keep state in KV, not in package variables. For the
// same reason the package is not safe for concurrent use; call it from the
// handler, not from goroutines the handler starts.
package skill
