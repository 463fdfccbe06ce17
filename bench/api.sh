#!/usr/bin/env bash
# API throughput: PMS's JSON API (wrk) against pgbench running the same SQL, turn by turn, on one database.
# For five requests — the task list of a project (status TODO, 50 a page), My Tasks, the board of a 500-task
# project, one task by id and a task create — it runs wrk (16 connections, token auth, rate limits off) against
# PMS, then pgbench (16 clients, prepared statements) with the statements PMS sends for that request, TURNS times
# each, and reports requests/s, p50 and p99 of PMS, pgbench's transactions/s and the ratio, as medians of the
# turns; it stops first if a read's pgbench statement is not one that PMS sent in the warm-up (check_statements).
# Then a fixed-rate run of the task list (RATE requests/s for FIXED_SECONDS, bench/PacedLoad.java, latency counted
# from when each request was due) reports its p50/p99. The results go to docs/benchmarks.md (section "api").
#   ./pms bench api                        (TURNS=3 TURN_SECONDS=10 RATE=500 FIXED_SECONDS=30)
#   LABEL=before ./pms bench api           the label of the run in docs/benchmarks.md (default: after)
#   PROFILE=1 ./pms bench api              also a JFR recording of the task list's turns (RUN_DIR/api-list.jfr)
#   BENCH_JAR_UNDER_TEST=target/pms-before.jar BENCH_COMMIT=fa9edb8 LABEL=before ./pms bench api
#                                          measures a jar built earlier (BENCH_COMMIT: its commit, for the heading)
# Data: the capacity benchmark's seed (1,000 people, 20 workspaces, 5 projects each, 1,000,000 tasks) under .bench/,
# copied once to .bench/api-data with a 500-task board project, a project for the creates and an API token.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
TURNS=${TURNS:-3}
SECONDS_PER_TURN=${TURN_SECONDS:-10}
RATE=${RATE:-500}
FIXED_SECONDS=${FIXED_SECONDS:-30}
LABEL=${LABEL:-after}
CONNECTIONS=16
RUN_DIR=target/bench-api
OUT=${BENCH_OUT:-docs/benchmarks.md}
DATA=$BENCH_HOME/api-data
mkdir -p "$RUN_DIR"
need wrk wrk
need psql postgresql-client
need pgbench postgresql-client
take_port APP_PORT "${PORT:-}"
take_port MGMT_PORT
take_port DB_PORT "${PMS_DB_PORT:-}"
if [[ -z ${BENCH_JAR_UNDER_TEST:-} ]]; then # a jar built earlier, e.g. of the tree before a change
  build_jar
  BENCH_JAR_UNDER_TEST=target/pms.jar
fi
cp "$BENCH_JAR_UNDER_TEST" target/bench-api.jar # its own name: tools that stop "pms.jar" elsewhere leave it alone
BENCH_JAR=target/bench-api.jar
if [[ ! -f $DATA.done ]]; then # the seed is needed only to make the copy (a later run may find it removed)
  seed
  log "copying the seed to $DATA"
  fresh_copy "$DATA"
fi
trap 'stop_pms api' EXIT
start_pms api "$APP_PORT" "$MGMT_PORT" "${PMS_JAVA_OPTS:--Xmx1g}" PMS_DATA_DIR="$DATA" PMS_DB_PORT="$DB_PORT"
PID=$PMS_PID

# new_project NAME KEY: a project of the first workspace with its key, its five states and its task counter, as
# PMS creates one; prints its id
new_project() {
  local id
  id=$(sql "insert into projects (id, workspace_id, name, key) values (gen_random_uuid(), '$ws', '$1', '$2') returning id" | head -1)
  sql "insert into project_states (workspace_id, project_id, id, name, category, position)
       select '$ws', '$id', gen_random_uuid(), c.name, c.category, c.position
       from (values ('BACKLOG', 'Backlog', 1), ('TODO', 'To do', 2), ('IN_PROGRESS', 'In progress', 3),
                    ('IN_REVIEW', 'In review', 4), ('DONE', 'Done', 5)) as c (category, name, position);
       insert into task_numbers (workspace_id, project_id, last_number) values ('$ws', '$id', 0)" >/dev/null
  echo "$id"
}

# the first workspace's owner, a project of its seeded tasks, a board of 500 and a project for the creates
if [[ ! -f $DATA.done ]]; then
  read -r ws owner < <(sql "select workspace_id, user_id from members where role = 'OWNER' order by workspace_id, user_id limit 1")
  secret="pms_$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  sql "insert into api_tokens (id, user_id, name, token_hash) values (gen_random_uuid(), '$owner', 'api bench', sha256('$secret'::bytea))" >/dev/null
  board=$(new_project 'Board of 500' BENCHBOARD)
  sql "insert into tasks (id, workspace_id, project_id, title, description, status, priority, assignee_id, due_date, position, created_by, number)
       select gen_random_uuid(), '$ws', '$board', 'Board task ' || n, 'Generated for the API benchmark',
              (array['BACKLOG','TODO','IN_PROGRESS','IN_REVIEW','DONE'])[1 + n % 5], (array['NONE','LOW','MEDIUM','HIGH','URGENT'])[1 + n % 5],
              case when n % 3 = 0 then null else '$owner'::uuid end, current_date + (n % 40 - 10), n * 1024, '$owner', n
       from generate_series(1, 500) n" >/dev/null
  sql "update task_numbers set last_number = 500 where project_id = '$board'" >/dev/null
  creates=$(new_project 'API creates' BENCHNEW)
  project=$(sql "select project_id from tasks where workspace_id = '$ws' and project_id not in ('$board', '$creates')
                 group by project_id order by count(*) desc, project_id limit 1")
  task=$(sql "select id from tasks where workspace_id = '$ws' and project_id = '$project' order by id limit 1")
  sql "vacuum analyze" >/dev/null
  printf 'ws=%s\nowner=%s\nsecret=%s\nboard=%s\ncreates=%s\nproject=%s\ntask=%s\n' \
    "$ws" "$owner" "$secret" "$board" "$creates" "$project" "$task" > "$DATA.env"
  touch "$DATA.done"
fi
# shellcheck disable=SC1090 # written above
source "$DATA.env"
sql "delete from tasks where project_id = '$creates'" >/dev/null # the creates of the last run
api_url="http://127.0.0.1:$APP_PORT/api/v1/workspaces/$ws"
log "workspace $ws: project $project with $(sql "select count(*) from tasks where project_id = '$project'") tasks"

# --- the requests and the statements PMS sends for each (check_statements holds them to what PMS sent) -----------
# TaskRepository.COLUMNS, as one task is read: its own columns, key, labels, state, parent, subtask counts and whether
# it is blocked (each read only where the task's parent or flags say there is one); a page (TaskRepository.page) chooses its rows first, reads the rest for those only, and its states
# through joins
OWN_COLUMNS="t.id, t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, t.due_date, t.position,
 t.import_id, t.created_by, t.created_at, t.updated_by, t.updated_at, t.version, t.number"
PAGE_COLUMNS="$OWN_COLUMNS, t.workspace_id, t.state_id, t.parent_id, t.has_subtasks, t.has_blockers"
KEY_AND_LABELS="(select p.key from projects p where p.id = t.project_id) || '-' || t.number as key,
 array(select l.name from task_labels tl join labels l on l.id = tl.label_id where tl.task_id = t.id order by lower(l.name)) as labels"
RELATIONS="t.parent_id,
 case when t.parent_id is not null then (select p.key || '-' || pt.number from tasks pt
 join projects p on p.id = pt.project_id where pt.id = t.parent_id) end as parent_key,
 case when t.has_subtasks then (select count(*) filter (where s.status = 'DONE') from tasks s
 where s.parent_id = t.id)::int else 0 end as subtasks_done,
 case when t.has_subtasks then (select count(*) from tasks s where s.parent_id = t.id)::int else 0 end as subtasks_total,
 case when t.has_blockers then exists (select 1 from task_links l join tasks b on b.id = l.from_task
 where l.to_task = t.id and l.kind = 'BLOCKS' and b.status <> 'DONE') else false end as blocked"
STATE="from project_states s where s.workspace_id = t.workspace_id and s.project_id = t.project_id and s.category = t.status
 and (t.state_id is null or s.id = t.state_id) order by s.position, s.id limit 1"
COLUMNS="$OWN_COLUMNS, $KEY_AND_LABELS, (select s.id $STATE) as state_id, (select s.name $STATE) as state_name, $RELATIONS"
list_sql() { # [conditions] [sort key] [limit]: values bound as PMS binds them, so that PostgreSQL plans the same
  echo "with page as (select $PAGE_COLUMNS, $2 as sort_value from tasks t where t.workspace_id = :ws and $1 order by $2, t.id limit :$3),
 first_states as (select distinct on (project_id, category) project_id, category, id, name from project_states
 where workspace_id = :ws and project_id in (select project_id from page) order by project_id, category, position, id)
 select $OWN_COLUMNS, $KEY_AND_LABELS, coalesce(ps.id, fs.id) as state_id, coalesce(ps.name, fs.name) as state_name,
 $RELATIONS, t.sort_value::text as sort_key
 from page t left join project_states ps on ps.id = t.state_id and ps.category = t.status
 left join first_states fs on t.state_id is null and fs.project_id = t.project_id and fs.category = t.status
 order by t.sort_value, t.id;"
}
mkdir -p "$RUN_DIR/sql"
list_sql "t.project_id = :project and t.status = :todo" t.position page > "$RUN_DIR/sql/list.sql"
list_sql "t.status = any(cast(:open as text[])) and t.assignee_id = :owner" "coalesce(t.due_date, 'infinity'::date)" page > "$RUN_DIR/sql/mine.sql"
{
  echo "select id, name, key, description, archived, created_at, updated_at from projects where workspace_id = :ws and id = :board;"
  for s in BACKLOG TODO IN_PROGRESS IN_REVIEW DONE; do list_sql "t.project_id = :board and t.status = :$s" t.position column; done
} > "$RUN_DIR/sql/board.sql"
echo "select $COLUMNS from tasks t where t.workspace_id = :ws and t.id = :task;" > "$RUN_DIR/sql/task.sql"
cat > "$RUN_DIR/sql/create.sql" <<EOF
begin;
select id, name, key, description, archived, created_at, updated_at from projects where workspace_id = :ws and id = :creates;
select max(position) from tasks where workspace_id = :ws and project_id = :creates and status = :todo;
with n as (insert into task_numbers as c (workspace_id, project_id, last_number) values (:ws, :creates, 1)
  on conflict (project_id) do update set last_number = c.last_number + 1 where c.workspace_id = :ws returning c.last_number)
insert into tasks as t (id, workspace_id, project_id, title, description, status, priority, assignee_id, due_date,
  position, created_by, updated_by, number) select gen_random_uuid(), :ws, :creates, :title, '', :todo,
  :none, null, null, 1024, :owner, :owner, n.last_number from n returning $COLUMNS;
commit;
EOF
cat > "$RUN_DIR/create.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"projectId":"$creates","title":"Created by the benchmark"}'
EOF
declare -A URL=(
  [list]="$api_url/tasks?project=$project&status=TODO&limit=50"
  [mine]="$api_url/my-tasks"
  [board]="$api_url/projects/$board/board"
  [task]="$api_url/tasks/$task"
  [create]="$api_url/tasks"
)
NAMES=(list mine board task create)
declare -A TITLE=([list]="task list (project, TODO, 50)" [mine]="My Tasks" [board]="board of 500 tasks"
  [task]="one task by id" [create]="task create")

# run_wrk NAME: "rps p50_ms p99_ms" of one turn; fails on any answer but 2xx
run_wrk() {
  local script=() out
  [[ $1 != create ]] || script=(-s "$RUN_DIR/create.lua")
  out=$(wrk -t2 -c$CONNECTIONS -d"${SECONDS_PER_TURN}s" --latency "${script[@]}" -H "Authorization: Bearer $secret" "${URL[$1]}")
  echo "$out" > "$RUN_DIR/wrk-$1.txt"
  if grep -q 'Non-2xx' <<<"$out"; then echo "$out" >&2; echo "$1: PMS answered errors" >&2; return 1; fi
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
       $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
       END { printf "%.0f %.1f %.1f\n", rps, p50, p99 }' <<<"$out"
}

# run_pgbench NAME: transactions/s of one turn of the request's statements
run_pgbench() {
  pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U postgres -c $CONNECTIONS -j 2 -T "$SECONDS_PER_TURN" -M prepared \
    -D ws="$ws" -D project="$project" -D owner="$owner" -D board="$board" -D task="$task" -D creates="$creates" \
    -D page=51 -D column=201 -D todo=TODO -D open='{BACKLOG,TODO,IN_PROGRESS,IN_REVIEW}' -D title='Created by the benchmark' \
    -D none=NONE -D BACKLOG=BACKLOG -D TODO=TODO -D IN_PROGRESS=IN_PROGRESS -D IN_REVIEW=IN_REVIEW -D DONE=DONE \
    -f "$RUN_DIR/sql/$1.sql" postgres 2>&1 | tee "$RUN_DIR/pgbench-$1.txt" | awk '/^tps/ {printf "%.0f\n", $3}'
}

# normalise: statements one a line, compared as pg_stat_statements keeps them: every parameter ($1, :name) and constant
# ('-') as ?, no whitespace but single spaces, none around parentheses, commas and semicolons
# (pg_stat_statements shows every constant as $1, $2..., the numbers and booleans written in PMS's SQL too)
normalise() { sed -E -e "s/'[^']*'/?/g" -e 's/\$[0-9]+|:[A-Za-z_]+/?/g; s/\b([0-9]+|true|false)\b/?/g; s/[[:space:]]+/ /g; s/ ?([(),;]) ?/\1/g; s/^ +| +$//g'; }

# check_statements: fails, naming it, on a statement of a read's pgbench script that PMS did not send in the warm-up
# (pg_stat_statements, emptied before it), so that the scripts cannot drift from TaskRepository and ProjectRepository
check_statements() {
  local sent name statement missing=0
  sent=$(sql "select regexp_replace(query, '\s+', ' ', 'g') from pg_stat_statements" | normalise)
  for name in list mine board task; do
    while IFS= read -r statement; do
      [[ -z $statement ]] || grep -qxF -- "$statement" <<<"$sent" || { log "$name: PMS sent no statement $statement"; missing=1; }
    done < <(tr '\n' ' ' < "$RUN_DIR/sql/$name.sql" | tr ';' '\n' | normalise)
  done
  [[ $missing == 0 ]] || { echo "$sent" > "$RUN_DIR/statements-sent.txt"; log "what PMS sent: $RUN_DIR/statements-sent.txt"; }
  return $missing
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

sql "select pg_stat_statements_reset()" >/dev/null
log "warming up (load average $(cut -d' ' -f1-3 /proc/loadavg))"
for name in "${NAMES[@]}"; do # long enough for the JIT: a 5 s warm-up left the first turns 2x slower
  SECONDS_PER_TURN=${WARM_SECONDS:-10} run_wrk "$name" >/dev/null
done
check_statements || { echo "bench/api.sh's pgbench statements are not PMS's: bring them up to date" >&2; exit 1; }
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
: > "$RUN_DIR/turns.txt"
for name in "${NAMES[@]}"; do
  [[ -z ${PROFILE:-} || $name != list ]] ||
    jcmd "$PID" JFR.start name=api-list settings=profile filename="$PWD/$RUN_DIR/api-list.jfr" >/dev/null
  for turn in $(seq 1 "$TURNS"); do
    read -r rps p50 p99 < <(run_wrk "$name")
    tps=$(run_pgbench "$name")
    [[ -n $tps ]] || { cat "$RUN_DIR/pgbench-$name.txt" >&2; exit 1; }
    echo "$name $turn $rps $p50 $p99 $tps" >> "$RUN_DIR/turns.txt"
    log "$name turn $turn: PMS $rps/s (p50 $p50 ms, p99 $p99 ms), pgbench $tps/s"
  done
  [[ -z ${PROFILE:-} || $name != list ]] || jcmd "$PID" JFR.stop name=api-list >/dev/null
done
sql "delete from tasks where project_id = '$creates'" >/dev/null

log "fixed rate: $RATE requests/s of the task list for $FIXED_SECONDS s"
java bench/PacedLoad.java "${URL[list]}" "$secret" "$RATE" "$FIXED_SECONDS" "$CONNECTIONS" > "$RUN_DIR/fixed.txt"
cat "$RUN_DIR/fixed.txt" >&2
read -r FIXED_SENT FIXED_OK FIXED_P50 FIXED_P99 FIXED_MAX < <(tail -1 "$RUN_DIR/fixed.txt")
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

{
  echo "### $LABEL ($(date -u +%F\ %H:%M) UTC, commit ${BENCH_COMMIT:-$(git rev-parse --short HEAD)}, load average $LOAD_BEFORE → $LOAD_AFTER)"
  echo
  echo "| request | PMS requests/s | p50 | p99 | pgbench tx/s | PMS / pgbench |"
  echo "|---|---|---|---|---|---|"
  for name in "${NAMES[@]}"; do
    rps=$(awk -v n="$name" '$1 == n {print $3}' "$RUN_DIR/turns.txt" | median)
    p50=$(awk -v n="$name" '$1 == n {print $4}' "$RUN_DIR/turns.txt" | median)
    p99=$(awk -v n="$name" '$1 == n {print $5}' "$RUN_DIR/turns.txt" | median)
    tps=$(awk -v n="$name" '$1 == n {print $6}' "$RUN_DIR/turns.txt" | median)
    ratio=$(awk -v n="$name" '$1 == n {print 100 * $3 / $6}' "$RUN_DIR/turns.txt" | median)
    printf '| %s | %s | %s ms | %s ms | %s | %.0f %% |\n' "${TITLE[$name]}" "$rps" "$p50" "$p99" "$tps" "$ratio"
  done
  echo
  echo "Fixed rate, task list: $FIXED_OK of $FIXED_SENT requests answered 200 at $RATE/s for $FIXED_SECONDS s;"
  echo "p50 $FIXED_P50 ms, p99 $FIXED_P99 ms, max $FIXED_MAX ms (from when each request was due)."
} > "$RUN_DIR/api-$LABEL.md"
cat "$RUN_DIR/api-$LABEL.md"
replace_section "$OUT" "api-$LABEL" "$RUN_DIR/api-$LABEL.md"
log "wrote $OUT (section api-$LABEL); per-turn figures in $RUN_DIR/turns.txt"
