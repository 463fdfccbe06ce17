#!/usr/bin/env bash
# Import benchmark: CSV or XLSX upload to SUCCEEDED through the API against a raw COPY of the rows.
# PMS at -Xmx256m imports N-row CSVs through the HTTP API end to end (upload -> SUCCEEDED; DESIGN §6, §8), and
# the same rows are loaded with a raw COPY into the same table in the same run.
# Prints the median of RUNS runs for each N.   Usage: ./pms bench import [N...]   (default 1000 100000 1000000)
# Environment: RUNS (3), PORT and DB_PORT (free ones), HEAP (256m), KEEP=1 keeps the data directory,
# FORMAT=xlsx uploads the same rows as an XLSX workbook with a shared-string table (as Excel writes it).
# MODE=upsert compares, in the same runs, a plain import of N rows with an import by key of N rows of which half
# the keys were imported before (those tasks are updated) and half are new:  MODE=upsert ./pms bench import 100000
# MODE=preview times uploads until their preview is ready (one pass counting every distinct value):
#   MODE=preview ./pms bench import 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 100000 1000000)
runs=${RUNS:-3}; format=${FORMAT:-csv}; mode=${MODE:-plain}
api_bench import

generate 1000
args=()
for n in "${sizes[@]}"; do
  generate "$n"
  [[ $format == csv ]] || to_xlsx "$n"
  if [[ $mode == upsert ]]; then
    keyed "$n"
    args+=("$n=$WORK/tasks-$n.$format=$WORK/copy-$n.txt=$WORK/keyed-$n-first.csv=$WORK/keyed-$n-second.csv")
  else
    args+=("$n=$WORK/tasks-$n.$format=$WORK/copy-$n.txt")
  fi
done
# one client process: both sides warmed alike first (see bench/ImportBench.java), then the measured runs
java -cp "$PGJDBC" bench/ImportBench.java "$base" "$TOKEN" "$WS" "$PROJECT" "$jdbc" "$runs" \
  "$WORK/tasks-1000.csv" "$WORK/copy-1000.txt" "${args[@]}"
[[ $mode == preview ]] && echo "upload to a ready preview; heap -Xmx$HEAP" && exit 0
[[ $mode == upsert ]] && echo "ratio = import by key (half the keys known) against a plain import of as many rows; heap -Xmx$HEAP" && exit 0
echo "$format upload; ratio = our rows/s as a share of raw COPY rows/s (import_ms vs copy_ms of the same rows); heap -Xmx$HEAP"
