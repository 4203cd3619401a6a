import SizhenCalendar

extension MonthReport {
    /// The report as plain text: every section, or the ones asked for, in the order of
    /// `Section.allCases`.
    public func text(sections: [Section] = Section.allCases) -> String {
        var out = "\(districtName) · \(month) 月报 · monthly report\n"
        if isSimulated { out += "from a simulation's database\n" }
        for section in Section.allCases where sections.contains(section) {
            out += "\n"
            switch section {
            case .statistics: out += statisticsText()
            case .coverage: out += coverageText()
            case .ledger: out += ledgerText() + adjustmentsText()
            case .screening: out += screeningText()
            case .deadlines: out += deadlinesText()
            case .workload: out += workloadText()
            }
        }
        return out
    }

    /// The title of each section, in Chinese and English.
    public static func title(of section: Section) -> String {
        switch section {
        case .statistics: "统计 Statistics"
        case .coverage: "坐诊覆盖 Coverage"
        case .ledger: "调解案件补贴 Subsidies ledger"
        case .screening: "矛盾纠纷排查 Dispute screening"
        case .deadlines: "会诊与期限 Escalations and deadlines"
        case .workload: "工作量 Workload"
        }
    }

    func statisticsText() -> String {
        var out = "== \(Self.title(of: .statistics)) ==\n"
        func table(_ heading: String, _ rows: [Statistics.Row]) -> String {
            var table = TextTable(header: [heading] + statistics.types + ["合计"])
            for row in rows { table.append([row.name] + row.counts.map(String.init) + [String(row.total)]) }
            return table.render()
        }
        out += "\nBy district\n" + indent(table("DISTRICT", [statistics.district]))
        out += "\nBy street\n" + indent(table("STREET", statistics.streets))
        out += "\nBy clinic (every site with a record)\n" + indent(table("SITE", statistics.sites))
        out += "\nBy person\n" + indent(table("PERSON", statistics.people))
        return out
    }

    func coverageText() -> String {
        var out = "== \(Self.title(of: .coverage)) ==\n"
        for workflow in coverage {
            let due = workflow.sites.reduce(0) { $0 + $1.due }, held = workflow.sites.reduce(0) { $0 + $1.held }
            out += "\n\(workflow.name): \(workflow.covered.count) of \(workflow.sites.count) sites held every occurrence (\(held) of \(due) held)\n"
            let gaps = workflow.uncovered
            if gaps.isEmpty { continue }
            var table = TextTable(header: ["SITE", "STREET", "DATE", "WHY", "DETAIL"])
            for site in gaps {
                for gap in site.gaps { table.append([site.name, site.street, gap.date.description, gap.kind, messages.render(gap.reason)]) }
                if site.gaps.isEmpty {
                    table.append([site.name, site.street, "", "not_held", messages.render(ReportMessage.heldOfDue(["held": .int(site.held), "due": .int(site.due)]))])
                }
            }
            out += indent(table.render())
        }
        return out
    }

    func ledgerText() -> String {
        var out = "== \(Self.title(of: .ledger)) ==\n"
        out += "roles paid: " + (ledger.roles.isEmpty ? "everyone on a subsidised record" : ledger.roles.joined(separator: ", ")) + "\n"
        out += messages.render(ledger.payeeMessage) + "\n\n"
        var table = TextTable(header: ["PERSON", "NAME", "ORGANISATION"] + ledger.tiers.map { "\($0.name) \($0.yuan)元" } + ["CASES", "YUAN"])
        for entry in ledger.entries {
            table.append([entry.personID, entry.name, entry.organisation] + entry.cases.map(String.init) + [String(entry.totalCases), String(entry.yuan)])
        }
        let tierTotals = ledger.payableByTier
        table.append(["合计", "", ""] + tierTotals.map(String.init) + [String(ledger.payableCases), String(ledger.payableYuan)])
        out += indent(table.render())
        out += "\n  subsidised records: \(ledger.records), \(ledger.recordsYuan) 元"
        out += "; not payable (nobody of a paid role on them): \(ledger.unpaidRecords), \(ledger.unpaidYuan) 元\n"
        return out
    }

    func screeningText() -> String {
        var out = "== \(Self.title(of: .screening)) ==\n"
        guard let screening else {
            return out + "not configured: add `reports: screening:` to the district file (see docs/reports.md)\n"
        }
        out += "cases: \(screening.casesRule ?? "every case") · by case.\(screening.field) · focus \(screening.focus.joined(separator: "、"))\n"
        if let risk = screening.riskRule { out += "民转刑 risk: \(risk)\n" }
        var table = TextTable(header: ["CATEGORY", "FOCUS", "CASES", "RESOLVED", "UNRESOLVED", "OPEN", "ESCALATED", "RISK"])
        for row in screening.categories {
            table.append([row.name, row.isFocus ? "★" : "", String(row.cases), String(row.resolved), String(row.unresolved), String(row.open),
                          String(row.escalated), String(row.risk)])
        }
        let all = screening.categories
        table.append(["合计", String(screening.focusTotal), String(screening.total), String(all.reduce(0) { $0 + $1.resolved }),
                      String(all.reduce(0) { $0 + $1.unresolved }), String(all.reduce(0) { $0 + $1.open }),
                      String(all.reduce(0) { $0 + $1.escalated }), String(all.reduce(0) { $0 + $1.risk })])
        out += "\n" + indent(table.render())
        out += "\nNot resolved (\(screening.notResolved.count))\n" + indent(caseTable(screening.notResolved))
        out += "\n民转刑 risk (\(screening.risks.count))\n" + indent(caseTable(screening.risks))
        if screening.ruleErrors > 0 {
            out += "\n  \(screening.ruleErrors) rule evaluation\(screening.ruleErrors == 1 ? "" : "s") failed (a case field without a value); counted as false\n"
        }
        return out
    }

    private func caseTable(_ cases: [Screening.Case]) -> String {
        guard !cases.isEmpty else { return "none\n" }
        var table = TextTable(header: ["OPENED", "SITE", "CATEGORY", "STATUS", "ESCALATED TO", "CASE"])
        for item in cases {
            table.append([item.opened.description, item.site, item.category, item.status, item.escalatedTo.joined(separator: "、"), item.id])
        }
        return table.render()
    }

    func deadlinesText() -> String {
        var out = "== \(Self.title(of: .deadlines)) ==\n"
        out += "escalated: \(deadlines.total)"
        if !deadlines.byWorkflow.isEmpty { out += " (" + deadlines.byWorkflow.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + ")" }
        out += "\n"
        if !deadlines.byRule.isEmpty { out += "by escalation: " + deadlines.byRule.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + "\n" }
        out += "deadlines met \(deadlines.met), missed \(deadlines.missed.count)"
        if let compliance = deadlines.compliance { out += ", compliance \(JSONText.number(compliance * 100, places: 1))%" }
        out += ", open \(deadlines.open.count)\n"
        if !deadlines.escalations.isEmpty {
            var table = TextTable(header: ["OPENED", "FROM", "TO", "ESCALATION", "DEADLINE", "STATUS", "CASE"])
            for item in deadlines.escalations {
                table.append([item.opened.description, item.from, item.to, item.rule, item.deadline?.description ?? "", item.status, item.caseID])
            }
            out += "\nEscalated cases\n" + indent(table.render())
        }
        for (title, list) in [("Missed", deadlines.missed), ("Open with a deadline", deadlines.open)] where !list.isEmpty {
            var table = TextTable(header: ["DEADLINE", "WORKFLOW", "NOTE", "CASE"])
            for item in list { table.append([item.deadline.description, item.workflow, item.note.map(messages.render) ?? "", item.caseID]) }
            out += "\n\(title)\n" + indent(table.render())
        }
        return out
    }

    func workloadText() -> String {
        var out = "== \(Self.title(of: .workload)) ==\n"
        var spread = TextTable(header: ["ROLE", "PEOPLE", "MIN", "MEAN", "MAX", "RANGE", "STD DEV"])
        for row in workload.spread {
            spread.append([row.role, String(row.people), String(row.min), JSONText.number(row.mean, places: 2), String(row.max), String(row.range),
                           JSONText.number(row.deviation, places: 2)])
        }
        out += "\nFairness spread (sittings, visits and panels per person)\n" + indent(spread.render())
        let busy = workload.entries.filter { $0.total > 0 }
        var table = TextTable(header: ["PERSON", "NAME", "ROLE", "STREET"] + workload.workflows + ["VISITS", "PANELS", "TOTAL"])
        for entry in busy {
            table.append([entry.personID, entry.name, entry.role, entry.street] + entry.sittings.map(String.init)
                         + [String(entry.visits), String(entry.panels), String(entry.total)])
        }
        out += "\nPer person (\(busy.count) with work; \(workload.entries.count - busy.count) without)\n" + indent(table.render())
        return out
    }

    func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
