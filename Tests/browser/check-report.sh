#!/bin/bash
# Renders an HTML report in headless Chromium and checks what a reader would notice:
#   - no console message (the report has no script; any message is an error or a warning),
#   - no network request made by the page (every asset must be inline),
#   - a screenshot that is not blank, with a CJK font installed so Chinese renders.
# Installs chromium and fonts-noto-cjk with apt-get when missing (CI runs as root).
# Usage: Tests/browser/check-report.sh REPORT.html OUTDIR
# Exit 0 when every check passes; 1 when a check fails; 3 when Chromium cannot be installed.
set -u
html=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
mkdir -p "$out"

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    echo "installing chromium and fonts-noto-cjk with apt-get" >&2
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 update -qq >&2 && apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium fonts-noto-cjk >&2
    fi
    browser=$(command -v chromium || command -v chromium-browser || true)
    if [ -z "$browser" ]; then
        echo "FAIL: Chromium is not installed and could not be installed (needs root and apt-get)" >&2
        exit 3
    fi
fi
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    echo "FAIL: no CJK font (fonts-noto-cjk) installed" >&2
    exit 3
fi

flags=(--headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$out/profile"
       --host-resolver-rules="MAP * ~NOTFOUND" --disable-background-networking --disable-component-update
       --disable-sync --disable-default-apps --disable-extensions --disable-breakpad --hide-scrollbars
       --enable-logging=stderr --v=0 --virtual-time-budget=3000 --window-size=1000,1414)
rm -rf "$out/profile" "$out/netlog.json" "$out/screenshot.png"
timeout 120 "$browser" "${flags[@]}" --log-net-log="$out/netlog.json" --screenshot="$out/screenshot.png" "file://$html" \
    >/dev/null 2>"$out/chromium.log"
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$html" >"$out/dom.html" 2>>"$out/chromium.log"

python3 - "$out" "$html" <<'PY'
import json, re, struct, sys, zlib
out, html = sys.argv[1], sys.argv[2]
failures = []

# Console: Chromium logs every console message of the page as INFO:CONSOLE.
console = [line for line in open(f"{out}/chromium.log", errors="replace") if ":CONSOLE" in line]
for line in console:
    failures.append("console message: " + line.strip())
print(f"console messages: {len(console)}")

# Network: requests the page started (the browser's own requests have no origin).
log = json.load(open(f"{out}/netlog.json"))
names = {value: key for key, value in log["constants"]["logEventTypes"].items()}
requests = set()
for event in log["events"]:
    params = event.get("params") or {}
    if names.get(event["type"]) == "URL_REQUEST_START_JOB" and params.get("initiator") != "not an origin":
        url = params.get("url", "")
        if url and not url.startswith(("file:", "data:", "about:")):
            requests.add(url)
for url in sorted(requests):
    failures.append("network request: " + url)
print(f"network requests by the page: {len(requests)}")

# The DOM loaded: the report's title is in it.
dom = open(f"{out}/dom.html", encoding="utf-8", errors="replace").read()
title = re.search(r"<title>(.*?)</title>", open(html, encoding="utf-8").read(), re.S)
if not title or title.group(1) not in dom:
    failures.append("the DOM dump does not hold the report's title")
print("dom loaded:", bool(title and title.group(1) in dom))

# The screenshot: decode the PNG and look at its pixels.
data = open(f"{out}/screenshot.png", "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
channels = {2: 3, 6: 4}[colour]
raw = zlib.decompress(idat)
stride = width * channels
previous = bytearray(stride)
colours, ink = set(), 0
for row in range(height):
    start = row * (stride + 1)
    kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = previous[i]
        c = previous[i - channels] if i >= channels else 0
        if kind == 1: line[i] = (line[i] + a) & 255
        elif kind == 2: line[i] = (line[i] + b) & 255
        elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    previous = line
    if row % 4 == 0:
        for x in range(0, stride, channels * 4):
            pixel = bytes(line[x:x + 3])
            colours.add(pixel)
            if pixel != b"\xff\xff\xff":
                ink += 1
sampled = (height + 3) // 4 * ((width + 3) // 4)
share = ink / sampled
print(f"screenshot: {width}x{height}, {len(colours)} colours, {share:.1%} not white")
if len(colours) < 8 or share < 0.02:
    failures.append("the screenshot is blank")

for failure in failures:
    print("FAIL: " + failure)
sys.exit(1 if failures else 0)
PY
