#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the real
# Secret Service) and a fresh temporary HOME, so tests never touch a person's keyring.
# Usage: sh scripts/with-keyring.sh COMMAND [ARGS...]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "$tool is missing. Install it with: sudo apt-get install -y dbus gnome-keyring" >&2
    exit 1
  }
done
tmp_home=$(mktemp -d)
mkdir -m 700 "$tmp_home/run"
status=0
HOME="$tmp_home" XDG_RUNTIME_DIR="$tmp_home/run" XDG_DATA_HOME="$tmp_home/.local/share" \
  dbus-run-session -- sh -c '
    printf %s deskid-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' sh "$@" || status=$?
rm -rf "$tmp_home"
exit "$status"
