#!/usr/bin/env bash
# Screenshots of the window for the README, light and dark: starts `revoke-console --demo` under
# Xvfb, drives it with the keyboard like a person (xdotool) to a revoked user, and saves PNGs in
# packaging/screenshots/. Builds nothing: pass the binary (default build/app/revoke-console), and
# optionally which shots to take: all (default), revoke, helpdesk, contain or german (the window
# and its confirmation in German, LANGUAGE=de).
# Needs: xvfb (Xvfb, xdpyinfo), xdotool, imagemagick (import).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$root/build/app/revoke-console}")
which=${2:-all}
out="$root/packaging/screenshots"
[ -x "$bin" ] || { echo "No binary at $bin (build first, or pass its path)" >&2; exit 2; }
for tool in Xvfb xdpyinfo xdotool import; do
  command -v "$tool" >/dev/null || { echo "Missing $tool (apt: xvfb x11-utils xdotool imagemagick)" >&2; exit 2; }
done
mkdir -p "$out"

# A display of our own, and a private runtime dir so Qt stays quiet.
display=:$((90 + RANDOM % 100))
# -noreset: the next app of the script connects while the last one has just gone.
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "${runtime:-}"
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || { echo "Xvfb did not start on $display" >&2; exit 1; }
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME=

# Polls until a window whose title matches $1 exists; prints its id.
window_named() {
  for _ in $(seq 150); do
    local id
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.1
  done
  echo "No window named '$1' appeared" >&2
  return 1
}
# Polls until no visible window matches $1.
window_gone() {
  for _ in $(seq 150); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0
    sleep 0.1
  done
  echo "The window '$1' did not close" >&2
  return 1
}
# The titles the script waits for, in the language the window speaks.
title_main="Demo tenant" title_sign_in="Sign in to" title_confirm="everywhere?"
keys() { xdotool key --clearmodifiers --delay 60 "$@"; }
typed() { xdotool type --delay 40 "$1"; }
# Without a window manager nothing hands the keyboard to a window: give it explicitly.
focus() { xdotool windowfocus --sync "$1"; sleep 0.2; }
shot() { sleep 0.6; import -window "$1" "$out/$2"; echo "saved $out/$2"; }

# Signs in on its own (demo), finds "$1", picks it, and revokes it on channel "$2" (entra|spo).
revoke_user() {
  local query=$1 channel=$2 reason=$3 confirm_shot=${4:-}
  focus "$main"
  keys ctrl+f
  typed "$query"
  sleep 0.8
  keys Down Return
  sleep 1.2
  # search field -> results -> card -> Respond to a compromised account -> channel -> preview ->
  # revoke
  keys Tab Tab Tab Tab
  [ "$channel" = spo ] && keys Down
  keys Tab Tab space
  local confirm
  confirm=$(window_named "$title_confirm")
  focus "$confirm"
  typed "$reason"
  [ -n "$confirm_shot" ] && shot "$confirm" "$confirm_shot"
  keys Tab space
  window_gone "$title_confirm"
  focus "$main"
}

run() {
  local palette=$1
  REVOKE_CONSOLE_PALETTE=$palette "$bin" --demo >/dev/null 2>&1 &
  app_pid=$!
  main=$(window_named "$title_main")
  # The device-code dialog shows the code, then closes by itself once the demo approves it.
  window_named "$title_sign_in" >/dev/null || true
  window_gone "$title_sign_in"
  xdotool windowsize --sync "$main" 1180 740
  if [ "$palette" = light ]; then
    revoke_user "adele" entra "INC-20417: laptop stolen" confirm-light.png
    shot "$main" window-light.png
  else
    revoke_user "adele" entra "INC-20417: laptop stolen"
    shot "$main" window-dark.png
    revoke_user "grady" spo "INC-20418"
    shot "$main" sharepoint-retired-dark.png
  fi
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=
}

# The demo's Helpdesk Administrator on an administrator (Allan Deyoung, Exchange Administrator):
# the tenant pane says what the role allows, the card who can sign him out, Revoke is off.
helpdesk() {
  "$bin" --demo --approve-as helpdesk@contoso.onmicrosoft.com >/dev/null 2>&1 &
  app_pid=$!
  main=$(window_named "Demo tenant")
  window_named "Sign in to" >/dev/null || true
  window_gone "Sign in to"
  xdotool windowsize --sync "$main" 1180 740
  focus "$main"
  keys ctrl+f
  typed "allan"
  sleep 0.8
  keys Down Return
  sleep 1.2
  shot "$main" helpdesk-admin-target-light.png
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=
}

# "Respond to a compromised account" on Adele Vance: the dialog with its step list once the steps
# ended (light), then the card with what still works after it (dark).
contain() {
  local palette=$1
  REVOKE_CONSOLE_PALETTE=$palette "$bin" --demo >/dev/null 2>&1 &
  app_pid=$!
  main=$(window_named "Demo tenant")
  window_named "Sign in to" >/dev/null || true
  window_gone "Sign in to"
  xdotool windowsize --sync "$main" 1180 740
  focus "$main"
  keys ctrl+f
  typed "adele"
  sleep 0.8
  keys Down Return
  sleep 1.2
  # search field -> results -> card -> Respond to a compromised account...
  keys Tab Tab Tab space
  local dialog
  dialog=$(window_named "compromised account")
  focus "$dialog"
  # preview toggle -> reason -> Contain
  keys Tab
  typed "INC-20419: phishing"
  keys Tab space
  sleep 2
  [ "$palette" = light ] && shot "$dialog" contain-light.png
  keys Escape
  window_gone "compromised account"
  if [ "$palette" = dark ]; then
    focus "$main"
    shot "$main" what-still-works-dark.png
  fi
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=
}

# The window after a revocation and its confirmation, in German (the language that runs longest).
german() {
  title_main="Demomandant" title_sign_in="anmelden" title_confirm="abmelden"
  LANGUAGE=de LANG=de_DE.UTF-8 "$bin" --demo >/dev/null 2>&1 &
  app_pid=$!
  main=$(window_named "$title_main")
  window_named "$title_sign_in" >/dev/null || true
  window_gone "$title_sign_in"
  xdotool windowsize --sync "$main" 1180 740
  revoke_user "adele" entra "INC-20417: Laptop gestohlen" confirm-de-light.png
  shot "$main" window-de-light.png
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=
  title_main="Demo tenant" title_sign_in="Sign in to" title_confirm="everywhere?"
}

case $which in
  all) run light; run dark; helpdesk; contain light; contain dark; german ;;
  german) german ;;
  revoke) run light; run dark ;;
  helpdesk) helpdesk ;;
  contain) contain light; contain dark ;;
  *) echo "Unknown shots '$which' (all, revoke, helpdesk, contain, german)" >&2; exit 2 ;;
esac
