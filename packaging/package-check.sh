#!/usr/bin/env bash
# The package stage of packaging/test.sh, after the suites pass: makes the Debian package from the
# build in $BUILD_DIR (default build/), checks it with lintian (fails on an error, prints every
# tag), desktop-file-validate and appstreamcli, then installs it with apt-get, runs the installed
# revoke-console, checks that the menu entry, AppStream metadata, icon and manual page are in
# place, and purges it again with whatever apt-get installed for it. Root, or sudo, for apt-get.
# On a machine where revoke-console is already installed the install step is skipped, so as not
# to replace it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
start=$(date +%s%N)
step=$start
timed() { # prints how long the step since the last call took
    local now
    now=$(date +%s%N)
    printf 'package-check: %-44s %6.1f s\n' "$1" "$(((now - step) / 1000000))e-3"
    step=$now
}
fail() { echo "package-check: $*" >&2; exit 1; }

# The package, from what the suites just tested (the build is up to date; this only checks).
cmake --build "$build" --target revoke-console revoke_packaging_files >/dev/null
rm -f "$build"/revoke-console_*.deb
(cd "$build" && cpack -G DEB >/dev/null 2>&1) || (cd "$build" && cpack -G DEB)
debs=("$build"/revoke-console_*_amd64.deb)
((${#debs[@]} == 1)) && [[ -f ${debs[0]} ]] || fail "cpack made no revoke-console_*_amd64.deb in $build"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
# The application id, as the top-level CMakeLists.txt defines it.
app_id=$(sed -n 's/^set(REVOKE_APP_ID "\(.*\)")$/\1/p' "$root/CMakeLists.txt")
[[ -n $app_id ]] || fail "no set(REVOKE_APP_ID ...) in CMakeLists.txt"
echo "package-check: $(basename "$deb"), Depends: $(dpkg-deb -f "$deb" Depends)"
timed "cpack -G DEB"

# lintian: every tag is shown (with --info, why); only an error fails. The root warning is noise.
lint_status=0
lint=$(lintian --info --display-info --fail-on error "$deb" 2>&1) || lint_status=$?
lint=$(grep -v 'running with root privileges is not recommended' <<<"$lint" || true)
[[ -z $lint ]] || echo "$lint"
((lint_status == 0)) || fail "lintian found errors (exit status $lint_status)"
echo "package-check: lintian: $(grep -cE '^[EWIPX]: ' <<<"$lint" || true) tags"
timed "lintian"

# The packaged files, not the build's, through their validators.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop=$unpacked/usr/share/applications/$app_id.desktop
metainfo=$unpacked/usr/share/metainfo/$app_id.metainfo.xml
[[ -f $desktop && -f $metainfo ]] || fail "the package has no $app_id.desktop or metainfo"
findings=$(desktop-file-validate "$desktop" 2>&1) && [[ -z $findings ]] || fail "desktop-file-validate: $findings"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate failed"
timed "desktop-file-validate, appstreamcli"

if dpkg-query -W -f='${Status}' revoke-console 2>/dev/null | grep -q 'ok installed'; then
    echo "package-check: revoke-console is already installed here: not installing over it."
    exit 0
fi
# What apt-get will add besides the package, so that exactly that is purged afterwards.
added=$(apt-get install -s --no-install-recommends "$deb" 2>/dev/null | awk '/^Inst / {print $2}' |
    grep -vx revoke-console || true)
installed=0
cleanup() {
    if ((installed)); then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -qq revoke-console $added >/dev/null 2>&1 ||
            echo "package-check: could not purge revoke-console $added" >&2
    fi
    rm -rf "$unpacked"
}
trap cleanup EXIT
installed=1
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$deb" >/dev/null 2>&1 ||
    { $SUDO apt-get install -y --no-install-recommends "$deb" >&2 || true; fail "apt-get install failed"; }
timed "apt-get install${added:+ (and $(wc -w <<<"$added") dependencies)}"

# The installed executable, in English whatever the machine's locale.
export LANGUAGE= LC_ALL=C.UTF-8 LANG=C.UTF-8
[[ $(command -v revoke-console) == /usr/bin/revoke-console ]] || fail "revoke-console is not /usr/bin/revoke-console"
got=$(/usr/bin/revoke-console --version) || fail "revoke-console --version failed"
[[ $got == "revoke-console $version" ]] || fail "--version said '$got', not 'revoke-console $version'"
help=$(/usr/bin/revoke-console --help) || fail "revoke-console --help failed"
for verb in revoke contain restore signin signout profile history emulator; do
    grep -qE "^  $verb " <<<"$help" || fail "--help does not list the verb $verb"
done
grep -q -- '--user <upn>' <<<"$help" || fail "--help does not list --user"

# Where the desktop, the software centre and man look for them.
for file in /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/doc/revoke-console/copyright; do
    [[ -s $file ]] || fail "$file is missing"
done
grep -qx "Icon=$app_id" "/usr/share/applications/$app_id.desktop" || fail "the desktop entry's icon is not $app_id"
manpage=/usr/share/man/man1/revoke-console.1.gz
if [[ -f $manpage ]]; then
    man -l "$manpage" 2>/dev/null | grep -q 'EXIT STATUS' || fail "man -l $manpage shows no EXIT STATUS"
elif grep -rqs 'path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/; then
    echo "package-check: this machine's dpkg leaves out manual pages; checked the package's own"
    zcat "$unpacked$manpage" | grep -q '^\.SH EXIT STATUS' || fail "the packaged manual page has no EXIT STATUS"
else
    fail "$manpage is missing"
fi
timed "the installed revoke-console and its files"

cleanup
installed=0
trap 'rm -rf "$unpacked"' EXIT
dpkg-query -W -f='${Status}' revoke-console 2>/dev/null | grep -q 'ok installed' && fail "revoke-console is still installed"
[[ ! -e /usr/bin/revoke-console ]] || fail "/usr/bin/revoke-console is still there"
timed "apt-get purge"
echo "package-check: $(basename "$deb") built, checked, installed, run and purged in" \
    "$(((step - start) / 1000000000)) s"
