#!/usr/bin/env bash
# Installs what building and testing skills needs, on a fresh Debian
# machine, as root: Rust 1.63 with wasm std (Debian), wabt (wat2wasm, for
# the hostile test modules) and TinyGo 0.41.1 (scripts/install-tinygo.sh).
# Idempotent and quick when everything is already there.
set -euo pipefail
need_apt=()
[ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] || need_apt+=(rustc cargo)
[ -d /usr/lib/rustlib/wasm32-unknown-unknown ] || [ -n "$(ls -d /usr/lib/rustlib/wasm32* 2>/dev/null)" ] || need_apt+=(libstd-rust-dev-wasm32)
command -v wasm-ld >/dev/null 2>&1 || command -v rust-lld >/dev/null 2>&1 || need_apt+=(lld)
command -v wat2wasm >/dev/null 2>&1 || need_apt+=(wabt)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "install-toolchains: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" libstd-rust-dev-wasm32 lld >/dev/null
fi
TINYGO=${TINYGO:-/opt/tinygo/build/tinygo}
if ! "$TINYGO" version >/dev/null 2>&1; then
  here=$(cd "$(dirname "$0")" && pwd)
  echo "install-toolchains: installing TinyGo (about a minute)"
  PREFIX=$(dirname "$(dirname "$TINYGO")") bash "$here/install-tinygo.sh"
fi
echo "install-toolchains: rustc $(/usr/bin/rustc --version | cut -d' ' -f2), $("$TINYGO" version | cut -d' ' -f1-3), wat2wasm $(wat2wasm --version)"
