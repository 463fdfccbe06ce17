# Shared by the capacity benchmarks (capacity.sh, pool-size.sh, two-nodes.sh): build, seed, start PMS,
# sample the database and the JVM every second, run a Gatling simulation and read its figures.
# Sourced, not run. Everything listens on loopback only.

BENCH_USERS=${BENCH_USERS:-1000}
BENCH_WORKSPACES=${BENCH_WORKSPACES:-20}
BENCH_PROJECTS=${BENCH_PROJECTS:-5}           # 1,000,000 / 20 / 5 = 10,000 tasks a project (scenario 3)
BENCH_TASKS=${BENCH_TASKS:-1000000}
BENCH_TAG=load                                # seeded people are user<N>.load@example.com
SIGN_INS_AT_ONCE=${BENCH_SIGN_INS_AT_ONCE:-4} # scenario 4 signs its people in beforehand, this many at a time
BENCH_HOME=${BENCH_HOME:-.bench}              # seeded data kept between runs (git-ignored)
RUN_DIR=${RUN_DIR:-target/bench}
export PGPASSWORD=postgres

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

need_tools() {
  command -v psql >/dev/null || { log "installing postgresql-client"; apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
  command -v jstat >/dev/null || { echo "jstat (JDK) missing" >&2; exit 1; }
}

build() {
  [[ ${BENCH_SKIP_BUILD:-} == 1 ]] && return
  log "building (with the load profile)"
  ./mvnw -q -B ${BENCH_MVN_OPTS:-} -Pload -DskipTests package
}

# seed_dir: a data directory seeded once with the configured figures and reused by later runs
seed_dir() {
  echo "$BENCH_HOME/seed-u$BENCH_USERS-w$BENCH_WORKSPACES-p$BENCH_PROJECTS-t$BENCH_TASKS"
}

seed() {
  local dir; dir=$(seed_dir)
  if [[ -f $dir.done ]]; then log "reusing the seeded data in $dir"; return; fi
  rm -rf "$dir"; mkdir -p "$BENCH_HOME"
  log "seeding $BENCH_USERS users, $BENCH_WORKSPACES workspaces, $BENCH_TASKS tasks into $dir"
  local start=$SECONDS
  PMS_DATA_DIR=$dir PMS_DB_PORT=${DB_PORT:-28182} java -jar target/pms.jar seed --users "$BENCH_USERS" \
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

# start_pms NAME PORT MGMT_PORT [ENV=VALUE...]: starts a node in the background, waits for /api/health
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_pms() {
  local name=$1 port=$2 mgmt=$3; shift 3
  for p in "$port" "$mgmt"; do port_free "$p" || { echo "port $p is in use: set BENCH_PORT / BENCH_MANAGEMENT_PORT" >&2; exit 1; }; done
  env PORT="$port" PMS_MANAGEMENT_PORT="$mgmt" PMS_MANAGEMENT_ADDRESS=127.0.0.1 PMS_RATE_LIMIT_ENABLED=false \
    "$@" java ${PMS_JAVA_OPTS:--Xmx2g} -jar target/pms.jar > "$RUN_DIR/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$RUN_DIR/$name.pid"
  for _ in $(seq 1 180); do
    # ready once the management port answers too (it starts last; a failure there stops the whole app)
    if curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && curl -s -o /dev/null "http://127.0.0.1:$mgmt/actuator/health"; then
      sleep 1; kill -0 "$pid" 2>/dev/null && { log "$name up on :$port (pid $pid)"; return; }
    fi
    kill -0 "$pid" 2>/dev/null || { tail -30 "$RUN_DIR/$name.log"; echo "$name did not start" >&2; exit 1; }
    sleep 1
  done
  echo "$name did not answer in 180 s" >&2; exit 1
}

stop_pms() {
  local pid; pid=$(cat "$RUN_DIR/$1.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -X -q -t -A -F ' ' -c "$1"; }

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

# sampler PID MGMT_PORT OUT: every second one line "epoch pg_in_use pg_open pool_active pool_pending heap_mb rss_mb"
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
  kill "$(cat "$1.pid")" "$(cat "$1.jstat.pid")" 2>/dev/null || true
}

# peaks SAMPLES FROM TO: "pg_in_use pg_open pool_active pool_pending heap_mb rss_mb" maxima within [FROM, TO]
peaks() {
  awk -v from="$2" -v to="$3" '$1 >= from && $1 <= to {
      for (i = 2; i <= 7; i++) if ($i != "-") { seen[i] = 1; if ($i + 0 > m[i]) m[i] = $i + 0 } }
    END { for (i = 2; i <= 7; i++) printf "%s%s", (seen[i] ? m[i] + 0 : "n/a"), (i < 7 ? " " : "\n") }' "$1"
}

# simulate CLASS LABEL [-Dload.x=y...]: runs one simulation; prints the report directory (and leaves in
# RUN_DIR/LABEL.signed-in when everyone had signed in)
simulate() {
  local class=$1 label=$2; shift 2
  rm -f "$RUN_DIR/$label.signed-in"
  ./mvnw -q -B ${BENCH_MVN_OPTS:-} -Pload gatling:test -Dgatling.simulationClass="dev.pms.load.$class" \
    -Dgatling.runDescription="$label" -Dload.baseUrl="${BASE_URL:-http://127.0.0.1:$APP_PORT}" \
    -Dload.signedInFile="$PWD/$RUN_DIR/$label.signed-in" "$@" \
    > "$RUN_DIR/$label.gatling.log" 2>&1 || true
  local report
  report=$(grep -o 'file://.*/index.html' "$RUN_DIR/$label.gatling.log" | tail -1 | sed 's|^file://||; s|/index.html$||' || true)
  [[ -n $report ]] || { tail -30 "$RUN_DIR/$label.gatling.log" >&2; echo "no Gatling report for $label" >&2; return 1; }
  echo "$report"
}

# stat REPORT ROW: "total ok ko ko% rps min p50 p95 p99 p99.9 max mean" of a row of Gatling's statistics table;
# ROW is ROOT (all requests), a group or top-level request name ("browse", "export") or "group/request" ("browse/task")
stat() {
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
  [[ -s $RUN_DIR/$1.signed-in ]] && awk '{print int($2 / 1000)}' "$RUN_DIR/$1.signed-in" || true
}
sign_ins_took() {
  [[ -s $RUN_DIR/$1.signed-in ]] && awk '{printf "%.1f\n", ($2 - $1) / 1000}' "$RUN_DIR/$1.signed-in" || true
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
