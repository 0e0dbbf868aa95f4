#!/usr/bin/env bash
# The executable carries no RUNPATH: it links only system libraries and static ones of ours. An
# empty RUNPATH entry means the working directory to the loader, so a library planted there would
# load, and every library was first looked for there (CMakeLists.txt, CMAKE_INSTALL_RPATH).
set -euo pipefail
binary=$1
if readelf -d "$binary" | grep -E '\((RUNPATH|RPATH)\)'; then
  echo "$binary has a RUNPATH or RPATH (above); it should have none" >&2
  exit 1
fi
echo "$binary: no RUNPATH, no RPATH"
