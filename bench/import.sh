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
# unmeasured imports first: the measured runs see a warm JVM, as a running server's users do
generate "$work" 1000; for _ in 1 2 3 4 5; do import_file "$work/tasks-1000.csv" >/dev/null; done

printf '%-9s %-5s %12s %12s %10s %10s %7s\n' rows run import_ms copy_ms import_r/s copy_r/s ratio
for n in "${sizes[@]}"; do
  generate "$work" "$n"
  [[ $format == csv ]] || to_xlsx "$work" "$n"
  imp=(); raw=()
  for run in $(seq 1 "$runs"); do
    java -cp "$work/pgjdbc.jar" bench/RawCopy.java clean "$jdbc" "$WS" >/dev/null
    ms=$(import_file "$work/tasks-$n.$format")
    java -cp "$work/pgjdbc.jar" bench/RawCopy.java clean "$jdbc" "$WS" >/dev/null
    cms=$(java -cp "$work/pgjdbc.jar" bench/RawCopy.java copy "$jdbc" "$work/copy-$n.txt")
    imp+=("$ms"); raw+=("$cms")
    printf '%-9s %-5s %12s %12s %10s %10s %7s\n' "$n" "$run" "$ms" "$cms" $((n * 1000 / ms)) $((n * 1000 / (cms > 0 ? cms : 1))) \
      "$(awk -v a="$cms" -v b="$ms" 'BEGIN{printf "%.0f%%", 100*a/b}')"
  done
  mi=$(median "${imp[@]}"); mc=$(median "${raw[@]}")
  printf '%-9s %-5s %12s %12s %10s %10s %7s\n' "$n" median "$mi" "$mc" $((n * 1000 / mi)) $((n * 1000 / (mc > 0 ? mc : 1))) \
    "$(awk -v a="$mc" -v b="$mi" 'BEGIN{printf "%.0f%%", 100*a/b}')"
done
echo "$format upload; ratio = our rows/s as a share of raw COPY rows/s (import_ms vs copy_ms of the same rows); heap -Xmx$heap"
