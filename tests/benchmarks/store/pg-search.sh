#!/usr/bin/env bash
# Search over 10,000,000 events on PostgreSQL (README, "PostgreSQL"): a private server in DIR,
# 1,000,000 events written through EventStore::append (the real write path: its committed
# events/s is printed), then grown to EVENTS in SQL by copying them with shifted ids and times
# (the newest copy covers the last 30 days, ids follow time), then bench_store's first-page
# searches on it, the same list as for SQLite.
#   tests/benchmarks/store/pg-search.sh BUILD_DIR    DIR=/tmp/bb-pg-bench EVENTS=10000000 SEED=1000000 PORT=55432
# The server and its data stay in DIR for a second run (which skips the fill); `pg_ctl -D
# DIR/data stop` ends it.
set -euo pipefail
build=${1:?usage: pg-search.sh BUILD_DIR}
build=$(cd "$build" && pwd)
dir=${DIR:-/tmp/bb-pg-bench}
events=${EVENTS:-10000000}
port=${PORT:-55432}
seed=${SEED:-1000000}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  as_postgres=(runuser -u postgres --)
fi
mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"

if [ ! -d "$dir/data" ]; then
  "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U bellboard --auth=trust >/dev/null
fi
if ! "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses='' -c shared_buffers=1GB -c maintenance_work_mem=1GB -c max_wal_size=8GB -c synchronous_commit=off" start
fi
url="postgresql://bellboard@/bellboard?host=$dir&port=$port"
psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U bellboard)

if ! "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'bellboard'" | grep -q 1; then
  "${psql[@]}" -d postgres -c "CREATE DATABASE bellboard"
  echo "== fill: $seed events through EventStore::append"
  "$build/tests/benchmarks/bench_store" --store "$url" --events "$seed" --durability normal | grep -E '^fill'
  copies=$(( (events + seed - 1) / seed - 1 ))
  echo "== grow to $(( (copies + 1) * seed )) events: $copies copies in SQL"
  start=$(date +%s)
  "${psql[@]}" -d bellboard <<SQL
-- Keep the schema's own index definitions; drop the secondary ones for the bulk copy.
CREATE TEMP TABLE kept_indexes AS
  SELECT indexdef FROM pg_indexes
  WHERE schemaname = 'public' AND tablename IN ('events', 'event_users') AND indexname NOT LIKE '%pkey';
DO \$\$ DECLARE i record; BEGIN
  FOR i IN SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
           AND tablename IN ('events', 'event_users') AND indexname NOT LIKE '%pkey' LOOP
    EXECUTE 'DROP INDEX ' || quote_ident(i.indexname);
  END LOOP; END \$\$;
-- The filled month moves back so that the copies follow it, the newest ending now.
UPDATE events SET received_at_ms = received_at_ms - $copies * 2592000000;
INSERT INTO events (id, channel, received_at_ms, sender_ts, source, sender_name, sender_icon, level, title,
                    text, attachments_json, blocks_json, thread_key, users_json, attachment_text, mrkdwn,
                    sender_name_fallback, amount_minor, amount_currency)
  SELECT e.id + k * $seed, channel, received_at_ms + k * 2592000000, sender_ts, source, sender_name, sender_icon,
         level, title, text, attachments_json, blocks_json, thread_key, users_json, attachment_text, mrkdwn,
         sender_name_fallback, amount_minor, amount_currency
  FROM events e, generate_series(1, $copies) k WHERE e.id <= $seed;
INSERT INTO event_users (user_name, event_id)
  SELECT user_name, event_id + k * $seed FROM event_users, generate_series(1, $copies) k WHERE event_id <= $seed;
\o /dev/null
SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events));
\o
UPDATE channels c SET event_count = n FROM (SELECT channel, count(*) AS n FROM events GROUP BY channel) g
  WHERE c.name = g.channel;
DO \$\$ DECLARE i record; BEGIN
  FOR i IN SELECT indexdef FROM kept_indexes LOOP EXECUTE i.indexdef; END LOOP; END \$\$;
VACUUM ANALYZE;
SQL
  echo "grown in $(( $(date +%s) - start )) s"
fi
"${psql[@]}" -d bellboard -tAc "SELECT 'database: ' || pg_size_pretty(pg_database_size('bellboard'))"
echo "== searches"
"$build/tests/benchmarks/bench_store" "$url"
