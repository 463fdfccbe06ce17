#!/usr/bin/env bash
# Export benchmark: loads N tasks (raw COPY, default 1,000,000) and streams them out through
# GET .../tasks/export as CSV and XLSX with PMS at -Xmx256m; prints time and size, then imports the CSV
# export back and checks the count.   Usage: ./pms bench export [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; port=${PORT:-18092}; db_port=${DB_PORT:-15492}; heap=${HEAP:-256m}
work=$(mktemp -d /tmp/pms-export-XXXXXX)
base="http://localhost:$port"
jdbc="jdbc:postgresql://localhost:$db_port/postgres"
source bench/lib.sh

[[ -f target/pms.jar ]] || ./mvnw -q -B -DskipTests package
start_server "$work" "$port" "$db_port" "$heap"
trap 'stop_server; [[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
setup_workspace "$work"
generate "$work" "$n"
java -cp "$work/pgjdbc.jar" bench/RawCopy.java copy "$jdbc" "$work/copy-$n.txt" >/dev/null
for format in csv xlsx; do
  t0=$(date +%s%N)
  api GET "/api/v1/workspaces/$WS/tasks/export?format=$format" -o "$work/export.$format"
  echo "export $format: $n tasks, $(stat -c %s "$work/export.$format") bytes in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
done
ms=$(import_file "$work/export.csv")
echo "the CSV export imported back in $ms ms: the workspace now holds $(api GET "/api/v1/workspaces/$WS/tasks/count" | json count) tasks (2 x $n expected)"
echo "max heap $heap; server still healthy: $(curl -s -o /dev/null -w '%{http_code}' "$base/api/health")"
