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

    /// The two months as a table with a difference column.
    public func text() -> String {
        var rows: [(String, Double, Double)] = []
        // Paired by id, never by position: a workflow or record type only one folder has is a
        // row of its own, with 0 on the other side (the base's order first, then the other's).
        let otherHeld = Dictionary(other.workflows.map { ($0.workflowID, $0.held) }, uniquingKeysWith: +)
        let baseWorkflows = Set(base.workflows.map(\.workflowID))
        // A workflow with no occurrences on either side (a panel, a committee) has no row.
        for workflow in base.workflows where workflow.held > 0 || (otherHeld[workflow.workflowID] ?? 0) > 0 {
            rows.append(("\(workflow.name) held", Double(workflow.held), Double(otherHeld[workflow.workflowID] ?? 0)))
        }
        for workflow in other.workflows where !baseWorkflows.contains(workflow.workflowID) && workflow.held > 0 {
            rows.append(("\(workflow.name) held", 0, Double(workflow.held)))
        }
        let otherRecords = Dictionary(other.records.map { ($0.type, $0.count) }, uniquingKeysWith: +)
        let baseTypes = Set(base.records.map(\.type))
        for (type, count) in base.records { rows.append(("\(type)", Double(count), Double(otherRecords[type] ?? 0))) }
        for (type, count) in other.records where !baseTypes.contains(type) { rows.append(("\(type)", 0, Double(count))) }
        rows.append(("records total", Double(base.recordTotal), Double(other.recordTotal)))
        rows.append(("escalations", Double(base.escalations.reduce(0) { $0 + $1.count }), Double(other.escalations.reduce(0) { $0 + $1.count })))
        rows.append(("deadlines missed", Double(base.deadlinesMissed), Double(other.deadlinesMissed)))
        rows.append(("subsidies (yuan)", Double(base.subsidyTotal), Double(other.subsidyTotal)))
        rows.append(("load min", Double(base.loadMin), Double(other.loadMin)))
        rows.append(("load mean", base.loadMean, other.loadMean))
        rows.append(("load max", Double(base.loadMax), Double(other.loadMax)))
        rows.append(("unfilled slots", Double(base.unfilled), Double(other.unfilled)))
        var table = TextTable(header: ["", baseName, otherName, "DIFFERENCE"])
        for (name, a, b) in rows {
            let difference = b - a
            let sign = difference > 0 ? "+" : ""
            table.append([name, JSONText.number(a, places: 2), JSONText.number(b, places: 2), difference == 0 ? "" : sign + JSONText.number(difference, places: 2)])
        }
        return "Simulated \(base.month) · seed \(base.seed.map(String.init) ?? "—") · \(baseName) vs \(otherName)\n\n" + table.render()
    }
}
