#!/usr/bin/env bash
# Pool-size study: scenarios 1 and 4 at pool sizes 10, 20, 50 and 100 on the capacity data.
# Scenario 1 (morning peak) and 4 (worst case) at each pool size (PMS_DB_POOL_SIZE), one node restarted per size on
# the capacity benchmark's seeded data; writes the "pool-size" section of docs/benchmarks.md.
#   ./pms bench pool-size                       500 people, 500 requests/s, 60 s of browsing after the sign-ins
#   BENCH_POOL_SIZES="10 50" BENCH_POOL_USERS=200 BENCH_BROWSE_SECONDS=30 ./pms bench pool-size   shorter
# Environment: BENCH_POOL_UPLOADS (100), BENCH_PORT, BENCH_MANAGEMENT_PORT and BENCH_DB_PORT (free ones).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
take_port APP_PORT "${BENCH_PORT:-}"
take_port MGMT_PORT "${BENCH_MANAGEMENT_PORT:-}"
take_port DB_PORT "${BENCH_DB_PORT:-}"
SIZES=${BENCH_POOL_SIZES:-10 20 50 100}
USERS=${BENCH_POOL_USERS:-500}
BROWSE=${BENCH_BROWSE_SECONDS:-60}
UPLOADS=${BENCH_POOL_UPLOADS:-100}
OUT=${BENCH_OUT:-docs/benchmarks.md}
LOAD=("-Dload.users=$USERS" "-Dload.rps=$USERS" -Dload.signInSeconds=10 "-Dload.browseSeconds=$BROWSE"
      "-Dload.signInsAtOnce=$SIGN_INS_AT_ONCE")
mkdir -p "$RUN_DIR"
need psql postgresql-client
need jstat
build_jar -Pload
seed
fresh_copy "$RUN_DIR/data"
ROWS="$RUN_DIR/pool-rows.md"
: > "$ROWS"

for size in $SIZES; do
  samples="$RUN_DIR/pool-$size.samples"; : > "$samples"
  trap 'stop_sampler "$samples"; stop_pms "pool-$size"' EXIT
  start_pms "pool-$size" "$APP_PORT" "$MGMT_PORT" "${PMS_JAVA_OPTS:--Xmx2g}" PMS_DATA_DIR="$RUN_DIR/data" PMS_DB_PORT="$DB_PORT" PMS_DB_POOL_SIZE="$size"
  pid=$PMS_PID
  start_sampler "$pid" "$MGMT_PORT" "$samples"
  for s in morning-peak worst-case; do
    class=$([[ $s == morning-peak ]] && echo MorningPeakSimulation || echo WorstCaseSimulation)
    before=$(sql "select count(*) from tasks")
    from=$(date +%s)
    report=$(simulate "$class" "pool-$size-$s" "${LOAD[@]}" -Dload.uploads="$UPLOADS")
    to=$(date +%s)
    for _ in $(seq 1 120); do [[ $(sql "select count(*) from imports where status in ('QUEUED','RUNNING')") == 0 ]] && break; sleep 1; done
    after=$(sql "select count(*) from tasks")
    read -r _ _ _ _ rps _ p50 p95 p99 _ max _ <<< "$(gatling_stat "$report" browse)"
    read -r _ _ _ _ _ _ sp50 sp95 _ _ _ _ <<< "$(gatling_stat "$report" "browse while signing in")"
    during="$sp50 / $sp95"
    # the worst case signs its people in beforehand: nobody browses during sign-ins, and its peaks start after them
    if [[ $s == worst-case ]]; then
      during="— (signed in beforehand)"
      signed=$(signed_in_at "pool-$size-$s"); from=${signed:-$from}
    fi
    read -r _ _ _ _ _ _ _ up95 _ _ _ _ <<< "$(gatling_stat "$report" "upload to SUCCEEDED" || true)"
    read -r _ _ allko _ _ _ _ _ _ _ _ _ <<< "$(gatling_stat "$report" ROOT)"
    read -r pg_use _ _ pool_pend _ _ < <(peaks "$samples" "$from" "$to")
    count="—"; [[ $s == worst-case ]] && count="+$((after - before)) ($(( (after - before) / 1000 )) of $UPLOADS uploads made and accepted)"
    echo "| $size | $s | $rps | $p50 / $p95 / $p99 / $max | $during | ${up95:-—} | $allko | $pg_use / $pool_pend | $count |" >> "$ROWS"
    log "pool $size $s: browse p95 $p95 ms, errors $allko, peak pending $pool_pend"
  done
  stop_sampler "$samples"
  stop_pms "pool-$size"
done

{
  echo "## Pool size"
  echo ""
  echo "Measured $(date -u +%F) by \`./pms bench pool-size\` on $(nproc) cores shared with the load generator: scenarios 1 and 4"
  echo "with $USERS people browsing at $USERS requests/s for $BROWSE s after the last sign-in (shorter than the capacity"
  echo "run's 120 s)$( [[ $USERS != 500 ]] && echo "; **fewer people than the target's 500** to fit the study's time"), $UPLOADS uploads of 1,000 rows in scenario 4;"
  echo "one PMS node restarted per size on the same data. Milliseconds; errors count every failed request."
  echo ""
  echo "| pool | scenario | browse req/s (mean over run) | browse after sign-ins p50 / p95 / p99 / max | browse during sign-ins p50 / p95 | upload to SUCCEEDED p95 | errors | peak PG in use / pool pending | tasks added by imports |"
  echo "|---|---|---|---|---|---|---|---|---|"
  cat "$ROWS"
} > "$RUN_DIR/pool-size.md"
replace_section "$OUT" pool-size "$RUN_DIR/pool-size.md"
log "wrote $OUT (pool-size section)"
