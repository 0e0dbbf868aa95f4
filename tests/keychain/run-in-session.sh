#!/usr/bin/env bash
# Usage: run-in-session.sh <test binary> [args...]
# The suites that talk to the real Secret Service (keychain_tests, e2e_tests) run through this
# script, so that plain `ctest` passes. With a session bus given (packaging/test.sh starts one with
# its own gnome-keyring), it runs the test as it is. Without one, it starts a private D-Bus session
# with a fresh gnome-keyring, created and unlocked in a throwaway HOME and XDG_RUNTIME_DIR, runs
# the test in it and stops the daemon again; the test's exit status is the script's.
set -euo pipefail

# Listing the tests needs no keychain.
if [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" || " $* " == *" --gtest_list_tests "* ]]; then
  exec "$@"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/runtime" "$scratch/home"
# No display: gnome-keyring must never show an unlock prompt.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"

in_session() {
  echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  local keyring status=0
  "$@" || status=$?
  # The daemon, once it has claimed the Secret Service's name, is stopped with the session.
  keyring=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
    string:org.freedesktop.secrets 2>/dev/null | awk '{print $2}') || true
  [[ -z "$keyring" ]] || kill "$keyring" 2>/dev/null || true
  return "$status"
}
export -f in_session
dbus-run-session -- bash -c 'in_session "$@"' in-session "$@"
