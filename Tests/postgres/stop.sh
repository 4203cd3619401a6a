#!/usr/bin/env bash
# Stops the server Tests/postgres/start.sh started (its folder from SIZHEN_TEST_POSTGRES_DIR or
# the first argument) and removes the folder.
set -euo pipefail
dir=${1:-${SIZHEN_TEST_POSTGRES_DIR:-}}
[ -n "$dir" ] && [ -d "$dir/data" ] || { echo "stop.sh: no server folder given" >&2; exit 1; }
bin=""
for candidate in /usr/local/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/pg_ctl" ]; then bin=$candidate; break; fi
done
[ -n "$bin" ] || bin=$(dirname "$(command -v pg_ctl)")
run_as=()
if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u "$(stat -c %U "$dir/data")" --); fi
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$dir"
