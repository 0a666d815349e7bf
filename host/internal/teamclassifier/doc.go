// Package teamclassifier holds the host-side tests and benchmarks of the
// team-classifier skill (plugins/team-classifier, Rust): the real .wasm run
// by the real runtime (wasmrt) with its data_dir mounted at /data, checked
// against the crate's native build (build/cargo/release/tc-model), with
// corrections kept in a real bbolt file across a restart. `make plugins`
// builds both the module and the model.
package teamclassifier
