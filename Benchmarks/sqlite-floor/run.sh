#!/bin/sh
# Builds and runs the SQLite floor benchmark (needs a C compiler and libsqlite3-dev).
#     Benchmarks/sqlite-floor/run.sh [CASES [SITES]]
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${TMPDIR:-/tmp}/sizhen-sqlite-floor
cc -O2 -o "$out" "$here/floor.c" -lsqlite3
"$out" "$@"
