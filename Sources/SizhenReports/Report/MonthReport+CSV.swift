extension MonthReport {
    /// One section as CSV for Excel (UTF-8 with BOM, neutralised cells): the columns are listed
    /// in docs/reports.md; in Chinese the headers and the values that are words are Chinese.
    public func csv(_ section: Section) -> String {
        var csv = sectionCSV(section)
        if isSimulated { csv.marker = (messages.render(PaperworkMessage.simulatedColumn()), messages.render(PaperworkMessage.simulated())) }
        return csv.render()
    }

    private func sectionCSV(_ section: Section) -> CSVWriter {
        func yes(_ value: Bool) -> String { csvWord(value ? ReportCSVMessage.yes : .no) }
        switch section {
        case .statistics:
            var csv = CSVWriter(header: [csvWord(ReportCSVMessage.level), csvWord(ReportCSVMessage.id), csvWord(ReportCSVMessage.name)] + statistics.typeNames
                                + [csvWord(ReportCSVMessage.total)])
            for (level, rows) in [(ReportCSVMessage.levelDistrict, [statistics.district]), (.levelStreet, statistics.streets), (.levelSite, statistics.sites),
                                  (.levelPerson, statistics.people)] {
                for row in rows { csv.append([csvWord(level), row.id, row.name] + row.counts.map(String.init) + [String(row.total)]) }
            }
            return csv
        case .coverage:
            let header: [ReportCSVMessage] = [.workflow, .site, .siteName, .street, .due, .held, .covered, .gaps]
            var csv = CSVWriter(header: header.map { csvWord($0) })
            for workflow in coverage {
                for site in workflow.sites {
                    let gaps = site.gaps.map { gap in
                        csvWord(ReportCSVMessage.gap, ["date": .text(gap.date.description), "kind": .text(gapKind(gap.kind)), "reason": .message(gap.reason)])
                    }
                    csv.append([workflow.name, site.id, site.name, site.street, String(site.due), String(site.held), yes(site.isCovered),
                                gaps.joined(separator: "; ")])
                }
            }
            return csv
        case .ledger:
            var csv = CSVWriter(header: [csvWord(ReportCSVMessage.person), csvWord(ReportCSVMessage.personName), csvWord(ReportCSVMessage.organisation),
                                         csvWord(ReportCSVMessage.street)] + ledger.tiers.map { "\($0.name) \($0.yuan)元" }
                                + [csvWord(ReportCSVMessage.cases), csvWord(ReportCSVMessage.yuan), messages.render(PaperworkMessage.signatureColumn())])
            for row in ledgerRows(street: true) { csv.append(row + [""]) }
            return csv
        case .screening:
            let header: [ReportCSVMessage] = [.category, .focus, .cases, .resolved, .unresolved, .open, .escalated, .risk]
            var csv = CSVWriter(header: header.map { csvWord($0) })
            for row in screening?.categories ?? [] {
                csv.append([row.name, yes(row.isFocus), String(row.cases), String(row.resolved), String(row.unresolved), String(row.open),
                            String(row.escalated), String(row.risk)])
            }
            return csv
        case .deadlines:
            let header: [ReportCSVMessage] = [.kind, .caseNumber, .workflow, .date, .deadline, .status, .note]
            var csv = CSVWriter(header: header.map { csvWord($0) })
            for item in deadlines.escalations {
                csv.append([csvWord(ReportCSVMessage.kindEscalated), item.caseID, item.to, item.opened.description, item.deadline?.description ?? "", status(item.status),
                            csvWord(ReportCSVMessage.route, ["from": .text(item.from), "to": .text(item.to), "escalation": .text(item.rule)])])
            }
            for item in deadlines.missed {
                csv.append([csvWord(ReportCSVMessage.kindMissed), item.caseID, item.workflow, "", item.deadline.description, "", item.note.map(messages.render) ?? ""])
            }
            for item in deadlines.open {
                csv.append([csvWord(ReportCSVMessage.kindOpen), item.caseID, item.workflow, "", item.deadline.description, status("open"),
                            item.note.map(messages.render) ?? ""])
            }
            return csv
        case .workload:
            var csv = CSVWriter(header: [csvWord(ReportCSVMessage.person), csvWord(ReportCSVMessage.personName), csvWord(ReportCSVMessage.role), csvWord(ReportCSVMessage.street)]
                                + workload.workflows + [csvWord(ReportCSVMessage.visits), csvWord(ReportCSVMessage.panels), csvWord(ReportCSVMessage.total)])
            for row in workloadRows(workload.entries) { csv.append(row) }
            return csv
        }
    }
}
