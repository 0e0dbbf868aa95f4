#!/usr/bin/env bash
# Usage: run-with-accessibility-bus.sh <test binary> [args...]
# atspi_tests drive the real window through the accessibility tree, as a screen reader does. They
# need an X display (Qt's AT-SPI bridge comes with the xcb platform, not offscreen), a D-Bus
# session and the accessibility bus on it. This script gives the test whatever of these is
# missing: a private Xvfb when DISPLAY is unset, a private D-Bus session (in a throwaway HOME)
# when there is no session bus, and the accessibility bus (at-spi-bus-launcher, which starts
# at-spi2-registryd) when nothing on the session bus answers for it. It stops what it started;
# the test's exit status is the script's.
set -euo pipefail

# Listing the tests needs none of it.
if [[ " $* " == *" --gtest_list_tests "* ]]; then
  exec "$@"
fi

launcher=/usr/libexec/at-spi-bus-launcher
for tool in Xvfb dbus-run-session dbus-send "$launcher"; do
  command -v "$tool" >/dev/null || {
    echo "Missing $tool (apt: xvfb dbus at-spi2-core)" >&2
    exit 2
  }
done

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -m 0700 "$scratch/runtime" "$scratch/home"
  export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
  status=0
  dbus-run-session -- "$0" "$@" || status=$?
  exit "$status"
fi

started=()
stop_started() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_started EXIT

if [[ -z "${DISPLAY:-}" ]]; then
  # -displayfd: Xvfb picks a free display and writes its number once it accepts clients, so
  # parallel runs never collide.
  displayfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$displayfile" >/dev/null 2>&1 &
  started+=($!)
  for _ in {1..100}; do
    [[ -s "$displayfile" ]] && break
    sleep 0.05
  done
  [[ -s "$displayfile" ]] || { echo "Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$(head -n1 "$displayfile")"
  rm -f "$displayfile"
fi

a11y_address() {
  dbus-send --session --print-reply=literal --reply-timeout=2000 --dest=org.a11y.Bus \
    /org/a11y/bus org.a11y.Bus.GetAddress 2>/dev/null | tr -d ' '
}
# The session bus may start the launcher by itself (its service file); start it here otherwise.
if [[ -z "$(a11y_address)" ]]; then
  "$launcher" --launch-immediately >/dev/null 2>&1 &
  started+=($!)
  for _ in {1..100}; do
    [[ -n "$(a11y_address)" ]] && break
    sleep 0.05
  done
fi
[[ -n "$(a11y_address)" ]] || { echo "The accessibility bus did not start" >&2; exit 1; }

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
status=0
"$@" || status=$?
exit "$status"
