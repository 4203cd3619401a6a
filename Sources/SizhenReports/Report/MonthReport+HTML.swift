import SizhenCalendar

extension MonthReport {
    /// The report as one self-contained HTML page: inline CSS (A4 print rules) and inline SVG
    /// charts, no script, no external asset or font; every text escaped. Deterministic.
    public func html(sections: [Section] = Section.allCases) -> String {
        let title = self.title
        let tiles = tile(say(.tileRecords), summary.recordTotal) + tile(say(.tileSubsidies), ledger.recordsYuan) + tile(say(.tileEscalations), deadlines.total)
            + tile(say(.tileDeadlines), "\(deadlines.met) / \(deadlines.missed.count)")
        var out = HTMLText.documentStart(title: title, language: messages.language) + """
            <style>
            \(Self.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>
            <p class="sub">\(HTMLText.escape(say(.subtitle) + (isSimulated ? say(.simulatedTag) : "")))</p>
            <div class="tiles">
            \(tiles)
            </div>
            </header>

            """
        out += calendarHTML()
        for section in Section.allCases where sections.contains(section) {
            out += "<section id=\"\(section.rawValue)\">\n<h2>\(HTMLText.escape(say(Self.title(of: section))))</h2>\n"
            switch section {
            case .statistics: out += statisticsHTML()
            case .coverage: out += coverageHTML()
            case .ledger:
                out += ledgerHTML()
                if !adjustments.isEmpty {
                    out += "<h3>\(HTMLText.escape(adjustmentsLine))</h3>\n" + htmlTable(adjustmentHeader(), adjustmentRows())
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
    private func htmlTable(_ header: [String], _ rows: [[String]], numericFrom: Int = Int.max, totalLast: Bool = false, classes: [Int: String] = [:]) -> String {
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
        var out = "<section id=\"calendar\">\n<h2>\(HTMLText.escape(say(.calendar, ["month": .text(month.description)])))</h2>\n<table class=\"calendar\">\n<thead><tr>"
        for name in say(.weekdays).split(separator: " ") { out += "<th>\(HTMLText.escape(String(name)))</th>" }
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
        out += "<h3>\(HTMLText.escape(say(.byStreet)))</h3>\n" + SVGBarChart(title: say(.recordsByStreet), bars: statistics.streets.map { ($0.name, $0.total) }).render()
        out += "<h3>\(HTMLText.escape(say(.byType)))</h3>\n"
            + SVGBarChart(title: say(.recordsByType), bars: zip(statistics.types, statistics.district.counts).map { ($0, $1) }).render()
        out += "</div>\n"
        let header = statistics.typeNames + [say(.total)]
        func rows(_ list: [Statistics.Row]) -> [[String]] { list.map { [$0.name] + $0.counts.map(String.init) + [String($0.total)] } }
        out += "<h3>\(HTMLText.escape(say(.byDistrict)))</h3>\n" + htmlTable([say(.district)] + header, rows([statistics.district]), numericFrom: 1)
        out += "<h3>\(HTMLText.escape(say(.byStreet)))</h3>\n"
            + htmlTable([say(.street)] + header, rows(statistics.streets) + rows([statistics.district]).map { [say(.totalRow)] + $0.dropFirst() },
                    numericFrom: 1, totalLast: true)
        out += "<h3>\(HTMLText.escape(say(.bySite)))</h3>\n" + htmlTable([say(.site)] + header, rows(statistics.sites), numericFrom: 1)
        out += "<h3>\(HTMLText.escape(say(.byPerson)))</h3>\n" + htmlTable([say(.person)] + header, rows(statistics.people), numericFrom: 1)
        return out
    }

    func coverageHTML() -> String {
        var out = htmlTable([say(.workflow), say(.sites), say(.covered), say(.notCovered), say(.due), say(.held)],
                        coverage.map { workflow in
                            [workflow.name, String(workflow.sites.count), String(workflow.covered.count), String(workflow.uncovered.count),
                             String(workflow.sites.reduce(0) { $0 + $1.due }), String(workflow.sites.reduce(0) { $0 + $1.held })]
                        }, numericFrom: 1)
        let gaps = coverage.flatMap { workflow in
            workflow.uncovered.flatMap { site in
                site.gaps.map { [workflow.name, site.name, site.street, $0.date.description, gapKind($0.kind), messages.render($0.reason)] }
            }
        }
        out += "<h3>\(HTMLText.escape(say(.gapsAndWhy)))</h3>\n"
        out += gaps.isEmpty ? "<p class=\"muted\">\(HTMLText.escape(say(.everySiteHeld)))</p>\n"
            : htmlTable([say(.workflow), say(.site), say(.street), say(.date), say(.why), say(.detail)], gaps)
        return out
    }

    func ledgerHTML() -> String {
        var out = "<p>\(HTMLText.escape(rolesPaidLine))</p>\n"
        out += "<p>\(HTMLText.escape(messages.render(ledger.payeeMessage)))</p>\n"
        out += htmlTable(ledgerHeader(street: true), ledgerRows(street: true), numericFrom: 4, totalLast: true)
        out += "<p class=\"muted\">\(HTMLText.escape(subsidisedLine))</p>\n"
        return out
    }

    func screeningHTML() -> String {
        guard let screening else { return "<p class=\"muted\">\(HTMLText.escape(say(.notConfigured)))</p>\n" }
        var out = "<p>\(HTMLText.escape(screeningScope(screening)))"
        if let risk = screening.riskRule { out += "<br>" + HTMLText.escape(say(.risk, ["risk": .text(described(screening.riskDescription, rule: risk))])) }
        out += "</p>\n"
        out += SVGBarChart(title: say(.disputesByCategory), bars: screening.categories.map { ($0.isFocus ? "★ " + $0.name : $0.name, $0.cases) }).render()
        out += htmlTable(screeningHeader(), screeningRows(screening, total: false), numericFrom: 2, classes: [1: "focus"])
        func list(_ cases: [Screening.Case]) -> String {
            cases.isEmpty ? "<p class=\"muted\">\(HTMLText.escape(say(.none)))</p>\n" : htmlTable(caseHeader(), caseRows(cases))
        }
        out += "<h3>\(HTMLText.escape(say(.notResolved, ["count": .int(screening.notResolved.count)])))</h3>\n" + list(screening.notResolved)
        out += "<h3>\(HTMLText.escape(say(.atRisk, ["count": .int(screening.risks.count)])))</h3>\n" + list(screening.risks)
        return out
    }

    func deadlinesHTML() -> String {
        var out = "<p>\(HTMLText.escape(escalatedLine))<br>\(HTMLText.escape(deadlinesLine))</p>\n"
        if !deadlines.rules.isEmpty {
            out += "<h3>\(HTMLText.escape(say(.byEscalation)))</h3>\n" + htmlTable(escalationRuleHeader(), escalationRuleRows(), numericFrom: escalationRuleHeader().count - 1)
        }
        if !deadlines.escalations.isEmpty {
            out += "<h3>\(HTMLText.escape(say(.escalatedCases)))</h3>\n" + htmlTable(escalationHeader(), escalationRows())
        }
        for (title, list) in pendingLists where !list.isEmpty {
            out += "<h3>\(HTMLText.escape(title))</h3>\n" + htmlTable(pendingHeader(), pendingRows(list))
        }
        return out
    }

    func workloadHTML() -> String {
        var out = "<h3>\(HTMLText.escape(say(.spread)))</h3>\n"
        out += htmlTable(spreadHeader(), spreadRows(), numericFrom: 1)
        let busy = workload.entries.filter { $0.total > 0 }
        out += "<h3>\(HTMLText.escape(say(.perPerson, ["busy": .int(busy.count), "idle": .int(workload.entries.count - busy.count)])))</h3>\n"
        out += htmlTable(workloadHeader(), workloadRows(busy), numericFrom: 4)
        return out
    }
}
