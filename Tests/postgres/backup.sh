#!/usr/bin/env bash
# Tries the backups and restores of docs/deployment.md on a simulated month, and checks each
# restored database against the original by `sizhen db copy`'s per-table counts and digests:
#
#   - SQLite: `sqlite3 FILE ".backup COPY"`;
#   - PostgreSQL: the file copied into a database, `pg_dump --format=custom`, `pg_restore` into
#     a new database.
#
# Uses the server SIZHEN_TEST_POSTGRES names, or starts one (Tests/postgres/start.sh) and stops
# it at the end. SIZHEN names the program (default .build/debug/sizhen). Exit 0 when every
# restored database matches.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizhen=${SIZHEN:-.build/debug/sizhen}
work=$(mktemp -d "${TMPDIR:-/tmp}/sizhen-backup.XXXXXX")
started=""
cleanup() {
    if [ -n "${base:-}" ]; then
        psql -q "$base" -c "DROP DATABASE IF EXISTS sizhen_backup_a WITH (FORCE)" -c "DROP DATABASE IF EXISTS sizhen_backup_b WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    [ -n "$started" ] && Tests/postgres/stop.sh "$SIZHEN_TEST_POSTGRES_DIR"
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${SIZHEN_TEST_POSTGRES:-}" ]; then
    eval "$(Tests/postgres/start.sh)"
    started=yes
fi
base=$SIZHEN_TEST_POSTGRES
export PGOPTIONS="-c client_min_messages=warning"   # no NOTICE for a database not there to drop
# The same server, another database: the URL's path is the database.
url() { echo "$base" | sed -E "s|^(postgres(ql)?://[^/]*)/[^?]*|\1/$1|"; }

# What `db copy` prints per table (rows and digest), without its last line, which names the two sides.
tables() { "$sizhen" db copy --from "$1" --to "$2" | sed '$d'; }

"$sizhen" simulate --month 2026-12 --db "$work/office.db" >/dev/null
original=$(tables "$work/office.db" "$work/check-original.db")

sqlite3 "$work/office.db" ".backup $work/backup.db"
[ "$(tables "$work/backup.db" "$work/check-backup.db")" == "$original" ] || { echo "backup.sh: the SQLite backup differs" >&2; exit 1; }
echo "sqlite .backup: every table's count and digest match"

psql -q "$base" -c "DROP DATABASE IF EXISTS sizhen_backup_a WITH (FORCE)" -c "CREATE DATABASE sizhen_backup_a" \
    -c "DROP DATABASE IF EXISTS sizhen_backup_b WITH (FORCE)" -c "CREATE DATABASE sizhen_backup_b"
[ "$(tables "$work/office.db" "$(url sizhen_backup_a)")" == "$original" ] || { echo "backup.sh: the copy into PostgreSQL differs" >&2; exit 1; }
pg_dump --format=custom --file="$work/sizhen.dump" "$(url sizhen_backup_a)"
pg_restore --no-owner --exit-on-error --dbname="$(url sizhen_backup_b)" "$work/sizhen.dump"
[ "$(tables "$(url sizhen_backup_b)" "$work/check-restored.db")" == "$original" ] || { echo "backup.sh: the restored dump differs" >&2; exit 1; }
# The restored database is a working one: a reading command gives what the file gives.
[ "$("$sizhen" report --month 2026-12 --db "$(url sizhen_backup_b)")" == "$("$sizhen" report --month 2026-12 --db "$work/office.db")" ] \
    || { echo "backup.sh: the restored database reports otherwise" >&2; exit 1; }
echo "pg_dump/pg_restore: every table's count and digest match, and the month reports the same"
