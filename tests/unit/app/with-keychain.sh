#!/usr/bin/env bash
# Runs a test under a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), with HOME in a temporary folder so the developer's own keychain is never touched.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c 'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets | sed "s/^/export /")"; exec "$@"' sh "$@"
