import SizhenCalendar

extension MonthReport {
    /// The report as one self-contained HTML page: inline CSS (A4 print rules) and inline SVG
    /// charts, no script, no external asset or font; every text escaped. Deterministic.
    public func html(sections: [Section] = Section.allCases) -> String {
        let title = "\(districtName) \(month) 月报"
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>
            <p class="sub">四诊 monthly report\(isSimulated ? " · 模拟数据 simulated" : "")</p>
            <div class="tiles">
            \(tile("服务记录 records", summary.recordTotal))\(tile("调解补贴 subsidies (元)", ledger.recordsYuan))\(tile("会诊 escalations", deadlines.total))\(tile("期限 met / missed", "\(deadlines.met) / \(deadlines.missed.count)"))
            </div>
            </header>

            """
        out += calendarHTML()
        for section in Section.allCases where sections.contains(section) {
            out += "<section id=\"\(section.rawValue)\">\n<h2>\(HTMLText.escape(Self.title(of: section)))</h2>\n"
            switch section {
            case .statistics: out += statisticsHTML()
            case .coverage: out += coverageHTML()
            case .ledger:
                out += ledgerHTML()
                if !adjustments.isEmpty {
                    out += "<h3>调整 Adjustments to closed months</h3>\n"
                    out += table(["月份 month", "变动 change", "日期 date", "类型 type", "案件 case", "元 yuan", "付给 paid to", "原因 why"],
                                 adjustments.map { [$0.month.description, $0.kind.rawValue, $0.record.date.description, $0.record.type, $0.record.caseID,
                                                    $0.yuan == 0 ? "" : String($0.yuan), paidTo($0), $0.reasons.joined(separator: "; ")] })
                }
            case .screening: out += screeningHTML()
            case .deadlines: out += deadlinesHTML()
            case .workload: out += workloadHTML()
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               color: #1d2430; background: #fff; margin: 0 auto; max-width: 1000px; padding: 16px; font-size: 13px; line-height: 1.45; }
        h1 { font-size: 22px; margin: 0; } h2 { font-size: 17px; border-bottom: 2px solid #b3261e; padding-bottom: 3px; margin-top: 28px; }
        h3 { font-size: 14px; margin: 16px 0 6px; } .sub { color: #5a6472; margin: 2px 0 12px; }
        .tiles { display: flex; gap: 10px; flex-wrap: wrap; }
        .tile { border: 1px solid #d5dae1; border-radius: 6px; padding: 8px 12px; min-width: 150px; }
        .tile b { display: block; font-size: 20px; color: #b3261e; } .tile span { color: #5a6472; font-size: 12px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 12px; }
        th, td { border: 1px solid #d5dae1; padding: 3px 6px; text-align: left; vertical-align: top; }
        th { background: #f1f3f6; font-weight: 600; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: 600; background: #fafbfc; } .focus { color: #b3261e; font-weight: 600; }
        .calendar th { text-align: center; } .calendar td { height: 64px; width: 14.28%; }
        .calendar td.off { background: #f6f0ef; } .calendar td.out { background: #fafafa; border-color: #eee; }
        .calendar .d { font-weight: 600; } .calendar .c { color: #b3261e; font-size: 16px; font-weight: 600; float: right; }
        .calendar .w { display: block; color: #5a6472; font-size: 11px; }
        svg.chart { max-width: 100%; height: auto; font-size: 12px; } svg.chart .bar { fill: #b3261e; } svg.chart text { fill: #1d2430; }
        .charts { display: grid; grid-template-columns: 1fr; gap: 8px; } .muted { color: #5a6472; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5px; }
          section, .calendar, svg.chart, tr { break-inside: avoid; page-break-inside: avoid; }
          h2 { break-after: avoid; page-break-after: avoid; }
          section { break-before: auto; }
          .tile { border-color: #999; }
        }
        """

    private func tile(_ label: String, _ value: some CustomStringConvertible) -> String {
        "<div class=\"tile\"><b>\(HTMLText.escape(value.description))</b><span>\(HTMLText.escape(label))</span></div>"
    }

    /// A table from a header and rows; columns whose header is in `numeric` align right.
    private func table(_ header: [String], _ rows: [[String]], numericFrom: Int = Int.max, totalLast: Bool = false, classes: [Int: String] = [:]) -> String {
        var out = "<table>\n<thead><tr>"
        for (index, cell) in header.enumerated() { out += index >= numericFrom ? "<th class=\"n\">" : "<th>"; out += HTMLText.escape(cell) + "</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (rowIndex, row) in rows.enumerated() {
            out += totalLast && rowIndex == rows.count - 1 ? "<tr class=\"total\">" : "<tr>"
            for (index, cell) in row.enumerated() {
                let classList = [index >= numericFrom ? "n" : nil, classes[index]].compactMap { $0 }
                out += classList.isEmpty ? "<td>" : "<td class=\"\(classList.joined(separator: " "))\">"
                out += HTMLText.escape(cell) + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    func calendarHTML() -> String {
        var out = "<section id=\"calendar\">\n<h2>\(HTMLText.escape("\(month) 日历 · occurrences per day"))</h2>\n<table class=\"calendar\">\n<thead><tr>"
        for name in ["一 Mon", "二 Tue", "三 Wed", "四 Thu", "五 Fri", "六 Sat", "日 Sun"] { out += "<th>\(name)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        let lead = days.first.map { $0.date.weekday.rawValue } ?? 0
        var cells: [String] = Array(repeating: "<td class=\"out\"></td>", count: lead)
        for day in days {
            var cell = day.isDayOff ? "<td class=\"off\">" : "<td>"
            cell += "<span class=\"d\">\(day.date.day)</span>"
            if day.total > 0 {
                cell += "<span class=\"c\">\(day.total)</span>"
                for count in day.byWorkflow { cell += "<span class=\"w\">\(HTMLText.escape(count.label)) \(count.count)</span>" }
            }
            cells.append(cell + "</td>")
        }
        while cells.count % 7 != 0 { cells.append("<td class=\"out\"></td>") }
        for week in stride(from: 0, to: cells.count, by: 7) { out += "<tr>" + cells[week..<week + 7].joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    func statisticsHTML() -> String {
        var out = "<div class=\"charts\">\n"
        out += "<h3>按街镇 By street</h3>\n" + SVGBarChart(title: "records by street", bars: statistics.streets.map { ($0.name, $0.total) }).render()
        out += "<h3>按类别 By record type</h3>\n"
            + SVGBarChart(title: "records by type", bars: zip(statistics.types, statistics.district.counts).map { ($0, $1) }).render()
        out += "</div>\n"
        let header = statistics.typeNames + ["合计"]
        func rows(_ list: [Statistics.Row]) -> [[String]] { list.map { [$0.name] + $0.counts.map(String.init) + [String($0.total)] } }
        out += "<h3>全区 District</h3>\n" + table(["区"] + header, rows([statistics.district]), numericFrom: 1)
        out += "<h3>街镇 Streets</h3>\n" + table(["街镇"] + header, rows(statistics.streets) + rows([statistics.district]).map { ["合计"] + $0.dropFirst() },
                                                numericFrom: 1, totalLast: true)
        out += "<h3>诊室 Clinics and sites</h3>\n" + table(["社区(村)"] + header, rows(statistics.sites), numericFrom: 1)
        out += "<h3>人员 People</h3>\n" + table(["人员"] + header, rows(statistics.people), numericFrom: 1)
        return out
    }

    func coverageHTML() -> String {
        var out = table(["工作 Workflow", "点位 sites", "全部开展 covered", "未全部开展 not covered", "应开展 due", "已开展 held"],
                        coverage.map { workflow in
                            [workflow.name, String(workflow.sites.count), String(workflow.covered.count), String(workflow.uncovered.count),
                             String(workflow.sites.reduce(0) { $0 + $1.due }), String(workflow.sites.reduce(0) { $0 + $1.held })]
                        }, numericFrom: 1)
        let gaps = coverage.flatMap { workflow in
            workflow.uncovered.flatMap { site in site.gaps.map { [workflow.name, site.name, site.street, $0.date.description, $0.kind, messages.render($0.reason)] } }
        }
        out += "<h3>未开展及原因 Gaps and why</h3>\n"
        out += gaps.isEmpty ? "<p class=\"muted\">无 — every site held every occurrence.</p>\n"
            : table(["工作", "社区(村)", "街镇", "日期", "原因 why", "说明"], gaps)
        return out
    }

    func ledgerHTML() -> String {
        var out = "<p>补贴发放角色 roles paid: \(HTMLText.escape(ledger.roles.isEmpty ? "全部 everyone" : ledger.roles.joined(separator: ", ")))</p>\n"
        out += "<p>\(HTMLText.escape(messages.render(ledger.payeeMessage)))</p>\n"
        let tierTotals = ledger.payableByTier
        out += table(["编号", "姓名", "单位", "街镇"] + ledger.tiers.map { "\($0.name) \($0.yuan)元" } + ["件数", "金额(元)"],
                     ledger.entries.map { [$0.personID, $0.name, $0.organisation, $0.street] + $0.cases.map(String.init) + [String($0.totalCases), String($0.yuan)] }
                        + [["合计", "", "", ""] + tierTotals.map(String.init) + [String(ledger.payableCases), String(ledger.payableYuan)]],
                     numericFrom: 4, totalLast: true)
        out += "<p class=\"muted\">调解案件 subsidised records: \(ledger.records), \(ledger.recordsYuan) 元; "
        out += "无发放角色人员参与 not payable: \(ledger.unpaidRecords), \(ledger.unpaidYuan) 元</p>\n"
        return out
    }

    func screeningHTML() -> String {
        guard let screening else { return "<p class=\"muted\">未配置 not configured (district file: reports.screening)</p>\n" }
        var out = "<p>排查范围 cases: <code>\(HTMLText.escape(screening.casesRule ?? "all"))</code> · 重点 focus: "
        out += "<span class=\"focus\">\(HTMLText.escape(screening.focus.joined(separator: "、")))</span>"
        if let risk = screening.riskRule { out += "<br>民转刑 risk: <code>\(HTMLText.escape(risk))</code>" }
        out += "</p>\n"
        out += SVGBarChart(title: "disputes by category", bars: screening.categories.map { ($0.isFocus ? "★ " + $0.name : $0.name, $0.cases) }).render()
        out += table(["类别 category", "重点", "件数", "已化解", "未化解", "办理中", "提请会诊", "民转刑风险"],
                     screening.categories.map { [$0.name, $0.isFocus ? "★" : "", String($0.cases), String($0.resolved), String($0.unresolved),
                                                 String($0.open), String($0.escalated), String($0.risk)] },
                     numericFrom: 2, classes: [1: "focus"])
        func list(_ cases: [Screening.Case]) -> String {
            cases.isEmpty ? "<p class=\"muted\">无 none</p>\n"
                : table(["日期", "社区(村)", "类别", "状态", "提请", "案件"],
                        cases.map { [$0.opened.description, $0.site, $0.category, $0.status, $0.escalatedTo.joined(separator: "、"), $0.id] })
        }
        out += "<h3>未化解及提请会诊 Not resolved (\(screening.notResolved.count))</h3>\n" + list(screening.notResolved)
        out += "<h3>民转刑风险 At risk (\(screening.risks.count))</h3>\n" + list(screening.risks)
        return out
    }

    func deadlinesHTML() -> String {
        var out = "<p>提请 escalated: \(deadlines.total)"
        if !deadlines.byRule.isEmpty { out += " (" + HTMLText.escape(deadlines.byRule.map { "\($0.label) \($0.count)" }.joined(separator: ", ")) + ")" }
        out += " · 按期 met \(deadlines.met) · 逾期 missed \(deadlines.missed.count)"
        if let compliance = deadlines.compliance { out += " · \(JSONText.number(compliance * 100, places: 1))%" }
        out += " · 未结 open \(deadlines.open.count)</p>\n"
        if !deadlines.escalations.isEmpty {
            out += table(["日期", "来自", "提请至", "规则", "期限", "状态", "案件"],
                         deadlines.escalations.map { [$0.opened.description, $0.from, $0.to, $0.rule, $0.deadline?.description ?? "", $0.status, $0.caseID] })
        }
        for (title, list) in [("逾期 Missed", deadlines.missed), ("未结 Open with a deadline", deadlines.open)] where !list.isEmpty {
            out += "<h3>\(title)</h3>\n" + table(["期限", "工作", "说明", "案件"], list.map { [$0.deadline.description, $0.workflow, $0.note.map(messages.render) ?? "", $0.caseID] })
        }
        return out
    }

    func workloadHTML() -> String {
        var out = "<h3>公平性 Fairness spread</h3>\n"
        out += table(["角色 role", "人数", "最少", "平均", "最多", "极差", "标准差"],
                     workload.spread.map { [$0.role == "all" ? "全部 all" : $0.role, String($0.people), String($0.min), JSONText.number($0.mean, places: 2),
                                            String($0.max), String($0.range), JSONText.number($0.deviation, places: 2)] }, numericFrom: 1)
        let busy = workload.entries.filter { $0.total > 0 }
        out += "<h3>人员 Per person (\(busy.count))</h3>\n"
        out += table(["编号", "姓名", "角色", "街镇"] + workload.workflows + ["上门 home visits", "会诊 panels", "合计"],
                     busy.map { [$0.personID, $0.name, $0.role, $0.street] + $0.sittings.map(String.init) + [String($0.visits), String($0.panels), String($0.total)] },
                     numericFrom: 4)
        return out
    }
}
