#!/usr/bin/env bash
# EXPLAIN ANALYZE of the task list's first page and of a page 10,000 rows deep (keyset), filtered by
# project and status and sorted by position, on the workspace with the most tasks.
#   ./pms bench task-list-explain            uses ./data (seed it first: ./pms seed --workspaces 1 --tasks 1000000)
#   PMS_DATA_DIR=/tmp/x ./pms bench task-list-explain
set -euo pipefail
cd "$(dirname "$0")/.."
DB_PORT=${PMS_DB_PORT:-54329}
APP_PORT=${BENCH_PORT:-18080}
command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
[[ -f target/pms.jar ]] || ./mvnw -q -B -DskipTests package

PMS_DB_PORT=$DB_PORT PORT=$APP_PORT java -jar target/pms.jar > target/explain-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "localhost:$APP_PORT/api/health" >/dev/null && break; sleep 1; done

export PGPASSWORD=postgres
sql() { psql -h localhost -p "$DB_PORT" -U postgres -d postgres -X -q -t -A -c "$1"; }
read -r ws project total < <(sql "select t.workspace_id, t.project_id, count(*) over (partition by t.workspace_id)
    from tasks t group by t.workspace_id, t.project_id order by 3 desc, count(*) desc limit 1" | tr '|' ' ')
column=$(sql "select count(*) from tasks where workspace_id = '$ws' and project_id = '$project' and status = 'TODO'")
echo "workspace $ws: $total tasks; project $project, TODO column: $column tasks"

columns="t.id, t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, t.due_date, t.position,
  t.import_id, t.created_by, t.created_at, t.updated_by, t.updated_at, t.version, (t.position)::text as sort_key"
filter="t.workspace_id = '$ws' and t.project_id = '$project' and t.status = 'TODO'"
# the cursor a client holds after 10,000 rows (found here with OFFSET only to build it; the page itself is keyset)
read -r key id < <(sql "select position, id from tasks t where $filter order by position, id offset 9999 limit 1" | tr '|' ' ')

sql "select 1 from tasks t where $filter order by t.position, t.id limit 51" >/dev/null  # warm the cache
for run in 1 2 3; do
  echo "== first page (run $run)"
  sql "explain (analyze, buffers, timing) select $columns from tasks t where $filter order by t.position, t.id limit 51"
  echo "== page after 10,000 rows (run $run)"
  sql "explain (analyze, buffers, timing) select $columns from tasks t where $filter
       and (t.position, t.id) > (cast('$key' as double precision), cast('$id' as uuid)) order by t.position, t.id limit 51"
done | tee target/task-list-explain.txt | grep -E "^==|Index|Execution Time|Planning Time" 
