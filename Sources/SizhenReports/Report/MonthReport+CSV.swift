extension MonthReport {
    /// One section as CSV for Excel (UTF-8 with BOM, neutralised cells): the columns are listed
    /// in docs/reports.md.
    public func csv(_ section: Section) -> String {
        switch section {
        case .statistics:
            var csv = CSVWriter(header: ["level", "id", "name"] + statistics.typeNames + ["total"])
            for (level, rows) in [("district", [statistics.district]), ("street", statistics.streets), ("site", statistics.sites),
                                  ("person", statistics.people)] {
                for row in rows { csv.append([level, row.id, row.name] + row.counts.map(String.init) + [String(row.total)]) }
            }
            return csv.render()
        case .coverage:
            var csv = CSVWriter(header: ["workflow", "site", "site_name", "street", "due", "held", "covered", "gaps"])
            for workflow in coverage {
                for site in workflow.sites {
                    csv.append([workflow.name, site.id, site.name, site.street, String(site.due), String(site.held), site.isCovered ? "yes" : "no",
                                site.gaps.map { "\($0.date) \($0.kind): \(messages.render($0.reason))" }.joined(separator: "; ")])
                }
            }
            return csv.render()
        case .ledger:
            var csv = CSVWriter(header: ["person", "name", "organisation", "street"] + ledger.tiers.map { "\($0.name) \($0.yuan)元" } + ["cases", "yuan"])
            for entry in ledger.entries {
                csv.append([entry.personID, entry.name, entry.organisation, entry.street] + entry.cases.map(String.init)
                           + [String(entry.totalCases), String(entry.yuan)])
            }
            let tierTotals = ledger.payableByTier
            csv.append(["合计", "", "", ""] + tierTotals.map(String.init) + [String(ledger.payableCases), String(ledger.payableYuan)])
            return csv.render()
        case .screening:
            var csv = CSVWriter(header: ["category", "focus", "cases", "resolved", "unresolved", "open", "escalated", "risk"])
            for row in screening?.categories ?? [] {
                csv.append([row.name, row.isFocus ? "yes" : "no", String(row.cases), String(row.resolved), String(row.unresolved), String(row.open),
                            String(row.escalated), String(row.risk)])
            }
            return csv.render()
        case .deadlines:
            var csv = CSVWriter(header: ["kind", "case", "workflow", "date", "deadline", "status", "note"])
            for item in deadlines.escalations {
                csv.append(["escalated", item.caseID, item.to, item.opened.description, item.deadline?.description ?? "", item.status,
                            "\(item.from) → \(item.to) (\(item.rule))"])
            }
            for item in deadlines.missed { csv.append(["missed", item.caseID, item.workflow, "", item.deadline.description, "", item.note.map(messages.render) ?? ""]) }
            for item in deadlines.open { csv.append(["open", item.caseID, item.workflow, "", item.deadline.description, "open", item.note.map(messages.render) ?? ""]) }
            return csv.render()
        case .workload:
            var csv = CSVWriter(header: ["person", "name", "role", "street"] + workload.workflows + ["visits", "panels", "total"])
            for entry in workload.entries {
                csv.append([entry.personID, entry.name, entry.role, entry.street] + entry.sittings.map(String.init)
                           + [String(entry.visits), String(entry.panels), String(entry.total)])
            }
            return csv.render()
        }
    }
}
