#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and prints the lines to export:
#
#     eval "$(Tests/postgres/start.sh)"     # sets SIZHEN_TEST_POSTGRES and SIZHEN_TEST_POSTGRES_DIR
#     swift test                            # the contract suite then runs on PostgreSQL too
#     Tests/postgres/stop.sh                # stops it and removes its folder
#
# The server lives in a new temporary folder: its data, its log, and its Unix socket, which is
# all it listens on (no TCP). Authentication is `trust` for the socket only, so no password is
# needed or printed. PostgreSQL refuses to run as root: as root, the server runs as the user
# `postgres` (made when missing), or `nobody`. Missing `initdb`/`pg_ctl` are installed with
# apt-get (Debian's `postgresql` package) when running as root.
set -euo pipefail

find_bin() {
    local dir
    for dir in /usr/local/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

if ! bin=$(find_bin); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "start.sh: initdb and pg_ctl not found; install PostgreSQL (Debian: apt-get install postgresql)" >&2
        exit 1
    fi
    echo "start.sh: installing postgresql with apt-get" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(find_bin)
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/sizhen-pg.XXXXXX")
chmod 755 "$dir"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    if ! id "$owner" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$owner" >/dev/null 2>&1 || owner=nobody
    fi
    chown "$owner" "$dir"
    run_as=(runuser -u "$owner" --)
fi

# Locale C and UTF-8: the store's own columns are COLLATE "C" anyway; fsync off, as the tests
# never outlive the machine (a crash of the server alone, `pg_ctl restart -m immediate`, loses
# nothing committed: the WAL is in the kernel's hands).
"${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=200" start >&2 || {
    cat "$dir/server.log" >&2; exit 1; }

echo "export SIZHEN_TEST_POSTGRES='postgres:///postgres?host=$dir&user=postgres'"
echo "export SIZHEN_TEST_POSTGRES_DIR='$dir'"
