// Package wasmcheck holds tests only: it builds examples/echo-go with the
// standard Go toolchain and TinyGo, runs the modules under wazero against
// the skilltest fake host, and checks that both behave identically and as
// the echo spec says. It is what verifies the wasip1 half of the SDK
// (exports, imports, the alloc region, result_read), which plain go test of
// the SDK never compiles.
package wasmcheck
