#!/usr/bin/env bash
# The manual page covers the command line as built: every verb and every long option the
# executable's English --help lists, and every exit code of app/cli/ExitCode.h in EXIT STATUS.
# Prints each one missing and fails.
# Usage: check-man-page.sh <revoke-console> <revoke-console.1 source> <ExitCode.h>
set -euo pipefail
bin=${1:?usage: check-man-page.sh <revoke-console> <man page> <ExitCode.h>}
page=${2:?} exit_codes=${3:?}

help=$(LANGUAGE= LC_ALL=C LANG=C QT_QPA_PLATFORM=offscreen "$bin" --help)
# roff's escaped hyphens read as plain ones.
text=$(sed 's/\\-/-/g' "$page")

verbs=$(awk '/^Verbs:/ {on = 1; next} /^[^ ]/ {on = 0} on && /^  [a-z]/ {print $1}' <<<"$help")
options=$(grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z][a-z-]*')
# "Name = N," possibly split over lines by clang-format.
codes=$(tr '\n' ' ' <"$exit_codes" | grep -oE 'enum class ExitCode \{[^}]*\}' |
    grep -oE '[A-Za-z]+ *= *[0-9]+' | grep -oE '[0-9]+$')
status=$(awk '/^\.SH "?EXIT STATUS/ {on = 1; next} /^\.SH/ {on = 0} on' <<<"$text")

missing=0
(($(wc -w <<<"$verbs") >= 8)) || { echo "found only these verbs in --help: $verbs"; exit 1; }
(($(wc -w <<<"$options") >= 20)) || { echo "found only these options in --help: $options"; exit 1; }
(($(wc -w <<<"$codes") >= 10)) || { echo "found only these exit codes in $exit_codes: $codes"; exit 1; }
for verb in $verbs; do
    grep -qE "^\.B $verb\$" <<<"$text" || { echo "verb '$verb' has no entry in the manual page"; missing=$((missing + 1)); }
done
for option in $options; do
    grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" <<<"$text" || { echo "option $option is not in the manual page"; missing=$((missing + 1)); }
done
for code in $codes; do
    grep -qE "^\.B $code\$" <<<"$status" || { echo "exit code $code is not under EXIT STATUS"; missing=$((missing + 1)); }
done
if ((missing)); then
    echo "$missing missing from $page"
    exit 1
fi
echo "the manual page covers $(wc -w <<<"$verbs") verbs, $(wc -w <<<"$options") options and $(wc -w <<<"$codes") exit codes"
