#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 10), two at a time per two
# cores, on a copy of its corpus (tests/fuzz/corpus is never written), and prints per target the
# executions, executions per second, coverage (cov, ft) and what went wrong. Exits non-zero on
# any crash, leak, timeout (-timeout=10 s per input) or out-of-memory (-rss_limit_mb=2048); the
# reproducing input is kept in the artifacts folder it names. Builds build-sanitize/ first when
# needed.
#
#   packaging/fuzz.sh            # CI: 10 s per target
#   packaging/fuzz.sh 600        # a local campaign
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-10}
build=${SANITIZE_BUILD_DIR:-$root/build-sanitize}
if [[ ! -f "$build/build.ninja" ]] || ! ls "$build"/tests/fuzz/fuzz_* >/dev/null 2>&1; then
  "$root/packaging/build-sanitize.sh"
fi

work=$(mktemp -d)
artifacts=${FUZZ_ARTIFACTS:-$build/fuzz-artifacts}
mkdir -p "$artifacts"
trap 'rm -rf "$work"' EXIT

# The longest input each target is given: its parser's realistic size, a file for the lists.
max_len() {
  case $1 in
    upn_list | csv_records) echo 65536 ;;
    certificate) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

run_one() {
  local target=$1 binary="$build/tests/fuzz/fuzz_$1" corpus="$work/corpus/$1"
  mkdir -p "$corpus"
  cp -r "$root/tests/fuzz/corpus/$target/." "$corpus/" 2>/dev/null || true
  # A target that makes its own seeds (a private key is never checked in) writes them and exits.
  REVOKE_FUZZ_WRITE_SEEDS="$corpus" "$binary" -runs=0 "$work/empty" >/dev/null 2>&1
  local status=0
  "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len "$target")" -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" >"$work/$target.log" 2>&1 || status=$?
  echo "$status" >"$work/$target.status"
}
export -f run_one max_len
export build work artifacts seconds root
mkdir -p "$work/empty"

targets=()
for binary in "$build"/tests/fuzz/fuzz_*; do
  [[ -x "$binary" && ! -d "$binary" ]] && targets+=("${binary##*/fuzz_}")
done
echo "Fuzzing ${#targets[@]} targets for $seconds s each, $(nproc) at a time." >&2
printf '%s\n' "${targets[@]}" | xargs -P "$(nproc)" -I{} bash -c 'run_one {}'

failed=0
printf '%-18s %10s %8s %7s %7s %7s  %s\n' target executions exec/s cov ft crashes result
for target in "${targets[@]}"; do
  log="$work/$target.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  # libFuzzer stops at the first crash, leak, timeout or out-of-memory and writes its input.
  crashes=$(grep -c 'Test unit written to' "$log" || true)
  result=ok
  if [[ $(cat "$work/$target.status") != 0 ]]; then
    failed=1
    result=$(grep -m1 -oE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer): [a-z-]+|fuzz invariant violated: .*|runtime error: .*' "$log" || echo "exit $(cat "$work/$target.status")")
    result="FAILED: $result (input: $artifacts/$target-*)"
  fi
  printf '%-18s %10s %8s %7s %7s %7s  %s\n' "$target" "${runs:--}" "${speed:--}" "${cov:--}" \
    "${ft:--}" "$crashes" "$result"
  if [[ $result != ok ]]; then
    tail -n 40 "$log" | sed "s/^/    [$target] /" >&2
  fi
done
exit "$failed"
