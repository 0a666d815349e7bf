//go:build wasip1

package skill

// bothost_handlers is optional in the ABI; see registeredHandlers.
//
//go:wasmexport bothost_handlers
func exportHandlers() int32 { return registeredHandlers() }
