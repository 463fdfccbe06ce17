#!/usr/bin/env bash
# Task list plans: EXPLAIN ANALYZE of its first page and of a page 10,000 rows deep.
# EXPLAIN ANALYZE of the task list's first page and of a page 10,000 rows deep (keyset), filtered by
# project and status and sorted by position, on the workspace with the most tasks.
#   ./pms bench task-list-explain            uses ./data (seed it first: ./pms seed --workspaces 1 --tasks 1000000)
#   PMS_DATA_DIR=/tmp/x ./pms bench task-list-explain
# Environment: BENCH_PORT and PMS_DB_PORT (free ones). Writes target/task-list-explain.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
RUN_DIR=target
take_port DB_PORT "${PMS_DB_PORT:-}"
take_port APP_PORT "${BENCH_PORT:-}"
take_port MGMT_PORT
trap 'stop_pms explain-server' EXIT
need psql postgresql-client
build_jar
start_pms explain-server "$APP_PORT" "$MGMT_PORT" "${PMS_JAVA_OPTS:-}" PMS_DB_PORT="$DB_PORT"

read -r ws project total < <(sql "select t.workspace_id, t.project_id, count(*) over (partition by t.workspace_id)
    from tasks t group by t.workspace_id, t.project_id order by 3 desc, count(*) desc limit 1")
column=$(sql "select count(*) from tasks where workspace_id = '$ws' and project_id = '$project' and status = 'TODO'")
echo "workspace $ws: $total tasks; project $project, TODO column: $column tasks"

columns="t.id, t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, t.due_date, t.position,
  t.import_id, t.created_by, t.created_at, t.updated_by, t.updated_at, t.version, (t.position)::text as sort_key"
filter="t.workspace_id = '$ws' and t.project_id = '$project' and t.status = 'TODO'"
# the cursor a client holds after 10,000 rows (found here with OFFSET only to build it; the page itself is keyset)
read -r key id < <(sql "select position, id from tasks t where $filter order by position, id offset 9999 limit 1")

sql "select 1 from tasks t where $filter order by t.position, t.id limit 51" >/dev/null  # warm the cache
for run in 1 2 3; do
  echo "== first page (run $run)"
  sql "explain (analyze, buffers, timing) select $columns from tasks t where $filter order by t.position, t.id limit 51"
  echo "== page after 10,000 rows (run $run)"
  sql "explain (analyze, buffers, timing) select $columns from tasks t where $filter
       and (t.position, t.id) > (cast('$key' as double precision), cast('$id' as uuid)) order by t.position, t.id limit 51"
done | tee target/task-list-explain.txt | grep -E "^==|Index|Execution Time|Planning Time"
