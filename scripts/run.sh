#!/usr/bin/env bash
# Installs what is missing, builds Bellboard and starts it. Arguments go to bellboard:
#   scripts/run.sh --headless
#   scripts/run.sh send -c user-behavior "New user registration! alice@example.com"
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target bellboard
exec build/src/app/bellboard "$@"
