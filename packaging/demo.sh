#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and opens Revoke Console on the
# built-in demo tenant (a Microsoft 365 emulator on this computer; no account needed). Without a
# display it shows the same outcomes on the command line instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh" -DREVOKE_BUILD_TESTS=OFF
bin="${BUILD_DIR:-$root/build}/app/revoke-console"

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$bin" --demo
fi
echo "No display found: showing the demo on the command line." >&2

show() {
  echo
  echo "\$ revoke-console revoke --demo $*"
  "$bin" revoke --demo "$@" 2>/dev/null || echo "(exit code $?)"
}

domain=contoso.onmicrosoft.com
echo "Revoke Console demo: tenant $domain, signed in as admin@$domain."
show --whatif --user "adele.vance@$domain"
show --yes --user "adele.vance@$domain"
show --yes --user "nestor.wilke@$domain"
show --yes --user "jane.doe_fabrikam.com#EXT#@$domain"
show --yes --channel spo --user "adele.vance@$domain"
show --yes --channel spo --user "alex.wilber@$domain"
show --yes --channel spo --user "isaiah.langer@$domain"
show --yes --channel spo --user "diego.siciliani@$domain"
show --yes --channel spo --user "grady.archie@$domain"
echo
echo "Signed in as the demo's Helpdesk Administrator instead, who may not sign out an administrator:"
show --approve-as "helpdesk@$domain" --yes --user "allan.deyoung@$domain"
echo
echo "Try your own (it asks before signing anyone out): $bin revoke --demo --user megan.bowen@$domain"
