#!/usr/bin/env bash
# Validates one generated file with the tool that owns its format: the desktop entry with
# desktop-file-validate, the AppStream metadata with appstreamcli (no network). Exits 77 (CTest's
# skip) when the tool is not installed; packaging/install-deps.sh installs both.
# Usage: validate-desktop-files.sh desktop|metainfo <file>
set -euo pipefail
kind=${1:?usage: validate-desktop-files.sh desktop|metainfo <file>} file=${2:?}
case $kind in
desktop) tool=(desktop-file-validate "$file") ;;
metainfo) tool=(appstreamcli validate --no-net --explain "$file") ;;
*) echo "unknown kind: $kind" >&2; exit 2 ;;
esac
if ! command -v "${tool[0]}" >/dev/null; then
    echo "${tool[0]} is not installed: skipped"
    exit 77
fi
# desktop-file-validate prints hints without failing: any output is a finding.
output=$("${tool[@]}" 2>&1) || { echo "$output"; exit 1; }
echo "$output"
if [[ $kind == desktop && -n $output ]]; then exit 1; fi
echo "$file: valid"
