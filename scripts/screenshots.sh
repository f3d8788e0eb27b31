#!/bin/sh
# Writes docs/screenshots/*.png (main window with splits, light and dark; search; a person's
# story, light and dark; wall mode with tiles) over --demo data, under Xvfb, at scale 1 and at QT_SCALE_FACTOR=2
# (the "@2x" files). Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target bb_screenshots
out=docs/screenshots
mkdir -p "$out"
tool="$build/tests/tools/bb_screenshots"
# A private runtime folder: no desktop session leaks its theme or settings in.
export XDG_RUNTIME_DIR="$(mktemp -d)"
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1920x1200x24" "$tool" "$out"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 3840x2400x24" "$tool" "$out" @2x
rm -rf "$XDG_RUNTIME_DIR"
