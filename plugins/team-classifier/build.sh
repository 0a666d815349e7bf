#!/bin/sh
# Builds the team-classifier skill and its model (CONTRACT.md: a plugin
# directory with an executable build.sh is built by running it).
#   OUT    absolute directory for NAME.wasm (required)
#   CARGO  cargo to use (default /usr/bin/cargo; Debian's, which has the wasm std)
# The wasm skill goes to $OUT/team-classifier.wasm; the model, trained by
# the crate's native binary on data/train.csv, to data/model.tcm (the
# skill's data_dir in bot.toml, mounted read-only at /data).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
: "${OUT:?OUT must name the output directory}"
CARGO=${CARGO:-/usr/bin/cargo}
export PATH="/usr/bin:$PATH"
export RUSTC="${RUSTC:-/usr/bin/rustc}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/build/cargo}"
mkdir -p "$OUT"

RUSTFLAGS="-C target-feature=+bulk-memory" "$CARGO" build --offline --release --target wasm32-wasi \
	--manifest-path "$here/Cargo.toml" --lib
cp "$CARGO_TARGET_DIR/wasm32-wasi/release/team_classifier.wasm" "$OUT/team-classifier.wasm.tmp"
mv "$OUT/team-classifier.wasm.tmp" "$OUT/team-classifier.wasm"

"$CARGO" build --offline --release --manifest-path "$here/Cargo.toml" --bin tc-model
bin="$CARGO_TARGET_DIR/release/tc-model"
model="$here/data/model.tcm"
if [ ! -f "$model" ] || [ "$bin" -nt "$model" ] || [ "$here/data/train.csv" -nt "$model" ]; then
	"$bin" train --train "$here/data/train.csv" --out "$model"
fi
