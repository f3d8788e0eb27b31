#!/usr/bin/env bash
# The soak benchmark with the real window open on a private Xvfb display.
#   tests/benchmarks/soak/run.sh                       # 8 minutes (5 of warm-up), 100 events/s, retention_events = 5000
#   tests/benchmarks/soak/run.sh --seconds 3600        # an hour; any bench_soak option works
# Exits non-zero when RSS, descriptors, store size or event count grew beyond what retention allows.
set -euo pipefail
cd "$(dirname "$0")/../../.."
bench=${BENCH_SOAK:-build/tests/benchmarks/bench_soak}
[ -x "$bench" ] || cmake --build build --target bench_soak bellboard
display=":$((100 + RANDOM % 800))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
# No audio device is fine: the alerts say so once and carry on.
DISPLAY="$display" "$bench" "$@"
