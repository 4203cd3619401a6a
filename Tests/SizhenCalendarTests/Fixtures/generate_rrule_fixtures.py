#!/usr/bin/env python3
"""Writes rrule-dateutil.txt: recurrence rules expanded by python-dateutil, the reference
that RecurrenceRuleDateutilTests checks Sizhen's expansion against, date for date.

Run from anywhere:  python3 Tests/SizhenCalendarTests/Fixtures/generate_rrule_fixtures.py

Every case is a rule Sizhen accepts, a start date, and the first (up to) 60 dates dateutil
gives with that start as DTSTART at midnight (date-only semantics: UNTIL is a date and is
inclusive). A case with no dates is a rule that never matches. The random cases are seeded,
so re-running gives the same file.

Left out on purpose, because Sizhen differs from dateutil there (see
docs/recurrence-reference.md): BYDAY mixing plain weekdays and ordinals (RFC 5545: union;
dateutil: intersection), and combinations RFC 5545 forbids, which Sizhen rejects when parsing
(ordinals with DAILY/WEEKLY, BYMONTHDAY with WEEKLY, BYYEARDAY other than YEARLY, BYWEEKNO
other than YEARLY, BYSETPOS alone, COUNT with UNTIL).
"""

import datetime
import os
import random
import re
import signal

import dateutil
from dateutil.rrule import rrulestr

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "rrule-dateutil.txt")
LIMIT = 60
SEED = 5545
RANDOM_CASES = 400

CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

# Hand-picked: the patterns schedules use, RFC examples, month ends, leap days, WKST.
HAND_PICKED = [
    ("FREQ=MONTHLY;BYDAY=2WE,4WE", "2026-01-01"),
    ("FREQ=MONTHLY;BYDAY=2WE,4WE", "2026-01-14"),
    ("FREQ=MONTHLY;BYDAY=2WE,4WE", "2026-01-15"),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-01-01"),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1", "2026-01-01"),
    ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SA", "2026-01-01"),
    ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=4", "2026-01-01"),
    ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=4", "2026-12-04"),
    ("FREQ=MONTHLY", "2026-01-31"),
    ("FREQ=MONTHLY", "2026-01-30"),
    ("FREQ=MONTHLY;INTERVAL=2", "2026-01-31"),
    ("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31"),
    ("FREQ=MONTHLY;BYMONTHDAY=-1,-2,1", "2024-02-01"),
    ("FREQ=MONTHLY;BYMONTHDAY=29,30,31;BYSETPOS=-1", "2026-01-01"),
    ("FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-01"),
    ("FREQ=YEARLY", "2024-02-29"),
    ("FREQ=YEARLY;INTERVAL=4", "2024-02-29"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2021-03-01"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", "2021-03-01"),
    ("FREQ=YEARLY;BYMONTH=2", "2024-02-29"),
    ("FREQ=WEEKLY", "2026-01-01"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "1997-09-02"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=MO", "1997-08-05"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU", "1997-08-05"),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,SU,MO;WKST=SU", "2026-01-01"),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,SU,MO;WKST=TH", "2026-01-01"),
    ("FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=1", "2026-01-07"),
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;BYMONTH=12", "2025-12-01"),
    ("FREQ=DAILY;INTERVAL=10", "1997-09-02"),
    ("FREQ=DAILY;BYMONTH=1;BYDAY=MO,TU,WE,TH,FR,SA,SU", "1998-01-01"),
    ("FREQ=DAILY;BYMONTHDAY=-1", "2026-01-01"),
    ("FREQ=DAILY;BYDAY=FR;BYMONTHDAY=13", "1997-09-02"),
    ("FREQ=DAILY;INTERVAL=3;BYDAY=MO;BYSETPOS=1", "2026-01-01"),
    ("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "1997-09-02"),
    ("FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", "1997-09-13"),
    ("FREQ=MONTHLY;BYDAY=1FR", "1997-09-05"),
    ("FREQ=MONTHLY;BYDAY=-2MO", "1997-09-22"),
    ("FREQ=MONTHLY;BYDAY=5MO", "2026-01-01"),
    ("FREQ=MONTHLY;BYDAY=-5SU", "2026-01-01"),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", "1997-09-02"),
    ("FREQ=MONTHLY;INTERVAL=18;BYMONTHDAY=10,11,12,13,14,15", "1997-09-10"),
    ("FREQ=MONTHLY;BYDAY=TU,WE,TH;BYSETPOS=3", "1997-09-04"),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", "1997-09-29"),
    ("FREQ=YEARLY;BYDAY=20MO", "1997-05-19"),
    ("FREQ=YEARLY;BYDAY=-1FR", "2026-01-01"),
    ("FREQ=YEARLY;BYDAY=1MO,-1MO", "2026-01-01"),
    ("FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "1997-05-12"),
    ("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO,TU,WE,TH,FR,SA,SU", "2020-01-01"),
    ("FREQ=YEARLY;BYWEEKNO=53", "2020-01-01"),
    ("FREQ=YEARLY;BYWEEKNO=-1;WKST=SU", "2020-01-01"),
    ("FREQ=YEARLY;BYWEEKNO=52,53;BYDAY=SU;WKST=SU", "2015-01-01"),
    ("FREQ=YEARLY;BYYEARDAY=1,100,200", "1997-01-01"),
    ("FREQ=YEARLY;BYYEARDAY=-1,-306", "2026-01-01"),
    ("FREQ=YEARLY;BYYEARDAY=366", "2026-01-01"),
    ("FREQ=YEARLY;INTERVAL=3;BYYEARDAY=1,100,200", "1997-01-01"),
    ("FREQ=YEARLY;BYMONTH=3;BYDAY=TH", "1997-03-13"),
    ("FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", "1997-06-05"),
    ("FREQ=YEARLY;BYMONTH=6,7", "1997-06-10"),
    ("FREQ=YEARLY;INTERVAL=2;BYMONTH=1,2,3", "1997-03-10"),
    ("FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", "1996-11-05"),
    ("FREQ=YEARLY;BYMONTH=1,7;BYDAY=-1MO", "2026-01-01"),
    ("FREQ=YEARLY;BYMONTH=2;BYDAY=5MO", "2000-01-01"),
    ("FREQ=YEARLY;BYMONTHDAY=31", "2026-01-01"),
    ("FREQ=YEARLY;INTERVAL=100", "9000-06-15"),
    ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", "9990-01-01"),
    ("FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "1997-09-05"),
    ("FREQ=MONTHLY;UNTIL=19971224;BYDAY=1FR", "1997-09-05"),
    ("FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", "1997-09-05"),
    ("FREQ=MONTHLY;UNTIL=1997-12-05;BYDAY=1FR", "1997-09-05"),
    ("FREQ=DAILY;COUNT=5", "2026-12-30"),
    ("freq=weekly;byday=mo,we;wkst=su;count=8", "2026-02-01"),
    ("RRULE:FREQ=MONTHLY;BYDAY=-1SU;COUNT=6", "2026-01-01"),
    ("FREQ=YEARLY;BYMONTH=1;BYDAY=MO;BYSETPOS=2,4,-1", "2026-01-01"),
    ("FREQ=YEARLY;BYSETPOS=-1;BYMONTH=2;BYMONTHDAY=28,29", "2026-01-01"),
    ("FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1;BYSETPOS=2", "2026-01-01"),
    ("FREQ=YEARLY;BYWEEKNO=53;BYMONTH=6", "2026-01-01"),
]

MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def random_start(rng):
    kind = rng.random()
    if kind < 0.25:  # a month end
        year = rng.randint(1990, 2040)
        month = rng.randint(1, 12)
        day = MONTH_DAYS[month - 1] if month != 2 else (29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28)
        return datetime.date(year, month, day)
    if kind < 0.35:  # a leap day
        return datetime.date(rng.choice([1996, 2000, 2004, 2020, 2024, 2028]), 2, 29)
    if kind < 0.40:  # far years, including the century rules
        return datetime.date(rng.choice([1600, 1700, 1899, 2099, 2100, 2399, 2400]), rng.randint(1, 12), rng.randint(1, 28))
    return datetime.date(rng.randint(1990, 2040), rng.randint(1, 12), rng.randint(1, 28))


def sample(rng, values, most):
    return rng.sample(values, rng.randint(1, most))


def signed(rng, magnitude, small=None):
    value = rng.randint(1, small or magnitude)
    return -value if rng.random() < 0.3 else value


def impossible(months, monthdays):
    if not months or not monthdays:
        return False
    longest = {m: MONTH_DAYS[m - 1] for m in months}
    return not any(abs(d) <= longest[m] for m in months for d in monthdays)


def random_rule(rng):
    freq = rng.choice(["YEARLY", "YEARLY", "MONTHLY", "MONTHLY", "MONTHLY", "WEEKLY", "WEEKLY", "DAILY"])
    parts = ["FREQ=" + freq]
    if rng.random() < 0.3:
        parts.append("INTERVAL=%d" % rng.choice([2, 2, 3, 4, 5, 7, 12, 13]))
    by = {}
    if rng.random() < (0.35 if freq in ("DAILY", "WEEKLY") else 0.45):
        by["BYMONTH"] = sorted(sample(rng, list(range(1, 13)), 4))
    if freq != "WEEKLY" and rng.random() < 0.35:
        by["BYMONTHDAY"] = sorted({signed(rng, 31) for _ in range(rng.randint(1, 4))})
    if freq == "YEARLY" and rng.random() < 0.12:
        by["BYYEARDAY"] = sorted({signed(rng, 366) for _ in range(rng.randint(1, 3))})
    if freq == "YEARLY" and rng.random() < 0.12:
        by["BYWEEKNO"] = sorted({signed(rng, 53) for _ in range(rng.randint(1, 3))})
    if rng.random() < 0.6:
        ordinals = freq in ("MONTHLY", "YEARLY") and "BYWEEKNO" not in by and rng.random() < 0.5
        if ordinals:
            within_month = freq == "MONTHLY" or "BYMONTH" in by
            limit = 5 if within_month else 53
            items = {"%d%s" % (signed(rng, limit, 5 if within_month or rng.random() < 0.5 else limit), rng.choice(CODES))
                     for _ in range(rng.randint(1, 3))}
        else:
            items = set(sample(rng, CODES, 5))
        by["BYDAY"] = sorted(items)
    if by and rng.random() < 0.25:
        by["BYSETPOS"] = sorted({signed(rng, 6) for _ in range(rng.randint(1, 3))})
    if impossible(by.get("BYMONTH"), by.get("BYMONTHDAY")):
        del by["BYMONTHDAY"]
    for name in ["BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS"]:
        if name in by:
            parts.append(name + "=" + ",".join(str(v) for v in by[name]))
    if rng.random() < 0.25:
        parts.append("WKST=" + rng.choice(CODES))
    end = rng.random()
    start = random_start(rng)
    if end < 0.15:
        parts.append("COUNT=%d" % rng.randint(1, 30))
    elif end < 0.3:
        until = start + datetime.timedelta(days=rng.randint(0, 3000))
        parts.append("UNTIL=" + until.strftime("%Y%m%d"))
    rng.shuffle(parts)  # part order is free
    return ";".join(parts), start.isoformat()


def for_dateutil(rule):
    """The same rule as dateutil wants it: upper case, UNTIL as a bare date."""
    rule = rule.upper()
    rule = re.sub(r"UNTIL=(\d{4})-?(\d{2})-?(\d{2})(T\d{6}Z?)?", r"UNTIL=\1\2\3", rule)
    return rule


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def expand(rule, start):
    year, month, day = (int(x) for x in start.split("-"))
    dtstart = datetime.datetime(year, month, day)
    recurrence = rrulestr(for_dateutil(rule), dtstart=dtstart)
    dates = []
    for occurrence in recurrence:
        dates.append(occurrence.date().isoformat())
        if len(dates) == LIMIT:
            break
    return dates


def main():
    rng = random.Random(SEED)
    cases = list(HAND_PICKED)
    while len(cases) < len(HAND_PICKED) + RANDOM_CASES:
        cases.append(random_rule(rng))
    signal.signal(signal.SIGALRM, on_alarm)
    lines = [
        "# Generated by generate_rrule_fixtures.py with python-dateutil %s; do not edit by hand." % dateutil.__version__,
        "# Each case: the rule, the start date (DTSTART), then the first %d dates dateutil gives" % LIMIT,
        "# (fewer when the rule ends; none when it never matches).",
    ]
    written = skipped = 0
    for rule, start in cases:
        signal.alarm(30)
        try:
            dates = expand(rule, start)
        except Timeout:
            skipped += 1
            continue
        finally:
            signal.alarm(0)
        lines += ["", "rule " + rule, "start " + start, "dates " + " ".join(dates)]
        written += 1
    with open(OUTPUT, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s (%d skipped: too slow in dateutil)" % (written, OUTPUT, skipped))


if __name__ == "__main__":
    main()
