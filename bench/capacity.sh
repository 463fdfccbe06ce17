#!/usr/bin/env bash
# Capacity benchmark: the four Gatling load scenarios on 1,000 people and 1,000,000 tasks.
# Seeds 1,000 people, 20 workspaces and 1,000,000 tasks (once; later runs reuse a copy), starts PMS, runs the
# four scenarios of src/load/java (morning peak, upload storm, end of day, worst case), samples PostgreSQL
# connections, the pool, heap and RSS every second and writes docs/benchmarks.md.
#   ./pms bench capacity            full length, about 15 minutes on 2 cores (25 with the first seed)
#   ./pms bench capacity --smoke    seconds-long scenarios on 20,000 tasks; writes target/bench/benchmarks.md
# Environment: PMS_DB_POOL_SIZE (10), BENCH_BROWSE_SECONDS (120), BENCH_SIGN_INS_AT_ONCE (4), PMS_JAVA_OPTS (-Xmx2g),
# BENCH_PORT, BENCH_MANAGEMENT_PORT and BENCH_DB_PORT (free ones).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
smoke_mode "${1:-}"
if ((SMOKE)); then
  USERS=50 RPS=50 SIGN_IN_SECONDS=5 BROWSE=${BENCH_BROWSE_SECONDS:-10}
  UPLOADS_STORM=5 UPLOADS_WORST=10 EXPORTS=10
else
  USERS=500 RPS=500 SIGN_IN_SECONDS=10 BROWSE=${BENCH_BROWSE_SECONDS:-120}
  UPLOADS_STORM=50 UPLOADS_WORST=100 EXPORTS=100
fi
LOAD=("-Dload.users=$USERS" "-Dload.rps=$RPS" "-Dload.signInSeconds=$SIGN_IN_SECONDS" "-Dload.browseSeconds=$BROWSE"
      "-Dload.signInsAtOnce=$SIGN_INS_AT_ONCE")
take_port APP_PORT "${BENCH_PORT:-}"
take_port MGMT_PORT "${BENCH_MANAGEMENT_PORT:-}"
take_port DB_PORT "${BENCH_DB_PORT:-}"
POOL=${PMS_DB_POOL_SIZE:-10}
ROWS=1000
mkdir -p "$RUN_DIR"
: > "$RUN_DIR/runs.txt"
SAMPLES=$RUN_DIR/samples.txt
: > "$SAMPLES"

need psql postgresql-client
need jstat
build_jar -Pload
seed
started=$SECONDS
fresh_copy "$RUN_DIR/data"
trap 'stop_sampler "$SAMPLES"; stop_pms capacity' EXIT
start_pms capacity "$APP_PORT" "$MGMT_PORT" "${PMS_JAVA_OPTS:--Xmx2g}" PMS_DATA_DIR="$RUN_DIR/data" PMS_DB_PORT="$DB_PORT" PMS_DB_POOL_SIZE="$POOL"
PID=$PMS_PID
start_sampler "$PID" "$MGMT_PORT" "$SAMPLES"
SEEDED=$(sql "select count(*) from tasks")
log "PMS holds $SEEDED tasks; pool size $POOL"

# scenario LABEL CLASS [-Dload.x=y...]: one simulation under its own JFR recording; runs.txt gets its window, its
# report, when everyone had signed in and how long that took. All but the morning peak sign their people in
# beforehand, which is not what they measure: their recordings start once everyone has signed in.
scenario() {
  local label=$1 class=$2; shift 2
  log "scenario $label"
  local from; from=$(date +%s)
  rm -f "$RUN_DIR/$label.jfr" "$RUN_DIR/$label.signed-in" "$RUN_DIR/$label.report"
  simulate "$class" "$label" "$@" > "$RUN_DIR/$label.report" &
  local sim=$!
  if [[ $label != morning-peak ]]; then # the others sign in beforehand: profile what follows
    while kill -0 "$sim" 2>/dev/null && [[ ! -s $RUN_DIR/$label.signed-in ]]; do sleep 0.5; done
  fi
  jcmd "$PID" JFR.start name="$label" settings=profile filename="$PWD/$RUN_DIR/$label.jfr" >/dev/null || true
  wait "$sim" || { log "scenario $label: no Gatling report"; exit 1; }
  jcmd "$PID" JFR.stop name="$label" >/dev/null || true
  local report; report=$(cat "$RUN_DIR/$label.report")
  echo "$label $from $(date +%s) $report $(signed_in_at "$label" | grep . || echo -) $(sign_ins_took "$label")" >> "$RUN_DIR/runs.txt"
  log "scenario $label done: $report"
}

# imports created since FROM, once none is queued or running: "succeeded total p50 p95 max" (seconds, server side)
imports_since() {
  for _ in $(seq 1 300); do
    [[ $(sql "select count(*) from imports where status in ('QUEUED', 'RUNNING')") == 0 ]] && break
    sleep 1
  done
  sql "select count(*) filter (where status = 'SUCCEEDED'), count(*),
          round(percentile_cont(0.5) within group (order by extract(epoch from finished_at - created_at))::numeric, 2),
          round(percentile_cont(0.95) within group (order by extract(epoch from finished_at - created_at))::numeric, 2),
          round(max(extract(epoch from finished_at - created_at))::numeric, 2)
        from imports where created_at >= to_timestamp($1)"
}

scenario morning-peak MorningPeakSimulation "${LOAD[@]}"
scenario upload-storm UploadStormSimulation -Dload.uploads=$UPLOADS_STORM -Dload.uploadRows=$ROWS
read -r STORM_OK STORM_ALL STORM_P50 STORM_P95 STORM_MAX < <(imports_since "$(awk '$1 == "upload-storm" {print $2}' "$RUN_DIR/runs.txt")")
scenario end-of-day EndOfDaySimulation -Dload.exports=$EXPORTS "${LOAD[@]}"
BEFORE_WORST=$(sql "select count(*) from tasks")
scenario worst-case WorstCaseSimulation "${LOAD[@]}" -Dload.uploads=$UPLOADS_WORST -Dload.uploadRows=$ROWS
read -r WORST_OK WORST_ALL WORST_P50 WORST_P95 WORST_MAX < <(imports_since "$(awk '$1 == "worst-case" {print $2}' "$RUN_DIR/runs.txt")")
AFTER=$(sql "select count(*) from tasks")
IMPORTED=$(sql "select coalesce(sum(rows_inserted), 0) from imports where status = 'SUCCEEDED'")
EXPECTED=$((SEEDED + (UPLOADS_STORM + UPLOADS_WORST) * ROWS))
stop_sampler "$SAMPLES"
TOTAL_SECONDS=$((SECONDS - started))
log "tasks: seeded $SEEDED, before worst case $BEFORE_WORST, after $AFTER, imported $IMPORTED, expected $EXPECTED"

export SEEDED AFTER IMPORTED EXPECTED BEFORE_WORST STORM_OK STORM_ALL STORM_P50 STORM_P95 STORM_MAX
export WORST_OK WORST_ALL WORST_P50 WORST_P95 WORST_MAX POOL TOTAL_SECONDS SMOKE UPLOADS_STORM UPLOADS_WORST EXPORTS ROWS
export USERS RPS BROWSE SIGN_INS_AT_ONCE
bash bench/capacity-report.sh "$RUN_DIR" > "$RUN_DIR/capacity.md"
replace_section "$OUT" capacity "$RUN_DIR/capacity.md"
log "wrote $OUT (capacity section); Gatling reports under target/gatling; run files in $RUN_DIR"
