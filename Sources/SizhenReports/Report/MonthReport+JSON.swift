extension MonthReport {
    /// The report as JSON with the keys docs/reports.md documents, in a fixed order; `month`,
    /// `district`, `simulated` and `totals` always, then the sections asked for.
    public func json(sections: [Section] = Section.allCases) -> String {
        typealias J = JSONText
        func int(_ value: Int) -> String { String(value) }
        func counts(_ names: [String], _ values: [Int]) -> String { J.object(zip(names, values).map { ($0, int($1)) }) }
        var pairs: [(String, String?)] = [
            ("month", J.string(month.description)),
            ("district", J.string(districtName)),
            ("street", streetName.map(J.string)),
            ("simulated", isSimulated ? "true" : "false"),
            ("totals", J.object([
                ("records", int(summary.recordTotal)),
                ("subsidies_yuan", int(ledger.recordsYuan)),
                ("escalations", int(deadlines.total)),
                ("deadlines_met", int(deadlines.met)),
                ("deadlines_missed", int(deadlines.missed.count)),
            ])),
        ]
        func statisticsRow(_ row: Statistics.Row) -> String {
            J.object([("id", J.string(row.id)), ("name", J.string(row.name)), ("counts", counts(statistics.types, row.counts)), ("total", int(row.total))])
        }
        func screeningCase(_ item: Screening.Case) -> String {
            J.object([("case", J.string(item.id)), ("workflow", J.string(item.workflow)), ("site", J.string(item.site)),
                      ("opened", J.string(item.opened.description)), ("category", J.string(item.category)), ("status", J.string(item.status)),
                      ("escalated_to", J.array(item.escalatedTo.map(J.string))), ("risk", item.isRisk ? "true" : "false")])
        }
        func pending(_ item: Deadlines.Pending) -> String {
            J.object([("case", J.string(item.caseID)), ("workflow", J.string(item.workflow)), ("deadline", J.string(item.deadline.description))]
                     + (item.note == nil ? [("note", J.string(""))] : J.message("note", item.note, messages)))
        }
        for section in Section.allCases where sections.contains(section) {
            switch section {
            case .statistics:
                pairs.append(("statistics", J.object([
                    ("types", J.array(statistics.types.map(J.string))),
                    ("district", statisticsRow(statistics.district)),
                    ("streets", J.array(statistics.streets.map(statisticsRow))),
                    ("sites", J.array(statistics.sites.map(statisticsRow))),
                    ("people", J.array(statistics.people.map(statisticsRow))),
                ])))
            case .coverage:
                pairs.append(("coverage", J.array(coverage.map { workflow in
                    J.object([
                        ("workflow", J.string(workflow.workflowID)), ("name", J.string(workflow.name)),
                        ("sites", int(workflow.sites.count)), ("covered", int(workflow.covered.count)),
                        ("due", int(workflow.sites.reduce(0) { $0 + $1.due })), ("held", int(workflow.sites.reduce(0) { $0 + $1.held })),
                        ("reported", int(workflow.sites.reduce(0) { $0 + $1.reported })),
                        ("not_reported", int(workflow.sites.reduce(0) { $0 + $1.notReported })),
                        ("uncovered", J.array(workflow.uncovered.map { site in
                            J.object([("site", J.string(site.id)), ("name", J.string(site.name)), ("street", J.string(site.street)),
                                      ("due", int(site.due)), ("held", int(site.held)), ("reported", int(site.reported)),
                                      ("not_reported", int(site.notReported)),
                                      ("gaps", J.array(site.gaps.map { gap in
                                          J.object([("kind", J.string(gap.kind)), ("date", J.string(gap.date.description))] + J.message("reason", gap.reason, messages))
                                      }))])
                        })),
                    ])
                })))
                pairs.append(("calendar", J.array(days.map { day in
                    J.object([("date", J.string(day.date.description)), ("day_off", day.isDayOff ? "true" : "false"), ("total", int(day.total)),
                              ("by_workflow", J.object(day.byWorkflow.map { ($0.label, int($0.count)) }))])
                })))
            case .ledger:
                let tiers = ledger.tiers.map(\.name)
                pairs.append(("ledger", J.object([
                    ("roles", J.array(ledger.roles.map(J.string))),
                    ("payee", J.string(ledger.payee.rawValue)),
                    ("tiers", J.array(ledger.tiers.map { J.object([("tier", J.string($0.name)), ("yuan", int($0.yuan))]) })),
                    ("entries", J.array(ledger.entries.map { entry in
                        J.object([("person", J.string(entry.personID)), ("name", J.string(entry.name)), ("organisation", J.string(entry.organisation)),
                                  ("street", J.string(entry.street)), ("cases", counts(tiers, entry.cases)), ("total_cases", int(entry.totalCases)),
                                  ("yuan", int(entry.yuan))])
                    })),
                    ("payable_cases", int(ledger.payableCases)), ("payable_yuan", int(ledger.payableYuan)),
                    ("records", int(ledger.records)), ("records_yuan", int(ledger.recordsYuan)),
                    ("unpaid_records", int(ledger.unpaidRecords)), ("unpaid_yuan", int(ledger.unpaidYuan)),
                ])))
            case .screening:
                pairs.append(("screening", screening.map { screening in
                    J.object([
                        ("field", J.string(screening.field)), ("focus", J.array(screening.focus.map(J.string))),
                        ("cases_rule", screening.casesRule.map(J.string) ?? "null"), ("risk_rule", screening.riskRule.map(J.string) ?? "null"),
                        ("total", int(screening.total)), ("focus_total", int(screening.focusTotal)),
                        ("categories", J.array(screening.categories.map { row in
                            J.object([("category", J.string(row.name)), ("focus", row.isFocus ? "true" : "false"), ("cases", int(row.cases)),
                                      ("resolved", int(row.resolved)), ("unresolved", int(row.unresolved)), ("open", int(row.open)),
                                      ("escalated", int(row.escalated)), ("risk", int(row.risk))])
                        })),
                        ("not_resolved", J.array(screening.notResolved.map(screeningCase))),
                        ("risk", J.array(screening.risks.map(screeningCase))),
                        ("rule_errors", int(screening.ruleErrors)),
                    ])
                } ?? "null"))
            case .deadlines:
                pairs.append(("deadlines", J.object([
                    ("escalations", J.object([
                        ("total", int(deadlines.total)),
                        ("by_workflow", J.object(deadlines.byWorkflow.map { ($0.label, int($0.count)) })),
                        ("by_rule", J.object(deadlines.byRule.map { ($0.label, int($0.count)) })),
                    ])),
                    ("escalated", J.array(deadlines.escalations.map { item in
                        J.object([("case", J.string(item.caseID)), ("escalation", J.string(item.rule)), ("from", J.string(item.from)),
                                  ("to", J.string(item.to)), ("opened", J.string(item.opened.description)),
                                  ("deadline", item.deadline.map { J.string($0.description) } ?? "null"), ("status", J.string(item.status))])
                    })),
                    ("met", int(deadlines.met)),
                    ("missed", J.array(deadlines.missed.map(pending))),
                    ("compliance", deadlines.compliance.map { J.number($0, places: 4) } ?? "null"),
                    ("open", J.array(deadlines.open.map(pending))),
                ])))
            case .workload:
                pairs.append(("workload", J.object([
                    ("workflows", J.array(workload.workflows.map(J.string))),
                    ("people", J.array(workload.entries.map { entry in
                        J.object([("person", J.string(entry.personID)), ("name", J.string(entry.name)), ("role", J.string(entry.role)),
                                  ("street", J.string(entry.street)), ("sittings", counts(workload.workflows, entry.sittings)),
                                  ("visits", int(entry.visits)), ("panels", int(entry.panels)), ("total", int(entry.total))])
                    })),
                    ("spread", J.array(workload.spread.map { row in
                        J.object([("role", J.string(row.role)), ("people", int(row.people)), ("min", int(row.min)), ("mean", J.number(row.mean)),
                                  ("max", int(row.max)), ("range", int(row.range)), ("std_dev", J.number(row.deviation))])
                    })),
                ])))
            }
        }
        pairs.append(("adjustments", adjustmentsJSON()))
        return J.object(pairs)
    }
}
