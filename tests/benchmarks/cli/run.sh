#!/usr/bin/env bash
# The command line's start-up, timed with hyperfine in one run each:
#   1. `bellboard --version` against a minimal QCoreApplication linking only the Qt modules the
#      subcommands need (bench_minimal_coreapp); target: within 1.5x.
#   2. `bellboard search user:X` over 1,000,000 events, a whole process, against `grep -F X`
#      over the same events as JSON lines; target: no slower.
# The store is filled once with bench_store (about a minute) and exported once with sqlite3;
# both are kept in $DIR for the next run.
#
# Usage: tests/benchmarks/cli/run.sh [BUILD_DIR]     (default: build)
#   DIR=/tmp/bb-cli-bench EVENTS=1000000 USER_ADDRESS=alice.32@example.com RUNS=50
set -euo pipefail

build=$(cd "${1:-build}" && pwd)
dir=${DIR:-/tmp/bb-cli-bench}
events=${EVENTS:-1000000}
user=${USER_ADDRESS:-alice.32@example.com}
runs=${RUNS:-50}
bellboard=$build/src/app/bellboard
minimal=$build/tests/benchmarks/bench_minimal_coreapp
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)"; exit 1; }

mkdir -p "$dir/data" "$dir/config"
if [ ! -s "$dir/data/events.sqlite3" ]; then
    echo "filling $events events (once)"
    "$build/tests/benchmarks/bench_store" --events "$events" --keep --dir "$dir" --durability normal
    mv "$dir"/bench-*/events.db "$dir/data/events.sqlite3"
    rm -rf "$dir"/bench-*
fi
if [ ! -s "$dir/events.jsonl" ]; then
    echo "exporting the events as JSON lines (once)"
    sqlite3 "$dir/data/events.sqlite3" "SELECT json_object('id', id, 'channel', channel, 'received_at', received_at_ms,
        'source', source, 'username', sender_name, 'icon', sender_icon, 'level', level, 'title', title, 'text', text,
        'attachments', json(coalesce(attachments_json, '[]')), 'users', json(coalesce(users_json, '[]')))
        FROM events ORDER BY id" >"$dir/events.jsonl"
fi
echo "store: $(du -h "$dir/data/events.sqlite3" | cut -f1), JSON lines: $(du -h "$dir/events.jsonl" | cut -f1)," \
     "$(grep -cF "\"$user\"" "$dir/events.jsonl") events of $user"

# A config of its own (defaults), so the user's file and language do not change the figures.
export XDG_CONFIG_HOME=$dir/config
unset DISPLAY WAYLAND_DISPLAY
search=("$bellboard" search --data-dir "$dir/data" "user:$user")
"${search[@]}" >/dev/null 2>&1  # warm the page cache
cat "$dir/events.jsonl" >/dev/null

hyperfine -N --warmup 5 --runs "$runs" \
    -n "bellboard --version" "$bellboard --version" \
    -n "minimal QCoreApplication --version" "$minimal --version"
# Output into a pipe, not /dev/null: GNU grep stops at the first match when its output is
# /dev/null (it then only needs the exit status), which would time a different job.
hyperfine -N --output=pipe --warmup 5 --runs "$runs" \
    -n "bellboard search user:$user" "${search[*]}" \
    -n "grep -F $user events.jsonl" "grep -F \"$user\" $dir/events.jsonl"
