#!/bin/bash
# A district on one PostgreSQL database: two `sizhen serve` processes behind nginx
# (docs/deployment.md), tried as a browser would use them, through nginx's port:
#   - an administrator made with `sizhen user add --db postgres://…` signs in; the session is
#     the database's, so the next request, whichever process nginx gives it to, is signed in;
#   - two sheets sent at once, one to each process, are both recorded; the same sheet sent
#     again through the other process adds nothing;
#   - each process, asked directly, gives the same records and the same report.
# Starts its own PostgreSQL (Tests/postgres/start.sh) unless SIZHEN_TEST_POSTGRES names one, and
# installs nginx with apt-get when missing (as root). SIZHEN names the binary (default
# .build/debug/sizhen).
# Usage: Tests/postgres/district.sh [OUTDIR]
# Exit 0 when every check passes; 1 when one fails; 3 when nginx cannot be installed.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
sizhen=${SIZHEN:-$root/.build/debug/sizhen}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
front=18300; a=18301; b=18302
pids=(); own_pg=""
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
    [ -f "$out/nginx.pid" ] && kill "$(cat "$out/nginx.pid")" 2>/dev/null
    [ -n "$own_pg" ] && "$root/Tests/postgres/stop.sh" "$own_pg" >/dev/null 2>&1
}
trap cleanup EXIT

nginx=$(command -v nginx || true)
if [ -z "$nginx" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq nginx-light >/dev/null 2>&1 \
        || { apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq nginx-light >/dev/null; }
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
fi
[ -x "$nginx" ] || { echo "FAIL: nginx is not installed and could not be installed" >&2; exit 3; }

if [ -z "${SIZHEN_TEST_POSTGRES:-}" ]; then
    eval "$("$root/Tests/postgres/start.sh")"
    own_pg=$SIZHEN_TEST_POSTGRES_DIR
fi
db="$SIZHEN_TEST_POSTGRES&schema=district_$$_$RANDOM"
workflows=$root/Workflows
failures=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: '$2' is not '$3'"; failures=$((failures + 1)); fi; }

printf 'district password 1\n' | "$sizhen" user add admin --role admin --db "$db" --workflows "$workflows" >/dev/null || { echo "FAIL user add"; exit 1; }
for port in $a $b; do
    "$sizhen" serve --port "$port" --db "$db" --workflows "$workflows" >"$out/serve-$port.log" 2>&1 &
    pids+=($!)
done
cat >"$out/nginx.conf" <<CONF
worker_processes 1;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 64; }
http {
    access_log $out/nginx-access.log;
    client_body_temp_path $out/body; proxy_temp_path $out/proxy; fastcgi_temp_path $out/fastcgi;
    uwsgi_temp_path $out/uwsgi; scgi_temp_path $out/scgi;
    client_max_body_size 8m;
    upstream sizhen { server 127.0.0.1:$a; server 127.0.0.1:$b; }
    server {
        listen 127.0.0.1:$front;
        location / { proxy_pass http://sizhen; proxy_set_header Host \$host; }
    }
}
CONF
"$nginx" -c "$out/nginx.conf" -p "$out" || { echo "FAIL nginx did not start (see $out/nginx-error.log)"; exit 1; }
for port in $a $b $front; do
    for _ in $(seq 1 150); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
done

jar=$out/jar
curl -s -c "$jar" -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"name":"admin","password":"district password 1"}' "http://127.0.0.1:$front/api/login"
# Round robin: four requests reach both processes; each must know the session.
signed=0
for _ in 1 2 3 4; do
    name=$(curl -s -b "$jar" "http://127.0.0.1:$front/api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("name",""))' 2>/dev/null)
    [ "$name" = admin ] && signed=$((signed + 1))
done
check "the session holds on both processes behind nginx" "$signed" 4
csrf=$(curl -s -b "$jar" "http://127.0.0.1:$front/api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')

header='日期,工作流,诊室,序号,结果,接待人员,姓名,电话,身份证号,备注,案件类型,纠纷或咨询的领域,当事人数,是否重大疑难案件,调解案件难易,矛盾纠纷是否已化解,是否存在“民转刑”风险,出行困难,年龄,是否老年人,涉及的问题'
printf '%s\n%s\n' "$header" '2026-12-09,接诊,烟雨社区,1,已解决,L016,王某,13900000000,,咨询拖欠工资,咨询,劳动,1,否,,,,,,,' >"$out/yanyu.csv"
printf '%s\n%s\n' "$header" '2026-12-09,接诊,东路社区,1,已解决,L010,李某,13800000000,,租房押金,咨询,合同,1,否,,,,,,,' >"$out/donglu.csv"
send() { # PORT FILE REQUEST_ID
    curl -s -b "$jar" -o "$out/sent-$3.json" -w '%{http_code}' -X POST -H "X-CSRF-Token: $csrf" -H "X-Request-Id: $3" \
         --data-binary @"$2" "http://127.0.0.1:$1/api/intake?file=$(basename "$2")"
}
send $a "$out/yanyu.csv" 00000000000000000000000000000001 >"$out/code-1" &
first=$!
send $b "$out/donglu.csv" 00000000000000000000000000000002 >"$out/code-2" &
second=$!
wait "$first" "$second"
check "two sheets at once, one to each process" "$(cat "$out/code-1") $(cat "$out/code-2")" "200 200"
again=$(send $b "$out/yanyu.csv" 00000000000000000000000000000003)
check "the same sheet again through the other process is accepted" "$again" 200
check "and adds nothing" "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["importedBefore"], d["added"])' "$out/sent-00000000000000000000000000000003.json")" "True 0"

records() { curl -s -b "$jar" "http://127.0.0.1:$1/api/records?month=2026-12" | python3 -c 'import json,sys; d=json.load(sys.stdin); r=d if isinstance(d,list) else d.get("records",[]); print(len(r), sorted({x["site"] for x in r}))'; }
check "process A's records are of both sheets" "$(records $a | sed 's/^[0-9]* //')" "['haitangxi-yanyu', 'nanping-donglu']"
check "process B's records are A's" "$(records $b)" "$(records $a)"
report() { curl -s -b "$jar" "http://127.0.0.1:$1/api/report?month=2026-12" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d.get("totals", d), sort_keys=True))'; }
check "the report is the same from both" "$(report $a)" "$(report $b)"
facts=$(psql "${db%%&schema=*}" -Atc "SELECT count(*) FROM $(echo "$db" | sed 's/.*schema=//').facts WHERE kind = 'visitor'" 2>/dev/null || echo "?")
check "each visitor row's fact stored once" "$facts" 2

[ "$failures" = 0 ] && echo "district: every check passed" || echo "district: $failures checks failed"
exit $(( failures > 0 ))
