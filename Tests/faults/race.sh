#!/usr/bin/env bash
# Starts `sizhen simulate`, `sizhen rounds` and `sizhen intake import` on ONE new database, each
# after a random delay of 0 to 50 ms, many times, and checks what each command said against
# the database it left:
#   - every command ends with status 0 or 1 (no crash, no signal);
#   - one that failed printed one of the refusals a race may cause ("… is a simulation's
#     database", "… holds real records", "another sizhen command changed the database … at the
#     same moment"), never "no such table", "disk I/O error", "busy … 10 seconds" or a trace;
#   - one that succeeded kept its work: a simulate's database is a simulation's holding exactly
#     an uninterrupted simulation's records (and both real commands failed); a rounds' database
#     is real, has every day through its date processed and its records; an intake import's is
#     real, has the file imported and its records;
#   - PRAGMA integrity_check is ok, and nothing but the database and its -wal and -shm is left.
#
#   Tests/faults/race.sh [RUNS]                           (default 200; builds release)
#   SIZHEN=.build/debug/sizhen Tests/faults/race.sh 20    (with a binary already built)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-200}"
if [[ -z "${SIZHEN:-}" ]]; then
  swift build -c release --product sizhen >/dev/null
  SIZHEN=.build/release/sizhen
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
csv=docs/examples/intake-2026-12.csv
date=2026-12-05

# The references: each command alone on a new database.
"$SIZHEN" simulate --month 2026-12 --db "$work/sim-ref.db" >/dev/null
"$SIZHEN" rounds --date "$date" --db "$work/rounds-ref.db" >/dev/null
"$SIZHEN" intake import "$csv" --db "$work/intake-ref.db" >/dev/null

ms() { printf '0.%03d' $((RANDOM % 51)); }

# DIR NAME ARGUMENTS...: runs sizhen after a random delay; its output, errors and status go to
# DIR/NAME.out, .err and .status.
start() {
  local dir="$1" name="$2"; shift 2
  sleep "$(ms)"
  local status=0
  "$SIZHEN" "$@" >"$dir/$name.out" 2>"$dir/$name.err" || status=$?
  echo "$status" >"$dir/$name.status"
}

# One run: the three commands at once on $1 (a folder of its own); their statuses and errors
# go to files beside it.
race() {
  local dir="$1" db="$1/race.db"
  start "$dir" simulate simulate --month 2026-12 --db "$db" &
  start "$dir" rounds rounds --date "$date" --db "$db" &
  start "$dir" intake intake import "$csv" --db "$db" &
  wait
}

for ((i = 1; i <= runs; i++)); do
  mkdir "$work/run-$i"
  race "$work/run-$i"
done

python3 - "$work" "$runs" "$date" <<'PY'
import os, sqlite3, sys
work, runs, date = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def records(path):
    db = sqlite3.connect(path)
    rows = db.execute("SELECT * FROM records ORDER BY date, id").fetchall()
    db.close()
    return rows

sim_ref = records(f"{work}/sim-ref.db")
rounds_ref = {row[0] for row in records(f"{work}/rounds-ref.db")}
intake_ref = {row[0] for row in records(f"{work}/intake-ref.db")}

# The refusals a race may cause, by command; anything else from a failed command is a defect.
refusals = {
    "simulate": ["holds real records, not a simulation"],
    "rounds": ["is a simulation's database"],
    "intake": ["is a simulation's database"],
}
meanwhile = "changed the database"
counts = {"simulation": 0, "real": 0, "nothing": 0}
ok = {"simulate": 0, "rounds": 0, "intake": 0}
refused = {"simulate": 0, "rounds": 0, "intake": 0}
retried = 0
problems = []

for i in range(1, runs + 1):
    run = f"{work}/run-{i}"
    def fail(text):
        problems.append(f"run {i}: {text}")
    status, errors = {}, {}
    for command in ["simulate", "rounds", "intake"]:
        status[command] = int(open(f"{run}/{command}.status").read().strip())
        errors[command] = open(f"{run}/{command}.err").read()
        if status[command] == 0:
            ok[command] += 1
        elif status[command] != 1:
            fail(f"{command} ended with status {status[command]}: {errors[command][-300:]!r}")
        elif any(r in errors[command] for r in refusals[command]):
            refused[command] += 1
        elif meanwhile in errors[command] and "run the command again" in errors[command]:
            retried += 1
        else:
            fail(f"{command} failed without a clear refusal: {errors[command][-300:]!r}")
    leftovers = sorted(set(os.listdir(run)) - {"race.db", "race.db-wal", "race.db-shm"} - {
        f"{c}.{k}" for c in ["simulate", "rounds", "intake"] for k in ["out", "err", "status"]})
    if leftovers:
        fail(f"files left beside the database: {leftovers}")
    if not os.path.exists(f"{run}/race.db"):
        fail("no database")
        continue
    db = sqlite3.connect(f"{run}/race.db")
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        fail(f"integrity: {integrity}")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    purpose = db.execute("SELECT value FROM meta WHERE key = 'purpose'").fetchone() if "meta" in tables else None
    purpose = purpose[0] if purpose else None
    counts[purpose or "nothing"] += 1
    stored = db.execute("SELECT * FROM records ORDER BY date, id").fetchall() if "records" in tables else []
    ids = {row[0] for row in stored}
    if status["simulate"] == 0:
        if purpose != "simulation":
            fail(f"simulate succeeded but the database is {purpose}")
        if status["rounds"] == 0 or status["intake"] == 0:
            fail("simulate and a real command both succeeded")
        if stored != sim_ref:
            fail(f"simulate succeeded but the database holds {len(stored)} records, not its {len(sim_ref)}")
    if status["rounds"] == 0:
        if purpose != "real":
            fail(f"rounds succeeded but the database is {purpose}")
        days = db.execute("SELECT count(*) FROM days WHERE date <= ?", [date]).fetchone()[0] if "days" in tables else 0
        if days != 5:
            fail(f"rounds succeeded but {days} of its 5 days are processed")
        if not rounds_ref <= ids:
            fail(f"rounds succeeded but {len(rounds_ref - ids)} of its records are missing")
    if status["intake"] == 0:
        if purpose != "real":
            fail(f"intake import succeeded but the database is {purpose}")
        imported = db.execute("SELECT count(*) FROM imports WHERE rows = 8").fetchone()[0] if "imports" in tables else 0
        if imported != 1:
            fail("intake import succeeded but the file is not recorded as imported")
        if not intake_ref <= ids:
            fail(f"intake import succeeded but {len(intake_ref - ids)} of its records are missing")
    if all(status[c] != 0 for c in status):
        fail("no command succeeded")
    db.close()

print(f"race: {runs} runs of simulate, rounds and intake import on one new database (0-50 ms apart)")
print(f"  the database became a simulation's {counts['simulation']} times, real {counts['real']} times, neither {counts['nothing']} times")
print(f"  succeeded: simulate {ok['simulate']}, rounds {ok['rounds']}, intake import {ok['intake']}")
print(f"  refused for the database's purpose: simulate {refused['simulate']}, rounds {refused['rounds']}, intake import {refused['intake']}; "
      f"'changed at the same moment, run again': {retried}")
for problem in problems[:40]:
    print("  " + problem)
print(f"race: {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
