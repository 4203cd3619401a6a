import SizhenModel

/// An intake sheet as a form to fill in: the columns of the sheet's template, what each takes
/// (a date, one of known values, a number, text of a bounded length), and the CSV text its
/// filled rows make, for the intake reader to check and record exactly as an uploaded sheet.
/// A front end renders it; nothing here knows of HTML.
public struct SheetForm: Sendable {
    /// Which sheet: the same three `sizhen intake template` prints.
    public enum Kind: String, Sendable, CaseIterable {
        /// Visitors, and reports of sittings as a whole.
        case visitors
        /// The 送法到家 visits that took place.
        case visits
        /// The 会诊 panels that took place.
        case panels
    }

    /// A value a cell may take: what is written in the sheet, and what a person reads.
    public struct Choice: Sendable, Hashable {
        /// The cell's text, as the reader reads it.
        public var value: String
        /// What the form shows.
        public var label: String

        /// A choice.
        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// What a column's cell takes.
    public enum Input: Sendable, Hashable {
        /// A day (`2026-12-09`).
        case date
        /// One of known values, or empty.
        case choice([Choice])
        /// A whole number within bounds.
        case number(min: Int?, max: Int?)
        /// A number with a fraction.
        case decimal
        /// Text of at most so many characters.
        case text(maxLength: Int)
        /// People by name or id, separated by `、` (the form suggests `SheetForm.people`).
        case people(maxLength: Int)
    }

    /// One column: the title the template prints (the CSV header), its key, and its input.
    public struct Column: Sendable, Hashable {
        /// The template's title (`日期`, `案件类型`).
        public var title: String
        /// The key the reader takes as well (`date`, `case.kind`).
        public var key: String
        /// What the cell takes.
        public var input: Input
    }

    /// The CSV text of the filled rows, and which row of the form each of its records is.
    public struct Sheet: Sendable {
        /// The CSV: the header, then one record per filled row, every cell quoted.
        public var text: String
        /// For each record after the header: its row of the form and the line it starts on.
        public var records: [(row: Int, line: Int)]

        /// The row of the form whose record covers `line` of the text (a cell with line breaks
        /// spans lines); nil for the header or a line past the end.
        public func row(atLine line: Int) -> Int? {
            records.last { $0.line <= line }?.row
        }
    }

    /// Which sheet.
    public var kind: Kind
    /// The columns, in the template's order.
    public var columns: [Column]
    /// The people the staff and people columns suggest: by name, by id when a name is shared.
    public var people: [Choice]

    /// The most characters of a free-text cell (备注 and the like).
    public static let textLimit = 500
    /// The most characters of a cell of people.
    public static let peopleLimit = 200

    /// The form of `kind` for the loaded workflows; the site column offers only `allowedSites`
    /// (nil: every community and the district).
    public init(set: WorkflowSet, kind: Kind, allowedSites: Set<String>?) {
        self.kind = kind
        people = set.people.map { person in
            let shared = set.people.count { $0.name == person.name } > 1
            return Choice(value: shared ? person.id : person.name, label: person.name + " (" + person.id + ")")
        }
        switch kind {
        case .visitors:
            columns = IntakeTemplate(set: set).columns.map { Column(title: $0.title, key: $0.key, input: Self.input(of: $0, set: set, allowedSites: allowedSites)) }
        case .visits, .panels:
            typealias Content = SessionRowDecoder.Content
            let contents: [Content] = kind == .visits ? [.date, .caseID, .people, .note] : [.date, .caseID, .people, .opinion, .note]
            columns = contents.map { content in
                let input: Input = switch content {
                case .date: .date
                case .people: .people(maxLength: Self.peopleLimit)
                case .opinion: .text(maxLength: SessionRowDecoder.opinionLimit)
                case .caseID, .step, .note: .text(maxLength: Self.textLimit)
                }
                return Column(title: content.title, key: content.rawValue, input: input)
            }
        }
    }

    /// The index of the column `name` names: its title or its key (keys in any case).
    public func columnIndex(named name: String) -> Int? {
        let folded = name.headerFolded
        return columns.firstIndex { $0.title == name || $0.key.headerFolded == folded }
    }

    /// The CSV of `rows` (each the cells of a row of the form, in column order, missing cells
    /// empty): rows with every cell empty are left out, line breaks are written as LF, and every
    /// cell is quoted with its quotes doubled, so that no comma, quote or line break in a cell
    /// can end it. The header is the columns' titles.
    public func csv(_ rows: [[String]]) -> Sheet {
        var text = columns.map { IntakeTemplate.quoted($0.title) }.joined(separator: ",") + "\n"
        var records: [(row: Int, line: Int)] = []
        var line = 2
        for (index, row) in rows.enumerated() {
            let cells = columns.indices.map { $0 < row.count ? Self.lineFeeds(row[$0]) : "" }
            guard cells.contains(where: { !$0.trimmingSpaces.isEmpty }) else { continue }
            records.append((index + 1, line))
            text += cells.map { "\"" + $0.replacingAll("\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
            line += 1 + cells.reduce(0) { sum, cell in sum + cell.unicodeScalars.count { $0 == "\n" } }
        }
        return Sheet(text: text, records: records)
    }

    /// `text` with CRLF and lone CR as LF: what the reader makes of them, each one line break.
    static func lineFeeds(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                afterCR = true
                continue
            }
            if !(scalar == "\n" && afterCR) { scalars.append(scalar) }
            afterCR = false
        }
        return String(scalars)
    }

    /// What a visitors sheet's column takes.
    static func input(of column: IntakeColumn, set: WorkflowSet, allowedSites: Set<String>?) -> Input {
        switch column.content {
        case .date, .heldOn: return .date
        case .workflow:
            return .choice(set.workflows.map { workflow in
                Choice(value: set.workflows.count { $0.name == workflow.name } > 1 ? workflow.id : workflow.name, label: workflow.name)
            })
        case .site:
            let communities = set.district.communities
            var sites = communities.filter { allowedSites?.contains($0.id) ?? true }.map { community in
                Choice(value: communities.count { $0.name == community.name } > 1 ? community.id : community.name, label: community.name)
            }
            if allowedSites?.contains(set.district.id) ?? true { sites.append(Choice(value: set.district.name, label: set.district.name)) }
            return .choice(sites)
        case .ordinal: return .number(min: 1, max: 999_999)
        case .outcome: return .choice(words(IntakeRowDecoder.outcomes, in: CaseOutcome.allCases))
        case .status: return .choice(words(IntakeRowDecoder.statuses, in: SittingReport.Status.allCases))
        case .staff: return .people(maxLength: peopleLimit)
        case .reason: return .text(maxLength: IntakeRowDecoder.longestReason)
        case .attendees: return .number(min: 0, max: IntakeRowDecoder.mostAttendees)
        case .name, .phone, .idNumber: return .text(maxLength: 50)
        case .note: return .text(maxLength: textLimit)
        case .field(_, let type):
            switch type {
            case .int(let min, let max): return .number(min: min, max: max)
            case .double: return .decimal
            case .bool: return .choice(IntakeRowDecoder.booleanWords.map { Choice(value: $0, label: $0) })
            case .enumeration(let values, let labels): return .choice(values.map { Choice(value: labels[$0] ?? $0, label: labels[$0] ?? $0) })
            case .string, .list, .object: return .text(maxLength: textLimit)
            }
        }
    }

    /// The shortest Chinese word of each value of `table`, in the order of `values`.
    static func words<Value: Hashable>(_ table: [String: Value], in values: [Value]) -> [Choice] {
        values.compactMap { value in
            table.filter { $0.value == value && !$0.key.allSatisfy(\.isASCII) }.keys.min { ($0.count, $0) < ($1.count, $1) }
                .map { Choice(value: $0, label: $0) }
        }
    }
}
