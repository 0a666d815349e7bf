#!/usr/bin/env bash
# Builds one skill directory (plugins/NAME or examples/NAME) by what it
# holds, for `make plugins`:
#   an executable build.sh  -> run it (cwd: the directory) with OUT, NAME,
#                              TINYGO, TINYGO_OPT, CARGO, GO, BUILD_TMP set
#   Cargo.toml              -> Rust, Debian's cargo, wasm32-unknown-unknown
#   a Go `main` package     -> TinyGo, -buildmode=c-shared
# The module is written under a temporary name in $BUILD_TMP and renamed to
# $OUT/NAME.wasm, so a running host (which watches that file) never sees it
# half-written or missing: rename(2) within one file system is atomic.
#
# Usage: scripts/build-skill.sh DIR [NAME]   (run from the repository root;
#        NAME defaults to the directory's name)
# Environment (the Makefile sets all of them):
#   OUT        where modules go (default build/skills)
#   TINYGO     TinyGo binary;  TINYGO_OPT its optimisation flag
#   CARGO      cargo that has the wasm32 std (Debian's /usr/bin/cargo)
#   GO         go binary
set -euo pipefail
dir=${1:?usage: build-skill.sh DIR}
dir=${dir%/}
[ -d "$dir" ] || { echo "build-skill: $dir: not a directory" >&2; exit 2; }
root=$(pwd)
name=${2:-$(basename "$dir")}
OUT=${OUT:-build/skills}
case "$OUT" in /*) ;; *) OUT=$root/$OUT ;; esac
BUILD_TMP=${BUILD_TMP:-$root/build/.tmp}
TINYGO=${TINYGO:-tinygo}
TINYGO_OPT=${TINYGO_OPT:--opt=2}
CARGO=${CARGO:-cargo}
GO=${GO:-go}
mkdir -p "$OUT" "$BUILD_TMP"
tmp="$BUILD_TMP/$name.$$.wasm"
trap 'rm -f "$tmp"' EXIT

# Debian's cargo and rustc first: rustup's rustc (often first on PATH) has no
# wasm32 std and fails with "can't find crate for std".
rustenv=(env "PATH=/usr/bin:$PATH")
[ -x /usr/bin/rustc ] && rustenv+=(RUSTC=/usr/bin/rustc)

if [ -f "$dir/build.sh" ]; then
  if [ ! -x "$dir/build.sh" ]; then
    echo "build-skill: $dir/build.sh is not executable (chmod +x it)" >&2
    exit 2
  fi
  echo "build-skill: $dir: running build.sh"
  (cd "$dir" && "${rustenv[@]}" OUT="$OUT" NAME="$name" BUILD_TMP="$BUILD_TMP" \
    TINYGO="$TINYGO" TINYGO_OPT="$TINYGO_OPT" CARGO="$CARGO" GO="$GO" ./build.sh)
  exit 0
fi

if [ -f "$dir/Cargo.toml" ]; then
  # The artifact is named after [lib] name, else [package] name, with '-' -> '_'.
  crate=$(awk '
    /^\[/ { sect = $0; next }
    /^[ \t]*name[ \t]*=/ {
      v = $0; sub(/^[^=]*=[ \t]*"/, "", v); sub(/".*/, "", v)
      if (sect == "[lib]") lib = v; else if (sect == "[package]" && pkg == "") pkg = v
    }
    END { print (lib != "" ? lib : pkg) }' "$dir/Cargo.toml")
  [ -n "$crate" ] || { echo "build-skill: $dir/Cargo.toml: no [package] name" >&2; exit 2; }
  crate=${crate//-/_}
  # One target directory per skill: two crates with the same name, or a
  # parallel `make -j`, cannot pick up each other's artifact.
  target="$root/build/cargo/$name"
  # cargo runs in the directory, so its .cargo/config.toml applies; the
  # RUSTFLAGS here make bulk memory the default when it has none.
  (cd "$dir" && "${rustenv[@]}" CARGO_TARGET_DIR="$target" \
    RUSTFLAGS="${RUSTFLAGS:--C target-feature=+bulk-memory}" \
    "$CARGO" build --offline --release --target wasm32-unknown-unknown --quiet)
  art="$target/wasm32-unknown-unknown/release/$crate.wasm"
  [ -f "$art" ] || { echo "build-skill: $dir: cargo produced no $art (is crate-type [\"cdylib\"]?)" >&2; exit 1; }
  cp "$art" "$tmp"
  mv -f "$tmp" "$OUT/$name.wasm"
  echo "build-skill: $dir -> $OUT/$name.wasm (rust)"
  exit 0
fi

if grep -qls '^package main\b' $(ls "$dir"/*.go 2>/dev/null | grep -v '_test\.go$') /dev/null; then
  # TinyGo 0.41's wasip1 target asks LLVM for +bulk-memory-opt and
  # +call-indirect-overlong, feature names new in LLVM 20; LLVM 19 (Debian's,
  # which our TinyGo is built against) prints "'+…' is not a recognized
  # feature for this target (ignoring feature)" for each, on every build.
  # Both are harmless: in LLVM 19 +bulk-memory (also requested) already
  # lowers memcpy/memset to memory.copy/memory.fill (the modules have them),
  # and call-indirect-overlong only matters with reference types, which the
  # target turns off. So exactly those two lines are dropped; everything
  # else TinyGo prints is kept.
  set +e
  (cd "$dir" && "$TINYGO" build -target=wasip1 -buildmode=c-shared -no-debug "$TINYGO_OPT" \
    -scheduler=none -o "$tmp" .) 2>&1 | grep -vE "^'\+(bulk-memory-opt|call-indirect-overlong)' is not a recognized feature for this target \(ignoring feature\)$"
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -eq 0 ] || { echo "build-skill: $dir: tinygo build failed" >&2; exit "$rc"; }
  mv -f "$tmp" "$OUT/$name.wasm"
  echo "build-skill: $dir -> $OUT/$name.wasm (tinygo $TINYGO_OPT)"
  exit 0
fi

echo "build-skill: $dir: nothing to build (no build.sh, Cargo.toml or Go main package)" >&2
exit 2
