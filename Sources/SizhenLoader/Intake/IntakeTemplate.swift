import SizhenCalendar
import SizhenRecords
import SizhenModel

/// A blank intake CSV for a workflows folder: the header row (Chinese titles, then the case
/// fields staff fill in), an example visitor row at a real occurrence and an example report of
/// a sitting as a whole, written the way Excel reads it without asking: UTF-8 with a
/// byte-order mark, CRLF line ends.
public struct IntakeTemplate: Sendable {
    /// The workflows, district, people and case schema.
    public var set: WorkflowSet

    /// Creates a template.
    public init(set: WorkflowSet) { self.set = set }

    /// The columns of the template: the fixed ones, then the case fields, except those a
    /// decision table of a workflow step writes (三事分流 and the like are decided, not entered).
    /// The reader accepts those too.
    public var columns: [IntakeColumn] {
        let decidedTables = Set(set.workflows.flatMap(\.steps).compactMap { $0.decide?.id })
        let decided = Set(set.tables.filter { decidedTables.contains($0.definition.id) }.flatMap { $0.definition.outputs.map(\.id) })
        return IntakeColumn.columns(for: set.caseSchema).filter { column in
            guard case .field(let path, _) = column.content else { return true }
            return !(path.count == 1 && decided.contains(path[0]))
        }
    }

    /// The month the example rows are taken from when none is given: December of the last year
    /// the district calendar covers (no clock is read).
    public var defaultMonth: YearMonth {
        let year = set.calendar.years.keys.max() ?? 2026
        return YearMonth(year: year, month: 12) ?? YearMonth(year: 2026, month: 12)!
    }

    /// The header and the example rows (a visitor, then a report of a sitting as a whole),
    /// each a list of cells.
    public func cells(month: YearMonth) throws(CalendarCoverageError) -> [[String]] {
        let columns = self.columns
        var rows = [columns.map(\.title)]
        let occurrences = try OccurrenceExpander(set: set).expand(month: month).occurrences
        if let example = exampleOccurrence(among: occurrences) {
            rows.append(columns.map { exampleCell($0, at: example) })
            let (sitting, status) = exampleReport(after: example, among: occurrences)
            rows.append(columns.map { reportCell($0, at: sitting, status: status) })
        }
        return rows
    }

    /// The template as CSV text: byte-order mark, CRLF line ends, cells quoted where needed.
    public func csv(month: YearMonth) throws(CalendarCoverageError) -> String {
        "\u{FEFF}" + (try cells(month: month)).map { $0.map(Self.quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A cell as CSV: in double quotes (doubled inside) when it holds a comma, quote or line break.
    public static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The 备注 of the example rows, which tells staff to delete them.
    static let exampleNote = "示例，填写前请删除此行"

    /// The first occurrence of a workflow whose cases are, first of all, visitors (接诊), else
    /// of any workflow.
    private func exampleOccurrence(among occurrences: [Occurrence]) -> Occurrence? {
        let visitorFlows = Set(set.workflows.filter { $0.steps.first { $0.forEach != nil }?.forEach == .visitor }.map(\.id))
        return occurrences.first { visitorFlows.contains($0.workflowID) } ?? occurrences.first
    }

    /// The sitting the example report is of: the next of the visitor's workflow and site, not
    /// held; else (none that month) the visitor's own, held.
    private func exampleReport(after visitor: Occurrence, among occurrences: [Occurrence]) -> (Occurrence, SittingReport.Status) {
        let next = occurrences.first { $0.workflowID == visitor.workflowID && $0.siteID == visitor.siteID && $0.date > visitor.date }
        return next.map { ($0, .notHeld) } ?? (visitor, .held)
    }

    private func exampleCell(_ column: IntakeColumn, at occurrence: Occurrence) -> String {
        switch column.content {
        case .date, .workflow, .site: return sittingCell(column, at: occurrence)
        case .ordinal: return "1"
        case .outcome: return "已解决"
        case .staff: return exampleStaff(at: occurrence).map(staffCell) ?? ""
        case .note: return Self.exampleNote
        case .name, .phone, .idNumber, .status, .reason, .attendees, .heldOn: return ""
        case .field(_, let type):
            switch type {
            case .enumeration(let values, let labels): return values.first.map { labels[$0] ?? $0 } ?? ""
            case .int(let min, _): return min.map { $0 >= 1 ? String($0) : "" } ?? ""
            default: return ""
            }
        }
    }

    private func reportCell(_ column: IntakeColumn, at occurrence: Occurrence, status: SittingReport.Status) -> String {
        switch column.content {
        case .date, .workflow, .site: sittingCell(column, at: occurrence)
        case .status: status == .notHeld ? "未举办" : "举办"
        case .reason: status == .notHeld ? "律师病假，未能调班" : ""
        case .note: Self.exampleNote
        default: ""
        }
    }

    /// The date, workflow or site of an occurrence as staff write it.
    private func sittingCell(_ column: IntakeColumn, at occurrence: Occurrence) -> String {
        switch column.content {
        case .date: return occurrence.date.description
        case .workflow: return set.workflow(occurrence.workflowID)?.name ?? occurrence.workflowID
        case .site:
            if occurrence.siteID == set.district.id { return set.district.name }
            let communities = set.district.communities
            guard let community = communities.first(where: { $0.id == occurrence.siteID }) else { return occurrence.siteID }
            return communities.count { $0.name == community.name } == 1 ? community.name : community.id
        default: return ""
        }
    }

    /// A person as staff write them: by name, or by id when another has the same name.
    private func staffCell(_ person: Person) -> String {
        set.people.count { $0.name == person.name } == 1 ? person.name : person.id
    }

    /// Someone paired with the site who holds a role of the workflow's slots, else anyone
    /// holding such a role.
    private func exampleStaff(at occurrence: Occurrence) -> Person? {
        let roles = Set(set.workflow(occurrence.workflowID)?.slots.flatMap(\.roles).map(\.id) ?? [])
        let qualified = set.people.filter { person in roles.isEmpty || person.roles.contains { roles.contains($0.id) } }
        return qualified.first { $0.paired.contains { $0.id == occurrence.siteID } } ?? qualified.first
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
