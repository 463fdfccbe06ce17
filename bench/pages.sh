#!/usr/bin/env bash
# Pages benchmark: server time of the board of 500 tasks and the task table on 1,000,000 tasks.
# Server time of the heaviest pages: a project board of 500 tasks, and the first page of the task table
# in a workspace of 1,000,000 tasks (plus the parts loaded after the page, the home page and the API calls).
# Seeds a fresh database with the seed command, adds a 500-task project with SQL, starts PMS, signs in
# through the sign-in form, warms up, then reports the median and p90 of RUNS requests per page.
#   ./pms bench pages                 (TASKS=1000000 RUNS=30 by default)
#   TASKS=200000 RUNS=50 ./pms bench pages
# Environment: BENCH_DATA (target/bench-pages-data, kept for the next run), BENCH_PORT and PMS_DB_PORT (free ones).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
TASKS=${TASKS:-1000000}
RUNS=${RUNS:-30}
DATA=${BENCH_DATA:-target/bench-pages-data}
RUN_DIR=target
take_port DB_PORT "${PMS_DB_PORT:-}"
take_port APP_PORT "${BENCH_PORT:-}"
take_port MGMT_PORT
tmp=$(mktemp -d)
trap 'stop_pms bench-pages-server; rm -rf "$tmp"' EXIT
need psql postgresql-client
build_jar
# a copy under its own name, so that tools stopping "pms.jar" elsewhere on the machine leave the benchmark alone
cp target/pms.jar target/bench-pages.jar
BENCH_JAR=target/bench-pages.jar

if [[ ! -f "$DATA/.seeded-$TASKS" ]]; then
  rm -rf "$DATA"
  echo "seeding $TASKS tasks into one workspace..."
  PMS_DATA_DIR=$DATA PMS_DB_PORT=$DB_PORT java -jar "$BENCH_JAR" seed --users 200 --workspaces 1 --projects 10 --tasks "$TASKS" \
    > target/bench-pages-seed.log 2>&1 || { tail -20 target/bench-pages-seed.log >&2; exit 1; }
  touch "$DATA/.seeded-$TASKS"
fi

start_pms bench-pages-server "$APP_PORT" "$MGMT_PORT" "${PMS_JAVA_OPTS:-}" PMS_DATA_DIR="$DATA" PMS_DB_PORT="$DB_PORT"

read -r ws owner email < <(sql "select m.workspace_id, m.user_id, u.email from members m join users u on u.id = m.user_id
    where m.role = 'OWNER' order by m.joined_at limit 1")
board=$(sql "select id from projects where workspace_id = '$ws' and name = 'Board of 500'")
if [[ -z $board ]]; then
  board=$(sql "insert into projects (id, workspace_id, name, key) values (gen_random_uuid(), '$ws', 'Board of 500', 'BOARDFIVE') returning id" | head -1)
  sql "insert into task_numbers (workspace_id, project_id, last_number) values ('$ws', '$board', 500)" >/dev/null
  sql "insert into tasks (id, workspace_id, project_id, title, description, status, priority, assignee_id, due_date, position, created_by, number)
       select gen_random_uuid(), '$ws', '$board', 'Board task ' || n, 'Generated for the board benchmark',
              (array['BACKLOG','TODO','IN_PROGRESS','IN_REVIEW','DONE'])[1 + n % 5], (array['NONE','LOW','MEDIUM','HIGH','URGENT'])[1 + n % 5],
              case when n % 3 = 0 then null else '$owner'::uuid end, current_date + (n % 40 - 10), n * 1024, '$owner', n
       from generate_series(1, 500) n" >/dev/null
  sql "vacuum analyze tasks" >/dev/null
fi
echo "workspace $ws: $(sql "select count(*) from tasks where workspace_id = '$ws'") tasks; board project: 500 tasks"

cookies="$tmp/cookies"
curl -s -c "$cookies" -b "$cookies" "127.0.0.1:$APP_PORT/signin" -o "$tmp/signin.html"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$tmp/signin.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "email=$email" \
  --data-urlencode "password=pms-seed-password" "127.0.0.1:$APP_PORT/signin"

measure() { # name path: median and p90 of RUNS timed requests, after warm-up
  local name=$1 url="127.0.0.1:$APP_PORT$2" status _
  status=$(curl -s -b "$cookies" -o "$tmp/page.html" -w '%{http_code}' "$url")
  [[ $status == 200 ]] || { echo "$name: HTTP $status"; return 1; }
  for _ in $(seq 1 20); do curl -s -b "$cookies" -o /dev/null "$url"; done
  for _ in $(seq 1 "$RUNS"); do curl -s -b "$cookies" -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n |
    awk -v n="$name" -v bytes="$(wc -c < "$tmp/page.html")" '{t[NR]=$1*1000} END {
      printf "%-34s median %6.1f ms   p90 %6.1f ms   min %6.1f ms   (%d runs, %d KB)\n", n, t[int((NR+1)/2)], t[int(NR*0.9)], t[1], NR, bytes/1024 }'
}

echo "== $RUNS timed requests each (curl on loopback, after 20 warm-up requests); load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "board, 500 tasks" "/w/$ws/projects/$board/board"
measure "table, first page (newest first)" "/w/$ws/tasks"
measure "table, first page, sort by due" "/w/$ws/tasks?sort=DUE"
measure "table, one project, To do" "/w/$ws/tasks?project=$board&status=TODO&sort=POSITION"
measure "table count (loaded after page)" "/w/$ws/tasks/count?sort=CREATED"
measure "API list, first page" "/api/v1/workspaces/$ws/tasks?sort=CREATED"
measure "home (my tasks)" "/w/$ws"
measure "home counts (loaded after page)" "/w/$ws/summary"
measure "API board, 300 per column" "/api/v1/workspaces/$ws/projects/$board/board?limit=300"
