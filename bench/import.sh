#!/usr/bin/env bash
# Import benchmark (DESIGN §6, §8): PMS at -Xmx256m imports N-row CSVs through the HTTP API end to end
# (upload -> SUCCEEDED), and the same rows are loaded with a raw COPY into the same table in the same run.
# Prints the median of RUNS runs for each N.   Usage: ./pms bench import [N...]   (default 1000 100000 1000000)
# Environment: RUNS (3), PORT (18090), DB_PORT (15490), HEAP (256m), KEEP=1 keeps the data directory,
# FORMAT=xlsx uploads the same rows as an XLSX workbook with a shared-string table (as Excel writes it).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 100000 1000000)
runs=${RUNS:-3}; format=${FORMAT:-csv}; port=${PORT:-18090}; db_port=${DB_PORT:-15490}; heap=${HEAP:-256m}
work=$(mktemp -d /tmp/pms-bench-XXXXXX)
base="http://localhost:$port"
jdbc="jdbc:postgresql://localhost:$db_port/postgres"
source bench/lib.sh

[[ -f target/pms.jar ]] || ./mvnw -q -B -DskipTests package
start_server "$work" "$port" "$db_port" "$heap"
trap 'stop_server; [[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
setup_workspace "$work"
generate "$work" 1000
args=()
for n in "${sizes[@]}"; do
  generate "$work" "$n"
  [[ $format == csv ]] || to_xlsx "$work" "$n"
  args+=("$n=$work/tasks-$n.$format=$work/copy-$n.txt")
done
# one client process: both sides warmed alike first (see bench/ImportBench.java), then the measured runs
java -cp "$work/pgjdbc.jar" bench/ImportBench.java "$base" "$TOKEN" "$WS" "$PROJECT" "$jdbc" "$runs" \
  "$work/tasks-1000.csv" "$work/copy-1000.txt" "${args[@]}"
echo "$format upload; ratio = our rows/s as a share of raw COPY rows/s (import_ms vs copy_ms of the same rows); heap -Xmx$heap"
