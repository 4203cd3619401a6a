import SizhenDiagnostics

/// Two summaries side by side with their differences.
public struct MonthComparison: Sendable {
    public let base: MonthSummary
    public let other: MonthSummary
    public let baseName: String
    public let otherName: String

    /// A comparison.
    public init(base: MonthSummary, other: MonthSummary, baseName: String, otherName: String) {
        self.base = base
        self.other = other
        self.baseName = baseName
        self.otherName = otherName
    }

    /// The two months as a table with a difference column, in the words of `messages`.
    public func text(messages: MessageRenderer) -> String {
        func say(_ word: ComparisonMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }
        var rows: [(String, Double, Double)] = []
        // Paired by id, never by position: a workflow or record type only one folder has is a
        // row of its own, with 0 on the other side (the base's order first, then the other's).
        let otherHeld = Dictionary(other.workflows.map { ($0.workflowID, $0.held) }, uniquingKeysWith: +)
        let baseWorkflows = Set(base.workflows.map(\.workflowID))
        // A workflow with no occurrences on either side (a panel, a committee) has no row.
        for workflow in base.workflows where workflow.held > 0 || (otherHeld[workflow.workflowID] ?? 0) > 0 {
            rows.append((say(.held, ["workflow": .text(workflow.name)]), Double(workflow.held), Double(otherHeld[workflow.workflowID] ?? 0)))
        }
        for workflow in other.workflows where !baseWorkflows.contains(workflow.workflowID) && workflow.held > 0 {
            rows.append((say(.held, ["workflow": .text(workflow.name)]), 0, Double(workflow.held)))
        }
        let otherRecords = Dictionary(other.records.map { ($0.type, $0.count) }, uniquingKeysWith: +)
        let baseTypes = Set(base.records.map(\.type))
        for (type, count) in base.records { rows.append(("\(type)", Double(count), Double(otherRecords[type] ?? 0))) }
        for (type, count) in other.records where !baseTypes.contains(type) { rows.append(("\(type)", 0, Double(count))) }
        rows.append((say(.recordsTotal), Double(base.recordTotal), Double(other.recordTotal)))
        rows.append((say(.escalations), Double(base.escalations.reduce(0) { $0 + $1.count }), Double(other.escalations.reduce(0) { $0 + $1.count })))
        rows.append((say(.deadlinesMissed), Double(base.deadlinesMissed), Double(other.deadlinesMissed)))
        rows.append((say(.subsidies), Double(base.subsidyTotal), Double(other.subsidyTotal)))
        rows.append((say(.loadMin), Double(base.loadMin), Double(other.loadMin)))
        rows.append((say(.loadMean), base.loadMean, other.loadMean))
        rows.append((say(.loadMax), Double(base.loadMax), Double(other.loadMax)))
        rows.append((say(.unfilled), Double(base.unfilled), Double(other.unfilled)))
        var table = TextTable(header: ["", baseName, otherName, say(.difference)])
        for (name, a, b) in rows {
            let difference = b - a
            let sign = difference > 0 ? "+" : ""
            table.append([name, JSONText.number(a, places: 2), JSONText.number(b, places: 2), difference == 0 ? "" : sign + JSONText.number(difference, places: 2)])
        }
        let title = say(.title, ["month": .text(base.month.description), "seed": .text(base.seed.map(String.init) ?? "—"), "base": .text(baseName),
                                 "other": .text(otherName)])
        return title + "\n\n" + table.render()
    }
}
