#!/bin/bash
# The web application in a real browser (Debian's chromium, headless, driven over the DevTools
# protocol by the Python below; the pages themselves have no script):
#   - a clinic recorder signs in, uploads a sheet of their site through the form, and sees it
#     recorded;
#   - the recorder cannot open a case of another street (403);
#   - the administrator signs in and finds the recorder's records in the month's report and
#     the records page;
#   - no page logs a console message (a CSP violation would).
# Installs chromium with apt-get when missing (as root). Builds nothing: SIZHEN names the
# binary (default .build/debug/sizhen).
# Usage: Tests/browser/serve-check.sh [OUTDIR]
# Exit 0 when every check passes; 1 when one fails; 3 when Chromium cannot be installed.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
sizhen=${SIZHEN:-$root/.build/debug/sizhen}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
port=18190
devtools=19333
server=""
browser_pid=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -n "$browser_pid" ] && kill "$browser_pid" 2>/dev/null && wait "$browser_pid" 2>/dev/null
}
trap cleanup EXIT

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && apt-get install -y -qq chromium fonts-noto-cjk >&2
    browser=$(command -v chromium || true)
fi
[ -n "$browser" ] || { echo "FAIL: Chromium is not installed" >&2; exit 3; }

rm -rf "$out/db" "$out/profile" && mkdir -p "$out/db"
db=$out/db/sizhen.db
workflows=$root/Workflows
printf 'browser password 1\n' | "$sizhen" user add admin --role admin --db "$db" --workflows "$workflows" >/dev/null || exit 1
printf 'browser password 2\n' | "$sizhen" user add yanyu --role recorder --site 烟雨社区 --db "$db" --workflows "$workflows" >/dev/null || exit 1
"$sizhen" serve --port "$port" --db "$db" --workflows "$workflows" >"$out/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done

header='日期,工作流,诊室,序号,结果,接待人员,姓名,电话,身份证号,备注,案件类型,纠纷或咨询的领域,当事人数,是否重大疑难案件,调解案件难易,矛盾纠纷是否已化解,是否存在“民转刑”风险,出行困难,年龄,是否老年人,涉及的问题'
printf '%s\n%s\n' "$header" '2026-12-09,接诊,烟雨社区,1,已解决,L016,王某,13900000000,,咨询拖欠工资如何申请劳动仲裁,咨询,劳动,1,否,,,,,,,' >"$out/yanyu.csv"
printf '%s\n%s\n' "$header" '2026-12-09,接诊,东路社区,1,已转介,L010,李某,13800000000,,租房合同押金纠纷,咨询,合同,1,否,,,,,,,法律援助' >"$out/donglu.csv"

# Another street's case, recorded by the administrator through the API.
jar=$out/admin.jar
curl -s -c "$jar" -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"name":"admin","password":"browser password 1"}' "http://127.0.0.1:$port/api/login"
csrf=$(curl -s -b "$jar" "http://127.0.0.1:$port/api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')
curl -s -b "$jar" -o /dev/null -X POST -H "X-CSRF-Token: $csrf" -H "X-Request-Id: 0123456789abcdef0123456789abcdef" \
     --data-binary @"$out/donglu.csv" "http://127.0.0.1:$port/api/intake?file=donglu.csv"

"$browser" --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$out/profile" --remote-debugging-port=$devtools \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions about:blank >"$out/chromium.log" 2>&1 &
browser_pid=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$devtools/json/version" && break; sleep 0.2; done

python3 - "$port" "$devtools" "$out" <<'PY'
import base64, json, os, socket, struct, sys, time, urllib.request
port, devtools, out = sys.argv[1], sys.argv[2], sys.argv[3]
site = f"http://127.0.0.1:{port}"

class DevTools:
    """A minimal WebSocket client (RFC 6455, text frames) for the DevTools protocol."""
    def __init__(self, url):
        host, path = url[len("ws://"):].split("/", 1)
        name, number = host.split(":")
        self.sock = socket.create_connection((name, int(number)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        assert b" 101 " in response.split(b"\r\n")[0], response
        self.next_id, self.events = 0, []

    def read_exact(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk: raise EOFError
            data += chunk
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self.read_exact(2)
            length = second & 0x7F
            if length == 126: length = struct.unpack(">H", self.read_exact(2))[0]
            elif length == 127: length = struct.unpack(">Q", self.read_exact(8))[0]
            message += self.read_exact(length)
            if first & 0x80: return json.loads(message)

    def send(self, method, **params):
        self.next_id += 1
        payload = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        header = bytes([0x81]) + (bytes([0x80 | len(payload)]) if len(payload) < 126 else
                                  bytes([0x80 | 126]) + struct.pack(">H", len(payload)) if len(payload) < 65536 else
                                  bytes([0x80 | 127]) + struct.pack(">Q", len(payload)))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
        while True:
            message = self.receive()
            if message.get("id") == self.next_id:
                if "error" in message: raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for_load(self):
        deadline = time.time() + 30
        while time.time() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == "Page.loadEventFired":
                    del self.events[: index + 1]
                    return
            self.events.append(self.receive())
        raise TimeoutError("page did not load")

    def open(self, path):
        self.send("Page.navigate", url=site + path)
        self.wait_for_load()

    def evaluate(self, expression):
        # DevTools' own evaluation: the page's Content-Security-Policy (no script at all) does
        # not apply to it, and the pages run none of their own.
        return self.send("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def submit(self, selector):
        self.evaluate(f"document.querySelector({json.dumps(selector)}).requestSubmit()")
        self.wait_for_load()

    def sign_in(self, name, password):
        self.open("/login")
        self.evaluate(f"document.querySelector('input[name=name]').value = {json.dumps(name)};"
                      f"document.querySelector('input[name=password]').value = {json.dumps(password)};")
        self.submit("form.login")

request = urllib.request.Request(f"http://127.0.0.1:{devtools}/json/new?about:blank", method="PUT")
target = json.load(urllib.request.urlopen(request))
page = DevTools(target["webSocketDebuggerUrl"])
page.send("Page.enable")
page.send("Log.enable")
page.send("Runtime.enable")
failures = []
def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition: failures.append(what)

page.sign_in("yanyu", "browser password 2")
check(page.evaluate("location.pathname") == "/upload", "the recorder lands on the upload form")
document = page.send("DOM.getDocument")["root"]["nodeId"]
file_input = page.send("DOM.querySelector", nodeId=document, selector="input[type=file]")["nodeId"]
page.send("DOM.setFileInputFiles", nodeId=file_input, files=[os.path.join(out, "yanyu.csv")])
page.submit("form.upload")
text = page.evaluate("document.body.innerText")
check("yanyu.csv：读取 1 行，新增" in text, "the sheet is recorded: " + next((line for line in text.split("\n") if "读取" in line), "(no notice)"))
page.open("/cases/jiezhen%2Fnanping-donglu%2F2026-12-09%2F1%231")
text = page.evaluate("document.body.innerText")
check("不在账号 yanyu 的可见范围内" in text, "the recorder cannot open another street's case")
page.open("/cases/jiezhen%2Fhaitangxi-yanyu%2F2026-12-09%2F1%231")
check("jiezhen/haitangxi-yanyu/2026-12-09/1#1" in page.evaluate("document.body.innerText"), "the recorder opens their own case")
page.submit("form.signout")
page.sign_in("admin", "browser password 1")
check(page.evaluate("location.pathname") == "/runsheet", "the administrator lands on the run sheet")
page.open("/report?month=2026-12")
report = page.evaluate("document.body.innerText")
check("烟雨社区" in report and "东路社区" in report, "the administrator's report has the recorder's site and the other street's")
page.open("/records?month=2026-12")
records = page.evaluate("document.body.innerText")
check("haitangxi-yanyu" in records or "烟雨社区" in records, "the administrator's records hold the recorder's record")
check("王某" in records or "13900000000" in records, "the administrator sees the resident's personal data")
page.send("Page.captureScreenshot")
console = [event for event in page.events if event.get("method") in ("Log.entryAdded", "Runtime.consoleAPICalled", "Runtime.exceptionThrown")]
for event in console: print("console:", json.dumps(event.get("params"), ensure_ascii=False)[:300])
check(not console, "no console message on any page")
sys.exit(1 if failures else 0)
PY
