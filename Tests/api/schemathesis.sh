#!/bin/bash
# schemathesis (PyPI) against /openapi.json of a running `sizhen serve`, signed in as the
# administrator (who may use every route): every generated request must get an answer that is
# not a server error. The sign-out routes are left out (they would end the session the rest
# use). Installs schemathesis 4 into a virtual environment under OUTDIR on first use.
# Builds nothing: SIZHEN names the binary (default .build/debug/sizhen).
# Usage: Tests/api/schemathesis.sh [OUTDIR] [MAX_EXAMPLES]
# Exit 0 when no server error was found; 1 otherwise; 3 when schemathesis cannot be installed.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
sizhen=${SIZHEN:-$root/.build/debug/sizhen}
out=${1:-$(mktemp -d)}
examples=${2:-25}
port=18191
mkdir -p "$out"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; }
trap cleanup EXIT

if [ ! -x "$out/venv/bin/st" ]; then
    python3 -m venv "$out/venv" && "$out/venv/bin/pip" install -q "schemathesis==4.*" >&2 || { echo "cannot install schemathesis" >&2; exit 3; }
fi
rm -rf "$out/db" && mkdir -p "$out/db"
printf 'schema password 1\n' | "$sizhen" user add admin --role admin --db "$out/db/s.db" --workflows "$root/Workflows" >/dev/null || exit 1
"$sizhen" serve --port "$port" --db "$out/db/s.db" --workflows "$root/Workflows" >"$out/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
jar=$out/jar
curl -s -c "$jar" -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"name":"admin","password":"schema password 1"}' "http://127.0.0.1:$port/api/login"
cookie=$(awk '$6 == "sizhen_session" {print "sizhen_session=" $7}' "$jar")
csrf=$(curl -s -b "$cookie" "http://127.0.0.1:$port/api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')
[ -n "$cookie" ] && [ -n "$csrf" ] || { echo "could not sign in" >&2; exit 1; }
# From OUTDIR: schemathesis keeps its cache (.schemathesis/) in the current folder.
(cd "$out" && "$out/venv/bin/st" run "http://127.0.0.1:$port/openapi.json" --checks not_a_server_error \
    --exclude-path /logout --exclude-path /api/logout --max-examples "$examples" \
    -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" --no-color)
status=$?
if grep -qE "^sizhen serve: (GET|POST) " "$out/serve.log"; then echo "server errors:" >&2; grep -E "^sizhen serve: (GET|POST) " "$out/serve.log" >&2; exit 1; fi
exit $status
