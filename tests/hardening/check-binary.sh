#!/usr/bin/env bash
# Checks that an ELF binary was built hardened: PIE, full RELRO (GNU_RELRO + BIND_NOW), stack
# canaries and fortified libc calls. Usage: check-binary.sh BINARY. Prints what is missing.
set -uo pipefail
bin=$1
missing=()
readelf -h "$bin" | grep -q 'Type:[[:space:]]*DYN' || missing+=("PIE (ELF type is not DYN)")
readelf -lW "$bin" | grep -q 'GNU_RELRO' || missing+=("RELRO (no GNU_RELRO segment)")
readelf -dW "$bin" | grep -Eq 'BIND_NOW|FLAGS.*NOW' || missing+=("-z now (no BIND_NOW)")
symbols=$(readelf -sW --dyn-syms "$bin")
grep -q '__stack_chk_fail' <<<"$symbols" || missing+=("stack protector (__stack_chk_fail)")
grep -Eq '__[a-z_]+_chk@' <<<"$symbols" || missing+=("_FORTIFY_SOURCE (no __*_chk call)")
if ((${#missing[@]})); then
  echo "$bin is not hardened. Missing:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi
echo "$bin: PIE, full RELRO, stack protector, fortified"
