#!/usr/bin/env bash
# Live-updates benchmark: N event streams on one node, one change per interval, commit-to-arrival delays.
# Opens CLIENTS (2,000) Server-Sent Events streams of one board on one node (loopback), changes a task of that board
# every INTERVAL ms (100) for SECONDS (60) through the API, and prints p50/p99/max of the delay from the change's
# request to each event's arrival at each client, whether every client got every event, and the node's heap and RSS.
# Usage: ./pms bench live [CLIENTS [SECONDS [INTERVAL]]]   Environment: PORT and DB_PORT (free ones), HEAP (256m).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
clients=${1:-2000}; seconds=${2:-60}; interval=${3:-100}
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
api_bench live
log "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$COOKIES")
java -Xss256k bench/LiveBench.java "$base" "$cookie" "$TOKEN" "$WS" "$PROJECT" "$clients" "$seconds" "$interval" \
  "$(cat "$RUN_DIR/server.pid")" "http://127.0.0.1:$MGMT_PORT"
log "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
