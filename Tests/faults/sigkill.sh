#!/usr/bin/env bash
# Kills `sizhen simulate`, `sizhen rounds` and `sizhen intake import` with SIGKILL at random
# moments, re-runs each to completion, and checks the database: PRAGMA integrity_check is ok,
# no day processed twice, no duplicate record, and the records equal an uninterrupted run's.
#
#   Tests/faults/sigkill.sh [ITERATIONS]     (default 200 kills of each command)
#   SIZHEN=.build/debug/sizhen Tests/faults/sigkill.sh 20   (skip the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations="${1:-200}"
if [[ -z "${SIZHEN:-}" ]]; then
  swift build -c release --product sizhen >/dev/null
  SIZHEN=.build/release/sizhen
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
csv=docs/examples/intake-2026-12.csv

records() { python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
if ok != "ok": print("INTEGRITY", ok); sys.exit(2)
dup = db.execute("SELECT count(*) - count(DISTINCT id) FROM records").fetchone()[0]
days = db.execute("SELECT count(*) - count(DISTINCT date) FROM days").fetchone()[0]
pairs = db.execute("SELECT count(*) FROM (SELECT case_id, type, count(*) c FROM records GROUP BY case_id, type, id HAVING c > 1)").fetchone()[0]
if dup or days or pairs: print("DUPLICATES", dup, days, pairs); sys.exit(3)
for row in db.execute("SELECT * FROM records ORDER BY id"): print(row)
PY
}

# Uninterrupted runs, timed, as the reference.
start=$(date +%s.%N); "$SIZHEN" simulate --month 2026-12 --db "$work/sim-ref.db" >/dev/null; sim_time=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N); "$SIZHEN" rounds --date 2026-12-31 --db "$work/rounds-ref.db" >/dev/null; rounds_time=$(echo "$(date +%s.%N) - $start" | bc)
cp "$work/rounds-ref.db" "$work/import-base.db"
start=$(date +%s.%N); "$SIZHEN" intake import "$csv" --db "$work/rounds-ref.db" >/dev/null; import_time=$(echo "$(date +%s.%N) - $start" | bc)
records "$work/sim-ref.db" > "$work/sim-ref.txt"
cp "$work/import-base.db" "$work/rounds-only.db"; "$SIZHEN" rounds --date 2026-12-31 --db "$work/rounds-only.db" >/dev/null
records "$work/rounds-only.db" > "$work/rounds-ref.txt"
records "$work/rounds-ref.db" > "$work/import-ref.txt"
echo "reference: simulate ${sim_time}s ($(wc -l < "$work/sim-ref.txt") records), rounds ${rounds_time}s, import ${import_time}s"

kill_at() { # DELAY COMMAND...: runs COMMAND, SIGKILLs it after DELAY seconds (if still running)
  local delay="$1"; shift
  "$@" >/dev/null 2>&1 & local pid=$!
  sleep "$delay"; kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}
random_delay() { python3 -c "import random; print(round(random.uniform(0, $1), 3))"; }

failures=0; kills=0
for ((i = 1; i <= iterations; i++)); do
  # simulate: killed, then run again; it writes its database afresh.
  kill_at "$(random_delay "$sim_time")" "$SIZHEN" simulate --month 2026-12 --db "$work/sim.db"; kills=$((kills + 1))
  "$SIZHEN" simulate --month 2026-12 --db "$work/sim.db" >/dev/null
  records "$work/sim.db" > "$work/sim.txt" && cmp -s "$work/sim.txt" "$work/sim-ref.txt" || { echo "simulate $i: differs"; failures=$((failures + 1)); }
  # rounds: killed on a database with days already processed or not, then finished.
  cp "$work/import-base.db" "$work/rounds.db"
  kill_at "$(random_delay "$rounds_time")" "$SIZHEN" rounds --date 2026-12-31 --db "$work/rounds.db"; kills=$((kills + 1))
  "$SIZHEN" rounds --date 2026-12-31 --db "$work/rounds.db" >/dev/null
  records "$work/rounds.db" > "$work/rounds.txt" && cmp -s "$work/rounds.txt" "$work/rounds-ref.txt" || { echo "rounds $i: differs"; failures=$((failures + 1)); }
  # intake import: killed, imported again (all or nothing), then the rounds finished.
  cp "$work/rounds-only.db" "$work/import.db"
  kill_at "$(random_delay "$import_time")" "$SIZHEN" intake import "$csv" --db "$work/import.db"; kills=$((kills + 1))
  "$SIZHEN" intake import "$csv" --db "$work/import.db" >/dev/null
  records "$work/import.db" > "$work/import.txt" && cmp -s "$work/import.txt" "$work/import-ref.txt" || { echo "import $i: differs"; failures=$((failures + 1)); }
done
echo "sigkill: $kills kills, $failures failures"
[[ $failures -eq 0 ]]
