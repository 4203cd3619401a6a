#!/usr/bin/env python3
"""Writes the intake CSV cases of the corpus (csv/*.csv): mutations of the example intake
file docs/examples/intake-2026-12.csv, imported against the default workflows. Run from this
folder: python3 make-csv-cases.py"""
import csv, io, os

here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, "../../../docs/examples/intake-2026-12.csv"), encoding="utf-8-sig").read()
rows = list(csv.reader(io.StringIO(src)))
header, body = rows[0], rows[1:]
out = os.path.join(here, "csv")
cases = {}

def text(rows):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()

def add(name, data):
    cases[name] = data.encode("utf-8") if isinstance(data, str) else data

def col(title):
    return header.index(title)

for title in ["日期", "工作流", "诊室", "序号", "结果"]:
    k = col(title)
    add(f"missing-column-{title}", text([[c for i, c in enumerate(r) if i != k] for r in rows]))
add("unknown-column", text([header + ["颜色"]] + [r + ["红"] for r in body]))
add("duplicate-column", text([header + ["日期"]] + [r + [r[0]] for r in body]))
add("header-misspelt", text([["日 期"] + header[1:]] + body))
add("header-only-empty-titles", text([[""] * len(header)] + body))

def cell(name, title, value, row=2):
    k = col(title)
    new = [list(r) for r in rows]
    new[row][k] = value
    add(name, text(new))

for k, v in enumerate(["2026-02-30", "2026-13-01", "2026-12-32", "明天", "12/09/2026", "2026年13月1日", "0000-00-00", "99999-12-09", " "]):
    cell(f"bad-date-{k}", "日期", v)
cell("date-no-sitting", "日期", "2026-12-10")
cell("date-other-year", "日期", "2030-12-09")
for k, v in enumerate(["接 诊", "zz", "=1+1", ""]):
    cell(f"bad-workflow-{k}", "工作流", v)
for k, v in enumerate(["烟雨", "nowhere", "@SUM(1)", ""]):
    cell(f"bad-site-{k}", "诊室", v)
for k, v in enumerate(["0", "-1", "abc", "1.5", "99999999999999999999", "=HYPERLINK(\"http://x\",\"1\")", "+1", "", "１"]):
    cell(f"bad-ordinal-{k}", "序号", v)
for k, v in enumerate(["solved", "已", "", "-已解决"]):
    cell(f"bad-outcome-{k}", "结果", v)
for k, v in enumerate(["L999", "nobody", "L016;;L017x"]):
    cell(f"bad-staff-{k}", "接待人员", v)
for k, v in enumerate(["quarrel", "=cmd|' /C calc'!A0"]):
    cell(f"bad-case-kind-{k}", "案件类型", v)
for k, v in enumerate(["0", "-2", "two", "=2+3", "1e9999", "2.5"]):
    cell(f"bad-parties-{k}", "当事人数", v)
for k, v in enumerate(["maybe", "1", "=TRUE()"]):
    cell(f"bad-major-{k}", "是否重大疑难案件", v)
for k, v in enumerate(["-1", "two hundred", "99999999999999999999999"]):
    cell(f"bad-age-{k}", "年龄", v)
cell("bad-category", "纠纷或咨询的领域", "宇宙")
# The case schema's checks (issue 16): incomplete and contradictory rows.
cell("check-kind-missing", "案件类型", "")
cell("check-dispute-without-difficulty", "调解案件难易", "", row=4)
cell("check-resolved-not-settled", "矛盾纠纷是否已化解", "否", row=4)
cell("check-unresolved-but-settled", "矛盾纠纷是否已化解", "是", row=6)
cell("bad-case-kind-label", "案件类型", "纠份")
dup = [list(r) for r in rows] + [list(rows[3])]
add("duplicate-ordinal", text(dup))
add("too-many-cells", text(rows[:2] + [rows[2] + ["extra", "cells"]] + rows[3:]))
add("too-few-cells", text(rows[:2] + [rows[2][:3]] + rows[3:]))
t = text(rows)
add("unterminated-quote", t + "2026-12-09,接诊,烟雨社区,9,已解决,L016,,,,\"never closed\r\n")
add("text-after-quote", t + "2026-12-09,接诊,烟雨社区,9,已解决,L016,,,,\"closed\"then,consultation\r\n")
add("utf16-le-bom", b"\xff\xfe" + t.encode("utf-16-le"))
add("utf16-be-bom", b"\xfe\xff" + t.encode("utf-16-be"))
add("utf16-le-no-bom", t.encode("utf-16-le"))
add("xlsx-workbook", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 200 + b"[Content_Types].xml")
add("xls-workbook", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
add("invalid-utf8-mid", t.encode("utf-8")[:300] + b"\xff\xfe\xfd" + t.encode("utf-8")[300:])
add("latin1", "日期,工作流\r\ncafé,naïve\xff\r\n".encode("latin-1", errors="replace") if False else "date,workflow,site,ordinal,outcome\r\n2026-12-09,jiezhen,caf\xe9,1,resolved\r\n".encode("latin-1"))
add("gb18030-bad-site", text(rows[:2] + [[*rows[2][:2], "不存在社区", *rows[2][3:]]] + rows[3:]).encode("gb18030"))
add("nul-bytes", t.encode("utf-8").replace(b"\r\n", b"\x00\r\n", 2))
add("bom-only", b"\xef\xbb\xbf")
add("whitespace-only", "  \r\n \t \r\n")
add("header-only", text([header]))
add("html-saved-as-csv", "<html><body><table><tr><td>日期</td></tr></table></body></html>\n")
add("semicolon-separated", t.replace(",", ";"))
add("tab-separated", t.replace(",", "\t"))
add("bare-cr-lines", text(rows).replace("\r\n", "\r"))

# Sessions sheets (visits and panels that took place), from the example visits sheet.
need = "xunzhen/haitangxi-yanyu/2026-12-01/1#1"
panel = "jiezhen/haitangxi-yanyu/2026-12-23/1#1>risk"
sessions = ["日期", "案件编号", "人员", "意见", "备注"]
add("sessions-opinion-on-visit", text([sessions, ["2026-12-02", need, "谢海莉", "意见", ""]]))
add("sessions-opinion-too-long", text([sessions, ["2026-12-28", panel, "", "长" * 100000, ""]]))
add("sessions-escalation-chain", text([sessions, ["2026-12-28", need + ">major" * 20000, "", "", ""]]))
add("sessions-before-case", text([sessions, ["2026-11-30", need, "", "", ""]]))
add("sessions-case-id-control", text([sessions, ["2026-12-02", need.replace("/", "/\x1b[2J", 1), "", "", ""]]))
add("sessions-unknown-step", text([["日期", "案件编号", "环节"], ["2026-12-02", need, "调解"]]))
add("sessions-duplicate", text([sessions, ["2026-12-02", need, "", "", ""], ["2026-12-03", need, "", "", ""]]))
add("sessions-no-date-column", text([["案件编号", "人员"], [need, "谢海莉"]]))
add("sessions-people-separators", text([sessions, ["2026-12-02", need, "谢海莉,,，、;；张三", "", ""]]))

# Sittings moved to another day (改期) or added besides the plan (加开).
moves = ["日期", "工作流", "诊室", "序号", "结果", "接待人员", "情况", "原因", "新日期"]
add("moved-impossible-dates", text([moves] + [["2026-12-09", "接诊", "烟雨社区", "", "", "", "改期", "", v]
                                              for v in ["9999-99-99", "0000-01-01", "2026-02-30", "=TODAY()", "\x1b[2J", "2" * 5000]]))
add("moved-every-sitting-far", text([moves] + [["2026-12-09", "接诊", "烟雨社区", "", "", "", "改期", "", "2026-12-%02d" % d] for d in range(1, 32)]))
add("moved-then-visitors-on-both-days", text([moves, ["2026-12-09", "接诊", "烟雨社区", "", "", "", "改期", "出庭", "2026-12-11"],
                                              ["2026-12-09", "接诊", "烟雨社区", "1", "已解决", "", "", "", ""],
                                              ["2026-12-11", "接诊", "烟雨社区", "1", "已解决", "", "", "", ""]]))
add("extra-without-staff-and-on-planned", text([moves, ["2026-12-12", "接诊", "烟雨社区", "", "", "", "加开", "", ""],
                                                ["2026-12-09", "接诊", "烟雨社区", "", "", "L016", "加开", "", ""],
                                                ["2026-12-12", "会诊", "重庆市南岸区", "", "", "L016", "加开", "", ""]]))
add("extra-many-unknown-people", text([moves, ["2026-12-12", "接诊", "烟雨社区", "", "", "、".join(["无名%d" % k for k in range(3000)]), "加开", "", ""]]))
add("held-on-on-visitor-and-held", text([moves, ["2026-12-09", "接诊", "烟雨社区", "1", "已解决", "", "", "", "2026-12-11"],
                                         ["2026-12-23", "接诊", "烟雨社区", "", "", "", "举办", "", "2026-12-24"]]))

# Accepted as they are (1 is a bool, a bare CR ends a line, a header alone imports nothing).
for name in ["bad-major-1", "bare-cr-lines", "header-only"]:
    del cases[name]

for name in os.listdir(out):
    if name.endswith(".csv"):
        os.remove(os.path.join(out, name))
for name, data in sorted(cases.items()):
    open(os.path.join(out, name + ".csv"), "wb").write(data)
print(len(cases), "cases")
