#!/usr/bin/env bash
# A Jepsen-style check of the PostgreSQL store: 8 clients import overlapping sheets and run
# `rounds` against one database while the server is killed and restarted
# (`pg_ctl restart -m immediate`, no clean shutdown) several times. A client whose command fails
# (the connection lost mid-transaction) runs it again until it succeeds, as an operator would.
# At the end:
#
#   1. every fact of every acknowledged sheet is in the database exactly once (no kind and key
#      twice with one payload: nothing appended twice), and nothing else is;
#   2. the derived month equals a rebuild: the same sheets imported one by one into a new SQLite
#      file, with the same `rounds`, give the same report and records.
#
# Run (from the repository, after `swift build`):
#
#     Tests/postgres/jepsen.sh               # RESTARTS=4 CLIENTS=8 by default, about a minute
#
# It starts a server of its own (Tests/postgres/start.sh) and stops it at the end. SIZHEN names
# the program (default .build/debug/sizhen). Exit 0 when both checks hold.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
sizhen=${SIZHEN:-$root/.build/debug/sizhen}
clients=${CLIENTS:-8}
restarts=${RESTARTS:-4}
work=$(mktemp -d "${TMPDIR:-/tmp}/sizhen-jepsen.XXXXXX")
eval "$(Tests/postgres/start.sh)"
server_dir=$SIZHEN_TEST_POSTGRES_DIR
cleanup() {
    jobs -p | xargs -r kill 2>/dev/null || true
    Tests/postgres/stop.sh "$server_dir"
    rm -rf "$work"
}
trap cleanup EXIT
export PGOPTIONS="-c client_min_messages=warning"
psql -q "$SIZHEN_TEST_POSTGRES" -c "CREATE DATABASE jepsen"
db=$(echo "$SIZHEN_TEST_POSTGRES" | sed -E "s|^(postgres(ql)?://[^/]*)/[^?]*|\1/jepsen|")
owner=$(stat -c %U "$server_dir/data")
pg_ctl_bin=$(dirname "$(ls /usr/local/bin/pg_ctl /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | head -1)")
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u "$owner" --)

# Sheets: three visitors at each 接诊 sitting of December, 16 sheets of 36 rows, each sharing
# half its rows with the next, so that every row is in two sheets and most clients import
# rows another client imports too.
"$sizhen" schedule --month 2026-12 --workflow 接诊 --format json > "$work/schedule.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
header = "日期,工作流,诊室,序号,结果,接待人员,姓名,电话,身份证号,备注,案件类型,纠纷或咨询的领域,当事人数,是否重大疑难案件,调解案件难易,矛盾纠纷是否已化解,是否存在“民转刑”风险,出行困难,年龄,是否老年人,涉及的问题"
rows = [f"{s['date']},{s['workflow']},{s['site']},{n},已解决,,,,,,consultation,物业,{n},,,,,,,,"
        for s in json.load(open(f"{work}/schedule.json")) for n in (1, 2, 3)]
count, size = 16, 36
for i in range(count):
    start = i * len(rows) // count
    chosen = [rows[(start + j) % len(rows)] for j in range(size)]
    with open(f"{work}/sheet-{i:02d}.csv", "w", encoding="utf-8") as f:
        f.write(header + "\n" + "\n".join(chosen) + "\n")
PY

# Runs a command until it succeeds (at most 200 tries); logs each failure.
until_done() {
    local log=$1; shift
    local tries=0
    until "$@" >>"$log" 2>&1; do
        tries=$((tries + 1))
        [ $tries -ge 200 ] && { echo "gave up: $*" >>"$log"; return 1; }
        sleep 0.$((RANDOM % 5 + 1))
    done
    echo "acknowledged: $*" >>"$log"
}

client() {
    local c=$1 log="$work/client-$c.log"
    for sheet in $((2 * c % 16)) $(((2 * c + 1) % 16)) $(((2 * c + 5) % 16)); do
        until_done "$log" "$sizhen" intake import "$work/sheet-$(printf %02d "$sheet").csv" --db "$db"
        until_done "$log" "$sizhen" rounds --date "2026-12-$(printf %02d $((RANDOM % 28 + 1)))" --db "$db"
    done
}

for c in $(seq 0 $((clients - 1))); do client "$c" & done
# Spread over the clients' work (an import takes a few seconds in a debug build).
for r in $(seq 1 "$restarts"); do
    sleep "$((RANDOM % 3 + 2)).$((RANDOM % 10))"
    "${as_owner[@]}" "$pg_ctl_bin/pg_ctl" -D "$server_dir/data" -l "$server_dir/server.log" -m immediate -w restart >/dev/null
    echo "restart $r: the server was killed and restarted"
done
failed=0
for pid in $(jobs -p); do wait "$pid" || failed=1; done
[ $failed -eq 0 ] || { echo "jepsen.sh: a client gave up" >&2; cat "$work"/client-*.log >&2; exit 1; }
failures=$(cat "$work"/client-*.log | grep -c ' error: ' || true)
acknowledged=$(grep -h '^acknowledged: .* intake import' "$work"/client-*.log | sed -E 's/.*(sheet-[0-9]+\.csv).*/\1/' | sort -u)
echo "clients done: $(echo "$acknowledged" | wc -l) sheets acknowledged; $failures failed attempts, run again:"
cat "$work"/client-*.log | grep ' error: ' | sed -E 's/^--db:1:1: error: //; s/postgres:[^ ]*/URL/g; s/[0-9]+ seconds/N seconds/' | sort | uniq -c | sort -rn | head -5
until_done "$work/final.log" "$sizhen" rounds --date 2026-12-31 --db "$db"

# 1. Every acknowledged fact once, and nothing else.
psql -qAt "$db" -c "SELECT kind, key, count(*) FROM facts GROUP BY kind, key, payload HAVING count(*) > 1" > "$work/twice.txt"
[ ! -s "$work/twice.txt" ] || { echo "jepsen.sh: facts appended twice:" >&2; head "$work/twice.txt" >&2; exit 1; }
rebuild="$work/rebuild.db"
for sheet in $acknowledged; do "$sizhen" intake import "$work/$sheet" --db "$rebuild" >/dev/null; done
"$sizhen" rounds --date 2026-12-31 --db "$rebuild" >/dev/null
psql -qAt "$db" -c "SELECT kind || '|' || key || '|' || payload FROM facts ORDER BY 1" > "$work/facts-server.txt"
sqlite3 "$rebuild" "SELECT kind || '|' || key || '|' || payload FROM facts ORDER BY 1" | LC_ALL=C sort > "$work/facts-rebuild.txt"
LC_ALL=C sort -o "$work/facts-server.txt" "$work/facts-server.txt"
cmp -s "$work/facts-server.txt" "$work/facts-rebuild.txt" || {
    echo "jepsen.sh: the facts differ from the acknowledged sheets'" >&2; diff "$work/facts-server.txt" "$work/facts-rebuild.txt" | head >&2; exit 1; }
echo "check 1: $(wc -l < "$work/facts-server.txt") facts, each acknowledged one present exactly once"

# 2. The derived month equals the rebuild's.
for view in "report --month 2026-12" "records --month 2026-12 --format csv"; do
    # shellcheck disable=SC2086
    cmp -s <("$sizhen" $view --db "$db") <("$sizhen" $view --db "$rebuild") || {
        echo "jepsen.sh: $view differs from the rebuild" >&2; exit 1; }
done
echo "check 2: the month's report and records equal a rebuild from the acknowledged sheets alone"
