#!/usr/bin/env bash
# What each feature of the tasks table costs a raw COPY: the schema as it is against variants without one feature.
# PMS only migrates a new database and signs a user up with a workspace and a project; then it stops, and its embedded
# PostgreSQL runs alone, with PMS's settings but without autovacuum (which would merge the GIN index's pending list
# between the runs) and without WAL archiving. bench/CopyVariants.java then copies the rows of the import benchmark's
# file into tasks, in rounds that take every variant once, and prints each run and the medians.
#   ./pms bench copy-variants [N [VARIANT...]]   (N: 100000; variants: all, see bench/CopyVariants.java)
# Environment: RUNS (5 rounds), DB_PORT (a free one), KEEP=1 keeps the data directory, PG_SETTINGS more options for
# the server (PG_SETTINGS="-c wal_buffers=64MB").
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
rows=${1:-100000}
variants=("${@:2}")
need psql postgresql-client
export PMS_BACKUP_ENABLED=false
api_bench copy-variants
generate "$rows"
stop_pms server

# the server PMS ran, from the command line it left in the data directory; as root in a user namespace of its own, as
# the embedded PostgreSQL library starts it (PostgreSQL refuses to run as root)
eval "set -- $(cat "$WORK/data/postmaster.opts")"
[[ $(id -u) != 0 ]] || set -- unshare -Uu "$@"
# shellcheck disable=SC2086 # PG_SETTINGS holds several options
"$@" -c autovacuum=off ${PG_SETTINGS:-} > "$WORK/postgres.log" 2>&1 &
pg=$!
trap 'kill -INT $pg 2>/dev/null; wait $pg 2>/dev/null || true; [[ -n "${KEEP:-}" ]] || rm -rf "$WORK"' EXIT
for _ in $(seq 1 60); do sql "select 1" >/dev/null 2>&1 && break; sleep 0.5; done
sql "select 1" >/dev/null || { tail "$WORK/postgres.log" >&2; exit 1; }
log "PostgreSQL $(sql "show server_version") alone on :$DB_PORT; $rows rows, ${RUNS:-5} rounds"
java -cp "$PGJDBC" bench/CopyVariants.java "$jdbc" "$WORK/copy-$rows.txt" "${RUNS:-5}" "${variants[@]}"
