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
# (tests/bench/BareWindow.cpp) are started in turn with three variants of it: linked with every
# shared library revoke-console loads (what linking alone costs), showing one line of text (what a
# window's first text costs), and showing the controls of the app's first frame in plain Qt (what
# Qt charges for that content). N rounds (default 21), on Xvfb when it is installed (else
# offscreen); prints the median and p90 time to the first painted frame, the peak RSS of
# each, and the ratios. Writes $BUILD_DIR/bench/startup.json.
# packaging/bench.sh startup --instructions: the same five, once each under valgrind's callgrind,
# counting the instructions each executes up to its first painted frame. Unlike the times, the count
# does not move with the machine's load, so it shows what a change to the window's start costs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
mode=all
if [[ ${1:-} == startup ]]; then
  mode=startup
  shift
  if [[ ${1:-} == --instructions ]]; then
    mode=instructions
    shift
  fi
fi

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DREVOKE_BUILD_TESTS=ON -DREVOKE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target revoke-console revoke-bench revoke-bare-window \
  revoke-bare-window-linked revoke-bare-window-text revoke-bare-window-controls

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

# Instructions from exec to the first painted frame: callgrind dumps its counts when the
# first-paint report (core/FirstPaintReport.h) is about to print, and the dump before it is the count.
first_paint_instructions() {
  local scratch
  scratch=$(mktemp -d)
  mkdir -p "$scratch/home"
  (cd "$scratch" && HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch" REVOKE_CONSOLE_REPORT_FIRST_PAINT=1 \
    QT_QPA_PLATFORM=$platform valgrind --tool=callgrind --callgrind-out-file="$scratch/cg.%p" \
    --dump-before='*FirstPaintReport::eventFilter*lambda*' "$1" >/dev/null 2>&1) || true
  local dump
  dump=$(ls "$scratch"/cg.*.1 2>/dev/null | head -n 1)
  if [[ -z $dump ]]; then echo "no count (did $1 paint?)" >&2; rm -rf "$scratch"; return 1; fi
  awk '/^totals:/ {print $2}' "$dump"
  rm -rf "$scratch"
}

platform=offscreen
[[ -n ${DISPLAY:-} ]] && platform=xcb
if [[ $mode == instructions ]]; then
  command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
  app=$(first_paint_instructions "$build/app/revoke-console")
  bare=$(first_paint_instructions "$build/tests/revoke-bare-window")
  linked=$(first_paint_instructions "$build/tests/revoke-bare-window-linked")
  text=$(first_paint_instructions "$build/tests/revoke-bare-window-text")
  controls=$(first_paint_instructions "$build/tests/revoke-bare-window-controls")
  echo "Instructions to the first painted frame (callgrind, QT_QPA_PLATFORM=$platform)"
  awk -v a="$app" -v b="$bare" -v l="$linked" -v t="$text" -v c="$controls" 'BEGIN {
    printf "  revoke-console                    %7.1f M\n", a / 1e6
    printf "  bare window                       %7.1f M\n", b / 1e6
    printf "  bare window, app'"'"'s libraries      %7.1f M\n", l / 1e6
    printf "  bare window, one line of text     %7.1f M\n", t / 1e6
    printf "  bare window, first frame'"'"'s controls %5.1f M\n", c / 1e6
    printf "  ratio, revoke-console / bare      %.2fx; libraries alone / bare %.2fx; revoke-console / libraries alone %.2fx\n", a / b, l / b, a / l
    printf "  ratio, one line of text / bare    %.2fx; revoke-console / one line of text %.2fx\n", t / b, a / t
    printf "  ratio, first frame'"'"'s controls / bare %.2fx; revoke-console / first frame'"'"'s controls %.2fx\n", c / b, a / c
  }'
elif [[ $mode == startup ]]; then
  "$build/tests/revoke-bench" --only compare --platforms "$platform" --runs 21 \
    --json "$build/bench/startup.json" "$@"
else
  "$build/tests/revoke-bench" --json "$build/bench/results.json" "$@"
fi
