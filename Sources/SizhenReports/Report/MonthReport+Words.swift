import SizhenDiagnostics

extension MonthReport {
    /// One of the report's words in the reader's language.
    func say(_ word: MonthReportMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String {
        messages.render(word(arguments))
    }

    /// One of the CSV's words in the reader's language.
    func csvWord(_ word: ReportCSVMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String {
        messages.render(word(arguments))
    }

    /// The title of a section.
    static func title(of section: Section) -> MonthReportMessage {
        switch section {
        case .statistics: .statistics
        case .coverage: .coverage
        case .ledger: .ledger
        case .screening: .screening
        case .deadlines: .deadlines
        case .workload: .workload
        }
    }

    /// A rule as the report shows it: its words when the files give them (and its expression
    /// too with `--show-rules`), else its expression.
    func described(_ description: String?, rule: String) -> String {
        guard let description else { return rule }
        return showsRules ? say(.withRule, ["description": .text(description), "rule": .text(rule)]) : description
    }

    /// Why an occurrence was not held as planned, in words (`Coverage.Gap.kind`).
    func gapKind(_ kind: String) -> String {
        let words: [String: MonthReportMessage] = ["holiday": .gapHoliday, "unfilled": .gapUnfilled, "absence": .gapAbsence, "not_held": .gapNotHeld,
                                                   "not_reported": .gapNotReported, "awaited": .gapAwaited]
        return words[kind].map { say($0) } ?? kind
    }

    /// A case's status in words (`resolved`, `unresolved`, `open`, `referred`).
    func status(_ status: String) -> String {
        let words: [String: MonthReportMessage] = ["resolved": .statusResolved, "unresolved": .statusUnresolved, "open": .statusOpen,
                                                   "referred": .statusReferred]
        return words[status].map { say($0) } ?? status
    }

    /// What changed in a closed month, in words.
    func change(_ kind: Adjustment.Kind) -> String {
        switch kind {
        case .added: say(.added)
        case .removed: say(.removed)
        case .changed: say(.changed)
        }
    }

    /// The line under the ledger: the subsidised records, and those not payable.
    var subsidisedLine: String {
        say(.subsidised, ["records": .int(ledger.records), "yuan": .int(ledger.recordsYuan), "unpaid": .int(ledger.unpaidRecords),
                          "unpaidYuan": .int(ledger.unpaidYuan)])
    }

    /// The roles paid, by name, or everyone.
    var rolesPaidLine: String {
        say(.rolesPaid, ["roles": .text(ledger.roles.isEmpty ? say(.everyonePaid) : ledger.roleNames.joined(separator: messages.listSeparator))])
    }

    /// The ledger's header: person, name, organisation, (street,) the tiers, cases, yuan.
    func ledgerHeader(street: Bool) -> [String] {
        [say(.personID), say(.name), say(.organisation)] + (street ? [say(.street)] : []) + ledger.tiers.map { "\($0.name) \($0.yuan)元" }
            + [say(.cases), say(.yuan)]
    }

    /// The ledger's lines, with the total line last.
    func ledgerRows(street: Bool) -> [[String]] {
        ledger.entries.map { entry in
            [entry.personID, entry.name, entry.organisation] + (street ? [entry.street] : []) + entry.cases.map(String.init)
                + [String(entry.totalCases), String(entry.yuan)]
        } + [[say(.totalRow), "", ""] + (street ? [""] : []) + ledger.payableByTier.map(String.init) + [String(ledger.payableCases), String(ledger.payableYuan)]]
    }

    /// The screening's scope: its cases, field and focus.
    func screeningScope(_ screening: Screening) -> String {
        say(.scope, ["cases": .text(screening.casesRule.map { described(screening.casesDescription, rule: $0) } ?? say(.everyCase)),
                     "field": .text(screening.field), "focus": .text(screening.focus.joined(separator: "、"))])
    }

    /// The screening's counts per category, with a total line.
    func screeningHeader() -> [String] {
        [say(.category), say(.focus), say(.cases), say(.resolved), say(.unresolved), say(.open), say(.escalated), say(.riskColumn)]
    }

    /// See `screeningHeader`.
    func screeningRows(_ screening: Screening, total: Bool) -> [[String]] {
        let all = screening.categories
        let rows = all.map { row in
            [row.name, row.isFocus ? "★" : "", String(row.cases), String(row.resolved), String(row.unresolved), String(row.open),
             String(row.escalated), String(row.risk)]
        }
        guard total else { return rows }
        return rows + [[say(.totalRow), String(screening.focusTotal), String(screening.total), String(all.reduce(0) { $0 + $1.resolved }),
                        String(all.reduce(0) { $0 + $1.unresolved }), String(all.reduce(0) { $0 + $1.open }),
                        String(all.reduce(0) { $0 + $1.escalated }), String(all.reduce(0) { $0 + $1.risk })]]
    }

    /// A list of screened cases.
    func caseHeader() -> [String] {
        [say(.opened), say(.site), say(.category), say(.status), say(.escalatedTo), say(.caseNumber)]
    }

    /// See `caseHeader`.
    func caseRows(_ cases: [Screening.Case]) -> [[String]] {
        cases.map { [$0.opened.description, $0.site, $0.category, status($0.status), $0.escalatedTo.joined(separator: "、"), $0.id] }
    }

    /// The escalations of the month in one line: how many, to which workflows.
    var escalatedLine: String {
        deadlines.byWorkflow.isEmpty ? say(.escalatedTotal, ["count": .int(deadlines.total)])
            : say(.escalatedBy, ["count": .int(deadlines.total),
                                 "list": .text(deadlines.byWorkflow.map { "\($0.label) \($0.count)" }.joined(separator: messages.listSeparator))])
    }

    /// The deadlines met and missed, the share met, those still open.
    var deadlinesLine: String {
        var line = messages.render(SummaryMessage.deadlines(["met": .int(deadlines.met), "missed": .int(deadlines.missed.count)]))
        if let compliance = deadlines.compliance {
            line += messages.render(SummaryMessage.compliance(["percent": .text(JSONText.number(compliance * 100, places: 1))]))
        }
        return line + say(.stillOpen, ["count": .int(deadlines.open.count)])
    }

    /// The escalations that fired, each in words (and with its expression for `--show-rules`).
    func escalationRuleHeader() -> [String] {
        [say(.from), say(.escalation), say(.description)] + (showsRules ? [say(.rule)] : []) + [say(.count)]
    }

    /// See `escalationRuleHeader`.
    func escalationRuleRows() -> [[String]] {
        deadlines.rules.map { rule in
            [rule.workflow, rule.id, rule.description ?? (showsRules ? "" : rule.expression)] + (showsRules ? [rule.expression] : []) + [String(rule.count)]
        }
    }

    /// The escalated cases.
    func escalationHeader() -> [String] {
        [say(.opened), say(.from), say(.to), say(.escalation), say(.deadline), say(.status), say(.caseNumber)]
    }

    /// See `escalationHeader`.
    func escalationRows() -> [[String]] {
        deadlines.escalations.map { [$0.opened.description, $0.from, $0.to, $0.rule, $0.deadline?.description ?? "", status($0.status), $0.caseID] }
    }

    /// The deadlines missed and those still open, each with its title.
    var pendingLists: [(title: String, list: [Deadlines.Pending])] {
        [(say(.missed), deadlines.missed), (say(.openWithDeadline), deadlines.open)]
    }

    /// A list of deadlines.
    func pendingHeader() -> [String] { [say(.deadline), say(.workflow), say(.note), say(.caseNumber)] }

    /// See `pendingHeader`.
    func pendingRows(_ list: [Deadlines.Pending]) -> [[String]] {
        list.map { [$0.deadline.description, $0.workflow, $0.note.map(messages.render) ?? "", $0.caseID] }
    }

    /// The fairness spread per role.
    func spreadHeader() -> [String] {
        [say(.role), say(.people), say(.min), say(.mean), say(.max), say(.range), say(.standardDeviation)]
    }

    /// See `spreadHeader`.
    func spreadRows() -> [[String]] {
        workload.spread.map { row in
            [row.role == "all" ? say(.everyRole) : row.role, String(row.people), String(row.min), JSONText.number(row.mean, places: 2), String(row.max),
             String(row.range), JSONText.number(row.deviation, places: 2)]
        }
    }

    /// The people with work: their sittings per workflow, visits, panels.
    func workloadHeader() -> [String] {
        [say(.personID), say(.name), say(.role), say(.street)] + workload.workflows + [say(.visits), say(.panels), say(.total)]
    }

    /// See `workloadHeader`.
    func workloadRows(_ entries: [Workload.Entry]) -> [[String]] {
        entries.map { [$0.personID, $0.name, $0.role, $0.street] + $0.sittings.map(String.init) + [String($0.visits), String($0.panels), String($0.total)] }
    }

    /// The adjustments to closed months.
    func adjustmentHeader() -> [String] {
        [say(.month), say(.change), say(.date), say(.type), say(.caseNumber), say(.yuan), say(.paidTo), say(.why)]
    }

    /// See `adjustmentHeader`.
    func adjustmentRows() -> [[String]] {
        adjustments.map { item in
            [item.month.description, change(item.kind), item.record.date.description, item.record.type, item.record.caseID,
             item.yuan == 0 ? "" : String(item.yuan), paidTo(item), item.reasons.joined(separator: "; ")]
        }
    }

    /// The heading of the adjustments: how many, how many yuan.
    var adjustmentsLine: String {
        say(.adjustments, ["count": .int(adjustments.count), "yuan": .int(adjustments.reduce(0) { $0 + $1.yuan })])
    }
}
