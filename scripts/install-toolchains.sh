#!/usr/bin/env bash
# Installs what building and testing skills needs, on a fresh Debian
# machine, as root: Rust 1.63 with wasm std (Debian), wabt (wat2wasm, for
# the hostile test modules) and TinyGo 0.41.1 (scripts/install-tinygo.sh).
# Prints one line per toolchain it installs, so a first `make run` or
# `make test` explains its wait. Idempotent and quick when everything is
# already there.
#   TINYGO   where TinyGo is (or goes): default /opt/tinygo/build/tinygo, as in the Makefile
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rust=() wabt=()
[ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] || rust+=(rustc cargo)
[ -n "$(ls -d /usr/lib/rustlib/wasm32* 2>/dev/null)" ] || rust+=(libstd-rust-dev-wasm32)
command -v wasm-ld >/dev/null 2>&1 || command -v rust-lld >/dev/null 2>&1 || rust+=(lld)
command -v wat2wasm >/dev/null 2>&1 || wabt+=(wabt)
if [ ${#rust[@]} -gt 0 ]; then
  echo "install-toolchains: installing Rust 1.63 with the wasm32 std from Debian (${rust[*]})"
fi
if [ ${#wabt[@]} -gt 0 ]; then
  echo "install-toolchains: installing wabt (wat2wasm) from Debian"
fi
if [ $((${#rust[@]} + ${#wabt[@]})) -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${rust[@]}" "${wabt[@]}" >/dev/null
fi
TINYGO=${TINYGO:-/opt/tinygo/build/tinygo}
if ! "$TINYGO" version >/dev/null 2>&1; then
  echo "install-toolchains: installing TinyGo 0.41.1 (from the Go module proxy, built against Debian's LLVM 19; a few minutes)"
fi
# Always run: with TinyGo present it only checks this user's TinyGo cache.
PREFIX=$(dirname "$(dirname "$TINYGO")") bash "$here/install-tinygo.sh" >/dev/null
echo "install-toolchains: rustc $(/usr/bin/rustc --version | cut -d' ' -f2), $("$TINYGO" version | cut -d' ' -f1-3), wat2wasm $(wat2wasm --version)"
