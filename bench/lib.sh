# shellcheck shell=bash disable=SC2034 # it sets variables that the scripts read
# The steps every benchmark in bench/ shares; sourced, not run, from the repository's root. Everything
# listens on loopback only, on free ports unless the caller names one.
#   tools:      log, need, take_port, build_jar, jar_library
#   one node:   start_pms (waits with wait_healthy, fails with the end of the log), stop_pms, sql
#   API runs:   api_bench, start_api_server, api, json, generate, keyed, to_xlsx, import_file (import, export, kill-import)
#   capacity:   smoke_mode, seed, fresh_copy, samplers, simulate, gatling_stat, replace_section (capacity,
#               pool-size, two-nodes, capacity-report)

export PGPASSWORD=postgres
BENCH_JAR=${BENCH_JAR:-target/pms.jar}   # what start_pms and seed run
RUN_DIR=${RUN_DIR:-target/bench}         # logs and pid files of the nodes, and a run's files
TAKEN_PORTS=" "

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

# need COMMAND [DEBIAN_PACKAGE]: installs the package (apt-get, through sudo unless root) when COMMAND is missing
need() {
  local sudo=()
  if command -v "$1" >/dev/null || [[ -x /usr/sbin/$1 ]]; then return 0; fi
  [[ -n ${2:-} ]] || { echo "$1 is missing" >&2; return 1; }
  [[ $(id -u) == 0 ]] || sudo=(sudo)
  log "installing $2"
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "$2" >/dev/null
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# take_port VAR [PORT]: sets VAR to PORT when one is given (it must be free), else to a free loopback port that no
# earlier call took; below 32768, where the kernel picks the ports of outgoing connections
take_port() {
  local port=${2:-} _
  if [[ -n $port ]]; then
    port_free "$port" || { echo "port $port is in use" >&2; return 1; }
  else
    for _ in $(seq 1 200); do
      port=$((20000 + RANDOM % 12000))
      [[ $TAKEN_PORTS != *" $port "* ]] && port_free "$port" && break
      port=
    done
    [[ -n $port ]] || { echo "found no free port" >&2; return 1; }
  fi
  TAKEN_PORTS+="$port "
  printf -v "$1" '%s' "$port"
}

# build_jar [-Pload]: builds target/pms.jar when it is missing or older than pom.xml or any file under src/main, so that
# no benchmark measures a jar built before the change under test (a test's change does not rebuild it). -Pload also
# compiles the Gatling simulations of src/load, and judges by when that or src/load last changed.
# shellcheck disable=SC2120 # the option is optional
build_jar() {
  local built=target/pms.jar why="" started sources=(src/main pom.xml) # a test's change leaves the jar as it is
  [[ ${1:-} != -Pload ]] || { built=target/load-profile.built; sources+=(src/load); }
  if [[ ! -f $built ]]; then
    why="no $built yet"
  elif why=$(find "${sources[@]}" -newer "$built" -print -quit 2>/dev/null) && [[ -n $why ]]; then
    why="$why is newer than $built"
  fi
  [[ -n $why ]] || return 0
  log "building target/pms.jar $* ($why)"
  started=$(mktemp)
  # shellcheck disable=SC2086 # BENCH_MVN_OPTS holds several options
  ./mvnw -q -B ${BENCH_MVN_OPTS:-} "$@" -DskipTests package
  # Maven leaves a jar alone when its classes did not change: date it from the build's start, which it reflects
  touch -r "$started" target/pms.jar "$built"
  rm -f "$started"
}

# jar_library NAME DIR: copies the library NAME-<version>.jar out of target/pms.jar into DIR/NAME.jar and prints its path
jar_library() {
  unzip -p target/pms.jar "$(unzip -Z1 target/pms.jar | grep "BOOT-INF/lib/$1-[0-9].*\.jar")" > "$2/$1.jar"
  echo "$2/$1.jar"
}

# start_pms NAME PORT MGMT_PORT JVM_OPTIONS [ENV=VALUE...]: starts $BENCH_JAR in the background with rate limits off,
# its log in RUN_DIR/NAME.log and its pid in PMS_PID and RUN_DIR/NAME.pid; returns once it is healthy
start_pms() {
  local name=$1 port=$2 mgmt=$3 jvm=$4 p
  shift 4
  for p in "$port" "$mgmt"; do port_free "$p" || { echo "port $p is in use" >&2; return 1; }; done
  mkdir -p "$RUN_DIR"
  # shellcheck disable=SC2086 # JVM_OPTIONS holds several options
  env PORT="$port" PMS_MANAGEMENT_PORT="$mgmt" PMS_MANAGEMENT_ADDRESS=127.0.0.1 PMS_RATE_LIMIT_ENABLED=false \
    "$@" java $jvm -jar "$BENCH_JAR" > "$RUN_DIR/$name.log" 2>&1 &
  PMS_PID=$!
  echo "$PMS_PID" > "$RUN_DIR/$name.pid"
  wait_healthy "$PMS_PID" "$port" "$mgmt" "$RUN_DIR/$name.log" || return 1
  log "$name up on :$port (pid $PMS_PID)"
}

# wait_healthy PID PORT MGMT_PORT LOG: returns once PMS answers /api/health with 200 and its management port answers
# (it starts last, and a failure there stops the whole application); fails, with the end of LOG, when the process
# ends first or START_WITHIN seconds pass (180 by default; more for a first start that migrates a seeded copy)
wait_healthy() {
  local pid=$1 port=$2 mgmt=$3 logfile=$4 deadline=$((SECONDS + ${START_WITHIN:-180}))
  while :; do
    if curl -sf -m 2 "http://127.0.0.1:$port/api/health" >/dev/null && curl -s -m 2 -o /dev/null "http://127.0.0.1:$mgmt/actuator/health"; then
      sleep 1
      kill -0 "$pid" 2>/dev/null && return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -30 "$logfile" >&2; echo "PMS (pid $pid) ended before it was healthy; its log: $logfile" >&2; return 1
    fi
    if ((SECONDS > deadline)); then
      tail -30 "$logfile" >&2; echo "PMS (pid $pid) was not healthy within ${START_WITHIN:-180} s; its log: $logfile" >&2; return 1
    fi
    sleep 0.5
  done
}

# stop_pms NAME: stops the node started as NAME (SIGTERM, after 20 s SIGKILL)
stop_pms() {
  local pid _
  pid=$(cat "$RUN_DIR/$1.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

# sql STATEMENT: runs it on the database on DB_PORT; columns separated by a space, no header
sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -X -q -t -A -F ' ' -c "$1"; }

# --- benchmarks through the API of one node (import, export, kill-import) ------------------------------------------

# api_bench NAME: a work directory (removed at exit unless KEEP=1), a fresh jar, PMS at -Xmx$HEAP (256m) on ports of
# its own (PORT, DB_PORT when given) with its own data directory, and a user with a workspace, a project and an API
# token. Sets WORK, APP_PORT, DB_PORT, base, jdbc (PgJDBC URL) and PGJDBC (the driver's jar).
api_bench() {
  HEAP=${HEAP:-256m}
  take_port APP_PORT "${PORT:-}"
  take_port MGMT_PORT
  take_port DB_PORT "${DB_PORT:-}"
  WORK=$(mktemp -d "/tmp/pms-$1-XXXXXX")
  RUN_DIR=$WORK
  base="http://127.0.0.1:$APP_PORT"
  jdbc="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres"
  trap 'stop_pms server; [[ -n "${KEEP:-}" ]] || rm -rf "$WORK"' EXIT
  build_jar
  PGJDBC=$(jar_library postgresql "$WORK")
  start_api_server
  setup_workspace
}

# start_api_server: (again) the node of api_bench, on the same ports and data
start_api_server() {
  start_pms server "$APP_PORT" "$MGMT_PORT" "-Xmx$HEAP ${PMS_JAVA_OPTS:-}" PMS_DATA_DIR="$WORK/data" PMS_DB_PORT="$DB_PORT"
}

api() { # method path [curl args...]
  local method=$1 path=$2; shift 2
  curl -sS -b "$COOKIES" -c "$COOKIES" -H "X-XSRF-TOKEN: $(awk '$6=="XSRF-TOKEN"{print $7}' "$COOKIES" 2>/dev/null | tail -1)" \
    -X "$method" "$base$path" "$@"
}

json() { sed -E "s/.*\"$1\":\"?([^\",}]*).*/\1/"; }

# setup_workspace: signs a user up; sets COOKIES, EMAIL, USER_ID, WS, PROJECT and TOKEN
setup_workspace() {
  COOKIES="$WORK/cookies"; : > "$COOKIES"
  EMAIL="bench@example.com"
  api GET /api/health >/dev/null
  api POST /api/v1/auth/signup -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"name\":\"Bench\",\"password\":\"correct horse\"}" >/dev/null
  USER_ID=$(api GET /api/v1/me | tee "$WORK/user.json" | json id)
  WS=$(api POST /api/v1/workspaces -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json id)
  PROJECT=$(api POST "/api/v1/workspaces/$WS/projects" -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json id)
  TOKEN=$(api POST /api/v1/me/tokens -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json secret)
}

# generate N: WORK/tasks-N.csv for the API and WORK/copy-N.txt (the same rows as COPY text) for the raw baseline
generate() {
  [[ -f "$WORK/tasks-$1.csv" ]] && return 0
  awk -v n="$1" -v ws="$WS" -v project="$PROJECT" -v user="$USER_ID" -v email="$EMAIL" \
      -v csv="$WORK/tasks-$1.csv" -v copy="$WORK/copy-$1.txt" 'BEGIN {
    split("To Do,In Progress,Done", sw, ","); split("TODO,IN_PROGRESS,DONE", sc, ",")
    split("Low,Medium,High", pw, ","); split("LOW,MEDIUM,HIGH", pc, ",")
    print "Title,Description,Status,Priority,Assignee,Due Date" > csv
    srand(42); imp = sprintf("%08x-0000-4000-8000-%012x", int(rand() * 2^31), int(rand() * 2^40))
    for (i = 1; i <= n; i++) {
      s = i % 3 + 1; p = i % 3 + 1; due = sprintf("2026-%02d-%02d", i % 12 + 1, i % 28 + 1)
      a = (i % 2 == 0) ? email : ""; aid = (i % 2 == 0) ? user : "\\N"
      printf "Task %d,Row %d of the benchmark file,%s,%s,%s,%s\n", i, i, sw[s], pw[p], a, due > csv
      printf "ffffffff-%04x-7000-8000-%012x\t%s\t%s\tTask %d\tRow %d of the benchmark file\t%s\t%s\t%s\t%s\t%d\t%s\t%d\t%s\t%s\t%d\n", \
        int(i / 2^32), i, ws, project, i, i, sc[s], pc[p], aid, due, i * 1024, imp, i + 1, user, user, i > copy
    }
  }'
}

# keyed N: WORK/keyed-N-first.csv with keys K-1..K-N, and WORK/keyed-N-second.csv with keys K-(N/2+1)..K-(N/2+N) whose
# known half changed title, status and priority: a re-import by key that updates N/2 tasks and adds N/2
keyed() {
  [[ -f "$WORK/keyed-$1-second.csv" ]] && return 0
  awk -v n="$1" -v first="$WORK/keyed-$1-first.csv" -v second="$WORK/keyed-$1-second.csv" 'BEGIN {
    header = "Issue key,Title,Description,Status,Priority,Due Date"; print header > first; print header > second
    for (i = 1; i <= n; i++)
      printf "K-%d,Task %d,Row %d of the benchmark file,To Do,Medium,2026-%02d-%02d\n", i, i, i, i % 12 + 1, i % 28 + 1 > first
    for (i = int(n / 2) + 1; i <= int(n / 2) + n; i++)
      printf "K-%d,Task %d again,Row %d of the benchmark file,In Progress,High,2026-%02d-%02d\n", i, i, i, i % 12 + 1, i % 28 + 1 > second
  }'
}

# to_xlsx N: WORK/tasks-N.xlsx with the rows of WORK/tasks-N.csv
to_xlsx() {
  [[ -f "$WORK/tasks-$1.xlsx" ]] && return 0
  local cp="" name
  for name in fastexcel opczip fastcsv; do cp="$cp:$(jar_library "$name" "$WORK")"; done
  java -Xmx4g -cp "${cp#:}" bench/CsvToXlsx.java "$WORK/tasks-$1.csv" "$WORK/tasks-$1.xlsx"
}

import_file() { # file -> prints milliseconds from upload to SUCCEEDED (bench/ImportClient.java)
  java bench/ImportClient.java "$base" "$TOKEN" "$WS" "$PROJECT" "$1"
}

# --- capacity benchmarks (capacity, pool-size, two-nodes): seeded data, Gatling, samplers, report ----------------

BENCH_USERS=${BENCH_USERS:-1000}
BENCH_WORKSPACES=${BENCH_WORKSPACES:-20}
BENCH_PROJECTS=${BENCH_PROJECTS:-5}           # 1,000,000 / 20 / 5 = 10,000 tasks a project (scenario 3)
BENCH_TASKS=${BENCH_TASKS:-1000000}
BENCH_TAG=load                                # seeded people are user<N>.load@example.com
SIGN_INS_AT_ONCE=${BENCH_SIGN_INS_AT_ONCE:-4} # scenario 4 signs its people in beforehand, this many at a time
BENCH_HOME=${BENCH_HOME:-.bench}              # seeded data kept between runs (git-ignored)

# smoke_mode [--smoke]: SMOKE=1 and a dataset of 20,000 tasks for a run of seconds, which writes its report to
# target/bench/benchmarks.md; otherwise SMOKE=0 and the report goes to BENCH_OUT (docs/benchmarks.md). Sets OUT.
smoke_mode() {
  SMOKE=0 OUT=${BENCH_OUT:-docs/benchmarks.md}
  if [[ ${1:-} == --smoke ]]; then SMOKE=1 BENCH_TASKS=20000 OUT=target/bench/benchmarks.md; fi
}

# seed_dir: a data directory seeded once with the configured figures and reused by later runs
seed_dir() {
  echo "$BENCH_HOME/seed-u$BENCH_USERS-w$BENCH_WORKSPACES-p$BENCH_PROJECTS-t$BENCH_TASKS"
}

seed() {
  local dir start; dir=$(seed_dir)
  if [[ -f $dir.done ]]; then log "reusing the seeded data in $dir"; return; fi
  rm -rf "$dir"; mkdir -p "$BENCH_HOME" "$RUN_DIR"
  log "seeding $BENCH_USERS users, $BENCH_WORKSPACES workspaces, $BENCH_TASKS tasks into $dir"
  start=$SECONDS
  PMS_DATA_DIR=$dir PMS_DB_PORT=$DB_PORT java -jar "$BENCH_JAR" seed --users "$BENCH_USERS" \
    --workspaces "$BENCH_WORKSPACES" --projects "$BENCH_PROJECTS" --tasks "$BENCH_TASKS" --email-tag "$BENCH_TAG" \
    > "$RUN_DIR/seed.log" 2>&1 || { tail -20 "$RUN_DIR/seed.log"; exit 1; }
  echo "$((SECONDS - start))" > "$dir.done"
}

# fresh_copy DIR: a copy of the seeded data that this run may change
fresh_copy() {
  rm -rf "$1"; mkdir -p "$(dirname "$1")"
  cp -a "$(seed_dir)" "$1"
  rm -f "$1/postmaster.pid"
}

# cpu_ticks PID: "pms postgres busy total" CPU clock ticks so far: of PMS (PID), of every postgres process, of all
# processes (busy) and of the machine (busy + idle); differences between two samples give the CPU split
cpu_ticks() {
  local pms pg
  pms=$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0)
  pg=$(for p in $(pgrep -x postgres); do cat "/proc/$p/stat" 2>/dev/null; done | awk '{t += $14 + $15} END {print t + 0}')
  echo "$pms $pg $(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat)"
}

# cpu_split SAMPLES FROM TO: "pms% postgres% other% idle%" of the machine's CPU time within [FROM, TO]
cpu_split() {
  awk -v from="$2" -v to="$3" '$1 >= from && $1 <= to && NF >= 11 {
      if (!started) { a = $8; b = $9; c = $10; d = $11; started = 1 } e = $8; f = $9; g = $10; h = $11 }
    END { t = h - d; if (t <= 0) { print "n/a n/a n/a n/a"; exit }
          printf "%d %d %d %d\n", 100 * (e - a) / t, 100 * (f - b) / t, 100 * ((g - c) - (e - a) - (f - b)) / t, 100 * (t - (g - c)) / t }' "$1"
}

# start_sampler PID MGMT_PORT OUT: every second one line "epoch pg_in_use pg_open pool_active pool_pending heap_mb rss_mb"
# followed by cpu_ticks
# (pool: the requests' pool "pms"; the jobs' and the exports' pools are apart)
start_sampler() {
  local pid=$1 mgmt=$2 out=$3
  jstat -gc "$pid" 1000 > "$out.jstat" 2>/dev/null &
  echo $! > "$out.jstat.pid"
  (
    set +e +o pipefail  # a failed probe leaves a "-" in its column, it does not stop the sampling
    while kill -0 "$pid" 2>/dev/null; do
      local pg pool heap rss
      pg=$(sql "select count(*) filter (where state <> 'idle'), count(*) from pg_stat_activity
                where backend_type = 'client backend' and pid <> pg_backend_pid()" 2>/dev/null || echo "- -")
      pool=$(curl -s -m 1 "http://127.0.0.1:$mgmt/actuator/prometheus" 2>/dev/null | awk '
        /^hikaricp_connections_active\{.*pool="pms"[,}]/ {a=$2} /^hikaricp_connections_pending\{.*pool="pms"[,}]/ {p=$2}
        END {if (a == "") print "- -"; else printf "%d %d\n", a, p}')
      # jstat -gc: S0U S1U EU OU are columns 3, 4, 6, 8 (KB)
      heap=$(tail -1 "$out.jstat" 2>/dev/null | awk '$1 ~ /^[0-9.]+$/ {printf "%d", ($3 + $4 + $6 + $8) / 1024}')
      rss=$(ps -o rss= -p "$pid" 2>/dev/null | awk '{printf "%d", $1 / 1024}')
      echo "$(date +%s) ${pg:-- -} ${pool:-- -} ${heap:--} ${rss:--} $(cpu_ticks "$pid")"
      sleep 1
    done
  ) >> "$out" &
  echo $! > "$out.pid"
}

stop_sampler() {
  local pids
  pids=$(cat "$1.pid" "$1.jstat.pid" 2>/dev/null) || true
  # shellcheck disable=SC2086 # one pid a line
  [[ -z $pids ]] || kill $pids 2>/dev/null || true
}

# peaks SAMPLES FROM TO: "pg_in_use pg_open pool_active pool_pending heap_mb rss_mb" maxima within [FROM, TO]
peaks() {
  awk -v from="$2" -v to="$3" '$1 >= from && $1 <= to {
      for (i = 2; i <= 7; i++) if ($i != "-") { seen[i] = 1; if ($i + 0 > m[i]) m[i] = $i + 0 } }
    END { for (i = 2; i <= 7; i++) printf "%s%s", (seen[i] ? m[i] + 0 : "n/a"), (i < 7 ? " " : "\n") }' "$1"
}

# simulate CLASS LABEL [-Dload.x=y...]: runs one simulation against BASE_URL (or the node on APP_PORT); prints the
# report directory (and leaves in RUN_DIR/LABEL.signed-in when everyone had signed in)
simulate() {
  local class=$1 label=$2 report; shift 2
  rm -f "$RUN_DIR/$label.signed-in"
  # shellcheck disable=SC2086 # BENCH_MVN_OPTS holds several options
  ./mvnw -q -B ${BENCH_MVN_OPTS:-} -Pload gatling:test -Dgatling.simulationClass="dev.pms.load.$class" \
    -Dgatling.runDescription="$label" -Dload.baseUrl="${BASE_URL:-http://127.0.0.1:$APP_PORT}" \
    -Dload.signedInFile="$PWD/$RUN_DIR/$label.signed-in" "$@" \
    > "$RUN_DIR/$label.gatling.log" 2>&1 || true
  report=$(grep -o 'file://.*/index.html' "$RUN_DIR/$label.gatling.log" | tail -1 | sed 's|^file://||; s|/index.html$||' || true)
  [[ -n $report ]] || { tail -30 "$RUN_DIR/$label.gatling.log" >&2; echo "no Gatling report for $label" >&2; return 1; }
  echo "$report"
}

# gatling_stat REPORT ROW: "total ok ko ko% rps min p50 p95 p99 p99.9 max mean" of a row of Gatling's statistics table;
# ROW is ROOT (all requests), a group or top-level request name ("browse", "export") or "group/request" ("browse/task")
gatling_stat() {
  awk -v row="$2" '
    match($0, /<tr id="[^"]*" data-parent="[^"]*"/) || match($0, /<tr id="ROOT"/) {
      t = substr($0, RSTART, RLENGTH); split(t, q, "\""); cur = q[2]; parent[cur] = q[4]; n = 0; next }
    /class="ellipsed-name">/ { v = $0; sub(/.*class="ellipsed-name">/, "", v); sub(/<.*/, "", v)
      p = parent[cur]; full[cur] = (p != "" && p != "ROOT" && (p in full)) ? full[p] "/" v : v; next }
    cur != "" && /<td class="value/ { v = $0; sub(/.*">/, "", v); sub(/<.*/, "", v); vals[++n] = v
      if (n == 13 && (full[cur] == row || (row == "ROOT" && cur == "ROOT"))) {
        for (i = 1; i <= 12; i++) printf "%s%s", vals[i], (i < 12 ? " " : "\n"); exit } }' "$1/index.html"
}

# signed_in_at LABEL: when everyone of a run had signed in (epoch seconds), or nothing; sign_ins_took LABEL: seconds
# from the start of the run to that moment. The simulation writes both times to RUN_DIR/LABEL.signed-in.
signed_in_at() {
  if [[ -s $RUN_DIR/$1.signed-in ]]; then awk '{print int($2 / 1000)}' "$RUN_DIR/$1.signed-in"; fi
}
sign_ins_took() {
  if [[ -s $RUN_DIR/$1.signed-in ]]; then awk '{printf "%.1f\n", ($2 - $1) / 1000}' "$RUN_DIR/$1.signed-in"; fi
}

# assertion lines of a run ("browse: 95th percentile ... : false (actual : 123.0)")
assertions() { grep -E ': (true|false)( \(actual : [^)]*\))?$' "$RUN_DIR/$1.gatling.log" || true; }

# replace_section FILE NAME CONTENT-FILE: puts the content between <!-- NAME:begin --> and <!-- NAME:end -->
replace_section() {
  local file=$1 name=$2 content=$3
  mkdir -p "$(dirname "$file")"
  [[ -f $file ]] || printf '# PMS benchmarks\n' > "$file"
  if ! grep -q "<!-- $name:begin -->" "$file"; then
    printf '\n<!-- %s:begin -->\n<!-- %s:end -->\n' "$name" "$name" >> "$file"
  fi
  awk -v name="$name" -v content="$content" '
    $0 == "<!-- " name ":begin -->" { print; while ((getline line < content) > 0) print line; skip = 1; next }
    $0 == "<!-- " name ":end -->" { skip = 0 }
    !skip { print }' "$file" > "$file.tmp" && mv "$file.tmp" "$file"
}

# hot_methods JFR_FILE N: the N hottest methods (own time) of a recording
hot_methods() {
  jfr view --width 160 hot-methods "$1" 2>/dev/null | awk 'NF' | sed -n '2,$p' | head -$(( $2 + 2 ))
}
