#!/usr/bin/env bash
# Import benchmark of parents and links: N keyed rows without, then with, Parent and Links columns, in turns.
# Every upload's rows are new tasks (a fresh key prefix each time). With the columns, each row from the tenth on has
# the row of key i/10 as its parent (a tree of fan-out 10, at most 5 levels deep up to N = 100,000) and every tenth
# row blocks the row before it: the set-based resolution, rule checks and links after the COPY are all exercised.
# Prints each upload's time (upload to SUCCEEDED), the medians and their ratio. Usage: ./pms bench import-relations [N]
# (default 100000).  Environment: RUNS (3), PORT and DB_PORT (free ones), HEAP (256m), KEEP=1 keeps the data.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
n=${1:-100000}; runs=${RUNS:-3}
api_bench import-relations

# rows PREFIX ROWS WITH_RELATIONS: WORK/PREFIX.csv
rows() {
  awk -v n="$2" -v p="$1" -v rel="$3" 'BEGIN {
    print (rel ? "Key,Title,Status,Priority,Due Date,Parent,Links" : "Key,Title,Status,Priority,Due Date")
    for (i = 1; i <= n; i++) {
      line = sprintf("%s-%d,Task %d,To Do,Medium,2026-%02d-%02d", p, i, i, i % 12 + 1, i % 28 + 1)
      if (rel) line = line sprintf(",%s,%s", i >= 10 ? p "-" int(i / 10) : "", i % 10 == 0 ? "blocks " p "-" (i - 1) : "")
      print line
    }
  }' > "$WORK/$1.csv"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

rows WARMA 1000 0; rows WARMB 1000 1
import_file "$WORK/WARMA.csv" >/dev/null; import_file "$WORK/WARMB.csv" >/dev/null
: > "$WORK/plain.ms"; : > "$WORK/related.ms"
for r in $(seq 1 "$runs"); do
  rows "PLAIN$r" "$n" 0; rows "REL$r" "$n" 1
  plain=$(import_file "$WORK/PLAIN$r.csv"); related=$(import_file "$WORK/REL$r.csv")
  echo "$plain" >> "$WORK/plain.ms"; echo "$related" >> "$WORK/related.ms"
  echo "run $r: $n keyed rows $plain ms; with Parent and Links $related ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
p=$(median < "$WORK/plain.ms"); q=$(median < "$WORK/related.ms")
echo "medians of $runs: without $p ms, with parents and links $q ms, ratio $(awk -v a="$q" -v b="$p" 'BEGIN { printf "%.2f", a / b }')"
echo "tasks with a parent: $(sql "select count(*) from tasks where parent_id is not null"), links: $(sql "select count(*) from task_links"); heap -Xmx$HEAP"
