#!/usr/bin/env python3
"""A SimPy peer of Sizhen's simulated month (docs/simulation.md), for a side-by-side benchmark.

It reads the same workflows folder (district, staff, calendar, workflows, decision tables,
case schema, scenario) with PyYAML and simulates the same month as a discrete-event model:

- the month's occurrences of every workflow's schedules (python-dateutil's rrule, moved by
  `on_holiday: next_workday` over the holiday calendar), each a SimPy process at its date;
  one whose seats nobody took (unfilled, or an absence nobody stood in for) is not held;
- a greedy plan of each occurrence's slots (paired, same street, continuity, least loaded,
  within availability, leave and limits) and sick days re-planned each day;
- the scenario's demand, drawn in the order of Sizhen's DemandModel into the case fields the
  scenario's `fields` names: Poisson visitors per sitting scaled by households, needs found
  among the households a round visits (`households_visited_per_round`, each household an
  入户走访 record), on-site consultations at events (`event_consultation_share`); kinds,
  categories, complexity, parties, major (`major_kinds`), 民转刑 risk (`risk_share` in the
  district's screening focus), topics (法律援助, 心理疏导, 低保, 就业) and ages, mediation
  success, housebound residents; each event's forms (`event_activities`: 讲座, 以案释法);
- each case a SimPy process that runs its workflow's steps (`when` rules with `has()`, `in`
  and lists, decision tables, records, the mediation subsidy);
- escalations: at once (major or 5 parties → 会诊, 民转刑 risk → 会诊), or after a timer (三调联动:
  a dispute unresolved 5 days after its sitting goes by category to a mediation committee, the
  street's 调委会, 行政调解 or 司法调解); panels booked ahead on the earliest workday with room
  in the week (`per_week`), each quorum entry from its organisations and the case's street when
  it asks, the least booked of Sizhen's window of 64 holders, never the case's staff nor their
  organisation; 送法到家 home visits within 3 workdays; no session on a person's sitting day;
  each person a SimPy Resource held for the day of a session; deadline watchers that report a
  case overdue.

It counts records by type and events by kind (the same kinds as Sizhen's audit log) and
prints a line like Sizhen's simulation benchmark. What it leaves out: see README.md.

    python model.py WORKFLOWS_DIR [--month 2026-12] [--seed N] [--json] [--sqlite FILE]
"""
import argparse
import datetime as dt
import heapq
import json
import math
import os
import random
import re
import sqlite3
import sys
import time
from collections import Counter, defaultdict

import simpy
import yaml
from dateutil.rrule import rrulestr

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}

# Phases within a simulated day (SimPy time is in days from the first of the month): absences,
# then occurrences and their cases, then sessions, then other timers (Sizhen's order of a day).
ABSENCES, OCCURRENCES, SESSIONS, TIMERS = 0.0, 0.1, 0.5, 0.6
# How many holders of a role Sizhen's staff selection looks at beyond the paired and the street
# (StaffSelection.window): a bounded window from a place fixed by the case or site.
WINDOW = 64


# ---------------------------------------------------------------------------------------------
# Loading


def load_documents(folder):
    """Every YAML document of the folder with a `kind`, in path order."""
    documents = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "json-schema" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".yaml", ".yml")):
                with open(os.path.join(root, name), encoding="utf-8") as handle:
                    document = yaml.load(handle, Loader=YAML_LOADER)
                if isinstance(document, dict) and "kind" in document:
                    documents.append(document)
    return documents


def as_date(value):
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class Calendar:
    """Workdays of the district calendar: weekends, holidays and make-up workdays (调休)."""

    def __init__(self, document):
        self.weekend = {WEEKDAYS[d] for d in document.get("weekend", ["SA", "SU"])}
        self.years = set()
        self.off = set()
        self.on = set()
        for year in document.get("years", []):
            self.years.add(int(year["year"]))
            for holiday in year.get("holidays", []) or []:
                if "date" in holiday:
                    self.off.add(as_date(holiday["date"]))
                else:
                    day, last = as_date(holiday["from"]), as_date(holiday["to"])
                    while day <= last:
                        self.off.add(day)
                        day += dt.timedelta(days=1)
            for workday in year.get("workdays", []) or []:
                self.on.add(as_date(workday["date"]))
        self.cache = {}

    def is_workday(self, day):
        known = self.cache.get(day)
        if known is None:
            if day.year not in self.years:
                raise ValueError(f"the calendar does not cover {day.year}")
            known = day in self.on or (day not in self.off and day.weekday() not in self.weekend)
            self.cache[day] = known
        return known

    def covers(self, day):
        return day.year in self.years

    def next_workday(self, day):
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day

    def add_workdays(self, day, count):
        while count > 0:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                count -= 1
        return day


def parse_duration(text):
    amount, unit = str(text).split()
    return int(amount), ("workdays" if unit.startswith("workday") else "days")


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_PATH = re.compile(r"\bcase((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")


def _get(fields, *path):
    value = fields
    for name in path:
        if not isinstance(value, dict):
            return None
        value = value.get(name)
    return value


def _has(value):
    return value is not None


def compile_rule(text):
    """A `when` rule (CEL-like: ==, !=, >=, &&, ||, !, in, [lists], has(), case.a.b, "strings") as a
    Python function."""
    parts = []
    last = 0
    for match in _STRING.finditer(text):
        parts.append((False, text[last:match.start()]))
        parts.append((True, match.group(0)))
        last = match.end()
    parts.append((False, text[last:]))
    out = []
    for is_string, part in parts:
        if is_string:
            out.append(part)
            continue
        part = part.replace("&&", " and ").replace("||", " or ")
        part = re.sub(r"!(?!=)", " not ", part)
        part = re.sub(r"\btrue\b", "True", part)
        part = re.sub(r"\bfalse\b", "False", part)
        part = _PATH.sub(lambda m: "_get(f, " + ", ".join(repr(n) for n in m.group(1)[1:].split(".")) + ")", part)
        out.append(part)
    code = compile("lambda f: bool(" + "".join(out) + ")", "<rule " + text + ">", "eval")
    return eval(code, {"_get": _get, "has": _has})


def parse_literal(text):
    text = str(text).strip()
    if text.startswith('"'):
        return json.loads(text)
    if text in ("true", "false"):
        return text == "true"
    try:
        return int(text)
    except ValueError:
        return float(text)


_COMPARISON = re.compile(r"^(>=|<=|>|<|==|!=)\s*(.+)$")


def compile_cell(cell):
    """A decision-table input cell: `-`, a literal, a list of literals, or a comparison."""
    if isinstance(cell, bool):
        return lambda v, c=cell: v == c
    if isinstance(cell, (int, float)):
        return lambda v, c=cell: v == c
    text = str(cell).strip()
    if text == "-":
        return None
    match = _COMPARISON.match(text)
    if match:
        op, value = match.group(1), parse_literal(match.group(2))
        tests = {">=": lambda v: v is not None and v >= value, "<=": lambda v: v is not None and v <= value,
                 ">": lambda v: v is not None and v > value, "<": lambda v: v is not None and v < value,
                 "==": lambda v: v == value, "!=": lambda v: v != value}
        return tests[op]
    values = {parse_literal(item) for item in re.findall(r'"(?:[^"\\]|\\.)*"|[^,\s]+', text)}
    return lambda v: v in values


class Table:
    """A decision table with hit policy `first` or `unique`."""

    def __init__(self, document):
        self.id = document["id"]
        self.hit_policy = document.get("hit_policy", "unique")
        self.inputs = [compile_rule(i["expr"]) if not i["expr"].startswith("case.") else
                       (lambda path: (lambda f: _get(f, *path)))(i["expr"].split(".")[1:]) for i in document["inputs"]]
        self.outputs = [o["id"] for o in document["outputs"]]
        self.rules = []
        for number, rule in enumerate(document["rules"], 1):
            cells = [compile_cell(c) for c in rule["when"]]
            self.rules.append((number, cells, [parse_literal(v) if isinstance(v, str) else v for v in rule["then"]]))

    def evaluate(self, fields):
        values = [get(fields) for get in self.inputs]
        matched = []
        for number, cells, then in self.rules:
            if all(cell is None or cell(value) for cell, value in zip(cells, values)):
                matched.append((number, then))
                if self.hit_policy == "first":
                    break
        return matched


class Workflow:
    def __init__(self, document, rules):
        self.id = document["id"]
        self.name = document.get("name", self.id)
        self.sites = document.get("sites", "district")
        self.type = document.get("type")      # sitting, round, event, panel
        schedule = document.get("schedule") or []
        self.schedules = schedule if isinstance(schedule, list) else [schedule]
        self.slots = {}
        for name, slot in (document.get("slots") or {}).items():
            self.slots[name] = {"name": name, "roles": list(slot["roles"]), "count": int(slot.get("count", 1)),
                                "prefer": list(slot.get("prefer", [])), "on_demand": bool(slot.get("on_demand", False))}
        self.within = parse_duration(document["within"]) if document.get("within") else None
        panel = document.get("panel")
        self.panel = None
        if panel:
            # Each quorum entry: (role, count, organisations it is taken from or None, same street).
            self.panel = {"quorum": [(q["role"], int(q.get("count", 1)), set(q["organisations"]) if q.get("organisations") else None,
                                      bool(q.get("same_street", False))) for q in panel["quorum"]],
                          "exclude_case_staff": bool(panel.get("exclude_case_staff", True)),
                          "per_week": int(panel["per_week"]) if panel.get("per_week") else None}
        self.steps = []
        for step in document.get("steps", []):
            self.steps.append({"id": step["id"], "for_each": step.get("for_each"),
                               "when": rules(step["when"]) if step.get("when") else None, "when_text": step.get("when"),
                               "record": step.get("record"), "decide": step.get("decide"), "subsidy": step.get("subsidy"),
                               "within": parse_duration(step["within"]) if step.get("within") else None,
                               "assign": list(step.get("assign", []))})
        self.sources = {s["for_each"] for s in self.steps if s["for_each"]}
        # What opens a case of this workflow (Sizhen's WorkflowType.rowSource).
        self.source = {"sitting": "visitor", "round": "need", "event": "visitor", "panel": "escalation"}.get(self.type)
        self.household_steps = [(s["id"], s["record"]) for s in self.steps if s["for_each"] == "household" and s["record"]]
        self.seated = any(not slot["on_demand"] for slot in self.slots.values())
        self.escalations = []
        for escalation in document.get("escalations", []):
            self.escalations.append({"id": escalation["id"], "when": rules(escalation["when"]), "when_text": escalation["when"],
                                     "start": escalation["start"],
                                     "within": parse_duration(escalation["within"]) if escalation.get("within") else None,
                                     "after": parse_duration(escalation["after"]) if escalation.get("after") else None})


class Person:
    __slots__ = ("id", "name", "roles", "street", "paired", "organisation", "weekdays", "leave", "limits")

    def __init__(self, document):
        self.id = str(document["id"])
        self.name = document.get("name", self.id)
        self.roles = set(document.get("roles", []))
        self.street = document.get("street")
        self.paired = set(document.get("paired", []) or [])
        self.organisation = document.get("organisation")
        windows = document.get("availability") or []
        self.weekdays = {WEEKDAYS[d] for w in windows for d in w.get("days", [])} if windows else set(range(7))
        self.leave = []
        for item in document.get("leave", []) or []:
            if "date" in item:
                self.leave.append((as_date(item["date"]), as_date(item["date"])))
            else:
                self.leave.append((as_date(item["from"]), as_date(item["to"])))
        self.limits = document.get("limits") or {}

    def available(self, day):
        if day.weekday() not in self.weekdays:
            return False
        for first, last in self.leave:
            if first <= day <= last:
                return False
        return True


class WorkflowSet:
    """What the model reads from a workflows folder."""

    def __init__(self, folder):
        documents = load_documents(folder)
        rule_cache = {}

        def rules(text):
            if text not in rule_cache:
                rule_cache[text] = compile_rule(text)
            return rule_cache[text]

        self.district_id, self.district_name = "district", "district"
        self.communities = {}      # id → (street, households, tags)
        self.people = {}
        self.workflows = {}
        self.tables = {}
        self.calendar = None
        self.scenario = None
        self.schema_fields = {}
        self.resolution = None
        self.focus = set()       # the screening focus: the categories whose disputes may be at risk
        calendars = {}
        calendar_id = None
        for document in documents:
            kind = document["kind"]
            if kind == "district":
                if "name" in document:
                    self.district_id, self.district_name = document["id"], document["name"]
                calendar_id = document.get("calendar", calendar_id)
                screening = (document.get("reports") or {}).get("screening") or {}
                if screening.get("focus"):
                    self.focus = set(screening["focus"])
                for street in document.get("streets", []) or []:
                    for community in street.get("communities", []) or []:
                        self.communities[community["id"]] = (street["id"], int(community.get("households", 0)),
                                                              set(community.get("tags", []) or []))
            elif kind == "staff":
                for person in document.get("people", []) or []:
                    self.people.setdefault(str(person["id"]), Person(person))
            elif kind == "calendar":
                calendars[document["id"]] = document
            elif kind == "workflow":
                self.workflows[document["id"]] = Workflow(document, rules)
            elif kind == "decision-table":
                self.tables[document["id"]] = Table(document)
            elif kind == "scenario":
                if self.scenario is None or document.get("id") == "default":
                    self.scenario = document
            elif kind == "case-schema":
                self.schema_fields = document.get("fields", {})
                self.resolution = document.get("resolution")
        self.calendar = Calendar(calendars.get(calendar_id) or next(iter(calendars.values())))
        if self.scenario is None:
            raise SystemExit(f"{folder}: no scenario")
        self.people_by_role = defaultdict(list)
        self.paired_with = defaultdict(list)
        self.people_by_street = defaultdict(list)
        self.holders_cache = {}
        for person in sorted(self.people.values(), key=lambda p: p.id):
            for role in person.roles:
                self.people_by_role[role].append(person.id)
            for community in person.paired:
                self.paired_with[community].append(person.id)
            if person.street:
                self.people_by_street[person.street].append(person.id)

    def holders(self, roles):
        """The holders of any of `roles`, role by role in id order, each once."""
        key = tuple(roles)
        found = self.holders_cache.get(key)
        if found is None:
            seen = set()
            found = self.holders_cache[key] = [p for r in roles for p in self.people_by_role.get(r, []) if not (p in seen or seen.add(p))]
        return found

    def sites(self, workflow):
        sites = workflow.sites
        if sites == "district" or sites is None:
            return [self.district_id]
        if "tags" in sites:
            tags = set(sites["tags"])
            return [c for c, (_, _, t) in self.communities.items() if tags <= t]
        if "streets" in sites:
            streets = set(sites["streets"])
            return [c for c, (s, _, _) in self.communities.items() if s in streets]
        if "communities" in sites:
            return [c for c in sites["communities"] if c in self.communities]
        return [self.district_id]


# ---------------------------------------------------------------------------------------------
# Demand (the scenario), as Sizhen's DemandModel draws it


def poisson(rng, mean):
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, int(round(rng.gauss(mean, math.sqrt(mean)))))
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


class Mix:
    """A share mix (`{ a: 0.7, b: 0.3 }`) to pick from."""

    def __init__(self, shares):
        self.values = list(shares.keys())
        total, self.cumulative = 0.0, []
        for share in shares.values():
            total += float(share)
            self.cumulative.append(total)

    def pick(self, rng):
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


def set_path(fields, path, value):
    """Sets a case field by its path: `kind`, or `resident.age` inside an object field."""
    if path is None:
        return
    outer, _, inner = path.partition(".")
    if not inner:
        fields[outer] = value
    else:
        fields.setdefault(outer, {})[inner] = value


class Demand:
    """The scenario's draws, in the order Sizhen's DemandModel makes them, into the case fields
    the scenario's `fields` names."""

    def __init__(self, workflows):
        s = workflows.scenario
        self.visitors_base = float(s["visitors_per_sitting"]["base"])
        self.visitors_per_1000 = float(s["visitors_per_sitting"].get("per_1000_households", 0))
        self.kinds = Mix(s["case_kinds"])
        self.categories = Mix(s["categories"])
        self.complexity = Mix(s["complexity"])
        parties = s.get("parties", {})
        self.parties_mean = float(parties.get("mean", 2))
        self.parties_minimum = int(parties.get("minimum", 2))
        self.major_share = float(s.get("major_share", 0))
        self.major_kinds = set(s.get("major_kinds") or [])
        self.risk_share = float(s.get("risk_share", 0))
        self.focus = workflows.focus
        self.mediation_success = {k: float(v) for k, v in s.get("mediation_success", {}).items()}
        self.need_kind = s.get("need_kind")
        self.dispute_kind = s.get("dispute_kind")
        self.needs_per_visit = float(s.get("needs_per_household_visit", 0))
        self.housebound_share = float(s.get("housebound_share", 0))
        self.households_per_round = int(s.get("households_visited_per_round", 40))
        self.event_mean = float(s.get("event_attendance", {}).get("mean", 0)) * float(s.get("event_consultation_share", 0.05))
        self.sick_days = float(s.get("sick_days_per_person_month", 0))
        self.topics = [(t, float(share)) for t, share in (s.get("topics") or {}).items()]
        self.activities = [(a, float(share)) for a, share in (s.get("event_activities") or {}).items()]
        ages = s.get("ages") or {}
        self.housebound_age = (int(ages.get("housebound", {}).get("base", 65)), float(ages.get("housebound", {}).get("spread", 10)))
        self.other_age = (int(ages.get("other", {}).get("base", 25)), float(ages.get("other", {}).get("spread", 25)))
        self.elderly_from = int(ages.get("elderly_from", 60))
        # Where each draw goes (the scenario's `fields`), when the case schema has the field.
        schema = workflows.schema_fields
        self.has = set(schema)

        def slot(name):
            path = (s.get("fields") or {}).get(name)
            return path if path and path.split(".")[0] in schema else None

        self.slot = {name: slot(name) for name in ("kind", "category", "complexity", "parties", "major", "risk", "housebound", "age",
                                                   "elderly", "topics", "activities")}
        self.households = {c: h for c, (_, h, _) in workflows.communities.items()}

    def fields(self, rng, kind):
        slot = self.slot
        fields = {}
        if kind is not None:
            set_path(fields, slot["kind"], kind)
        category = self.categories.pick(rng)
        set_path(fields, slot["category"], category)
        complexity = None
        if slot["complexity"]:
            complexity = self.complexity.pick(rng)
            set_path(fields, slot["complexity"], complexity)
        dispute = kind is not None and kind == self.dispute_kind
        if slot["parties"]:
            minimum = self.parties_minimum
            set_path(fields, slot["parties"], minimum + poisson(rng, max(0.0, self.parties_mean - minimum)) if dispute else 1)
        if slot["major"]:
            # Drawn for every case, so that the stream of draws is the same whatever the kinds.
            major = rng.random() < self.major_share
            set_path(fields, slot["major"], major and (not self.major_kinds or kind in self.major_kinds))
        if slot["risk"]:
            set_path(fields, slot["risk"], dispute and category in self.focus and rng.random() < self.risk_share)
        if slot["topics"] and self.topics:
            raised = [topic for topic, share in self.topics if rng.random() < share]
            if raised:
                fields[slot["topics"]] = raised
        return fields, complexity

    def resident(self, fields, rng, housebound):
        slot = self.slot
        set_path(fields, slot["housebound"], housebound)
        if not (slot["age"] or slot["elderly"]):
            return
        base, spread = self.housebound_age if housebound else self.other_age
        age = base + poisson(rng, spread)
        set_path(fields, slot["age"], age)
        set_path(fields, slot["elderly"], age >= self.elderly_from)

    def households_visited(self, occurrence):
        return min(self.households_per_round, self.households.get(occurrence.site, self.households_per_round))

    def event_fields(self, rng):
        """The forms an event was held in (讲座, 以案释法), each drawn on its own."""
        if not self.slot["activities"] or not self.activities:
            return {}
        forms = [form for form, share in self.activities if rng.random() < share]
        return {self.slot["activities"]: forms} if forms else {}

    def cases(self, occurrence, workflow, rng):
        """(ordinal, fields, outcome) of an occurrence's visitors or needs."""
        out = []
        if workflow.type == "round":
            for ordinal in range(1, poisson(rng, self.households_visited(occurrence) * self.needs_per_visit) + 1):
                housebound = rng.random() < self.housebound_share
                fields, _ = self.fields(rng, self.need_kind)
                self.resident(fields, rng, housebound)
                out.append((ordinal, fields, "unresolved" if housebound else "resolved"))
        elif workflow.type in ("sitting", "event"):
            if workflow.type == "event":
                mean = self.event_mean
            else:
                mean = self.visitors_base + self.visitors_per_1000 * self.households.get(occurrence.site, 0) / 1000
            for ordinal in range(1, poisson(rng, mean) + 1):
                kind = self.kinds.pick(rng)
                fields, complexity = self.fields(rng, kind)
                self.resident(fields, rng, False)
                outcome = "resolved"
                if kind == self.dispute_kind and complexity in self.mediation_success:
                    outcome = "resolved" if rng.random() < self.mediation_success[complexity] else "unresolved"
                out.append((ordinal, fields, outcome))
        return out


# ---------------------------------------------------------------------------------------------
# Occurrences and the plan


class Occurrence:
    __slots__ = ("id", "workflow", "site", "date", "rule_date", "day", "staff")

    def __init__(self, id, workflow, site, date, rule_date, day):
        self.id, self.workflow, self.site, self.date, self.rule_date, self.day = id, workflow, site, date, rule_date, day
        self.staff = []


def expand(workflows, first, last):
    """The month's occurrences: each schedule's rule dates, moved or skipped by `on_holiday`."""
    occurrences, skipped = [], Counter()
    calendar = workflows.calendar
    window_start = first - dt.timedelta(days=10)   # a rule date before the month moved into it
    for workflow in workflows.workflows.values():
        if not workflow.schedules:
            continue
        sites = workflows.sites(workflow)
        for number, schedule in enumerate(workflow.schedules, 1):
            start = as_date(schedule.get("from", "2024-01-01"))
            rule = rrulestr(schedule["rrule"], dtstart=dt.datetime(start.year, start.month, start.day))
            policy = schedule.get("on_holiday", "keep")
            for moment in rule.between(dt.datetime.combine(window_start, dt.time()), dt.datetime.combine(last, dt.time()), inc=True):
                rule_date = moment.date()
                date = rule_date
                if not calendar.is_workday(rule_date):
                    if policy == "next_workday":
                        date = calendar.next_workday(rule_date)
                    elif policy == "skip":
                        skipped[workflow.id] += len(sites)
                        continue
                if not (first <= date <= last):
                    continue
                for site in sites:
                    occurrences.append(Occurrence(f"{workflow.id}/{site}/{rule_date}/{number}", workflow, site, date, rule_date,
                                                  (date - first).days))
    occurrences.sort(key=lambda o: (o.date, o.workflow.id, o.site, o.id))
    return occurrences, skipped


class LeastUsed:
    """People by (count, id), where `counts` is a Counter that only grows: a heap with stale
    entries dropped as they surface; `bump` after a person's count grows. `pick` gives the
    first `n` in (count, id) order that pass a test (what a scan of all of them would give)."""

    def __init__(self, ids, counts):
        self.counts = counts
        self.members = set(ids)
        self.heap = [(counts[i], i) for i in sorted(self.members)]
        heapq.heapify(self.heap)
        self.parked, self.parked_day = [], None

    def bump(self, person):
        if person in self.members:
            heapq.heappush(self.heap, (self.counts[person], person))

    def pick(self, test, n=1, day=None, busy=None):
        """`busy(person)`: taken for all of `day` (a session); such a person is parked until a
        pick on a later day, so that a busy day costs each pick nothing."""
        heap, counts = self.heap, self.counts
        if self.parked and day != self.parked_day:
            for entry in self.parked:
                heapq.heappush(heap, entry)
            self.parked = []
        self.parked_day = day
        aside, chosen = [], []
        while heap and len(chosen) < n:
            entry = heapq.heappop(heap)
            if entry[0] != counts[entry[1]]:
                continue
            if busy is not None and busy(entry[1]):
                self.parked.append(entry)
                continue
            aside.append(entry)
            if test(entry[1]):
                chosen.append(entry[1])
        for entry in aside:
            heapq.heappush(heap, entry)
        return chosen


def plan(workflows, occurrences, log):
    """A greedy plan: each slot of each occurrence, in date order, the best candidate by the
    slot's preferences (paired, same street, continuity, least loaded, then id) among the
    people holding one of its roles who are available, not on leave, not assigned that day,
    and within their per-month, per-week and per-day limits."""
    people = workflows.people
    load = Counter()
    week_load = Counter()
    day_load = Counter()
    assigned_on = defaultdict(set)
    served = defaultdict(set)
    pools = {}
    assignments = 0
    unfilled = 0

    def valid(person_id, occurrence):
        person = people[person_id]
        if occurrence.date in assigned_on[person_id] or not person.available(occurrence.date):
            return False
        limits = person.limits
        if limits:
            if load[person_id] >= limits.get("per_month", 1 << 30):
                return False
            if week_load[(person_id, occurrence.date.isocalendar()[1])] >= limits.get("per_week", 1 << 30):
                return False
            if day_load[(person_id, occurrence.date)] >= limits.get("per_day", 1 << 30):
                return False
        return True

    for occurrence in occurrences:
        street = workflows.communities.get(occurrence.site, (None,))[0]
        for slot in occurrence.workflow.slots.values():
            if slot["on_demand"]:
                continue
            roles = slot["roles"]
            prefer = slot["prefer"]
            key = tuple(sorted(roles))
            if key not in pools:
                pools[key] = LeastUsed([p for r in roles for p in workflows.people_by_role.get(r, [])], load)
            for _ in range(slot["count"]):
                def holds(pid):
                    return not people[pid].roles.isdisjoint(roles) and pid not in occurrence.staff and valid(pid, occurrence)

                def rank(pid):
                    person = people[pid]
                    k = []
                    for p in prefer:
                        if p == "paired":
                            k.append(0 if occurrence.site in person.paired else 1)
                        elif p == "same_street":
                            k.append(0 if street is not None and person.street == street else 1)
                        elif p == "continuity":
                            k.append(0 if occurrence.site in served[pid] else 1)
                        elif p == "least_loaded":
                            k.append(load[pid])
                    return (*k, load[pid], pid)

                chosen = None
                tiers = []
                if "paired" in prefer:
                    tiers.append(workflows.paired_with.get(occurrence.site, []))
                if "same_street" in prefer and street is not None:
                    tiers.append(workflows.people_by_street.get(street, []))
                for tier in tiers:
                    candidates = [pid for pid in tier if holds(pid)]
                    if candidates:
                        chosen = min(candidates, key=rank)
                        break
                if chosen is None:
                    chosen = next(iter(pools[key].pick(holds)), None)
                if chosen is None:
                    unfilled += 1
                    log(occurrence.date, "unfilled", None, f"{occurrence.id}: slot {slot['name']} unfilled")
                    continue
                occurrence.staff.append(chosen)
                load[chosen] += 1
                week_load[(chosen, occurrence.date.isocalendar()[1])] += 1
                day_load[(chosen, occurrence.date)] += 1
                assigned_on[chosen].add(occurrence.date)
                served[chosen].add(occurrence.site)
                pools[key].bump(chosen)
                assignments += 1
    return load, assignments, unfilled, pools


# ---------------------------------------------------------------------------------------------
# The SimPy model


class Case:
    __slots__ = ("id", "workflow", "occurrence", "site", "opened", "source", "fields", "staff", "excluded", "status",
                 "deadline", "pending", "timers", "parent")

    def __init__(self, id, workflow, occurrence, site, opened, source, fields, staff, excluded=(), deadline=None, parent=None):
        self.id, self.workflow, self.occurrence, self.site, self.opened = id, workflow, occurrence, site, opened
        self.source, self.fields, self.staff, self.excluded = source, fields, list(staff), list(excluded)
        self.status, self.deadline, self.pending, self.timers, self.parent = "open", deadline, 0, [], parent


class Timer:
    __slots__ = ("kind", "name", "due", "cancelled", "done")

    def __init__(self, kind, name, due):
        self.kind, self.name, self.due, self.cancelled, self.done = kind, name, due, False, False


SCHEMA = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE occurrences (id TEXT PRIMARY KEY, workflow TEXT, site TEXT, date TEXT, rule_date TEXT, status TEXT);
CREATE TABLE assignments (occurrence TEXT, person TEXT);
CREATE TABLE cases (id TEXT PRIMARY KEY, workflow TEXT, occurrence TEXT, site TEXT, opened_on TEXT, source TEXT, status TEXT,
                    fields TEXT, staff TEXT, deadline TEXT);
CREATE TABLE records (id TEXT PRIMARY KEY, type TEXT, workflow TEXT, occurrence TEXT, site TEXT, street TEXT, date TEXT, staff TEXT,
                      case_id TEXT, outcome TEXT, subsidy_yuan INTEGER, subsidy_tier TEXT);
CREATE TABLE events (id INTEGER PRIMARY KEY, date TEXT, kind TEXT, case_id TEXT, message TEXT);
CREATE INDEX events_case ON events (case_id);
"""


class Store:
    """Optional persistence like Sizhen's (SQLite, WAL, synchronous=NORMAL, one transaction per
    simulated day): the plan, then each day's records, events and changed cases."""

    def __init__(self, path):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.executescript(SCHEMA)
        self.records = self.events = 0

    def store_plan(self, occurrences):
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT INTO occurrences VALUES (?, ?, ?, ?, ?, 'held')",
                                ((o.id, o.workflow.id, o.site, str(o.date), str(o.rule_date)) for o in occurrences))
            self.db.executemany("INSERT INTO assignments VALUES (?, ?)", ((o.id, p) for o in occurrences for p in o.staff))

    def commit_day(self, month):
        records, events = month.records[self.records:], month.events[self.events:]
        self.records, self.events = len(month.records), len(month.events)
        cases, month.touched = month.touched, {}
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                ((r[0], r[1], r[2], r[3], r[4], r[5], str(r[6]), json.dumps(r[7]), r[8], r[9], r[10], r[11])
                                 for r in records))
            self.db.executemany("INSERT INTO events (date, kind, case_id, message) VALUES (?, ?, ?, ?)",
                                ((str(d), k, c, m) for d, k, c, m in events))
            self.db.executemany("INSERT OR REPLACE INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                ((c.id, c.workflow.id, c.occurrence, c.site, str(c.opened), c.source, c.status,
                                  json.dumps(c.fields, ensure_ascii=False), json.dumps(c.staff),
                                  str(c.deadline) if c.deadline else None) for c in cases.values()))

    def close(self):
        self.db.close()
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.path + suffix):
                os.remove(self.path + suffix)


class Month:
    def __init__(self, workflows, month, seed, store=None):
        self.w = workflows
        self.first = dt.date(month[0], month[1], 1)
        nxt = dt.date(month[0] + month[1] // 12, month[1] % 12 + 1, 1)
        self.last = nxt - dt.timedelta(days=1)
        self.days = (nxt - self.first).days
        self.seed = seed
        self.env = simpy.Environment()
        self.demand = Demand(workflows)
        self.records = []
        self.events = []
        self.resources = {}          # person id → simpy.Resource(capacity=1): one session a day
        self.booked_days = defaultdict(set)   # person → the days of their sessions (visits, panels)
        self.sitting = defaultdict(set)       # person → the days they sit (the plan, with the day's substitutes)
        self.panel_days = defaultdict(dict)   # panel workflow → case → the day its panel sits (what `per_week` counts)
        self.open_cases = {}
        self.timers = []
        self.escalated = Counter()
        self.street_of = {c: s for c, (s, _, _) in workflows.communities.items()}
        self.site_name = {workflows.district_id: workflows.district_name}
        self.store = store
        self.touched = {}
        self.not_held = Counter()    # occurrences nobody sat, by workflow

    # -- helpers

    def date(self, now=None):
        return self.first + dt.timedelta(days=int(self.env.now if now is None else now))

    def log(self, date, kind, case_id, message):
        self.events.append((date, kind, case_id, message))

    def at(self, day, phase):
        """A timeout to `phase` of day `day` (days from the first of the month)."""
        return self.env.timeout(max(0.0, (day - self.first).days + phase - self.env.now))

    def add(self, duration, date):
        """`date` plus a duration; None when the workdays run into a year the calendar does not
        cover (Sizhen warns and sets no deadline)."""
        amount, unit = duration
        if unit != "workdays":
            return date + dt.timedelta(days=amount)
        try:
            return self.w.calendar.add_workdays(date, amount)
        except ValueError:
            return None

    def is_workday(self, day):
        """The engine's view: a day of a year the calendar does not cover is not a workday."""
        return self.w.calendar.covers(day) and self.w.calendar.is_workday(day)

    def resource(self, person):
        found = self.resources.get(person)
        if found is None:
            found = self.resources[person] = simpy.Resource(self.env, capacity=1)
        return found

    def free(self, person_id, day):
        """Available that weekday, not on leave, not sitting that day and no session that day."""
        person = self.w.people.get(person_id)
        if person is None or day.weekday() not in person.weekdays or (person.leave and not person.available(day)):
            return False
        days = self.booked_days.get(person_id)
        if days is not None and day in days:
            return False
        days = self.sitting.get(person_id)
        return days is None or day not in days

    def bookings(self, person_id):
        days = self.booked_days.get(person_id)
        return len(days) if days else 0

    def window(self, holders, stream):
        """Sizhen's bounded choice among many: WINDOW holders in id order from a place fixed by
        `stream`, wrapping round; all of them when there are fewer."""
        if len(holders) <= WINDOW:
            return holders
        offset = random.Random(f"{self.seed}/window/{stream}").randrange(len(holders))
        return [holders[(offset + i) % len(holders)] for i in range(WINDOW)]

    def least_booked(self, ids, test):
        """The free person of `ids` who passes `test` with the fewest session days (ties by id)."""
        best = None
        for pid in ids:
            if test(pid):
                candidate = (self.bookings(pid), pid)
                if best is None or candidate < best:
                    best = candidate
        return best[1] if best else None

    def test(self, rule, case):
        try:
            return rule(case.fields)
        except TypeError as error:
            self.log(self.date(), "rule_error", case.id, str(error))
            return False

    # -- the month

    def run(self):
        w = self.w
        occurrences, self.skipped = expand(w, self.first, self.last)
        self.occurrences = occurrences
        self.load, self.assignments, self.unfilled, self.load_pools = plan(w, occurrences, self.log)
        self.log(self.first, "month_planned", None, f"{len(occurrences)} occurrences, {self.assignments} assignments")
        for occurrence in occurrences:
            for person in occurrence.staff:
                self.sitting[person].add(occurrence.date)
        if self.store:
            self.store.store_plan(occurrences)
            for number in range(self.days):
                self.env.process(self.commit(number))
        by_day = defaultdict(list)
        for occurrence in occurrences:
            by_day[occurrence.date].append(occurrence)
        self.by_day = by_day
        for day, held in sorted(by_day.items()):
            self.env.process(self.absences(day, held))
            for occurrence in held:
                self.env.process(self.occurrence(occurrence))
        self.env.run(until=self.days)

    def commit(self, number):
        yield self.env.timeout(number + 0.99)
        self.store.commit_day(self)

    def absences(self, day, held):
        """Sick days: each person assigned that day is absent with the scenario's probability;
        the replacement holds one of the slot's roles, is free and not assigned that day, of
        the same street when possible, else the least used this month."""
        yield self.at(day, ABSENCES)
        probability = min(1.0, self.demand.sick_days / 21.75)
        if probability <= 0:
            return
        rng = random.Random(f"{self.seed}/absence/{day}")
        serving = defaultdict(list)
        for occurrence in held:
            for person_id in occurrence.staff:
                serving[person_id].append(occurrence)
        busy = sorted(serving)
        taken = set(busy)
        people = self.w.people
        for person_id in busy:
            if rng.random() >= probability:
                continue
            for occurrence in serving[person_id]:
                slot = next((s for s in occurrence.workflow.slots.values() if not people[person_id].roles.isdisjoint(s["roles"])), None)
                if slot is None:
                    continue
                street = self.street_of.get(occurrence.site)

                def ok(pid):
                    return pid not in taken and not people[pid].roles.isdisjoint(slot["roles"]) and people[pid].available(day)

                local = [pid for pid in self.w.people_by_street.get(street, []) if ok(pid)] if street else []
                if local:
                    chosen = min(local, key=lambda pid: (self.load[pid], pid))
                else:
                    key = tuple(sorted(slot["roles"]))
                    if key not in self.load_pools:
                        self.load_pools[key] = LeastUsed([p for r in key for p in self.w.people_by_role.get(r, [])], self.load)
                    chosen = next(iter(self.load_pools[key].pick(ok)), None)
                occurrence.staff.remove(person_id)
                self.sitting[person_id].discard(day)
                name = people[person_id].name
                if chosen is None:
                    self.log(day, "unfilled", None, f"{name} sick on {day}; nobody of the slot's roles is free")
                    continue
                taken.add(chosen)
                occurrence.staff.append(chosen)
                self.sitting[chosen].add(day)
                self.load[chosen] += 1
                for pool in self.load_pools.values():
                    pool.bump(chosen)
                why = "same street" if local else f"least used this month ({self.load[chosen] - 1})"
                self.log(day, "absence", None, f"{name} sick on {day}; {people[chosen].name}: {why}")

    def occurrence(self, occurrence):
        yield self.at(occurrence.date, OCCURRENCES)
        workflow = occurrence.workflow
        day = occurrence.date
        if workflow.seated and not occurrence.staff:
            # Nobody took its seats (unfilled in the plan, or the absent had nobody to stand in):
            # reported not held (无人坐诊), it brings no visitors.
            self.not_held[workflow.id] += 1
            self.log(day, "occurrence_not_held", None, f"{workflow.name} not held at {occurrence.site}: nobody sat")
            return
        names = "、".join(self.w.people[p].name for p in occurrence.staff)
        self.log(day, "occurrence_held", None, f"{workflow.name} held at {occurrence.site}" + (f" by {names}" if names else ""))
        if workflow.type == "round" and workflow.household_steps:
            # A record for each household the round's report counts (人数), with the round's staff; no case.
            visited = self.demand.households_visited(occurrence)
            street = self.street_of.get(occurrence.site)
            for household in range(1, visited + 1):
                key = f"{occurrence.id}#household{household}"
                for step_id, record_type in workflow.household_steps:
                    self.records.append((f"{key}:{step_id}", record_type, workflow.id, occurrence.id, occurrence.site, street, day,
                                         list(occurrence.staff), key, "resolved", None, None))
            if visited:
                self.log(day, "step_run", None, f"{visited} households visited: " + "、".join(t for _, t in workflow.household_steps))
        if workflow.type == "event":
            fields = self.demand.event_fields(random.Random(f"{self.seed}/{occurrence.id}#event"))
            case = Case(f"{occurrence.id}#event", workflow, occurrence.id, occurrence.site, day, "event", fields, occurrence.staff)
            self.env.process(self.case(case, "resolved"))
        rng = random.Random(f"{self.seed}/{occurrence.id}")
        source = workflow.source
        resolution = self.w.resolution
        for ordinal, fields, outcome in self.demand.cases(occurrence, workflow, rng):
            if resolution and resolution not in fields:
                fields[resolution] = outcome == "resolved"
            case = Case(f"{occurrence.id}#{ordinal}", workflow, occurrence.id, occurrence.site, day, source, fields, occurrence.staff)
            self.log(day, "case_opened", case.id, f"{workflow.name} case opened at {occurrence.site}: "
                     + ", ".join(f"{k}={fields[k]}" for k in sorted(fields)))
            self.env.process(self.case(case, outcome))

    def case(self, case, outcome):
        """A case: its steps in order (a step with `within` and `assign` becomes a home visit),
        then its escalations; closed when nothing is left to wait for."""
        workflow = case.workflow
        day = case.opened
        self.open_cases[case.id] = case
        self.touched[case.id] = case
        if workflow.panel is not None and case.source == "escalation":
            yield from self.panel(case)
            return
        for step in workflow.steps:
            if not self.applies(step, case, day):
                continue
            if step["within"] and step["assign"]:
                case.pending += 1
                self.env.process(self.visit(case, step))
                continue
            self.run_step(step, case, outcome, day)
        referred = False if case.source == "event" else self.escalate(case, day)
        if case.pending == 0 and not referred and not self.live_timers(case):
            self.close(case, "resolved" if outcome == "resolved" else "unresolved", day)
        if False:
            yield

    def applies(self, step, case, day):
        if step["for_each"] and step["for_each"] != case.source:
            return False
        if step["when"] is None:
            return True
        if self.test(step["when"], case):
            return True
        # Steps skipped one after another are one event, as in Sizhen's audit log.
        message = f"{step['id']} ({step['when_text']})"
        last = self.events[-1] if self.events else None
        if last is not None and last[1] == "step_skipped" and last[2] == case.id and last[0] == day:
            self.events[-1] = (day, "step_skipped", case.id, last[3] + ", " + message)
        else:
            self.log(day, "step_skipped", case.id, "steps skipped, their rules false: " + message)
        return False

    def run_step(self, step, case, outcome, day, staff=None):
        if step["decide"]:
            table = self.w.tables.get(step["decide"])
            if table is not None:
                matched = table.evaluate(case.fields)
                if matched:
                    for name, value in zip(table.outputs, matched[0][1]):
                        if name in self.demand.has:
                            case.fields[name] = value
                self.log(day, "table_matched", case.id, f"table {table.id}: matched " + ", ".join(f"row {n}" for n, _ in matched))
        record_type = step["record"]
        if not record_type:
            return
        subsidy = tier = None
        if step["subsidy"]:
            table = self.w.tables.get(step["subsidy"])
            if table is not None:
                matched = table.evaluate(case.fields)
                if matched:
                    result = dict(zip(table.outputs, matched[0][1]))
                    subsidy, tier = result.get("amount"), result.get("tier")
                self.log(day, "table_matched", case.id, f"table {table.id}: matched " + ", ".join(f"row {n}" for n, _ in matched))
        self.records.append((f"{case.id}:{step['id']}", record_type, case.workflow.id, case.occurrence, case.site,
                             self.street_of.get(case.site), day, list(staff if staff is not None else case.staff), case.id, outcome,
                             subsidy, tier))
        message = f"step {step['id']}: record {record_type}"
        if subsidy is not None:
            message += f", subsidy {subsidy} yuan ({tier})"
        self.log(day, "step_run", case.id, message)

    def live_timers(self, case):
        return any(not t.cancelled and not t.done and t.kind != "deadline" for t in case.timers)

    def close(self, case, status, day):
        case.status = status
        self.touched[case.id] = case
        for timer in case.timers:
            timer.cancelled = True
        self.open_cases.pop(case.id, None)
        self.log(day, "case_closed", case.id, f"case closed: {status}")

    def escalate(self, case, day):
        for escalation in case.workflow.escalations:
            if escalation["after"]:
                if not self.test(escalation["when"], case):
                    continue
                due = self.add(escalation["after"], day)
                timer = Timer("escalation", escalation["id"], due)
                case.timers.append(timer)
                self.timers.append(timer)
                self.log(day, "timer_set", case.id, f"timer: escalation {escalation['id']} re-checked on {due}")
                self.env.process(self.escalation_timer(case, escalation, timer))
                continue
            if self.fire(escalation, case, day):
                return True
        return False

    def escalation_timer(self, case, escalation, timer):
        yield self.at(timer.due, TIMERS)
        if timer.cancelled:
            return
        timer.done = True
        day = self.date()
        self.log(day, "timer_fired", case.id, f"timer: escalation {escalation['id']} re-checked")
        if case.status != "open":
            return
        if self.fire(escalation, case, day):
            for other in case.timers:
                other.cancelled = True
        elif not self.live_timers(case):
            self.close(case, "resolved" if case.fields.get("resolved") else "unresolved", day)

    def fire(self, escalation, case, day):
        target = self.w.workflows.get(escalation["start"])
        if target is None or not self.test(escalation["when"], case):
            return False
        within = escalation["within"] or target.within
        deadline = self.add(within, day) if within else None
        site = self.w.district_id if target.sites in ("district", None) else case.site
        linked = Case(f"{case.id}>{escalation['id']}", target, None, site, day, "escalation", dict(case.fields), [],
                      excluded=sorted(set(case.staff) | set(case.excluded)), deadline=deadline, parent=case.id)
        case.status = "referred"
        self.touched[case.id] = case
        self.open_cases.pop(case.id, None)
        self.escalated[target.id] += 1
        self.log(day, "escalated", case.id, f"escalation {escalation['id']} ({escalation['when_text']}) → {target.name} case {linked.id}"
                 + (f", due by {deadline}" if deadline else ""))
        if deadline:
            self.watch(linked, deadline)
        self.log(day, "case_opened", linked.id, f"{target.name} case opened by escalation {escalation['id']}")
        self.env.process(self.case(linked, "unresolved"))
        return True

    def watch(self, case, deadline):
        timer = Timer("deadline", "within", deadline + dt.timedelta(days=1))
        case.timers.append(timer)
        self.timers.append(timer)
        self.env.process(self.deadline_timer(case, timer))

    def deadline_timer(self, case, timer):
        yield self.at(timer.due, TIMERS)
        if timer.cancelled:
            return
        timer.done = True
        self.log(self.date(), "overdue", case.id, f"overdue: {case.workflow.name} not done by {case.deadline}")

    def book(self, case, kind, members, day, note=None):
        """Books a session ahead, as Sizhen does when it schedules: the members' day is taken."""
        for person in members:
            self.booked_days[person].add(day)
        names = "、".join(self.w.people[p].name for p in members)
        deadline = f" (deadline {case.deadline})" if case.deadline and day <= case.deadline else (
            f" (after the deadline {case.deadline})" if case.deadline else "")
        self.log(case.opened, "session_scheduled", case.id, f"{kind} scheduled on {day}: {names}{deadline}" + (f"; {note}" if note else ""))

    def hold(self, case, kind, members, day, steps):
        """A session on its day: every member's Resource is held until the end of the day."""
        yield self.at(day, SESSIONS)
        requests = [self.resource(p).request() for p in members]
        yield self.env.all_of(requests)
        names = "、".join(self.w.people[p].name for p in members)
        self.log(day, "session_held", case.id, f"{kind} held: {names}")
        case.staff = sorted(set(case.staff) | set(members))
        self.touched[case.id] = case
        for step in steps:
            if self.applies(step, case, day):
                self.run_step(step, case, "resolved", day, staff=members)
        if case.deadline:
            if day <= case.deadline:
                self.log(day, "deadline_met", case.id, f"held by the deadline {case.deadline}")
            else:
                self.log(day, "overdue", case.id, f"held {(day - case.deadline).days} days after the deadline {case.deadline}")
        case.pending -= 1
        if case.pending <= 0 and not self.live_timers(case):
            self.close(case, "resolved", day)
        yield self.at(day, 1.0)
        for person, request in zip(members, requests):
            self.resources[person].release(request)

    def panel(self, case):
        """A panel (会诊, or a committee's mediation): on the earliest workday after the
        escalation with room in the week (`per_week`), for each quorum entry the least booked free
        holders of its role in Sizhen's window of them, of the entry's organisations and the
        case's street when it asks, none of the case's staff nor of their organisations."""
        workflow = case.workflow
        panel = workflow.panel
        people = self.w.people
        case.pending += 1
        excluded = set(case.staff) | set(case.excluded)
        organisations = {people[p].organisation for p in excluded if p in people and people[p].organisation}
        exclude = panel["exclude_case_staff"]
        street = self.street_of.get(case.site)
        per_week = panel["per_week"]
        booked_days = self.panel_days[workflow.id]
        day = case.opened + dt.timedelta(days=1)
        horizon = (case.deadline or case.opened + dt.timedelta(days=14)) + dt.timedelta(days=30)
        full_weeks = []
        while day <= horizon:
            if not self.is_workday(day):
                day += dt.timedelta(days=1)
                continue
            if per_week:
                monday = day - dt.timedelta(days=day.weekday())
                sunday = monday + dt.timedelta(days=6)
                if sum(1 for d in booked_days.values() if monday <= d <= sunday) >= per_week:
                    if not full_weeks or full_weeks[-1] != monday:
                        full_weeks.append(monday)
                    day += dt.timedelta(days=1)
                    continue
            members, complete = [], True
            for role, count, named, same_street in panel["quorum"]:
                free = []
                for pid in self.window(self.w.people_by_role.get(role, []), f"{case.id}/{role}"):
                    if pid in members or not self.free(pid, day):
                        continue
                    person = people[pid]
                    if named is not None and person.organisation not in named:
                        continue
                    if same_street and (street is None or person.street != street):
                        continue
                    if exclude and (pid in excluded or person.organisation in organisations):
                        continue
                    free.append((self.bookings(pid), pid))
                if len(free) < count:
                    complete = False
                    break
                free.sort()
                members += [pid for _, pid in free[:count]]
            if complete:
                booked_days[case.id] = day
                note = f"case staff {', '.join(sorted(excluded))} excluded" if exclude and excluded else None
                if full_weeks:
                    note = f"weeks of {', '.join(map(str, full_weeks))} full ({per_week} a week)" + (f"; {note}" if note else "")
                self.book(case, "panel", members, day, note)
                yield from self.hold(case, "panel", members, day, workflow.steps)
                return
            day += dt.timedelta(days=1)
        self.log(case.opened, "unfilled", case.id, f"no day until {horizon} when a full panel is free")

    def visit(self, case, step):
        """送法到家: booked on the earliest workday after the case opened when a person of each of
        the step's slots is free (the occurrence's own staff first for a planned slot; else the
        person paired with the site, then the same street, then the least booked of a window)."""
        deadline = self.add(step["within"], case.opened)
        if deadline is None:
            return
        case.deadline = deadline
        self.watch(case, deadline)
        slots = [slot for name, slot in case.workflow.slots.items() if name in step["assign"]]
        day = case.opened + dt.timedelta(days=1)
        horizon = deadline + dt.timedelta(days=30)
        while day <= horizon:
            if self.is_workday(day):
                team, complete = [], True
                for slot in slots:
                    roles = slot["roles"]
                    if not slot["on_demand"]:
                        assigned = next((p for p in case.staff if not self.w.people[p].roles.isdisjoint(roles)), None)
                        if assigned is not None and self.free(assigned, day):
                            team.append(assigned)
                            continue
                    chosen = self.visitor(roles, case.site, day, team)
                    if chosen is None:
                        complete = False
                        break
                    team.append(chosen)
                if complete:
                    self.book(case, step["id"], team, day)
                    yield from self.hold(case, step["id"], team, day, [step])
                    return
            day += dt.timedelta(days=1)
        self.log(case.opened, "unfilled", case.id, f"step {step['id']}: nobody free until {horizon}")

    def visitor(self, roles, site, day, team):
        people = self.w.people

        def test(pid):
            return pid not in team and not people[pid].roles.isdisjoint(roles) and self.free(pid, day)

        found = self.least_booked(self.w.paired_with.get(site, []), test)
        street = self.street_of.get(site)
        if found is None and street:
            found = self.least_booked(self.w.people_by_street.get(street, []), test)
        if found is None:
            found = self.least_booked(self.window(self.w.holders(roles), f"visit/{site}"), test)
        return found

    # -- the summary

    def summary(self):
        first, last = self.first, self.last
        records = [r for r in self.records if first <= r[6] <= last]
        events = Counter(kind for date, kind, _, _ in self.events if first <= date <= last)
        subsidies = [r[10] for r in records if r[10] is not None]
        met, missed = events.get("deadline_met", 0), events.get("overdue", 0)
        held = Counter(o.workflow.id for o in self.occurrences)
        held.subtract(self.not_held)
        return {
            "month": f"{first.year}-{first.month:02d}", "seed": self.seed,
            "communities": len(self.w.communities), "people": len(self.w.people),
            "occurrences": dict(sorted(held.items())), "not_held": dict(sorted(self.not_held.items())), "assignments": self.assignments, "unfilled_slots": self.unfilled,
            "records": dict(sorted(Counter(r[1] for r in records).items())), "records_total": len(records),
            "events": dict(sorted(events.items())), "events_total": sum(events.values()),
            "escalations": dict(self.escalated), "deadlines": {"met": met, "missed": missed},
            "subsidies": {"cases": len(subsidies), "yuan": sum(subsidies)},
            "open_at_end": {"cases": len(self.open_cases),
                            "timers": sum(1 for t in self.timers if not t.cancelled and not t.done)},
        }


def main(argv=None):
    parser = argparse.ArgumentParser(description="SimPy peer of sizhen simulate: a month of 四诊 clinics.")
    parser.add_argument("workflows", help="the workflows folder (Workflows/ or a `sizhen scaffold` output)")
    parser.add_argument("--month", default="2026-12")
    parser.add_argument("--seed", type=int, default=None, help="default: the scenario's seed")
    parser.add_argument("--json", action="store_true", help="print the summary and timings as JSON")
    parser.add_argument("--sqlite", metavar="FILE", help="also store the plan, records, events and cases in SQLite, "
                        "one transaction per day, as Sizhen does (the file is removed at the end)")
    args = parser.parse_args(argv)
    year, month = (int(x) for x in args.month.split("-"))
    start = time.perf_counter()
    workflows = WorkflowSet(args.workflows)
    loaded = time.perf_counter()
    seed = args.seed if args.seed is not None else int(workflows.scenario.get("seed", 0))
    store = Store(args.sqlite) if args.sqlite else None
    model = Month(workflows, (year, month), seed, store)
    model.run()
    simulated = time.perf_counter()
    if store:
        store.close()
    summary = model.summary()
    load_s, run_s = loaded - start, simulated - loaded
    records, events = summary["records_total"], summary["events_total"]
    if args.json:
        summary.update({"load_s": load_s, "simulate_s": run_s, "sqlite": bool(args.sqlite), "simpy": simpy.__version__,
                        "python": sys.version.split()[0], "libyaml": YAML_LOADER is not yaml.SafeLoader})
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"{summary['communities']:7d} communities: load {load_s:6.2f} s, simulate {run_s:7.2f} s; {records:8d} records, "
              f"{events:9d} events = {records / run_s:7.0f} records/s, {events / run_s:8.0f} events/s, "
              f"{run_s / max(1, records) * 1e6:6.1f} µs a record ({'SQLite' if args.sqlite else 'in memory'}; "
              f"SimPy {simpy.__version__}, Python {sys.version.split()[0]})")
        print("  records: " + ", ".join(f"{k} {v}" for k, v in summary["records"].items()))
        print(f"  escalations {dict(summary['escalations'])}, deadlines {summary['deadlines']}, subsidies {summary['subsidies']}, "
              f"open at end {summary['open_at_end']}")


if __name__ == "__main__":
    main()
