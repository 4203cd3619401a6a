#!/bin/bash
# What the browser, calendar and district checks need, installed when missing (README: Set-up):
# Debian's chromium, fonts-noto-cjk (Chinese on the page), poppler-utils (pdfinfo, pdftotext) and
# nginx-light (Tests/postgres/district.sh) with
# apt-get as root, and the `icalendar` package from PyPI with pip. The checks install them too
# when run alone; installing them here first keeps two tests from running apt-get at once.
set -u
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" >/dev/null \
        || { apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" >/dev/null; }
fi
if ! python3 -c "import icalendar" 2>/dev/null; then
    echo "installing icalendar with pip"
    python3 -m pip install --quiet --disable-pip-version-check icalendar
fi
