#!/usr/bin/env bash
# Installs the Debian 12 packages Revoke Console needs to build, run and test, and to make and
# check its Debian package (packaging/package-check.sh).
# Idempotent: asks dpkg first and only calls apt-get for what is missing (about 20 s the first
# time on a fresh machine, under a second after that).
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  clang libclang-rt-14-dev lld
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0 libxkbcommon-dev libgl-dev libssl-dev
  libgtest-dev libgmock-dev
  xvfb xauth dbus gnome-keyring libsecret-tools xdotool imagemagick x11-utils
  at-spi2-core libatspi2.0-dev
  chromium
  dpkg-dev file lintian desktop-file-utils appstream man-db
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "Installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
log=$(mktemp)
if ! { $SUDO apt-get update -qq &&
       DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  echo "Package installation failed (full log: $log)." >&2
  exit 1
fi
rm -f "$log"
