#!/usr/bin/env bash
# Two nodes behind nginx, one killed with kill -9 in scenario 4: no import lost or made twice.
# PostgreSQL is node 1's embedded one, on a copy of the capacity benchmark's seeded data and a port of its own; node 2
# reaches it by DATABASE_URL and is the node that dies (so the database stays up). Everything on loopback.
#   ./pms bench two-nodes              scenario 1, then scenario 4 with the kill halfway through its imports
#   ./pms bench two-nodes --smoke      the same in seconds on 20,000 tasks; writes target/bench/benchmarks.md
# Load: BENCH_TWO_USERS (500 people), BENCH_TWO_RPS (500 requests/s), BENCH_BROWSE_SECONDS (60 s of browsing),
# BENCH_TWO_UPLOADS (100 uploads in scenario 4), BENCH_SIGN_INS_AT_ONCE (4): e.g. BENCH_TWO_USERS=200 BENCH_TWO_RPS=200.
# Ports: free ones; BENCH_LB_PORT (nginx) and BENCH_DB_PORT name them.
# Checks: every import ended SUCCEEDED exactly once, no task lost or duplicated, and which requests failed — from
# nginx's access log and the moment of the kill: in flight on the killed node, passed on to the other node, or
# failed for reasons of their own (overload). Writes the "two-nodes" section of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
smoke_mode "${1:-}"
if ((SMOKE)); then
  USERS=${BENCH_TWO_USERS:-50} RPS=${BENCH_TWO_RPS:-50} BROWSE=${BENCH_BROWSE_SECONDS:-15} UPLOADS=${BENCH_TWO_UPLOADS:-10}
  SIGN_IN_SECONDS=5
else
  USERS=${BENCH_TWO_USERS:-500} RPS=${BENCH_TWO_RPS:-500} BROWSE=${BENCH_BROWSE_SECONDS:-60} UPLOADS=${BENCH_TWO_UPLOADS:-100}
  SIGN_IN_SECONDS=10
fi
take_port DB_PORT "${BENCH_DB_PORT:-}"
take_port LB_PORT "${BENCH_LB_PORT:-}"
take_port NODE1
take_port NODE2
take_port MGMT1
take_port MGMT2
POOL=${PMS_DB_POOL_SIZE:-10}
LOAD=("-Dload.users=$USERS" "-Dload.rps=$RPS" "-Dload.signInSeconds=$SIGN_IN_SECONDS" "-Dload.browseSeconds=$BROWSE"
      "-Dload.signInsAtOnce=$SIGN_INS_AT_ONCE")
WORK=$RUN_DIR/two-nodes
mkdir -p "$RUN_DIR"
need psql postgresql-client
need nginx nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
build_jar -Pload
seed
rm -rf "$WORK"; mkdir -p "$WORK/nginx"
fresh_copy "$WORK/data"

cleanup() {
  stop_pms node2; stop_pms node1
  if [[ -f $WORK/nginx/nginx.pid ]]; then kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true; fi
}
trap cleanup EXIT
URL="postgres://postgres:postgres@127.0.0.1:$DB_PORT/postgres"
start_pms node1 "$NODE1" "$MGMT1" "${PMS_JAVA_OPTS:--Xmx2g}" PMS_DATA_DIR="$WORK/data" PMS_DB_PORT="$DB_PORT" PMS_DB_POOL_SIZE="$POOL"
start_pms node2 "$NODE2" "$MGMT2" "${PMS_JAVA_OPTS:--Xmx2g}" DATABASE_URL="$URL" PMS_DB_POOL_SIZE="$POOL"

# nginx: round robin. A request goes on to the other node only when its node gave no answer at all (connection
# refused or cut before the response header, or no connection within 2 s) — never on an answer such as PMS's 503 —
# and nginx never replays a request that reached a node unless it is idempotent (no "non_idempotent"): a GET is
# retried on the survivor, a POST upload is not (it may have been imported), and a POST only goes on when the
# connection could not be made, i.e. when the dead node never saw it. The log has what bench/two-nodes-failures.awk
# needs: when each request ended and took, its status, whether nginx completed it, every node it tried, and its
# connection, to find the responses that the error log says were cut off midway.
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $PWD/$WORK/nginx/nginx.pid;
error_log $PWD/$WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  log_format failures '\$msec|\$request_time|\$status|\$request_completion|\$request_method|\$upstream_addr|\$upstream_status|\$connection|\$uri';
  access_log $PWD/$WORK/nginx/access.log failures;
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
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
    }
  }
}
EOF
"$NGINX" -c "$PWD/$WORK/nginx/nginx.conf" -p "$PWD/$WORK/nginx"
BASE_URL=http://127.0.0.1:$LB_PORT
export BASE_URL
log "nginx on :$LB_PORT balancing :$NODE1 and :$NODE2; PostgreSQL on :$DB_PORT"

report1=$(simulate MorningPeakSimulation two-nodes-morning-peak "${LOAD[@]}")
# scenario 1's requests in a log of their own (nginx reopens access.log on USR1)
mv "$WORK/nginx/access.log" "$WORK/nginx/access-morning-peak.log"
kill -USR1 "$(cat "$WORK/nginx/nginx.pid")"
sleep 1

# scenario 4 in the background; node 2 dies by kill -9 halfway through the imports — once half of them have
# finished while node 2 runs one (or once the last ones run) — while browsing goes on
before=$(sql "select count(*) from tasks")
from=$(date +%s)
simulate WorstCaseSimulation two-nodes-worst-case "${LOAD[@]}" -Dload.uploads="$UPLOADS" > "$WORK/report4" &
sim=$!
NODE2_PID=$(cat "$RUN_DIR/node2.pid")
deadline=$((SECONDS + 120 + BROWSE + (USERS + UPLOADS) / 2))
when="while node 2 ran an import"
while :; do
  read -r running on_node2 queued finished < <(sql "select count(*) filter (where status = 'RUNNING'),
      count(*) filter (where status = 'RUNNING' and lease_owner like '$NODE2_PID@%'), count(*) filter (where status = 'QUEUED'),
      count(*) filter (where status in ('SUCCEEDED', 'FAILED')) from jobs where kind = 'import' and created_at >= to_timestamp($from)")
  ((on_node2 > 0 && 2 * finished >= UPLOADS)) && break
  ((running > 0 && queued == 0)) && { when="while the last imports ran"; break; }
  ((running == 0 && queued == 0 && finished > 0)) && { when="after every import had finished (none was running when looked at)"; break; }
  kill -0 "$sim" 2>/dev/null || { when="after scenario 4 had ended (no import ran)"; break; }
  ((SECONDS > deadline)) && { when="at the deadline (no import ran)"; break; }
  sleep 0.2
done
KILLED_AT=$(date +%s.%N)
kill -9 "$NODE2_PID"
echo "$KILLED_AT" > "$WORK/killed-at"
log "killed node 2 (kill -9) $when: $finished of $UPLOADS imports finished, $running running ($on_node2 on node 2), $queued queued"
wait "$sim" || true
report4=$(cat "$WORK/report4")

for _ in $(seq 1 180); do [[ $(sql "select count(*) from imports where status in ('QUEUED','RUNNING')") == 0 ]] && break; sleep 1; done
read -r imp_all imp_ok imp_other < <(sql "select count(*), count(*) filter (where status = 'SUCCEEDED'), count(*) filter (where status <> 'SUCCEEDED')
                                          from imports where created_at >= to_timestamp($from)")
took_over=$(sql "select count(*) from jobs where created_at >= to_timestamp($from) and kind = 'import' and attempts > 1")
short=$(sql "select count(*) from imports i where i.created_at >= to_timestamp($from) and i.status = 'SUCCEEDED'
             and ((select count(*) from tasks t where t.import_id = i.id) <> i.rows_inserted or i.rows_inserted <> i.rows_total)")
dupes=$(sql "select count(*) from (select import_id, source_row from tasks where import_id is not null group by 1, 2 having count(*) > 1) d")
# each uploaded file has titles of its own ("Load task <batch>-<row>"): a file imported twice shows as one batch in two imports
twice=$(sql "select count(*) from (select split_part(t.title, '-', 1) from tasks t join imports i on i.id = t.import_id
             where i.created_at >= to_timestamp($from) group by 1 having count(distinct t.import_id) > 1) f")
after=$(sql "select count(*) from tasks")
inserted=$(sql "select coalesce(sum(rows_inserted), 0) from imports where created_at >= to_timestamp($from) and status = 'SUCCEEDED'")

# responses a node cut off midway, from nginx's error log: "connection node epoch-second". nginx logs them in the
# access log with the status of their header, and it may end a chunked one as if it were complete.
grep ' while reading upstream,' "$WORK/nginx/error.log" | while read -r day time _ _ conn rest; do
  node=$(grep -o 'upstream: "http://[^/"]*' <<< "$rest" | sed 's|.*//||') || true
  echo "${conn#\*} ${node:--} $(date -d "$day $time" +%s)"
done > "$WORK/cut-off.txt" || true
classify() { awk -v kill="$1" -v dead="127.0.0.1:$NODE2" -v cutoffs="$WORK/cut-off.txt" -f bench/two-nodes-failures.awk "$2" > "$3"; }
classify "$KILLED_AT" "$WORK/nginx/access.log" "$WORK/failures.txt"
classify 9999999999 "$WORK/nginx/access-morning-peak.log" "$WORK/failures-morning-peak.txt"
f() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "${2:-$WORK/failures.txt}"; }
f1() { f "$1" "$WORK/failures-morning-peak.txt"; }
read -r _ _ gatling_ko _ <<< "$(gatling_stat "$report4" ROOT)"
yes_no() { if [[ $1 == "$2" ]]; then echo "$3"; else echo "$4"; fi; }

row() { read -r total _ ko _ rps _ p50 p95 p99 _ max _ <<< "$2"; echo "| $1 | $total ($rps/s) | $p50 | $p95 | $p99 | $max | $ko |"; }
{
  echo "## Two nodes behind nginx, one killed"
  echo ""
  ((SMOKE)) && echo "**Smoke run** (tiny load and dataset): the figures show that the benchmark works, not what PMS holds." && echo ""
  echo "Measured $(date -u +%F) by \`./pms bench two-nodes\` on $(nproc) cores shared with the load generator: one PostgreSQL,"
  echo "node 1's embedded one; two PMS nodes (pool $POOL each) behind Debian's nginx (round robin, loopback; a request goes"
  echo "on to the other node only when its node gave no answer, and a POST only if it never reached it). Scenario 1, then"
  echo "scenario 4: $USERS people browsing at $RPS requests/s for $BROWSE s and $UPLOADS uploads, all signed in beforehand"
  echo "($SIGN_INS_AT_ONCE at a time). Node 2 was killed with \`kill -9\` $when: $finished of $UPLOADS imports had"
  echo "finished, $running were running ($on_node2 of them on node 2) and $queued were queued."
  echo ""
  echo "| requests | count (mean/s) | p50 ms | p95 ms | p99 ms | max ms | errors |"
  echo "|---|---|---|---|---|---|---|"
  row "scenario 1: browse after sign-ins" "$(gatling_stat "$report1" browse)"
  row "scenario 1: all requests" "$(gatling_stat "$report1" ROOT)"
  row "scenario 4 (kill): sign in beforehand" "$(gatling_stat "$report4" "sign in beforehand")"
  row "scenario 4 (kill): browse" "$(gatling_stat "$report4" browse)"
  row "scenario 4 (kill): upload to SUCCEEDED" "$(gatling_stat "$report4" "upload to SUCCEEDED")"
  row "scenario 4 (kill): all requests" "$(gatling_stat "$report4" ROOT)"
  echo ""
  echo "| check (scenario 4) | result |"
  echo "|---|---|"
  echo "| imports created / SUCCEEDED / other | $imp_all / $imp_ok / $imp_other $(yes_no "$imp_other" 0 '(**every one SUCCEEDED**)' '(**NOT all SUCCEEDED**)') |"
  echo "| uploads answered 202 (nginx's log) | $(f uploads_202) $(yes_no "$(f uploads_202)" "$imp_all" '(one import each)' "(**$imp_all imports**: an upload whose answer was lost with node 2 was still imported)") |"
  echo "| files imported twice | $twice $(yes_no "$twice" 0 '(each **exactly once**)' '(**DUPLICATED**)') |"
  echo "| imports whose job was taken over after the kill (attempts > 1) | $took_over |"
  echo "| SUCCEEDED imports whose task count differs from their rows | $short $(yes_no "$short" 0 '(none lost)' '(**LOST ROWS**)') |"
  echo "| (import, source row) pairs present twice | $dupes $(yes_no "$dupes" 0 '(none duplicated)' '(**DUPLICATED**)') |"
  echo "| tasks: before scenario 4 + inserted = after | $before + $inserted = $((before + inserted)); counted $after $(yes_no "$after" "$((before + inserted))" '(**exact**)' '(**MISMATCH**)') |"
  echo ""
  echo "Requests of scenario 4 in nginx's log ($(f total) requests; $(f failed) failed — an error status or a response"
  echo "cut off midway —, Gatling counted $gatling_ko failed requests and checks), from the moment of the kill:"
  echo ""
  echo "| requests | count |"
  echo "|---|---|"
  echo "| in flight on node 2 at the kill (sent to it first, started before the kill, ended after) | $(f on_dead_at_kill) |"
  echo "| (a) failed in flight on node 2: not passed on (a POST that reached it, or a response cut off midway) | $(f a_failed) ($(f a_methods); uploads: $(f a_uploads)) |"
  echo "| (b) in flight on node 2, passed on to node 1 by nginx: succeeded / failed there | $(f b_inflight_ok) / $(f b_inflight_failed) |"
  echo "| (b) sent to node 2 after the kill, before nginx marked it down, passed on to node 1: succeeded / failed | $(f b_after_ok) / $(f b_after_failed) |"
  echo "| (b) statuses of those that failed on node 1; methods other than GET passed on (never reached node 2) | $(f b_failed_statuses); $(f b_not_get) |"
  echo "| sent to node 2 after the kill and failed without being passed on | $(f d_failed) ($(f d_methods)) |"
  echo "| (c) failed with no part in the kill, before it: 503 (no pooled connection within 5 s) / 499 (client gave up) / cut off by a live node / other | $(f c_before_503) / $(f c_before_499) / $(f c_before_cut_off) / $(f c_before_other) |"
  echo "| (c) the same after the kill (and nginx found no live node: $(f c_after_no_live_node)) | $(f c_after_503) / $(f c_after_499) / $(f c_after_cut_off) / $(f c_after_other) |"
  echo "| (c) statuses of \"other\" | $(f c_other_statuses) |"
  echo "| scenario 1 (no kill), failed: 503 / 499 / cut off / other | $(f1 c_before_503) / $(f1 c_before_499) / $(f1 c_before_cut_off) / $(f1 c_before_other) ($(f1 c_other_statuses)) |"
  echo "| responses cut off midway in nginx's error log / found in the access logs (both scenarios) | $(wc -l < "$WORK/cut-off.txt") / $(( $(f cut_matched) + $(f1 cut_matched) )) |"
  echo ""
  echo "Because of the kill, $(( $(f a_failed) + $(f b_inflight_failed) )) requests in flight on node 2 failed ($(f a_failed) not passed on,"
  echo "$(f b_inflight_failed) passed on and failed on node 1), and $(f d_failed) sent to node 2 after the kill failed without being passed"
  echo "on: $(yes_no "$(f d_failed)" 0 "**only requests in flight on the killed node failed**" "**not only requests in flight on the killed node failed**")."
  echo "Besides, $(f b_after_failed) requests sent to node 2 after the kill were passed on and failed on node 1, and"
  echo "$(( $(f c_before) + $(f c_after) )) failures had no part in the kill ($(f c_before) before it, $(f c_after) after)."
  echo ""
  echo "Gatling reports: \`${report1#"$PWD/"}/index.html\`, \`${report4#"$PWD/"}/index.html\`; nginx's logs:"
  echo "\`${WORK#"$PWD/"}/nginx/access-morning-peak.log\`, \`${WORK#"$PWD/"}/nginx/access.log\` (classified by \`bench/two-nodes-failures.awk\`)."
} > "$RUN_DIR/two-nodes.md"
replace_section "$OUT" two-nodes "$RUN_DIR/two-nodes.md"
cat "$RUN_DIR/two-nodes.md"
log "wrote $OUT (two-nodes section)"
