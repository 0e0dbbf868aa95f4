#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, and runs
# every test suite (unit, emulator, integration against the loopback tenant, end-to-end CLI,
# widgets, the window through the accessibility tree under Xvfb, and the OS keychain against a
# real Secret Service). Then the sanitizer build: the unit, emulator and integration suites again
# under AddressSanitizer and UBSan, every fuzz corpus replayed, and each fuzz target run for
# FUZZ_SECONDS (default 10). Between the two, the package stage (packaging/package-check.sh): the
# Debian package is built, checked, installed and removed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
start=$(date +%s)

"$root/packaging/install-deps.sh"
"$root/packaging/build.sh" -DREVOKE_WERROR=ON -DREVOKE_BUILD_TESTS=ON

# The compiler cache stays where it is when HOME moves (the sanitizer build comes after).
if command -v ccache >/dev/null; then
  export CCACHE_DIR="${CCACHE_DIR:-$(ccache -k cache_dir)}"
fi

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
  ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 180 \
    ${CTEST_REPEAT:+--repeat "$CTEST_REPEAT"} || status=$?
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
echo "The suites passed in $(( $(date +%s) - start )) s."

# The Debian package of the build just tested: made, linted, validated, installed, run, purged.
"$root/packaging/package-check.sh"

# The sanitizer build (build-sanitize/, clang): its suites in the same kind of session.
sanitized=$(date +%s)
"$root/packaging/build-sanitize.sh"
echo "Sanitizer build done in $(( $(date +%s) - sanitized )) s."
# A test that asserts a rate (pacing to a write quota) may fall short under the sanitizers'
# slowdown, so a failed test gets one more run; the first run's report stays in the log.
CTEST_REPEAT=until-pass:2 BUILD_DIR="${SANITIZE_BUILD_DIR:-$root/build-sanitize}" \
  dbus-run-session -- bash -c run_tests
"$root/packaging/fuzz.sh" "${FUZZ_SECONDS:-10}"
echo "Sanitizer suites and fuzzing passed in $(( $(date +%s) - sanitized )) s;" \
  "everything in $(( $(date +%s) - start )) s."
