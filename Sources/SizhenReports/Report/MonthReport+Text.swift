import SizhenCalendar

extension MonthReport {
    /// The report as plain text: every section, or the ones asked for, in the order of
    /// `Section.allCases`.
    public func text(sections: [Section] = Section.allCases) -> String {
        var out = title + "\n"
        if isSimulated { out += say(.simulated) + "\n" }
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
        if let paperwork { out += "\n" + paperwork.line(messages) + "\n" }
        return out
    }

    /// A section's heading line.
    func heading(_ section: Section) -> String {
        "== \(say(Self.title(of: section))) ==\n"
    }

    /// A table of a header and rows.
    func table(_ header: [String], _ rows: [[String]]) -> String {
        var table = TextTable(header: header)
        for row in rows { table.append(row) }
        return table.render()
    }

    func statisticsText() -> String {
        var out = heading(.statistics)
        func table(_ heading: MonthReportMessage, _ rows: [Statistics.Row]) -> String {
            self.table([say(heading)] + statistics.types + [say(.total)], rows.map { [$0.name] + $0.counts.map(String.init) + [String($0.total)] })
        }
        out += "\n" + say(.byDistrict) + "\n" + indent(table(.district, [statistics.district]))
        out += "\n" + say(.byStreet) + "\n" + indent(table(.street, statistics.streets))
        out += "\n" + say(.bySite) + "\n" + indent(table(.site, statistics.sites))
        out += "\n" + say(.byPerson) + "\n" + indent(table(.person, statistics.people))
        return out
    }

    func coverageText() -> String {
        var out = heading(.coverage)
        for workflow in coverage {
            let due = workflow.sites.reduce(0) { $0 + $1.due }, held = workflow.sites.reduce(0) { $0 + $1.held }
            out += "\n" + say(.coverageLine, ["workflow": .text(workflow.name), "covered": .int(workflow.covered.count), "sites": .int(workflow.sites.count),
                                              "held": .int(held), "due": .int(due)]) + "\n"
            let gaps = workflow.uncovered
            if gaps.isEmpty { continue }
            var rows: [[String]] = []
            for site in gaps {
                for gap in site.gaps { rows.append([site.name, site.street, gap.date.description, gapKind(gap.kind), messages.render(gap.reason)]) }
                if site.gaps.isEmpty {
                    rows.append([site.name, site.street, "", gapKind("not_held"),
                                 messages.render(ReportMessage.heldOfDue(["held": .int(site.held), "due": .int(site.due)]))])
                }
            }
            out += indent(table([say(.site), say(.street), say(.date), say(.why), say(.detail)], rows))
        }
        return out
    }

    func ledgerText() -> String {
        var out = heading(.ledger)
        out += rolesPaidLine + "\n"
        out += messages.render(ledger.payeeMessage) + "\n\n"
        out += indent(table(ledgerHeader(street: false), ledgerRows(street: false)))
        out += "\n  " + subsidisedLine + "\n"
        return out
    }

    /// The adjustments as text, under the ledger (nothing when there are none).
    func adjustmentsText() -> String {
        guard !adjustments.isEmpty else { return "" }
        return "\n" + adjustmentsLine + "\n" + table(adjustmentHeader(), adjustmentRows())
    }

    func screeningText() -> String {
        var out = heading(.screening)
        guard let screening else { return out + say(.notConfigured) + "\n" }
        out += screeningScope(screening) + "\n"
        if let risk = screening.riskRule { out += say(.risk, ["risk": .text(described(screening.riskDescription, rule: risk))]) + "\n" }
        out += "\n" + indent(table(screeningHeader(), screeningRows(screening, total: true)))
        out += "\n" + say(.notResolved, ["count": .int(screening.notResolved.count)]) + "\n" + indent(caseTable(screening.notResolved))
        out += "\n" + say(.atRisk, ["count": .int(screening.risks.count)]) + "\n" + indent(caseTable(screening.risks))
        if screening.ruleErrors > 0 {
            out += "\n  " + say(.ruleErrors, ["count": .int(screening.ruleErrors)]) + "\n"
        }
        return out
    }

    private func caseTable(_ cases: [Screening.Case]) -> String {
        cases.isEmpty ? say(.none) + "\n" : table(caseHeader(), caseRows(cases))
    }

    func deadlinesText() -> String {
        var out = heading(.deadlines)
        out += escalatedLine + "\n"
        out += deadlinesLine + "\n"
        if !deadlines.rules.isEmpty {
            out += "\n" + say(.byEscalation) + "\n" + indent(table(escalationRuleHeader(), escalationRuleRows()))
        }
        if !deadlines.escalations.isEmpty {
            out += "\n" + say(.escalatedCases) + "\n" + indent(table(escalationHeader(), escalationRows()))
        }
        for (title, list) in pendingLists where !list.isEmpty {
            out += "\n\(title)\n" + indent(table(pendingHeader(), pendingRows(list)))
        }
        return out
    }

    func workloadText() -> String {
        var out = heading(.workload)
        out += "\n" + say(.spread) + "\n" + indent(table(spreadHeader(), spreadRows()))
        let busy = workload.entries.filter { $0.total > 0 }
        out += "\n" + say(.perPerson, ["busy": .int(busy.count), "idle": .int(workload.entries.count - busy.count)]) + "\n"
            + indent(table(workloadHeader(), workloadRows(busy)))
        return out
    }

    func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
