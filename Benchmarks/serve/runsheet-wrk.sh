#!/bin/bash
# The run-sheet page under load with wrk: a scaffolded district of N communities (10,000 unless
# told), one administrator signed in, GET /runsheet for one day; prints requests per second,
# the latency distribution (p50 … p99) and the server's resident memory before and after
# (memory should stay flat over the 100,000 requests of the second run).
# Installs wrk with apt-get when missing (as root). Builds nothing: give the binary in SIZHEN
# (default .build/release/sizhen: `swift build -c release --product sizhen` first).
# Usage: Benchmarks/serve/runsheet-wrk.sh [COMMUNITIES] [PORT]   (REQUESTS=100000 for the memory run)
set -eu
communities=${1:-10000}
port=${2:-18181}
requests=${REQUESTS:-100000}
sizhen=${SIZHEN:-.build/release/sizhen}
date=2026-12-09
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >&2
    else
        echo "wrk is not installed (apt-get install wrk)" >&2; exit 3
    fi
fi
[ -x "$sizhen" ] || { echo "no $sizhen: build it with swift build -c release --product sizhen" >&2; exit 3; }

"$sizhen" scaffold --communities "$communities" --output "$work/Workflows" >/dev/null
printf 'benchmark password 1\n' | "$sizhen" user add bench --role admin --db "$work/s.db" --workflows "$work/Workflows" >/dev/null
"$sizhen" serve --port "$port" --db "$work/s.db" --workflows "$work/Workflows" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done

cookie=$(curl -s -i -X POST -d 'name=bench&password=benchmark+password+1' "http://127.0.0.1:$port/login" \
         | tr -d '\r' | sed -n 's/^Set-Cookie: \(sizhen_session=[0-9a-f]*\);.*/\1/p')
[ -n "$cookie" ] || { echo "could not sign in" >&2; exit 1; }
url="http://127.0.0.1:$port/runsheet?date=$date"
# The first request plans the month and derives the day: timed on its own.
start=$(date +%s.%N)
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$url")
echo "first request (plans the month): $(echo "$(date +%s.%N) - $start" | bc) s, status $status, $(wc -c <"$work/page.html") bytes"
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
echo "memory before: $(rss)"
wrk -t2 -c8 -d20s --latency -H "Cookie: $cookie" "$url" | tee "$work/first.txt"
echo "memory after 20 s: $(rss)"
# The memory run: long enough for REQUESTS requests at the rate just measured (wrk counts
# time, not requests; a thread stopped early still waits out the duration), then the count.
rate=$(awk '/^Requests\/sec/ {print int($2)}' "$work/first.txt")
seconds=$(( requests / (rate > 0 ? rate : 1) * 115 / 100 + 5 ))
wrk -t2 -c8 -d"${seconds}s" -H "Cookie: $cookie" "$url" | grep -E "requests in|Requests/sec"
echo "memory after the memory run (at least $requests requests): $(rss)"
