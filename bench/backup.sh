#!/usr/bin/env bash
# Time to back up and to restore a seeded embedded database: ./pms seed, then ./pms backup and ./pms restore.
# Usage: ./pms bench backup [TASKS]   (default 1000000; seeded with 1,000 people in 20 workspaces)
# Environment: KEEP=1 keeps the work folder (data, backups, restored copy) for a look afterwards.
# Prints the seeded database's size, and each command's own time (from its log) next to the wall time of the command
# (which adds the JVM, Spring and PostgreSQL start-up).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/pms-bench-backup.XXXXXX")
[[ ${KEEP:-} == 1 ]] || trap 'rm -rf "$work"' EXIT
export PMS_DATA_DIR=$work/data PMS_BACKUP_DIR=$work/backups
[[ -f target/pms.jar ]] || ./mvnw -q -B -DskipTests package

timed() { local start=$SECONDS; "$@" >"$work/last.log" 2>&1 || { tail -20 "$work/last.log"; exit 1; }; echo $((SECONDS - start)); }

seed_s=$(timed java -jar target/pms.jar seed --users 1000 --workspaces 20 --tasks "$n")
size=$(du -sm "$work/data" | cut -f1)
echo "seeded $n tasks in ${seed_s} s; data folder ${size} MB; WAL archived $(du -sm "$work/backups/wal" | cut -f1) MB"

backup_s=$(timed java -jar target/pms.jar backup --spring.main.banner-mode=off)
echo "./pms backup: ${backup_s} s wall; $(grep -o 'Base backup .*' "$work/last.log")"

restore_s=$(timed java -jar target/pms.jar restore --into "$work/restored" --no-start)
echo "./pms restore (latest): ${restore_s} s wall; $(grep -o 'Restored base backup .*' "$work/last.log")"
echo "restored data folder: $(du -sm "$work/restored" | cut -f1) MB"
