//! team-classifier: answers "who owns …?" questions with the owning team
//! and learns from corrections. See README.md.
//!
//! * [`model`]: features, model file, prediction, online updates (shared
//!   by the wasm skill and the native trainer);
//! * `train` (native only): training, cross-validation, figures;
//! * [`skill`]: the chat side.

pub mod model;
pub mod skill;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

bothost::export_skill!(skill::Classifier);
