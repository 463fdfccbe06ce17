# Shared steps of the benchmarks: start PMS on its own port and data directory, make a workspace,
# generate files, import one through the HTTP API and time it.

# Rate limits are off: a benchmark makes more uploads and status polls than one person may.
start_server() { # work port db_port heap
  unzip -p target/pms.jar "$(unzip -Z1 target/pms.jar | grep 'BOOT-INF/lib/postgresql-.*\.jar')" > "$1/pgjdbc.jar"
  PORT=$2 PMS_DATA_DIR="$1/data" PMS_DB_PORT=$3 PMS_RATE_LIMIT_ENABLED=false java -Xmx$4 ${PMS_JAVA_OPTS:-} -jar target/pms.jar > "$1/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "http://localhost:$2/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "PMS did not start; see $1/server.log" >&2; tail -20 "$1/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "PMS did not answer within 120 s" >&2; exit 1
}

stop_server() {
  [[ -n "${SERVER_PID:-}" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
}

api() { # method path [curl args...]
  local method=$1 path=$2; shift 2
  curl -sS -b "$JAR" -c "$JAR" -H "X-XSRF-TOKEN: $(awk '$6=="XSRF-TOKEN"{print $7}' "$JAR" 2>/dev/null | tail -1)" \
    -X "$method" "$base$path" "$@"
}

json() { sed -E "s/.*\"$1\":\"?([^\",}]*).*/\1/"; }

setup_workspace() { # work
  JAR="$1/cookies"; : > "$JAR"
  EMAIL="bench@example.com"
  api GET /api/health >/dev/null
  api POST /api/v1/auth/signup -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"name\":\"Bench\",\"password\":\"correct horse\"}" >/dev/null
  USER_ID=$(api GET /api/v1/me | tee "$1/user.json" | json id)
  WS=$(api POST /api/v1/workspaces -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json id)
  PROJECT=$(api POST "/api/v1/workspaces/$WS/projects" -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json id)
  TOKEN=$(api POST /api/v1/me/tokens -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json secret)
}

# tasks-N.csv for the API and copy-N.txt (the same rows as COPY text) for the raw baseline
generate() { # work n
  [[ -f "$1/tasks-$2.csv" ]] && return 0
  awk -v n="$2" -v ws="$WS" -v project="$PROJECT" -v user="$USER_ID" -v email="$EMAIL" \
      -v csv="$1/tasks-$2.csv" -v copy="$1/copy-$2.txt" 'BEGIN {
    split("To Do,In Progress,Done", sw, ","); split("TODO,IN_PROGRESS,DONE", sc, ",")
    split("Low,Medium,High", pw, ","); split("LOW,MEDIUM,HIGH", pc, ",")
    print "Title,Description,Status,Priority,Assignee,Due Date" > csv
    srand(42); imp = sprintf("%08x-0000-4000-8000-%012x", int(rand() * 2^31), int(rand() * 2^40))
    for (i = 1; i <= n; i++) {
      s = i % 3 + 1; p = i % 3 + 1; due = sprintf("2026-%02d-%02d", i % 12 + 1, i % 28 + 1)
      a = (i % 2 == 0) ? email : ""; aid = (i % 2 == 0) ? user : "\\N"
      printf "Task %d,Row %d of the benchmark file,%s,%s,%s,%s\n", i, i, sw[s], pw[p], a, due > csv
      printf "ffffffff-%04x-7000-8000-%012x\t%s\t%s\tTask %d\tRow %d of the benchmark file\t%s\t%s\t%s\t%s\t%d\t%s\t%d\t%s\t%s\n", \
        int(i / 2^32), i, ws, project, i, i, sc[s], pc[p], aid, due, i * 1024, imp, i + 1, user, user > copy
    }
  }'
}

to_xlsx() { # work n: tasks-N.xlsx with the rows of tasks-N.csv
  [[ -f "$1/tasks-$2.xlsx" ]] && return 0
  local cp="" jar
  for jar in fastexcel-[0-9] opczip- fastcsv-; do
    unzip -p target/pms.jar "$(unzip -Z1 target/pms.jar | grep "BOOT-INF/lib/$jar.*\.jar")" > "$1/${jar%-*}.jar"; cp="$cp:$1/${jar%-*}.jar"
  done
  java -Xmx4g -cp "${cp#:}" bench/CsvToXlsx.java "$1/tasks-$2.csv" "$1/tasks-$2.xlsx"
}

import_file() { # file -> prints milliseconds from upload to SUCCEEDED (bench/ImportClient.java)
  java bench/ImportClient.java "$base" "$TOKEN" "$WS" "$PROJECT" "$1"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
