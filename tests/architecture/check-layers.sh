#!/usr/bin/env bash
# The folders of app/ and ui/ form a DAG: each may include only the folders listed for it below
# (besides itself), so a lower layer never learns of a higher one and no two folders need each
# other. Reads every `#include "folder/..."` line; prints each include that breaks the table and
# fails. A folder missing from the table fails too: a new folder takes its place here first.
# Usage: check-layers.sh <source root>
set -euo pipefail
root=${1:?usage: check-layers.sh <source root>}

declare -A allowed=(
    [core]=""
    [cloud]="core"
    [net]="core cloud"
    [auth]="core cloud net"
    [directory]="core net"
    [audit]="core"
    [revocation]="core cloud net auth directory audit"
    [bulk]="core cloud net auth directory audit revocation"
    [containment]="core cloud net auth directory audit revocation"
    [connection]="core cloud net auth directory audit revocation bulk containment"
    [profile]="core cloud auth connection"
    # The loopback tenant: its own target, on revoke_core's lowest layers only.
    [emulator]="core directory"
    # The verbs: every app folder and the emulator (for --demo), never the widgets.
    [cli]="core cloud net auth directory audit revocation bulk containment connection profile emulator"
    # The widgets: every app folder, never the verbs nor the emulator.
    [ui]="core cloud net auth directory audit revocation bulk containment connection profile"
    # main.cpp chooses between the verbs and the window.
    [main]="core cloud net auth directory audit revocation bulk containment connection profile emulator cli ui"
)


folder_of() { # app/bulk/X.cpp -> bulk, ui/X.cpp -> ui, app/main.cpp -> main
    local rel=${1#"$root"/}
    case $rel in
    ui/*) echo ui ;;
    app/*/*) rel=${rel#app/}; echo "${rel%%/*}" ;;
    app/main.cpp) echo main ;;
    *) echo "?" ;;
    esac
}

failures=0
while IFS= read -r file; do
    from=$(folder_of "$file")
    if [[ -z ${allowed[$from]+set} ]]; then
        echo "${file#"$root"/}: folder '$from' is not in tests/architecture/check-layers.sh's table"
        failures=$((failures + 1))
        continue
    fi
    while IFS=: read -r line to; do
        [[ $to == "$from" ]] && continue
        # Only the project's own folders: <sys/...>, <openssl/...> and the like are not layers.
        [[ -d $root/app/$to || $to == ui ]] || continue
        [[ " ${allowed[$from]} " == *" $to "* ]] && continue
        echo "${file#"$root"/}:$line: $from may not include $to/ (allowed: ${allowed[$from]:-nothing})"
        failures=$((failures + 1))
    done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*["<][a-z]+/' "$file" |
        sed -E 's|^([0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]*["<]([a-z]+)/.*|\1:\2|')
done < <(find "$root/app" "$root/ui" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)

files=$(find "$root/app" "$root/ui" -type f \( -name '*.cpp' -o -name '*.h' \) | wc -l)
if ((failures)); then
    echo "$failures include(s) break the folder layering ($files files checked)"
    exit 1
fi
echo "folder layering holds: $files files checked"
