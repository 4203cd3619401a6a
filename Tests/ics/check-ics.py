#!/usr/bin/env python3
"""Reads an iCalendar file with the `icalendar` package from PyPI (installed with pip when
missing) and checks what a calendar program relies on (RFC 5545):

  - it parses, strictly: no component with parse errors, and it reads back the same after
    being written out again;
  - CRLF line ends and no line longer than 75 octets (folded);
  - VCALENDAR with VERSION 2.0 and PRODID; every TZID an event uses has its VTIMEZONE;
  - every VEVENT has a UID (unique), DTSTAMP, DTSTART, SUMMARY, and ends after it starts;
    an all-day event has DATE values;
  - every VALARM has ACTION, TRIGGER and, for DISPLAY, DESCRIPTION; a reminder before the start.

Usage: Tests/ics/check-ics.py FILE.ics
Prints counts; exit 0 when every check passes, 1 when one fails, 3 when icalendar cannot be
installed.
"""
import datetime
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("installing icalendar with pip", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "icalendar"],
                   stdout=sys.stderr, stderr=sys.stderr)
    try:
        import icalendar
    except ImportError:
        print("FAIL: the icalendar package is not installed and could not be installed", file=sys.stderr)
        sys.exit(3)

path = sys.argv[1]
data = open(path, "rb").read()
failures = []

lines = data.split(b"\r\n")
if lines and lines[-1] == b"":
    lines.pop()
else:
    failures.append("the file does not end with CRLF")
if any(b"\n" in line or b"\r" in line for line in lines):
    failures.append("a line ends with a bare LF or CR, not CRLF")
long_lines = [i + 1 for i, line in enumerate(lines) if len(line) > 75]
if long_lines:
    failures.append(f"{len(long_lines)} lines are longer than 75 octets (first: line {long_lines[0]})")

try:
    calendar = icalendar.Calendar.from_ical(data)
except Exception as error:  # the parser's own error, whatever its class
    print(f"FAIL: icalendar cannot parse the file: {error}")
    sys.exit(1)

for component in calendar.walk():
    for error in getattr(component, "errors", []):
        failures.append(f"{component.name}: {error}")

if str(calendar.get("VERSION")) != "2.0":
    failures.append("VERSION is not 2.0")
if not calendar.get("PRODID"):
    failures.append("no PRODID")

zones = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
events = calendar.walk("VEVENT")
alarms = 0
uids = set()
for event in events:
    uid = str(event.get("UID", ""))
    where = f"VEVENT {uid or '(no UID)'}"
    if not uid:
        failures.append(f"{where}: no UID")
    elif uid in uids:
        failures.append(f"{where}: the UID is used twice")
    uids.add(uid)
    for key in ["DTSTAMP", "DTSTART", "SUMMARY"]:
        if event.get(key) is None:
            failures.append(f"{where}: no {key}")
    start, end = event.get("DTSTART"), event.get("DTEND")
    if start is None:
        continue
    tzid = start.params.get("TZID")
    if tzid and tzid not in zones:
        failures.append(f"{where}: DTSTART names TZID {tzid}, which has no VTIMEZONE")
    if end is not None:
        if type(start.dt) is not type(end.dt):
            failures.append(f"{where}: DTSTART and DTEND are not both dates or both times")
        else:
            a, b = start.dt, end.dt
            # A TZID without its VTIMEZONE reads as a naive time (failed above): compare clock times.
            if isinstance(a, datetime.datetime) and (a.tzinfo is None) != (b.tzinfo is None):
                a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
            if not b > a:
                failures.append(f"{where}: it ends ({end.dt}) before it starts ({start.dt})")
    for alarm in event.walk("VALARM"):
        alarms += 1
        action = str(alarm.get("ACTION", ""))
        if not action or alarm.get("TRIGGER") is None:
            failures.append(f"{where}: a VALARM without ACTION or TRIGGER")
            continue
        if action == "DISPLAY" and not alarm.get("DESCRIPTION"):
            failures.append(f"{where}: a DISPLAY alarm without DESCRIPTION")
        trigger = alarm.get("TRIGGER").dt
        if isinstance(trigger, datetime.timedelta) and trigger >= datetime.timedelta(0):
            failures.append(f"{where}: the reminder is not before the start ({trigger})")

# Written out and read again, it says the same.
again = icalendar.Calendar.from_ical(calendar.to_ical())
if [str(e.get("UID")) for e in again.walk("VEVENT")] != [str(e.get("UID")) for e in events]:
    failures.append("the file does not read back the same after being written out")

all_day = sum(1 for e in events if isinstance(e.get("DTSTART").dt, datetime.date) and not isinstance(e.get("DTSTART").dt, datetime.datetime))
print(f"icalendar {icalendar.__version__}: {len(events)} events ({all_day} all day), {alarms} alarms, {len(zones)} time zones")
for failure in failures[:30]:
    print("FAIL: " + failure)
sys.exit(1 if failures else 0)
