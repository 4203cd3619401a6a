#!/usr/bin/env bash
# Side by side: Sizhen's simulated month (the release `simulation-benchmarks`) and the SimPy
# model of the same month (model.py), on the same workflows folder, on this machine.
#
#     Benchmarks/simpy-peer/run.sh              # 138 (the shipped district) and 10000 communities
#     Benchmarks/simpy-peer/run.sh 138 1380     # chosen sizes
#     REPEAT=5 Benchmarks/simpy-peer/run.sh     # runs of each (default 3); the table has the best
#     SCRATCH_PATH=DIR Benchmarks/simpy-peer/run.sh   # build in DIR (swift build --scratch-path), e.g. to reuse a release build
#
# Each size: the Swift benchmark, the SimPy model in memory, and the SimPy model storing its
# month in SQLite as Sizhen does, interleaved, so that a busy machine slows all three alike.
# 138 is the shipped Workflows/ folder (what the Swift benchmark simulates for 138); any other
# size is a district written by `sizhen scaffold --communities N`, the same files the Swift
# benchmark writes for itself (checked with diff). SimPy comes from PyPI into a virtualenv in a
# temporary folder, removed at the end.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(138 10000)
for size in "${sizes[@]}"; do
    [[ "$size" =~ ^[0-9]+$ ]] && [ "$size" -ge 1 ] || { echo "run.sh: a size is a number of communities, not '$size'" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/sizhen-simpy-peer.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# 1. SimPy in a virtualenv (PyYAML and python-dateutil from the system when it has them).
echo "== virtualenv and SimPy (PyPI)"
python3 -m venv --system-site-packages "$work/venv" || { echo "run.sh: python3 -m venv failed (Debian: apt-get install python3-venv)" >&2; exit 1; }
python="$work/venv/bin/python"
if ! "$python" -m pip install --quiet --disable-pip-version-check simpy; then
    echo "run.sh: pip install simpy failed: PyPI is not reachable from here (or a proxy is needed: HTTPS_PROXY, PIP_INDEX_URL)." >&2
    exit 1
fi
if ! "$python" -c 'import yaml, dateutil' 2>/dev/null; then
    "$python" -m pip install --quiet --disable-pip-version-check pyyaml python-dateutil || {
        echo "run.sh: pip install pyyaml python-dateutil failed" >&2; exit 1; }
fi
"$python" -c 'import simpy, yaml, sys; print(f"SimPy {simpy.__version__}, PyYAML {yaml.__version__} (libyaml {yaml.__with_libyaml__}), Python {sys.version.split()[0]}")'

# 2. The Swift release products.
echo "== swift build -c release (simulation-benchmarks, sizhen)"
cd "$root"
scratch=()
[ -n "${SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$SCRATCH_PATH")
swift build -c release "${scratch[@]}" --product simulation-benchmarks
swift build -c release "${scratch[@]}" --product sizhen
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
repeat="${REPEAT:-3}"
results="$work/results.tsv"
: > "$results"
for size in "${sizes[@]}"; do
    echo "== $size communities ($repeat runs each, interleaved: Swift, SimPy in memory, SimPy with SQLite)"
    if [ "$size" -eq 138 ]; then
        folder="$root/Workflows"
    else
        folder="$work/district-$size"
        "$bin/sizhen" scaffold --communities "$size" --output "$folder"
    fi
    for run in $(seq 1 "$repeat"); do
        start="$(now)"
        # One month per process: REPEAT is this script's, not the benchmark's (which would
        # otherwise run the month REPEAT times in the one timed process).
        swift_out="$(REPEAT=1 "$bin/simulation-benchmarks" "$size")"
        wall="$(since "$start")"
        line="$(echo "$swift_out" | grep 'communities:' | tail -1)"
        [ -n "$line" ] || { echo "run.sh: the Swift benchmark printed no result for $size:" >&2; echo "$swift_out" >&2; exit 1; }
        echo "   Swift: $line"
        printf '%s\tswift\t%s\t%s\n' "$size" "$wall" "$line" >> "$results"
        if [ "$run" -eq 1 ] && [ "$size" -ne 138 ]; then
            if diff -rq "$folder" "${TMPDIR:-/tmp}/sizhen-sim-bench-$size" > /dev/null 2>&1; then
                echo "   (the same district files as the Swift benchmark's own)"
            else
                echo "   warning: the scaffolded folder differs from the Swift benchmark's ${TMPDIR:-/tmp}/sizhen-sim-bench-$size" >&2
            fi
        fi
        for mode in memory sqlite; do
            extra=()
            [ "$mode" = sqlite ] && extra=(--sqlite "$work/simpy-$size.db")
            start="$(now)"
            "$python" "$here/model.py" "$folder" --json "${extra[@]}" > "$work/simpy.json"
            wall="$(since "$start")"
            echo "   SimPy ($mode): $("$python" -c "import json, sys; s = json.load(open(sys.argv[1])); print('load %.2f s, simulate %.2f s; %d records, %d events' % (s['load_s'], s['simulate_s'], s['records_total'], s['events_total']))" "$work/simpy.json")"
            printf '%s\tsimpy-%s\t%s\t%s\n' "$size" "$mode" "$wall" "$(tr -d '\n\t' < "$work/simpy.json")" >> "$results"
        done
    done
done

# 3. The table: the best (least) time of the runs of each.
echo
"$python" - "$results" "$(nproc)" "$repeat" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, re, sys
from collections import defaultdict
pattern = re.compile(r"(\d+) communities: load\s+([\d.]+) s, simulate\s+([\d.]+) s;\s+(\d+) records,\s+(\d+) events")
best = defaultdict(lambda: {"load": float("inf"), "sim": float("inf"), "wall": float("inf")})
sizes = []
for line in open(sys.argv[1], encoding="utf-8"):
    size, system, wall, payload = line.rstrip("\n").split("\t", 3)
    if size not in sizes:
        sizes.append(size)
    if system == "swift":
        m = pattern.search(payload)
        load, sim, records, events = float(m[2]), float(m[3]), int(m[4]), int(m[5])
    else:
        s = json.loads(payload)
        load, sim, records, events = s["load_s"], s["simulate_s"], s["records_total"], s["events_total"]
    b = best[(size, system)]
    b.update(load=min(b["load"], load), sim=min(b["sim"], sim), wall=min(b["wall"], float(wall)), records=records, events=events)
names = {"swift": "Swift (SQLite)", "simpy-memory": "SimPy (in memory)", "simpy-sqlite": "SimPy (SQLite)"}
print(f"simulated month 2026-12; best of {sys.argv[3]} runs; {sys.argv[2]} cores, load average at the end {sys.argv[4]}")
header = ("communities", "model", "load s", "simulate s", "wall s", "records", "events", "records/s", "SimPy/Swift sim", "SimPy/Swift wall")
table = [header]
for size in sizes:
    swift = best[(size, "swift")]
    for system in ("swift", "simpy-memory", "simpy-sqlite"):
        b = best[(size, system)]
        ratio = "" if system == "swift" else f"{b['sim'] / swift['sim']:.2f}"
        wall_ratio = "" if system == "swift" else f"{b['wall'] / swift['wall']:.2f}"
        table.append((size, names[system], f"{b['load']:.2f}", f"{b['sim']:.2f}", f"{b['wall']:.2f}", str(b["records"]),
                      str(b["events"]), f"{b['records'] / b['sim']:.0f}", ratio, wall_ratio))
widths = [max(len(r[i]) for r in table) for i in range(len(header))]
for r in table:
    print("  ".join(c.ljust(w) if i == 1 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print("simulate: plan, demand and the month's run (Swift: planner, engine, a SQLite transaction per day; SimPy: greedy plan,")
print("SimPy processes, in memory or with a SQLite transaction per day); wall: the whole process, load included (date +%s.%N);")
print("records/s: records per second of simulate; a ratio above 1 means SimPy is slower.")
PY
