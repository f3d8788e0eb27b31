#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new strings added, vanished ones dropped),
# then lists what still needs a translator. Same as `cmake --build build --target update_translations`.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete -I src src -ts translations/bellboard_de.ts translations/bellboard_ja.ts
for ts in translations/*.ts; do
    echo "$ts: $(grep -c 'type="unfinished"' "$ts" || true) unfinished"
done
