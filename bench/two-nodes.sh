#!/usr/bin/env bash
# Two PMS nodes behind nginx on one PostgreSQL, with one node killed (kill -9) in the middle of scenario 4.
# PostgreSQL is node 1's embedded one, on a copy of the capacity benchmark's seeded data and a fixed port; node 2
# reaches it by DATABASE_URL and is the node that dies (so the database stays up). Everything on loopback.
#   ./pms bench two-nodes              scenario 1, then scenario 4 with the kill once imports are running
#   BENCH_BROWSE_SECONDS=30 BENCH_TWO_USERS=200 ./pms bench two-nodes     shorter
# Checks: every import ended SUCCEEDED exactly once, no task lost or duplicated, and the only failed requests
# are those that were in flight on the killed node. Writes the "two-nodes" section of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/capacity-lib.sh
DB_PORT=${BENCH_DB_PORT:-28195} LB_PORT=${BENCH_LB_PORT:-28190}
NODE1=28191 NODE2=28192
USERS=${BENCH_TWO_USERS:-500}
BROWSE=${BENCH_BROWSE_SECONDS:-60}
UPLOADS=${BENCH_TWO_UPLOADS:-100}
OUT=${BENCH_OUT:-docs/benchmarks.md}
LOAD=(-Dload.users=$USERS -Dload.rps=$USERS -Dload.signInSeconds=10 -Dload.browseSeconds=$BROWSE)
WORK=$RUN_DIR/two-nodes
mkdir -p "$RUN_DIR"
need_tools
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { log "installing nginx"; apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
build
seed
rm -rf "$WORK"; mkdir -p "$WORK/nginx"
fresh_copy "$WORK/data"

cleanup() {
  stop_pms node2; stop_pms node1
  [[ -f $WORK/nginx/nginx.pid ]] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT
URL="postgres://postgres:postgres@127.0.0.1:$DB_PORT/postgres"
start_pms node1 "$NODE1" 28193 PMS_DATA_DIR="$WORK/data" PMS_DB_PORT="$DB_PORT" PMS_DB_POOL_SIZE="${PMS_DB_POOL_SIZE:-10}"
start_pms node2 "$NODE2" 28194 DATABASE_URL="$URL" PMS_DB_POOL_SIZE="${PMS_DB_POOL_SIZE:-10}"

# nginx: round robin; a GET that fails on a dead node before any byte went back is retried on the other
# (nginx's default proxy_next_upstream "error timeout", idempotent requests only); a POST is never replayed
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $PWD/$WORK/nginx/nginx.pid;
error_log $PWD/$WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  log_format timed '\$msec \$request_time \$status "\$upstream_addr" "\$upstream_status" "\$request_method \$uri"';
  access_log $PWD/$WORK/nginx/access.log timed;
  client_body_temp_path $PWD/$WORK/nginx/body; proxy_temp_path $PWD/$WORK/nginx/proxy;
  fastcgi_temp_path $PWD/$WORK/nginx/fastcgi; uwsgi_temp_path $PWD/$WORK/nginx/uwsgi; scgi_temp_path $PWD/$WORK/nginx/scgi;
  upstream pms {
    server 127.0.0.1:$NODE1 max_fails=1 fail_timeout=30s;
    server 127.0.0.1:$NODE2 max_fails=1 fail_timeout=30s;
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 110m;
    location / {
      proxy_pass http://pms;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 120s;
    }
  }
}
EOF
"$NGINX" -c "$PWD/$WORK/nginx/nginx.conf" -p "$PWD/$WORK/nginx"
BASE_URL=http://127.0.0.1:$LB_PORT
export BASE_URL
log "nginx on :$LB_PORT balancing :$NODE1 and :$NODE2; PostgreSQL on :$DB_PORT"
SEEDED=$(sql "select count(*) from tasks")

report1=$(simulate MorningPeakSimulation two-nodes-morning-peak "${LOAD[@]}")

# scenario 4 in the background; node 2 dies by kill -9 once imports are running (or halfway, if none is)
before=$(sql "select count(*) from tasks")
from=$(date +%s)
simulate WorstCaseSimulation two-nodes-worst-case "${LOAD[@]}" -Dload.uploads="$UPLOADS" > "$WORK/report4" &
sim=$!
deadline=$((SECONDS + 40 + BROWSE + USERS / 5))
until [[ $(sql "select count(*) from imports where status = 'RUNNING'") -gt 0 ]] || ((SECONDS > deadline)); do sleep 0.5; done
sleep 1
running=$(sql "select count(*) from jobs where status = 'RUNNING' and lease_owner is not null")
KILLED_AT=$(date +%s.%N)
kill -9 "$(cat "$RUN_DIR/node2.pid")"
log "killed node 2 (kill -9) with $running import jobs running"
wait "$sim" || true
report4=$(cat "$WORK/report4")

for _ in $(seq 1 180); do [[ $(sql "select count(*) from imports where status in ('QUEUED','RUNNING')") == 0 ]] && break; sleep 1; done
read -r imp_all imp_ok imp_other < <(sql "select count(*), count(*) filter (where status = 'SUCCEEDED'), count(*) filter (where status <> 'SUCCEEDED')
                                          from imports where created_at >= to_timestamp($from)")
took_over=$(sql "select count(*) from jobs where created_at >= to_timestamp($from) and attempts > 1")
short=$(sql "select count(*) from imports i where i.created_at >= to_timestamp($from)
             and (select count(*) from tasks t where t.import_id = i.id) <> i.rows_inserted or i.rows_inserted <> i.rows_total")
dupes=$(sql "select count(*) from (select import_id, source_row from tasks where import_id is not null group by 1, 2 having count(*) > 1) d")
after=$(sql "select count(*) from tasks")
inserted=$(sql "select coalesce(sum(rows_inserted), 0) from imports where created_at >= to_timestamp($from) and status = 'SUCCEEDED'")
uploads_ok=$(grep -cE '" "202" "POST /api/v1/workspaces/[^/]+/imports"' "$WORK/nginx/access.log" || true)

# nginx's log, from the kill on: requests that node 2 could not answer (upstream status 502/504) — in flight at
# the kill, or sent to it before nginx marked it down — retried on node 1 (GETs) or failed; apart from them, the
# 5xx that PMS itself answered (503: no pooled connection within 2 s) on either node
echo "$KILLED_AT" > "$WORK/killed-at"
read -r dead inflight retried_ok surfaced own5xx < <(awk -v k="$KILLED_AT" '
  $1 >= k - 0.001 && /"50[24]/ { d++; if ($1 - $2 <= k + 0.001) i++; if ($3 < 500) ok++; else s++ }
  $3 >= 500 && !/"50[24]/ { o++ }
  END { printf "%d %d %d %d %d\n", d, i, ok, s, o }' "$WORK/nginx/access.log")

row() { read -r total _ ko _ rps _ p50 p95 p99 _ max _ <<< "$2"; echo "| $1 | $total ($rps/s) | $p50 | $p95 | $p99 | $max | $ko |"; }
{
  echo "## Two nodes behind nginx, one killed"
  echo ""
  echo "Measured $(date -u +%F) by \`./pms bench two-nodes\` on $(nproc) cores shared with the load generator: one PostgreSQL,"
  echo "node 1's embedded one; two PMS nodes (pool ${PMS_DB_POOL_SIZE:-10} each) behind Debian's nginx (round robin, loopback). Scenario 1, then scenario 4"
  echo "with $USERS people browsing at $USERS requests/s for $BROWSE s after the last sign-in and $UPLOADS uploads; node 2 was"
  echo "killed with \`kill -9\` while $running import jobs were running."
  echo ""
  echo "| requests | count (mean/s) | p50 ms | p95 ms | p99 ms | max ms | errors |"
  echo "|---|---|---|---|---|---|---|"
  row "scenario 1: browse after sign-ins" "$(stat "$report1" browse)"
  row "scenario 1: all requests" "$(stat "$report1" ROOT)"
  row "scenario 4 (kill): browse after sign-ins" "$(stat "$report4" browse)"
  row "scenario 4 (kill): upload to SUCCEEDED" "$(stat "$report4" "upload to SUCCEEDED")"
  row "scenario 4 (kill): all requests" "$(stat "$report4" ROOT)"
  echo ""
  echo "| check | result |"
  echo "|---|---|"
  echo "| imports created in scenario 4 / SUCCEEDED / other | $imp_all / $imp_ok / $imp_other $([[ $imp_other == 0 ]] && echo '(**every one SUCCEEDED**)' || echo '(**NOT all SUCCEEDED**)') |"
  echo "| uploads answered 202 (nginx log) | $uploads_ok |"
  echo "| imports whose job was taken over after the kill (attempts > 1) | $took_over |"
  echo "| imports whose task count differs from their rows | $short $([[ $short == 0 ]] && echo '(none lost)') |"
  echo "| (import, source row) pairs present twice | $dupes $([[ $dupes == 0 ]] && echo '(none duplicated)') |"
  echo "| tasks: before scenario 4 + inserted = after | $before + $inserted = $((before + inserted)); counted $after $([[ $after == $((before + inserted)) ]] && echo '(**exact**)' || echo '(**MISMATCH**)') |"
  echo "| requests node 2 could not answer after the kill (nginx saw 502/504) | $dead, of which $inflight were in flight at the kill; nginx retried $retried_ok on node 1 successfully, $surfaced reached the client as errors |"
  echo "| 5xx answered by PMS itself during both scenarios (overload: 503 when no pooled connection within 2 s) | $own5xx |"
  echo ""
  echo "Gatling reports: \`${report1#"$PWD/"}/index.html\`, \`${report4#"$PWD/"}/index.html\`; nginx's log: \`${WORK#"$PWD/"}/nginx/access.log\`."
} > "$RUN_DIR/two-nodes.md"
replace_section "$OUT" two-nodes "$RUN_DIR/two-nodes.md"
cat "$RUN_DIR/two-nodes.md"
