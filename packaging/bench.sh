#!/usr/bin/env bash
# The README's benchmark command: installs what is missing, builds revoke-console and revoke-bench
# (optimised, RelWithDebInfo like build.sh, into build/ or $BUILD_DIR), then measures: cold start
# of `revoke-console --demo` to its first painted window and peak RSS (offscreen, and on a real X
# server under Xvfb when it is installed), one CLI revocation (wall and CPU time), 10,000
# revocations against the emulator at a write quota of 500/s (achieved and allowed rate, throttled
# answers, rows lost), the window's longest event-loop stall while it signs 10,000 people out,
# and how long a hostile list takes to read (a 20,000-column first line). Prints a table and
# writes the figures to $BUILD_DIR/bench/results.json. Takes a few minutes. Extra arguments go to
# revoke-bench, e.g. --smoke, --only bulk,stall,list, --people 2000, --rate 200 --burst 200,
# --latency 50, --runs 11 (revoke-bench --help lists them).
#
# packaging/bench.sh startup [--runs N]: only the start-up comparison. The window as a first run
# opens it (no arguments, nothing stored) and a bare QApplication + QMainWindow
# (tests/bench/BareWindow.cpp) are started in turn with the same window linked with every shared
# library revoke-console loads (what linking alone costs), N rounds (default 21), on Xvfb when it
# is installed (else offscreen); prints the median and p90 time to the first painted frame, the
# peak RSS of each, and the ratios. Writes $BUILD_DIR/bench/startup.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
mode=all
if [[ ${1:-} == startup ]]; then
  mode=startup
  shift
fi

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DREVOKE_BUILD_TESTS=ON -DREVOKE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target revoke-console revoke-bench revoke-bare-window \
  revoke-bare-window-linked

# Nothing measured touches the real user's files: revoke-bench gives itself and every child a
# throwaway home. Its own window runs offscreen; the cold start picks its platform per run.
export QT_QPA_PLATFORM=offscreen
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
unset DISPLAY
if command -v Xvfb >/dev/null && command -v xdpyinfo >/dev/null; then
  display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
  if xdpyinfo -display "$display" >/dev/null 2>&1; then
    export DISPLAY=$display # revoke-bench adds a cold start on xcb
  else
    echo "Xvfb did not start: measuring the cold start offscreen only." >&2
  fi
fi

if [[ $mode == startup ]]; then
  platform=offscreen
  [[ -n ${DISPLAY:-} ]] && platform=xcb
  "$build/tests/revoke-bench" --only compare --platforms "$platform" --runs 21 \
    --json "$build/bench/startup.json" "$@"
else
  "$build/tests/revoke-bench" --json "$build/bench/results.json" "$@"
fi
