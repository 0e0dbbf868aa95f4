#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, and runs
# every test suite (unit, emulator, integration against the loopback tenant, end-to-end CLI).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
start=$(date +%s)

"$root/packaging/install-deps.sh"
"$root/packaging/build.sh" -DREVOKE_WERROR=ON -DREVOKE_BUILD_TESTS=ON

# Tests never see the real user's home, settings or keyring.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

ctest --test-dir "${BUILD_DIR:-$root/build}" --output-on-failure --parallel "$(nproc)" --timeout 180
echo "All tests passed in $(( $(date +%s) - start )) s."
