#!/usr/bin/env bash
# The man page help2man wrote: it renders without warnings, names the program and its
# version, and documents every subcommand the program's --help lists.
set -euo pipefail
page=$1
[ -s "$page" ] || { echo "no man page at $page"; exit 1; }
text=$(zcat "$page")
grep -q '^\.TH BELLBOARD "1"' <<<"$text" || { echo "no .TH header"; exit 1; }
for word in send run search secret; do
    grep -q "^\.SS \"bellboard $word\"" <<<"$text" || { echo "no section for 'bellboard $word'"; exit 1; }
done
grep -q 'fB\\-\\-headless' <<<"$text" || { echo "--headless is not documented"; exit 1; }
grep -q "^Usage: bellboard send \\[options\\] \\[TEXT\.\.\.\]" <<<"$text" || { echo "the send section does not show its usage line"; exit 1; }
if command -v man >/dev/null; then
    warnings=$(LC_ALL=C MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || { echo "man reports: $warnings"; exit 1; }
fi
echo "man page ok"
