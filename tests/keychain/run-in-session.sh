#!/usr/bin/env bash
# Usage: run-in-session.sh [--no-bus] <test binary> [args...]
# The suites that talk to the real Secret Service (keychain_tests, e2e_tests) run through this
# script, so that plain `ctest` passes. With a session bus given (packaging/test.sh starts one with
# its own gnome-keyring), it runs the test as it is. Without one, it starts a private D-Bus session
# with a fresh gnome-keyring, created and unlocked in a throwaway HOME and XDG_RUNTIME_DIR, runs
# the test in it and stops the daemon again; the test's exit status is the script's.
# --no-bus (keychain_nobus_tests): a throwaway HOME and XDG_RUNTIME_DIR and no session bus at all.
set -euo pipefail

no_bus=false
if [[ "${1:-}" == --no-bus ]]; then
  no_bus=true
  shift
fi
# Listing the tests needs no keychain.
listing=false
[[ " $* " != *" --gtest_list_tests "* ]] || listing=true
if $listing || { ! $no_bus && [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; }; then
  exec "$@"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/runtime" "$scratch/home"
# No display: gnome-keyring must never show an unlock prompt.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
if $no_bus; then
  unset DBUS_SESSION_BUS_ADDRESS
  status=0
  "$@" || status=$?
  exit "$status"
fi

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
