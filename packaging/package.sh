#!/usr/bin/env bash
# The README's package command: installs what is missing, builds the executable into build/ (or
# $BUILD_DIR) and makes the Debian package there: build/revoke-console_<version>_amd64.deb.
# Install it with `sudo apt install ./build/revoke-console_*.deb`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh" -DREVOKE_BUILD_TESTS=OFF
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/revoke-console_*_amd64.deb
