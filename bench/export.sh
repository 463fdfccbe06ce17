#!/usr/bin/env bash
# Export benchmark: streams N tasks out as CSV and XLSX at -Xmx256m, then imports the CSV back.
# Loads N tasks (raw COPY, default 1,000,000) and streams them out through GET .../tasks/export as CSV and XLSX
# with PMS at -Xmx256m; prints time and size, then imports the CSV export back and checks the count.
# Usage: ./pms bench export [N]   Environment: PORT and DB_PORT (free ones), HEAP (256m), KEEP=1 keeps the data.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
n=${1:-1000000}
api_bench export

generate "$n"
java -cp "$PGJDBC" bench/RawCopy.java copy "$jdbc" "$WORK/copy-$n.txt" >/dev/null
for format in csv xlsx; do
  t0=$(date +%s%N)
  api GET "/api/v1/workspaces/$WS/tasks/export?format=$format" -o "$WORK/export.$format"
  echo "export $format: $n tasks, $(stat -c %s "$WORK/export.$format") bytes in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
done
ms=$(import_file "$WORK/export.csv")
echo "the CSV export imported back in $ms ms: the workspace now holds $(api GET "/api/v1/workspaces/$WS/tasks/count" | json count) tasks (2 x $n expected)"
echo "max heap $HEAP; server still healthy: $(curl -s -o /dev/null -w '%{http_code}' "$base/api/health")"
