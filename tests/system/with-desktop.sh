#!/usr/bin/env bash
# Runs a test on a private desktop: an Xvfb display, a private D-Bus session and the AT-SPI
# accessibility bus, so that the test can start real windows and read them as a screen reader
# does. HOME is a temporary folder, so no setting of the developer's is read or written.
set -euo pipefail
home=$(mktemp -d)
display_file="$home/display"
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; wait $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 100); do [ -s "$display_file" ] && break; sleep 0.1; done
[ -s "$display_file" ] || { echo "with-desktop.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$display_file")" HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Qt exposes its widgets on the accessibility bus only when asked to.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
unset QT_QPA_PLATFORM
launcher=/usr/libexec/at-spi-bus-launcher
exec dbus-run-session -- sh -c "$launcher --launch-immediately >/dev/null 2>&1 & exec \"\$@\"" sh "$@"
