#!/usr/bin/env bash
# Ingest benchmark: wrk posts Slack-webhook JSON over HTTP keep-alive to a real
# `bellboard --headless` on the same machine; every 200 means committed to SQLite.
# Afterwards the store is counted, so the figure is committed events, not answered requests.
#
#   tests/benchmarks/ingest/run.sh [seconds=15] [connections=64] [wrk threads=1]
# DURABILITY=normal selects [store] durability (default: full, as shipped).
# STORE_URL=postgresql://… stores in that (empty) PostgreSQL database instead of SQLite.
# SERVERS=2 (with STORE_URL) runs two servers on that database, half the connections each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
seconds=${1:-15}
connections=${2:-64}
threads=${3:-1}
bin=${BELLBOARD_BINARY:-$root/build/src/app/bellboard}
[ -x "$bin" ] || { echo "build first: scripts/run.sh --help (or cmake --build build)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: scripts/install-deps.sh" >&2; exit 1; }

servers=${SERVERS:-1}
[ "$servers" = 1 ] || [ -n "${STORE_URL:-}" ] || { echo "SERVERS=$servers needs STORE_URL: servers share one PostgreSQL database" >&2; exit 1; }

work=$(mktemp -d)
pids=()
ports=()
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null || true; wait $p 2>/dev/null || true; done; rm -rf "$work"' EXIT
for n in $(seq "$servers"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  printf '[server]\nlisten = "127.0.0.1:%s"\n[store]\ndurability = "%s"\n' "$port" "${DURABILITY:-full}" > "$work/bellboard-$n.toml"
  [ -n "${STORE_URL:-}" ] && printf 'url = "%s"\n' "$STORE_URL" >> "$work/bellboard-$n.toml"
  "$bin" --headless --data-dir "$work/data-$n" --config "$work/bellboard-$n.toml" > "$work/server-$n.log" 2>&1 &
  pids+=($!)
  ports+=("$port")
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
done

# One wrk per server, the connections shared out; their counts are added up.
loaders=()
for n in $(seq "$servers"); do
  wrk -t"$threads" -c$((connections / servers)) -d"${seconds}s" -s "$here/post-events.lua" "http://127.0.0.1:${ports[$((n - 1))]}/" > "$work/wrk-$n.txt" &
  loaders+=($!)
done
wait "${loaders[@]}"
cat "$work"/wrk-*.txt
requests=0; non2xx=0; duration_us=0
for n in $(seq "$servers"); do
  line=$(grep '^BENCH ' "$work/wrk-$n.txt")
  requests=$((requests + $(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")))
  non2xx=$((non2xx + $(sed -E 's/.*non2xx=([0-9]+).*/\1/' <<<"$line")))
  d=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")
  [ "$d" -gt "$duration_us" ] && duration_us=$d
done
pid=${pids[0]}
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
# CPU time per server thread (utime+stime, clock ticks), to see which one limits (the first server's).
ticks=$(getconf CLK_TCK)
threads_cpu=$(for t in /proc/$pid/task/*; do awk -v hz="$ticks" '{printf "%s=%.2fs ", $2, ($14+$15)/hz}' "$t/stat"; done)
for p in "${pids[@]}"; do kill "$p"; wait "$p" || true; done

if [ -n "${STORE_URL:-}" ]; then
  stored=$(psql "$STORE_URL" -Atc "SELECT count(*) FROM events")
else
  stored=$(sqlite3 "$work/data-1/events.sqlite3" "SELECT count(*) FROM events")
fi
acked=$((requests - non2xx))
echo "servers: $servers   acknowledged (200): $acked   stored: $stored   refused: $non2xx   first server's peak RSS: $((rss_kb / 1024)) MiB"
echo "server CPU by thread: $threads_cpu"
echo "committed events/s: $(( acked * 1000000 / duration_us ))"
# Requests in flight when wrk stopped may be committed without wrk counting their answer.
[ "$stored" -ge "$acked" ] || { echo "LOST EVENTS: $acked acknowledged, $stored stored" >&2; exit 1; }
