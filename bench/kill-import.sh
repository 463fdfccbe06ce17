#!/usr/bin/env bash
# Crash test: kill -9 in the middle of an import, restart, then exactly N tasks, each once; undo.
# DESIGN §6: kill -9 PMS and its embedded PostgreSQL in the middle of a 1,000,000-row import, start PMS again on
# the same data, and check that the import ends SUCCEEDED with exactly 1,000,000 tasks from it — none missing,
# none twice.   Usage: ./pms bench kill-import [N]   (default 1000000)
# Environment: PORT and DB_PORT (free ones), HEAP (256m), KILL_AT (rows processed before the kill; N/3), KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
n=${1:-1000000}; kill_at=${KILL_AT:-$((n / 3))}
# a short lease, so that the restarted node takes the dead node's job over quickly
export PMS_JOB_LEASE=10s PMS_JOB_HEARTBEAT=2s
api_bench kill
generate "$n"

location=$(api POST "/api/v1/workspaces/$WS/imports" -F "file=@$WORK/tasks-$n.csv" -F "projectId=$PROJECT" -F confirm=true \
  -o /dev/null -w '%header{location}')
import_id=${location##*/}
echo "import $import_id of $n rows queued"
while :; do
  processed=$(api GET "$location" | json rowsProcessed)
  [[ "$processed" -ge "$kill_at" ]] && break
  sleep 0.2
done
postmaster=$(head -1 "$WORK/data/postmaster.pid")
kill -9 "$PMS_PID" "$postmaster"
wait "$PMS_PID" 2>/dev/null || true
echo "killed PMS (pid $PMS_PID) and its PostgreSQL (pid $postmaster) with SIGKILL at $processed rows processed"
sleep 1

start_api_server
echo "restarted; waiting for the import to end"
t0=$(date +%s)
while :; do
  body=$(api GET "$location")
  status=$(json status <<< "$body")
  [[ "$status" == SUCCEEDED || "$status" == FAILED ]] && break
  sleep 0.5
done
read -r tasks distinct < <(java -cp "$PGJDBC" bench/RawCopy.java count "$jdbc" "$import_id")
echo "status $status after $(( $(date +%s) - t0 )) s; tasks from the import: $tasks ($distinct distinct source rows)"
echo "$body"
[[ "$status" == SUCCEEDED && "$tasks" == "$n" && "$distinct" == "$n" ]] || { echo "FAIL" >&2; exit 1; }
echo "PASS: exactly $n tasks, each row once"

# Undo (DESIGN §6): removes exactly the import's tasks; a task made by hand stays
api POST "/api/v1/workspaces/$WS/tasks" -H 'Content-Type: application/json' \
  -d "{\"projectId\":\"$PROJECT\",\"title\":\"Made by hand\"}" >/dev/null
t0=$(date +%s%N)
api DELETE "$location" >/dev/null
while [[ $(api GET "$location" | json status) != UNDONE ]]; do sleep 0.2; done
read -r left _ < <(java -cp "$PGJDBC" bench/RawCopy.java count "$jdbc" "$import_id")
others=$(api GET "/api/v1/workspaces/$WS/tasks/count" | json count)
echo "undo took $(( ($(date +%s%N) - t0) / 1000000 )) ms; tasks of the import left: $left; other tasks: $others"
[[ "$left" == 0 && "$others" == 1 ]] || { echo "FAIL" >&2; exit 1; }
echo "PASS: undo removed exactly the import's tasks"
