#!/bin/bash
# Prints an HTML page to PDF in headless Chromium, as a user's "Print" would, and checks what a
# reader of the paper would notice:
#   - the paper: A4, landscape or portrait as asked, and how many pages;
#   - every page numbered ("第 N 页，共 M 页" or "Page N of M"), from the page's own CSS;
#   - nothing lost: every expected text (one per line of EXPECTED) is in the PDF's text;
#   - nothing clipped or overprinted: every word lies inside the paper, and no two words overlap.
# Installs chromium, fonts-noto-cjk and poppler-utils (pdfinfo, pdftotext) with apt-get when
# missing (CI runs as root).
# Usage: Tests/browser/check-print.sh PAGE.html OUTDIR EXPECTED.txt landscape|portrait
# Exit 0 when every check passes; 1 when a check fails; 3 when a tool cannot be installed.
set -u
html=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
expected=$3
orientation=${4:-portrait}
mkdir -p "$out"

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ] || ! command -v pdftotext >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    echo "installing chromium, fonts-noto-cjk and poppler-utils with apt-get" >&2
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium fonts-noto-cjk poppler-utils >&2 2>&1 \
            || { apt-get -o DPkg::Lock::Timeout=300 update -qq >&2 && apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium fonts-noto-cjk poppler-utils >&2; }
    fi
    browser=$(command -v chromium || command -v chromium-browser || true)
    if [ -z "$browser" ] || ! command -v pdftotext >/dev/null 2>&1; then
        echo "FAIL: Chromium or poppler-utils is not installed and could not be installed (needs root and apt-get)" >&2
        exit 3
    fi
fi

rm -rf "$out/profile" "$out/page.pdf"
timeout 180 "$browser" --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$out/profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions --disable-breakpad --no-pdf-header-footer --print-to-pdf="$out/page.pdf" "file://$html" \
    >/dev/null 2>"$out/chromium.log"
if [ ! -s "$out/page.pdf" ]; then
    echo "FAIL: Chromium wrote no PDF (see $out/chromium.log)"
    exit 1
fi
pdftotext -bbox "$out/page.pdf" "$out/words.html"
pdfinfo "$out/page.pdf" >"$out/info.txt"

python3 - "$out" "$expected" "$orientation" <<'PY'
import html, re, sys
out, expected_file, orientation = sys.argv[1:4]
failures = []
info = open(f"{out}/info.txt").read()
pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
a4 = sorted([round(width), round(height)]) == [595, 842]
landscape = width > height
print(f"pages: {pages}")
print(f"paper: {width:.0f} x {height:.0f} pt, {'A4' if a4 else 'not A4'}, {'landscape' if landscape else 'portrait'}")
if not a4: failures.append("the paper is not A4")
if landscape != (orientation == "landscape"): failures.append(f"the paper is not {orientation}")

# Words with their boxes, page by page.
doc = open(f"{out}/words.html", encoding="utf-8").read()
page_texts, overlaps, outside = [], 0, 0
for page in re.findall(r"<page[^>]*>(.*?)</page>", doc, re.S):
    words = [(float(a), float(b), float(c), float(d), html.unescape(w))
             for a, b, c, d, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)]
    page_texts.append(" ".join(w for *_, w in words))
    for x0, y0, x1, y1, w in words:
        if x0 < 0 or y0 < 0 or x1 > width + 0.5 or y1 > height + 0.5:
            outside += 1
            failures.append(f"'{w}' lies outside the paper")
    # Two words overprint when their glyphs share ink. pdftotext's boxes span the font's whole
    # line height (about 2.6 times the glyphs' for Noto CJK), so that the boxes of two lines set
    # close overlap: each box is narrowed to the middle 40% of its height, where the glyphs are.
    words.sort()
    def band(y0, y1): return (y0 + 0.3 * (y1 - y0), y1 - 0.3 * (y1 - y0))
    for i, (x0, y0, x1, y1, w) in enumerate(words):
        for a0, b0, a1, b1, v in words[i + 1:]:
            if a0 >= x1 - 0.5: break
            dx = min(x1, a1) - max(x0, a0)
            (p0, p1), (q0, q1) = band(y0, y1), band(b0, b1)
            dy = min(p1, q1) - max(p0, q0)
            if dx > 1.0 and dy > 0.5:
                overlaps += 1
                if overlaps <= 10: failures.append(f"'{w}' and '{v}' are printed over each other")
print(f"words outside the paper: {outside}")
print(f"overprinted words: {overlaps}")

numbered = 0
for index, text in enumerate(page_texts, 1):
    squeezed = text.replace(" ", "")
    if f"第{index}页，共{pages}页" in squeezed or f"Page {index} of {pages}" in text:
        numbered += 1
    else:
        failures.append(f"page {index} has no page number 'N of {pages}'")
print(f"pages numbered: {numbered} of {pages}")

everything = re.sub(r"\s+", "", " ".join(page_texts))
wanted = [line.strip() for line in open(expected_file, encoding="utf-8") if line.strip()]
missing = [w for w in wanted if re.sub(r"\s+", "", w) not in everything]
for w in missing[:20]:
    failures.append(f"'{w}' is not on the paper")
print(f"expected texts on the paper: {len(wanted) - len(missing)} of {len(wanted)}")

for failure in failures:
    print("FAIL: " + failure)
sys.exit(1 if failures else 0)
PY
