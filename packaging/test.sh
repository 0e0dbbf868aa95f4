#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, and runs
# every test suite (unit, emulator, integration against the loopback tenant, end-to-end CLI,
# widgets, and the OS keychain against a real Secret Service).
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
export BUILD_DIR="${BUILD_DIR:-$root/build}"
mkdir -p "$HOME"

# Runs inside a private D-Bus session: a fresh gnome-keyring, created and unlocked in the
# throwaway HOME, is the Secret Service the keychain suites talk to. The daemon is stopped before
# the session ends; ctest's exit status is the session's.
run_tests() {
  echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  local keyring status=0
  keyring=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $2}')
  ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 180 || status=$?
  if [[ -n "$keyring" ]]; then
    kill "$keyring" 2>/dev/null || true
    # Gone (or a zombie awaiting its reaper) within 5 s.
    for _ in {1..50}; do
      ps -o stat= -p "$keyring" | grep -q '^ *[^Z ]' || break
      sleep 0.1
    done
  fi
  return "$status"
}
export -f run_tests
dbus-run-session -- bash -c run_tests
echo "All tests passed in $(( $(date +%s) - start )) s."
