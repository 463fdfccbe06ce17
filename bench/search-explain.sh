#!/usr/bin/env bash
# Search plans: EXPLAIN ANALYZE of a prefix search's and a key search's first page, best matches first.
# EXPLAIN ANALYZE of the first page (51 rows) of the task list's search, as the API and the header's search box run
# it (TaskFilterSql and TaskSearch.RANK), on the seeded workspace with the most tasks: a 3-letter prefix of a word
# of the seed's titles, a whole word, two prefixes, and a task key (WEB-12 style). Runs on a copy of the data.
#   ./pms bench search-explain                     copies $(seed_dir) (./pms bench capacity seeds it: 1,000,000 tasks)
#   SEED=/path/to/seeded/data ./pms bench search-explain
# Environment: BENCH_PORT and PMS_DB_PORT (free ones), KEEP=1 keeps the copy, COPY=/tmp/pms-search-explain-... reuses it. Writes target/search-explain.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
RUN_DIR=target
SEED=${SEED:-$(seed_dir)}
[[ -d $SEED ]] || { echo "no seeded data in $SEED: seed it first (./pms seed ...) or name it with SEED=" >&2; exit 2; }
COPY=${COPY:-}   # a copy kept by an earlier run (KEEP=1): its migrations are done, so it starts at once
[[ -n $COPY ]] && KEEP=1 || COPY=$(mktemp -d /tmp/pms-search-explain-XXXXXX)
take_port DB_PORT "${PMS_DB_PORT:-}"
take_port APP_PORT "${BENCH_PORT:-}"
take_port MGMT_PORT
trap 'stop_pms search-server; [[ ${KEEP:-} == 1 ]] || rm -rf "$COPY"' EXIT
need psql postgresql-client
build_jar
if [[ ! -f $COPY/PG_VERSION ]]; then
  log "copying $SEED to $COPY"
  cp -a "$SEED/." "$COPY/"
fi
rm -f "$COPY/postmaster.pid"
# the first start migrates the copy (task numbers for every seeded task) before it answers: minutes on a busy machine
START_WITHIN=${START_WITHIN:-1200} start_pms search-server "$APP_PORT" "$MGMT_PORT" "${PMS_JAVA_OPTS:-}" PMS_DATA_DIR="$COPY" PMS_DB_PORT="$DB_PORT"
sql "vacuum analyze tasks" >/dev/null

read -r ws total < <(sql "select workspace_id, count(*) from tasks group by workspace_id order by 2 desc limit 1")
# a title's first word, and another word of 5 letters or more from it
read -r verb word < <(sql "select lower(split_part(t.title, ' ', 1)), w from tasks t,
    regexp_split_to_table(lower(t.title), '[^a-z]+') w where t.workspace_id = '$ws' and length(w) >= 5
    and w <> lower(split_part(t.title, ' ', 1)) limit 1")
read -r key < <(sql "select p.key || '-' || t.number from tasks t join projects p on p.id = t.project_id
    where t.workspace_id = '$ws' order by t.number desc limit 1")
echo "workspace $ws: $total tasks; word '$word', key $key; $(sql "select count(*) from tasks") tasks in all"

columns="t.id, t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, t.due_date, t.position,
  t.import_id, t.created_by, t.created_at, t.updated_by, t.updated_at, t.version, t.number,
  (select p.key from projects p where p.id = t.project_id) || '-' || t.number as key"
rank="cast((case when (t.project_id, t.number) = (select p.id, cast(\$3 as integer) from projects p
              where p.workspace_id = t.workspace_id and p.key = cast(\$2 as text)) then 2 else 0 end)
       + (case when to_tsvector('simple', left(t.title, 500)) @@ to_tsquery('simple', \$1) then 1 else 0 end)
       + ts_rank(t.search, to_tsquery('simple', \$1)) as double precision)"
filter="t.workspace_id = '$ws' and (t.search @@ to_tsquery('simple', \$1)
   or (t.project_id, t.number) = (select p.id, cast(\$3 as integer) from projects p
                                  where p.workspace_id = '$ws' and p.key = cast(\$2 as text))
   or t.id = any(array(select c.task_id from comments c
                       where c.workspace_id = '$ws' and c.search @@ to_tsquery('simple', \$1))))"
page="select $columns, ($rank)::text as sort_key from tasks t where $filter order by $rank desc, t.id desc limit 51"

# explain LABEL TSQUERY KEY_PROJECT KEY_NUMBER: the page's plan with the values bound as the application binds them
explain() {
  local args="'$2', $3, $4"
  echo "== $1: to_tsquery('simple', '$2'), key ${3//\'/}-${4//\'/}"
  psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -X -q -t -A <<SQL
prepare page(text, text, integer) as $page;
explain (analyze, buffers, timing) execute page($args);
SQL
}
prefix=${word:0:3}
for run in 1 2 3; do
  explain "prefix '$prefix' (run $run)" "$prefix:*" null null
  explain "word '$word' (run $run)" "$word:*" null null
  explain "two prefixes '${verb:0:3} ${word:0:4}' (run $run)" "${verb:0:3}:* & ${word:0:4}:*" null null
  explain "key $key (run $run)" "$(echo "${key%-*}" | tr 'A-Z' 'a-z'):* & ${key#*-}:*" "'${key%-*}'" "${key#*-}"
done | tee target/search-explain.txt | grep -E "^==|Execution Time|Planning Time|Limit  \(cost"
