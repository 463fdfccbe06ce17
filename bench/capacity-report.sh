#!/usr/bin/env bash
# Writes the capacity section of docs/benchmarks.md (markdown on stdout) from a run of bench/capacity.sh:
# runs.txt (scenario, window, Gatling report), samples.txt (the per-second samples) and the exported figures.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
RUN_DIR=$1
SAMPLES=$RUN_DIR/samples.txt

window() { awk -v s="$1" '$1 == s {print $2, $3}' "$RUN_DIR/runs.txt"; }
report_of() { awk -v s="$1" '$1 == s {print $4}' "$RUN_DIR/runs.txt"; }
# when everyone had signed in (epoch seconds), and how long the sign-ins took from the start of the simulation
signed_of() { awk -v s="$1" '$1 == s && $5 ~ /^[0-9]+$/ {print $5, $6}' "$RUN_DIR/runs.txt"; }
ok() { if awk -v a="$1" -v b="$2" 'BEGIN {exit !(a + 0 < b + 0)}'; then echo "met"; else echo "**missed**"; fi; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.0f %%", (a - b) * 100 / b}'; }

# row LABEL STAT-LINE: "| label | count (req/s) | p50 | p95 | p99 | max | errors |"
row() {
  local total ko rps p50 p95 p99 max
  read -r total _ ko _ rps _ p50 p95 p99 _ max _ <<< "$2"
  echo "| $1 | $total ($rps/s) | $p50 | $p95 | $p99 | $max | $ko |"
}

# resources SCENARIO [FROM TO WHAT]: peaks of the samples over the scenario (or over FROM..TO, described as WHAT)
resources() {
  local from to what=${4:-during the scenario}
  read -r from to < <(window "$1")
  from=${2:-$from} to=${3:-$to}
  read -r pg_use pg_open pool_act pool_pend heap rss < <(peaks "$SAMPLES" "$from" "$to")
  echo ""
  echo "Peaks $what ($((to - from)) s, sampled every second): PostgreSQL connections in use $pg_use of $pg_open open;"
  # shellcheck disable=SC2153 # POOL, as the run's other figures, comes from capacity.sh's environment
  echo "pool active $pool_act, pending $pool_pend (pool size $POOL); heap $heap MB, RSS $rss MB."
  read -r cpu_pms cpu_pg cpu_other cpu_idle < <(cpu_split "$SAMPLES" "$from" "$to")
  echo "The machine's CPU time over that window: PMS $cpu_pms %, PostgreSQL $cpu_pg %, the rest (Gatling, the OS) $cpu_other %, idle $cpu_idle %."
}

gatling_report() {
  local report
  report=$(report_of "$1")
  echo "Gatling report: \`${report#"$PWD/"}/index.html\`."
}

header() {
  echo "| requests | count (mean/s over the run) | p50 ms | p95 ms | p99 ms | max ms | errors |"
  echo "|---|---|---|---|---|---|---|"
}

mp=$(report_of morning-peak); us=$(report_of upload-storm); eod=$(report_of end-of-day); wc=$(report_of worst-case)
mp_browse=$(gatling_stat "$mp" browse); wc_browse=$(gatling_stat "$wc" browse)
read -r _ _ _ _ _ _ _ mp_p95 mp_p99 _ _ _ <<< "$mp_browse"
read -r _ _ wc_browse_ko _ _ _ _ wc_p95 _ _ _ _ <<< "$wc_browse"
wc_upload=$(gatling_stat "$wc" "upload to SUCCEEDED"); wc_result=$(gatling_stat "$wc" "import result")
read -r _ _ wc_upload_ko _ <<< "$wc_upload"; read -r _ _ wc_result_ko _ <<< "$wc_result"
# the worst case's verdict on errors: browsing and uploads; its sign-ins beforehand are not part of it
wc_errors=$(( ${wc_browse_ko:-0} + ${wc_upload_ko:-0} + ${wc_result_ko:-0} ))
read -r _ wc_to < <(window worst-case)
read -r wc_signed wc_sign_ins < <(signed_of worst-case; echo)
us_group=$(gatling_stat "$us" "upload to SUCCEEDED"); read -r _ _ _ _ _ _ _ us_p95 _ _ _ _ <<< "$us_group"
eod_export=$(gatling_stat "$eod" export); read -r _ _ _ _ _ _ _ eod_p95 _ _ _ _ <<< "$eod_export"

cat <<EOF
## Capacity: the four scenarios

$( ((SMOKE)) && echo "**Smoke run** (tiny durations and dataset): the figures show that the benchmark works, not what PMS holds.")
Measured $(date -u +%F) by \`./pms bench capacity\` on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),
$(free -g | awk '/Mem:/ {print $2}') GB RAM, shared with the load generator (Gatling, same machine) and other work
(load average $(cut -d' ' -f1-3 /proc/loadavg) at the end). PMS: one node, embedded PostgreSQL 18, pool size $POOL,
\`${PMS_JAVA_OPTS:--Xmx2g}\`, rate limits off. Dataset: $SEEDED tasks seeded. Whole run: $((TOTAL_SECONDS / 60)) min $((TOTAL_SECONDS % 60)) s.
Times are milliseconds as Gatling saw them (request sent to last byte received).

### 1. Morning peak — people sign in within 10 s, then browse at the target rate

Target: browsing p95 < 100 ms ($(ok "$mp_p95" 100)), p99 < 250 ms ($(ok "$mp_p99" 250)), no errors. The seed gives no figure.
People start signing in over the first 10 s; each browses once signed in, and the browsing lasts its full duration
from the last sign-in. "sign in" is the time from the first request to the first task list of one person.

$(header)
$(row "browse, once everyone has signed in (task lists, my tasks, board, task)" "$mp_browse")
$(row "browse while others still sign in" "$(gatling_stat "$mp" "browse while signing in")")
$(row "sign in (with the workspace, projects, first list)" "$(gatling_stat "$mp" "sign in")")
$(row "all requests" "$(gatling_stat "$mp" ROOT)")
$(resources morning-peak)
$(gatling_report morning-peak)

### 2. Upload storm — $UPLOADS_STORM people each upload a $ROWS-row CSV at the same moment

Target: every import SUCCEEDED ($STORM_OK of the $STORM_ALL uploads PMS accepted; $UPLOADS_STORM were sent), p95 upload to
SUCCEEDED < 2 s ($(ok "$us_p95" 2000)), no errors.

| | PMS | the seed |
|---|---|---|
| upload to SUCCEEDED, as the client saw it (polling every 200 ms): p50 / p95 / max | $(awk '{print $7 " / " $8 " / " $11 " ms"}' <<< "$us_group") | 6–10 s each |
| created to finished, in the database: p50 / p95 / max | $STORM_P50 / $STORM_P95 / $STORM_MAX s | 1,000 rows: 6 s |
| rows imported | $((STORM_OK * ROWS)) | 100,000 rows: 10 min |

$(header)
$(row "upload (the POST, answered 202)" "$(gatling_stat "$us" "upload to SUCCEEDED/upload")")
$(row "upload to SUCCEEDED" "$us_group")
$(row "all requests" "$(gatling_stat "$us" ROOT)")
$(resources upload-storm)
$(gatling_report upload-storm)

### 3. End of day — $EXPORTS people each export a whole project as CSV at once

Target: p95 < 2 s ($(ok "$eod_p95" 2000)). Each project holds $((SEEDED / BENCH_WORKSPACES / BENCH_PROJECTS)) seeded tasks
(and the imports' rows in some). The seed gives no figure.

$(header)
$(row "export (CSV, streamed)" "$eod_export")
$(row "all requests" "$(gatling_stat "$eod" ROOT)")
$(resources end-of-day)
$(gatling_report end-of-day)

### 4. Worst case — $UPLOADS_WORST uploads and $RPS requests/s of browsing at once

The scenario is about browsing and imports, not about signing in (that is scenario 1), so its $((USERS + UPLOADS_WORST)) people
($USERS who browse, $UPLOADS_WORST who upload) signed in beforehand, at most $SIGN_INS_AT_ONCE at a time$([[ -n $wc_sign_ins ]] && echo ", in $wc_sign_ins s"); those
sign-ins are reported apart and are not part of the verdicts. Then, at the same moment, the $UPLOADS_WORST uploads started and
browsing started at $RPS requests/s, for $BROWSE s.

Target: browsing p95 < 250 ms ($(ok "$wc_p95" 250)), no errors in browsing and uploads ($wc_errors: $([[ $wc_errors == 0 ]] && echo met || echo "**missed**")), every import SUCCEEDED
($WORST_OK of the $WORST_ALL uploads PMS accepted; $UPLOADS_WORST were to be sent), and the task count exactly seeded + imported:
$SEEDED seeded + $IMPORTED imported (rows of all SUCCEEDED imports of the run) = $((SEEDED + IMPORTED)); counted $AFTER —
$([[ $AFTER == $((SEEDED + IMPORTED)) ]] && echo "**exact**" || echo "**MISMATCH**")$([[ $AFTER != "$EXPECTED" ]] && echo "; not every upload was made or accepted, so it is not the $EXPECTED that all $((UPLOADS_STORM + UPLOADS_WORST)) uploads would give").

$(header)
$(row "browse (task lists, my tasks, board, task)" "$wc_browse")
$(row "upload (the POST, answered 202)" "$(gatling_stat "$wc" "upload to SUCCEEDED/upload")")
$(row "upload to SUCCEEDED (client, polling every 200 ms)" "$wc_upload")
$(row "import result (SUCCEEDED with every row)" "$wc_result")
$(row "sign in beforehand ($SIGN_INS_AT_ONCE at a time; not part of the verdicts)" "$(gatling_stat "$wc" "sign in beforehand")")
$(row "all requests, with the sign-ins" "$(gatling_stat "$wc" ROOT)")

Imports in the database, created to finished: p50 $WORST_P50 s, p95 $WORST_P95 s, max $WORST_MAX s.
$(if [[ -n $wc_signed ]]; then
    resources worst-case "$wc_signed" "$wc_to" "while browsing and importing, from the moment everyone had signed in"
    resources worst-case "$(awk -v a="$wc_signed" -v b="$wc_sign_ins" 'BEGIN {printf "%d", a - b}')" "$wc_signed" "while signing in beforehand"
  else
    resources worst-case
  fi)
$(gatling_report worst-case)

### Gatling's own verdicts

\`\`\`
$(for s in morning-peak upload-storm end-of-day worst-case; do assertions "$s" | sed "s/^/$s: /"; done)
\`\`\`
EOF

# where the time goes: the hottest methods of each scenario that missed a target (its JFR recording, profile settings)
missed=()
[[ $(ok "$mp_p95" 100) != met || $(ok "$mp_p99" 250) != met ]] && missed+=(morning-peak)
[[ $(ok "$us_p95" 2000) != met ]] && missed+=(upload-storm)
[[ $(ok "$eod_p95" 2000) != met ]] && missed+=(end-of-day)
[[ $(ok "$wc_p95" 250) != met || $wc_errors != 0 ]] && missed+=(worst-case)
if ((${#missed[@]})); then
  echo ""
  echo "### Where the time goes (JFR)"
  echo ""
  echo "Each scenario ran under its own JFR recording (\`jcmd <pid> JFR.start settings=profile\`, files in \`$RUN_DIR/*.jfr\`)."
  echo "Hottest methods by own time (\`jfr view hot-methods\`) of the scenarios that missed a target (the worst case's"
  echo "from the moment everyone had signed in):"
  for s in "${missed[@]}"; do
    echo ""
    echo "$s:"
    echo ""
    echo '```'
    hot_methods "$RUN_DIR/$s.jfr" 12 || true
    echo '```'
  done
fi
