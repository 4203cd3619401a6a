import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenRules

/// Turns the header and each record of an intake CSV into rows, collecting every problem.
/// Keeps the look-up tables (workflows, communities and people by id and name) and the
/// occurrences expanded so far, so that each row costs a few dictionary look-ups.
struct IntakeRowDecoder {
    let set: WorkflowSet
    let file: String
    private(set) var diagnostics = Diagnostics()

    private let columns: [IntakeColumn]
    /// The column of each header cell (nil: no title, or unknown).
    private var header: [IntakeColumn?] = []
    /// The header text of each cell, for messages.
    private var titles: [String] = []
    /// The place in messages of each cell of a known column (`column 3 (诊室)`), made once;
    /// nil for the other cells.
    private var places: [Message?] = []
    /// The hint listing the workflows, made once.
    private let knownWorkflows: Message
    private var occurrences: IntakeOccurrences
    /// The line of each (occurrence, ordinal) seen, for duplicates.
    private var seen: [String: Int] = [:]
    /// The first visitor row of each occurrence, for reports that say it was not held.
    private var visitorLines: [String: Int] = [:]
    /// The line of each occurrence reported, for duplicates.
    private var reported: [String: Int] = [:]
    /// The occurrences reported not held, with the 情况 cell that says so.
    private var notHeld: [(occurrenceID: String, cell: Cell)] = []
    /// Whether the header has a 情况 column, so that a row may be a report.
    private var hasStatusColumn = false

    private let workflowsByName: [String: Workflow]
    private let communitiesByID: [String: Community]
    private let communitiesByName: [String: [Community]]
    private let siteIDs: [String: Set<String>]
    private let peopleByID: [String: Person]
    private let peopleByName: [String: [Person]]
    /// The object type of each object field of the schema, by path, for nested values.
    private let objectTypes: [[String]: ObjectType]
    /// The case schema's `checks:`, compiled, in file order, and what they read: the case and
    /// the row's outcome, each in its slot.
    private let checks: [(check: CaseCheck, rule: CompiledExpression)]
    private var checkActivation: Activation
    private let checkSlots: (case: Int, outcome: Int, workflow: Int)?

    init(set: WorkflowSet, file: String, stored: (@Sendable (ClosedRange<CivilDate>) -> [SittingChange])? = nil) {
        self.set = set
        self.file = file
        columns = IntakeColumn.columns(for: set.caseSchema)
        occurrences = IntakeOccurrences(set: set, stored: stored)
        var workflows: [String: Workflow] = [:]
        for flow in set.workflows.reversed() {
            workflows[flow.name] = flow
        }
        for flow in set.workflows { workflows[flow.id] = flow }
        workflowsByName = workflows
        knownWorkflows = IntakeMessage.knownWorkflows(["workflows": .list(set.workflows.map {
            MessageValue.message(IntakeMessage.nameAndID(["name": .text($0.name), "id": .text($0.id)]))
        })])
        let communities = set.district.communities
        communitiesByID = Dictionary(communities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        communitiesByName = Dictionary(grouping: communities, by: \.name)
        siteIDs = Dictionary(set.workflows.map { flow in (flow.id, Set(set.sites(of: flow).map(\.id))) }, uniquingKeysWith: { first, _ in first })
        peopleByID = Dictionary(set.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByName = Dictionary(grouping: set.people, by: \.name)
        var types: [[String]: ObjectType] = [:]
        func collect(_ type: RuleType, path: [String]) {
            guard case .object(let object) = type else { return }
            types[path] = object
            for field in object.fields { collect(field.type, path: path + [field.name]) }
        }
        if let schema = set.caseSchema { collect(schema.ruleType, path: []) }
        objectTypes = types
        let environment = set.caseSchema?.checkEnvironment(workflows: set.workflows.map(\.id)) ?? RuleEnvironment()
        checks = set.caseSchema?.checks.compactMap { check in set.compiled(check.when).map { (check, $0) } } ?? []
        checkActivation = environment.makeActivation()
        if let schema = set.caseSchema, let caseSlot = environment.slot(of: schema.id), let outcomeSlot = environment.slot(of: CaseCheck.outcomeVariable),
           let workflowSlot = environment.slot(of: CaseCheck.workflowVariable) {
            checkSlots = (caseSlot, outcomeSlot, workflowSlot)
        } else {
            checkSlots = nil
        }
    }

    // MARK: The header

    /// Reads the header row; false when it is not a header at all (nothing more can be read).
    mutating func readHeader(_ record: CSVRecord) -> Bool {
        var byName: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            for name in column.names { byName[name.headerFolded] = index }
        }
        var firstColumn: [Int: Int] = [:]
        // The cells that name no column, reported only once the row is known to be a header.
        var unknown: [(index: Int, text: String, line: Int)] = []
        for (index, cell) in record.cells.enumerated() {
            let text = cell.text.trimmingSpaces
            titles.append(text)
            places.append(nil)
            let location = SourceLocation(file: file, line: cell.line, column: index + 1)
            guard !text.isEmpty else { header.append(nil); continue }
            guard let found = byName[text.headerFolded] else {
                header.append(nil)
                unknown.append((index, text, cell.line))
                continue
            }
            if let first = firstColumn[found] {
                header.append(nil)
                diagnostics.append(.error(IntakeMessage.duplicateColumn(["place": .message(IntakeMessage.place(column: index + 1, title: text)),
                                                                         "first": .int(first + 1)]),
                                          at: location, hint: IntakeMessage.duplicateColumnHint()))
                continue
            }
            firstColumn[found] = index
            places[index] = IntakeMessage.place(column: index + 1, title: text)
            header.append(columns[found])
        }
        if firstColumn.isEmpty {
            diagnostics.append(.error(IntakeMessage.notAHeader(), at: SourceLocation(file: file, line: record.line, column: 1),
                                      hint: IntakeMessage.missingColumnHint()))
            return false
        }
        let candidates = columns.flatMap { [$0.title, $0.key] }
        let knownColumns = IntakeMessage.knownColumns(["titles": .texts(columns.map(\.title))])
        for (number, cell) in unknown.enumerated() {
            var message = IntakeMessage.unknownColumn(["place": .message(IntakeMessage.place(column: cell.index + 1)),
                                                       "title": QuotedText.clip(cell.text)])
            // Suggestions only for as many as are printed: a row of 200,000 cells stays quick.
            if number < 100 { message = message.suggesting(cell.text, in: candidates) }
            diagnostics.append(.error(message, at: SourceLocation(file: file, line: cell.line, column: cell.index + 1), hint: knownColumns))
        }
        hasStatusColumn = header.contains { $0?.content == .status }
        let hasVisitorColumn = header.contains { $0?.rows == .visitors && $0?.isRequired == true }
        for column in columns where column.isRequired && !header.contains(column) {
            let location = SourceLocation(file: file, line: record.line, column: 1)
            let arguments: KeyValuePairs<String, MessageValue> = ["title": .text(column.title), "key": .text(column.key)]
            guard column.rows == .visitors && hasStatusColumn else {
                diagnostics.append(.error(IntakeMessage.missingColumn(arguments), at: location, hint: IntakeMessage.missingColumnHint()))
                continue
            }
            // A sheet of reports only may leave out 序号 and 结果, but not one of the two.
            if hasVisitorColumn {
                diagnostics.append(.error(IntakeMessage.missingVisitorColumn(arguments), at: location, hint: IntakeMessage.visitorColumnsHint()))
            }
        }
        return true
    }

    // MARK: A row

    /// What a data row is: a visitor (a case), or a report of its sitting as a whole.
    enum Entry {
        /// A row with a 序号.
        case visitor(IntakeRow)
        /// A row without a 序号 and with a 情况.
        case report(SittingReport)
    }

    /// A cell of a known column in the row being read: its text (empty when the row is short
    /// of it), where it is, and its place in messages.
    private struct Cell {
        var text: String
        var location: SourceLocation
        var place: Message
    }

    /// The cells of one row by column.
    private struct RowCells {
        var line: Int
        var byContent: [IntakeColumn.Content: Cell] = [:]
        /// The filled cells of case fields, in header order.
        var fields: [(path: [String], type: FieldType, cell: Cell)] = []

        /// The cell of `content` when the header has the column and the row fills it.
        func filled(_ content: IntakeColumn.Content) -> Cell? {
            byContent[content].flatMap { $0.text.isEmpty ? nil : $0 }
        }
    }

    /// The sitting a row names, once its date, workflow and site are read.
    private struct Sitting {
        var occurrenceID: String?
        var workflow: Workflow?
        var site: String?
        var date: CivilDate?
        /// The day a report moves it to (改期).
        var heldOn: CivilDate?
    }

    /// Notes the sittings this file's reports move (改期) or add (加开), and those it reports
    /// otherwise, before any row is read: a visitor row may come before the report that moves
    /// its sitting to its day. Says nothing: the rows' problems are said when they are read.
    mutating func noteSittingChanges(_ records: ArraySlice<CSVRecord>) {
        guard let statusIndex = header.firstIndex(where: { $0?.content == .status }) else { return }
        let ordinalIndex = header.firstIndex { $0?.content == .ordinal }
        let said = diagnostics
        defer { diagnostics = said }
        // As a stored report names its source: the file's name and the line.
        let name = file.split(separator: "/").last.map(String.init) ?? file
        for record in records where statusIndex < record.cells.count && !Self.clean(record.cells[statusIndex].text).isEmpty {
            if let ordinalIndex, ordinalIndex < record.cells.count, !Self.clean(record.cells[ordinalIndex].text).isEmpty { continue }
            let (_, cells) = self.cells(of: record)
            guard let cell = cells.filled(.status), let status = Self.statuses[cell.text.lowercased()] else { continue }
            let sitting = self.sitting(of: cells, status: status, isReport: true)
            guard let id = sitting.occurrenceID, let workflow = sitting.workflow, let site = sitting.site, let date = sitting.date else { continue }
            switch status {
            case .moved:
                guard let day = sitting.heldOn else { continue }
                occurrences.noteChange(id: id, workflow: workflow.id, site: site, heldOn: day, moved: true, source: "\(name):\(record.line)")
            case .extra:
                occurrences.noteChange(id: id, workflow: workflow.id, site: site, heldOn: date, moved: false, source: "\(name):\(record.line)")
            case .held, .notHeld, .substitute:
                occurrences.noteReported(id)
            }
        }
    }

    /// The known cells of a record by column, and those in header order; says what is wrong
    /// with a cell no column has.
    private mutating func cells(of record: CSVRecord) -> ([(column: IntakeColumn, cell: Cell)], RowCells) {
        // The known columns in header order, each with its cell.
        var known: [(column: IntakeColumn, cell: Cell)] = []
        for (index, cell) in record.cells.enumerated() {
            let location = SourceLocation(file: file, line: cell.line, column: index + 1)
            let text = Self.clean(cell.text)
            guard index < header.count else {
                if !text.isEmpty {
                    diagnostics.append(.error(IntakeMessage.extraCell(["place": .message(IntakeMessage.place(column: index + 1)),
                                                                       "count": .int(header.count)]),
                                              at: location, hint: IntakeMessage.extraCellHint()))
                }
                continue
            }
            guard let column = header[index] else {
                if !text.isEmpty && titles[index].isEmpty {
                    diagnostics.append(.error(IntakeMessage.untitledCell(["place": .message(IntakeMessage.place(column: index + 1))]), at: location,
                                              hint: IntakeMessage.untitledCellHint()))
                }
                continue
            }
            known.append((column, Cell(text: text, location: location, place: place(of: index))))
        }
        // A short row: the cells it lacks are empty.
        for index in record.cells.count..<max(record.cells.count, header.count) {
            guard let column = header[index] else { continue }
            known.append((column, Cell(text: "", location: SourceLocation(file: file, line: record.line, column: index + 1),
                                       place: place(of: index))))
        }
        var cells = RowCells(line: record.line)
        for (column, cell) in known {
            cells.byContent[column.content] = cell
            if case .field(let path, let type) = column.content, !cell.text.isEmpty { cells.fields.append((path, type, cell)) }
        }
        return (known, cells)
    }

    /// Decodes one record into a visitor or a report; nil when it has an error (reported).
    mutating func decode(_ record: CSVRecord) -> Entry? {
        let before = diagnostics.errorCount
        let (known, cells) = self.cells(of: record)
        let kind: RowKind = cells.filled(.ordinal) != nil || !hasStatusColumn ? .visitor : cells.filled(.status) != nil ? .report : .unknown
        // An event's report fills the event case's fields (活动形式, 资料份数): its field cells
        // are the event's, not a visitor's.
        let isEventReport = kind == .report && cells.filled(.workflow).flatMap { workflowsByName[$0.text] ?? workflowsByName[$0.text.lowercased()] }?.type == .event
        checkKind(of: known, kind: kind, eventReport: isEventReport)
        if kind == .unknown, cells.byContent[.ordinal] == nil, let status = cells.byContent[.status] {
            // No 序号 column (a sheet of reports), and this row has no 情况 either.
            diagnostics.append(.error(IntakeMessage.noRowKind(["place": .message(status.place)]), at: status.location,
                                      hint: IntakeMessage.noRowKindHint()))
        }
        let isReport = kind == .report

        let status = cells.filled(.status).flatMap { lookUp($0, in: Self.statuses, error: .badStatus, hint: IntakeMessage.statusHint()) }
        let sitting = self.sitting(of: cells, status: status, isReport: isReport)
        if isReport {
            let report = decodeReport(cells, status: status, sitting: sitting)
            return diagnostics.errorCount == before ? report.map(Entry.report) : nil
        }
        let row = decodeVisitor(cells, status: status, sitting: sitting)
        // The checks judge a row whose cells all read: a cell in error is said once.
        guard diagnostics.errorCount == before, let row, passesChecks(row, cells) else { return nil }
        return .visitor(row)
    }

    /// Reports the sittings not held that the same file records visitors at; called once
    /// every row is decoded, since a visitor row may come after its sitting's report.
    mutating func finish() {
        for report in notHeld {
            guard let line = visitorLines[report.occurrenceID] else { continue }
            diagnostics.append(.error(IntakeMessage.notHeldWithVisitors(["place": .message(report.cell.place), "occurrence": .text(report.occurrenceID),
                                                                         "line": .int(line)]),
                                      at: report.cell.location, hint: IntakeMessage.notHeldWithVisitorsHint()))
        }
    }

    /// The place of cell `index` in messages (`column 3 (诊室)`).
    private func place(of index: Int) -> Message {
        places[index] ?? IntakeMessage.place(column: index + 1, title: titles[index])
    }

    /// What a row is by the cells it fills.
    private enum RowKind {
        /// 序号 filled, or a sheet without a 情况 column.
        case visitor
        /// 序号 empty, 情况 filled.
        case report
        /// Both empty: read as a visitor whose 序号 is missing, with the benefit of the doubt
        /// (a report whose 情况 is missing may leave 结果 empty and fill 原因).
        case unknown
    }

    /// The empty cells a row of its kind must fill, and the filled ones only the other kind has.
    private mutating func checkKind(of known: [(column: IntakeColumn, cell: Cell)], kind: RowKind, eventReport: Bool = false) {
        for (column, cell) in known {
            if eventReport, case .field = column.content { continue }
            let message: IntakeMessage, hint: Message
            switch (kind, column.rows, cell.text.isEmpty) {
            case (_, .both, true) where column.isRequired, (.visitor, .visitors, true) where column.isRequired && !hasStatusColumn:
                (message, hint) = (.missingRequired, Self.missingRequiredHint(column.content))
            case (.visitor, .visitors, true) where column.isRequired:
                (message, hint) = (.missingVisitorCell, Self.missingRequiredHint(column.content))
            case (.unknown, .visitors, true) where column.content == .ordinal:
                (message, hint) = (.noRowKind, IntakeMessage.noRowKindHint())
            case (.report, .visitors, false):
                (message, hint) = (.visitorOnlyCell, IntakeMessage.visitorOnlyCellHint())
            case (.visitor, .reports, false):
                (message, hint) = (.reportOnlyCell, IntakeMessage.reportOnlyCellHint())
            default:
                continue
            }
            diagnostics.append(.error(message(["place": .message(cell.place)]), at: cell.location, hint: hint))
        }
    }

    /// The longest a sitting moves (改期), in days either way.
    static let farthestMove = 31

    /// The date, workflow and site of a row, and the occurrence they name: for a visitor row,
    /// the sitting held that day (moved there, added, or planned and not moved away); for a
    /// report, the sitting planned that day, or for one held besides the plan (加开) the new
    /// sitting, when none is planned.
    private mutating func sitting(of cells: RowCells, status: SittingReport.Status?, isReport: Bool) -> Sitting {
        var sitting = Sitting()
        sitting.date = cells.filled(.date).flatMap { parseDate($0.text, at: $0.location, place: $0.place) }
        sitting.workflow = cells.filled(.workflow).flatMap { resolveWorkflow($0.text, at: $0.location, place: $0.place) }
        sitting.site = cells.filled(.site).flatMap { resolveSite($0.text, for: sitting.workflow, at: $0.location, place: $0.place) }
        if isReport { sitting.heldOn = heldOn(of: cells, status: status) }
        guard let date = sitting.date, let workflow = sitting.workflow, let site = sitting.site, let cell = cells.filled(.date) else {
            return sitting
        }
        let names: KeyValuePairs<String, MessageValue> = ["place": .message(cell.place), "workflow": .text(workflow.name), "site": .text(siteLabel(site)),
                                                          "date": .text(date.description)]
        let found = isReport ? occurrences.lookup(workflow: workflow, site: site, date: date) : occurrences.held(workflow: workflow, site: site, date: date)
        if isReport, status == .extra {
            switch found {
            case .found where workflow.schedules.isEmpty:
                diagnostics.append(.error(IntakeMessage.extraUnscheduled(names), at: cell.location, hint: IntakeMessage.extraUnscheduledHint()))
            case .found, .moved:
                diagnostics.append(.error(IntakeMessage.extraOnPlannedDay(names), at: cell.location, hint: IntakeMessage.extraOnPlannedDayHint()))
            case .uncovered(let error):
                diagnostics.append(error.diagnostic(at: cell.location))
            case .none:
                sitting.occurrenceID = Occurrence.makeID(workflow: workflow.id, site: site, date: date, ordinal: 1)
            }
            return sitting
        }
        if isReport, status == .moved, let day = sitting.heldOn, case .found = found, let dayCell = cells.filled(.heldOn) {
            checkMove(of: workflow, at: site, from: date, to: day, cell: dayCell)
        }
        switch found {
        case .found(let id): sitting.occurrenceID = id
        case .uncovered(let error): diagnostics.append(error.diagnostic(at: cell.location))
        case .moved(_, let day, let source):
            diagnostics.append(.error(IntakeMessage.movedAway(["place": .message(cell.place), "workflow": .text(workflow.name), "site": .text(siteLabel(site)),
                                                               "date": .text(date.description), "to": .text(day.description), "source": .text(source)]),
                                      at: cell.location,
                                      hint: IntakeMessage.movedAwayHint(["to": .text(day.description), "date": .text(date.description)])))
        case .none(let held):
            let siteName = siteLabel(site)
            let month = YearMonth(of: date).description
            let hint = held.isEmpty
                ? IntakeMessage.notHeldInMonth(["workflow": .text(workflow.name), "site": .text(siteName), "month": .text(month)])
                : IntakeMessage.heldOn(["month": .text(month), "workflow": .text(workflow.name), "site": .text(siteName),
                                        "dates": .texts(held.map(\.description))])
            diagnostics.append(.error(IntakeMessage.noOccurrence(["place": .message(cell.place), "workflow": .text(workflow.name),
                                                                  "site": .text(siteName), "date": .text(date.description)]),
                                      at: cell.location, hint: hint))
        }
        return sitting
    }

    /// The 新日期 of a report: required for 改期, refused for the others.
    private mutating func heldOn(of cells: RowCells, status: SittingReport.Status?) -> CivilDate? {
        let cell = cells.filled(.heldOn)
        guard status == .moved else {
            if let cell, status != nil {
                diagnostics.append(.error(IntakeMessage.heldOnNotMoved(["place": .message(cell.place)]), at: cell.location,
                                          hint: IntakeMessage.heldOnNotMovedHint()))
            }
            return nil
        }
        guard let cell else {
            let place = cells.byContent[.heldOn] ?? cells.filled(.status)
            if let place {
                diagnostics.append(.error(IntakeMessage.movedWithoutDate(["place": .message(place.place)]), at: place.location,
                                          hint: IntakeMessage.movedWithoutDateHint()))
            }
            return nil
        }
        return parseDate(cell.text, at: cell.location, place: cell.place)
    }

    /// That a sitting planned on `date` may move to `day`: another day, not far, and not one
    /// with a sitting of its own.
    private mutating func checkMove(of workflow: Workflow, at site: String, from date: CivilDate, to day: CivilDate, cell: Cell) {
        let distance = abs(date.distance(to: day))
        if distance == 0 {
            diagnostics.append(.error(IntakeMessage.movedSameDay(["place": .message(cell.place), "date": .text(date.description)]), at: cell.location,
                                      hint: IntakeMessage.movedSameDayHint()))
        } else if distance > Self.farthestMove {
            diagnostics.append(.error(IntakeMessage.movedTooFar(["place": .message(cell.place), "to": .text(day.description), "days": .int(distance),
                                                                 "date": .text(date.description), "limit": .int(Self.farthestMove)]),
                                      at: cell.location, hint: IntakeMessage.movedTooFarHint()))
        } else if !workflow.schedules.isEmpty, case .found = occurrences.lookup(workflow: workflow, site: site, date: day) {
            diagnostics.append(.error(IntakeMessage.movedOntoPlanned(["place": .message(cell.place), "workflow": .text(workflow.name),
                                                                      "site": .text(siteLabel(site)), "to": .text(day.description)]),
                                      at: cell.location, hint: IntakeMessage.movedOntoPlannedHint(["date": .text(date.description)])))
        } else if workflow.schedules.isEmpty {
            diagnostics.append(.error(IntakeMessage.extraUnscheduled(["place": .message(cell.place), "workflow": .text(workflow.name),
                                                                      "site": .text(siteLabel(site)), "date": .text(date.description)]),
                                      at: cell.location, hint: IntakeMessage.extraUnscheduledHint()))
        }
    }

    /// A visitor row: its 序号 once per sitting, its 结果, and a 情况 that says held if any.
    private mutating func decodeVisitor(_ cells: RowCells, status: SittingReport.Status?, sitting: Sitting) -> IntakeRow? {
        let ordinal = cells.filled(.ordinal).flatMap { parseOrdinal($0.text, at: $0.location, place: $0.place) }
        let outcome = cells.filled(.outcome).flatMap { lookUp($0, in: Self.outcomes, error: .badOutcome, hint: IntakeMessage.outcomeHint()) }
        let staff = cells.filled(.staff).map { resolvePeople($0.text, at: $0.location, place: $0.place) } ?? []
        var values: [[String]: RuleValue] = [:]
        for (path, type, cell) in cells.fields {
            if let value = value(cell.text, of: type, at: cell.location, place: cell.place) { values[path] = value }
        }
        if let status, status != .held, let cell = cells.filled(.status) {
            diagnostics.append(.error(IntakeMessage.statusOnVisitor(["place": .message(cell.place), "text": QuotedText.clip(cell.text)]),
                                      at: cell.location, hint: IntakeMessage.statusOnVisitorHint()))
        }
        if let occurrenceID = sitting.occurrenceID {
            if visitorLines[occurrenceID] == nil { visitorLines[occurrenceID] = cells.line }
            if let ordinal, let cell = cells.filled(.ordinal) {
                let key = occurrenceID + "#" + String(ordinal)
                if let first = seen[key] {
                    diagnostics.append(.error(IntakeMessage.duplicateOrdinal(["place": .message(cell.place), "ordinal": .int(ordinal),
                                                                              "occurrence": .text(occurrenceID), "line": .int(first)]),
                                              at: cell.location, hint: IntakeMessage.duplicateOrdinalHint()))
                } else {
                    seen[key] = cells.line
                }
            }
        }
        guard let occurrenceID = sitting.occurrenceID, let workflow = sitting.workflow, let site = sitting.site, let date = sitting.date,
              let ordinal, let outcome else { return nil }
        let name = cells.filled(.name)?.text, phone = cells.filled(.phone)?.text, idNumber = cells.filled(.idNumber)?.text
        let personal = name == nil && phone == nil && idNumber == nil ? nil : PersonalData(name: name, phone: phone, idNumber: idNumber)
        return IntakeRow(occurrenceID: occurrenceID, workflowID: workflow.id, siteID: site, date: date, ordinal: ordinal,
                         fields: nest(values), outcome: outcome, staff: staff, personal: personal, note: cells.filled(.note)?.text,
                         location: SourceLocation(file: file, line: cells.line, column: 1))
    }

    /// Whether a visitor row passes the case schema's `checks:`; each check whose `when`
    /// holds is an error at the cell of its `field` (or at 结果 when the check names none or
    /// the sheet has no such column). A `when` that cannot be evaluated (a field it reads
    /// without `has()` is empty) does not refuse the row.
    private mutating func passesChecks(_ row: IntakeRow, _ cells: RowCells) -> Bool {
        guard !checks.isEmpty, let slots = checkSlots, let caseType = objectTypes[[]] else { return true }
        checkActivation.values[slots.case] = .object(ObjectValue(type: caseType, values: row.fields))
        checkActivation.values[slots.outcome] = .string(row.outcome.rawValue)
        checkActivation.values[slots.workflow] = .string(row.workflowID)
        var passes = true
        for (check, rule) in checks {
            guard case .success(true) = rule.test(checkActivation) else { continue }
            passes = false
            let path = check.fieldPath
            let cell = path.flatMap { path in
                cells.byContent.first { content, _ in if case .field(path, _) = content { true } else { false } }?.value
            } ?? cells.byContent[.outcome]
            let location = cell?.location ?? SourceLocation(file: file, line: cells.line, column: 1)
            let place = cell?.place ?? IntakeMessage.place(column: 1)
            diagnostics.append(.error(IntakeMessage.checkFailed(["place": .message(place), "message": QuotedText.clip(check.message)]), at: location,
                                      hint: IntakeMessage.checkFailedHint(["check": .text(check.id)])))
        }
        return passes
    }

    /// The longest 原因 accepted, in characters: a sentence, not a letter (备注 takes more).
    static let longestReason = 200
    /// The most 人数 a sitting reports.
    static let mostAttendees = 100_000

    /// A report of a sitting as a whole: 未举办 says why and names no one, 替班 names who sat,
    /// and each sitting is reported once.
    private mutating func decodeReport(_ cells: RowCells, status: SittingReport.Status?, sitting: Sitting) -> SittingReport? {
        let statusCell = cells.filled(.status)
        if let cell = cells.filled(.reason), cell.text.count > Self.longestReason {
            diagnostics.append(.error(IntakeMessage.reasonTooLong(["place": .message(cell.place), "count": .int(cell.text.count),
                                                                   "limit": .int(Self.longestReason)]),
                                      at: cell.location, hint: IntakeMessage.reasonTooLongHint()))
        }
        var staff: [String] = []
        var attendees: Int?
        if status == .notHeld {
            for cell in [cells.filled(.staff), cells.filled(.attendees)].compactMap({ $0 }) {
                diagnostics.append(.error(IntakeMessage.notHeldCell(["place": .message(cell.place)]), at: cell.location,
                                          hint: IntakeMessage.notHeldCellHint()))
            }
            if cells.filled(.reason) == nil, let cell = cells.byContent[.reason] ?? statusCell {
                diagnostics.append(.error(IntakeMessage.notHeldWithoutReason(["place": .message(cell.place)]), at: cell.location,
                                          hint: IntakeMessage.reasonHint()))
            }
        } else {
            staff = cells.filled(.staff).map { resolvePeople($0.text, at: $0.location, place: $0.place) } ?? []
            if let cell = cells.filled(.attendees), case .int(let number)? = value(cell.text, of: .int(min: 0, max: Self.mostAttendees),
                                                                                    at: cell.location, place: cell.place) {
                attendees = Int(number)
            }
            if status == .substitute || status == .extra, cells.filled(.staff) == nil, let cell = cells.byContent[.staff] ?? statusCell {
                diagnostics.append(.error(status == .extra ? IntakeMessage.extraWithoutStaff(["place": .message(cell.place)])
                                                           : IntakeMessage.substituteWithoutStaff(["place": .message(cell.place)]),
                                          at: cell.location, hint: status == .extra ? IntakeMessage.extraHint() : IntakeMessage.substituteHint()))
            }
        }
        if let occurrenceID = sitting.occurrenceID, let cell = statusCell {
            if let first = reported[occurrenceID] {
                diagnostics.append(.error(IntakeMessage.duplicateReport(["place": .message(cell.place), "occurrence": .text(occurrenceID),
                                                                         "line": .int(first)]),
                                          at: cell.location, hint: IntakeMessage.duplicateReportHint()))
            } else {
                reported[occurrenceID] = cells.line
            }
            if status == .notHeld { notHeld.append((occurrenceID, cell)) }
        }
        var values: [[String]: RuleValue] = [:]
        if sitting.workflow?.type == .event {
            for (path, type, cell) in cells.fields {
                guard status != .notHeld else {
                    diagnostics.append(.error(IntakeMessage.notHeldCell(["place": .message(cell.place)]), at: cell.location,
                                              hint: IntakeMessage.notHeldCellHint()))
                    continue
                }
                if let value = value(cell.text, of: type, at: cell.location, place: cell.place) { values[path] = value }
            }
        }
        guard let occurrenceID = sitting.occurrenceID, let workflow = sitting.workflow, let site = sitting.site, let date = sitting.date,
              let status else { return nil }
        var report = SittingReport(occurrenceID: occurrenceID, workflowID: workflow.id, siteID: site, date: date, status: status,
                                   reason: cells.filled(.reason)?.text, staff: staff, attendees: attendees, note: cells.filled(.note)?.text,
                                   location: SourceLocation(file: file, line: cells.line, column: 1))
        report.fields = nest(values)
        report.heldOn = sitting.heldOn
        return report
    }

    /// A cell's text as meant: trimmed, and without the `'` Excel puts before text that would
    /// otherwise be taken for a formula (`'=`, `'+`, `'-`, `'@`). Formulas are never evaluated.
    static func clean(_ raw: String) -> String {
        let text = raw.trimmingSpaces
        if text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) { return String(text.dropFirst()) }
        return text
    }

    // MARK: Fixed columns

    private mutating func parseDate(_ text: String, at location: SourceLocation, place: Message) -> CivilDate? {
        if let date = Self.date(text) { return date }
        diagnostics.append(.error(IntakeMessage.badDate(["place": .message(place), "text": QuotedText.clip(text)]), at: location,
                                  hint: IntakeMessage.badDateHint()))
        return nil
    }

    /// `2026-12-09`, `2026/12/9` (Excel), `2026-12-9` or `2026年12月9日`.
    static func date(_ text: String) -> CivilDate? {
        var body = Substring(text)
        if body.hasSuffix("日") { body = body.dropLast() }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "年" || $0 == "月" }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let separators = body.filter { !$0.isNumber }
        guard separators == "--" || separators == "//" || separators == "年月" else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    private mutating func resolveWorkflow(_ text: String, at location: SourceLocation, place: Message) -> Workflow? {
        if let found = workflowsByName[text] ?? set.workflows.first(where: { $0.id.lowercased() == text.lowercased() }) { return found }
        diagnostics.append(.error(suggesting(IntakeMessage.unknownWorkflow(["place": .message(place), "text": QuotedText.clip(text)]),
                                             text, in: set.workflows.flatMap { [$0.name, $0.id] }), at: location,
                                  hint: knownWorkflows))
        return nil
    }

    /// The site id, checked to be one of the workflow's sites when the workflow is known.
    private mutating func resolveSite(_ text: String, for workflow: Workflow?, at location: SourceLocation, place: Message) -> String? {
        let district = set.district
        let isDistrict = text == district.id || text == district.name
        var community: Community?
        if !isDistrict {
            if let byID = communitiesByID[text] {
                community = byID
            } else if let named = communitiesByName[text] {
                guard named.count == 1 else {
                    diagnostics.append(.error(IntakeMessage.ambiguousSite(["place": .message(place), "count": .int(named.count),
                                                                           "text": QuotedText.clip(text), "ids": .texts(named.map(\.id))]),
                                              at: location, hint: IntakeMessage.ambiguousHint()))
                    return nil
                }
                community = named[0]
            } else {
                diagnostics.append(.error(suggesting(IntakeMessage.unknownSite(["place": .message(place), "text": QuotedText.clip(text)]), text,
                                                     in: district.communities.flatMap { [$0.name, $0.id] } + [district.id, district.name]),
                                          at: location,
                                          hint: IntakeMessage.unknownSiteHint()))
                return nil
            }
        }
        guard let workflow else { return community?.id ?? district.id }
        if workflow.sites == .district {
            guard isDistrict else {
                diagnostics.append(.error(IntakeMessage.districtWide(["place": .message(place), "workflow": .text(workflow.name), "site": .text(text)]),
                                          at: location, hint: IntakeMessage.districtHint(["id": .text(district.id), "name": .text(district.name)])))
                return nil
            }
            return district.id
        }
        guard let community, siteIDs[workflow.id]?.contains(community.id) == true else {
            var hint = IntakeMessage.sitesHint()
            if case .tags(let selected) = workflow.sites, !selected.isEmpty {
                hint = IntakeMessage.taggedSitesHint(["workflow": .text(workflow.name), "tags": .texts(selected)])
            }
            let label = community.map { IntakeMessage.nameAndID(["name": .text($0.name), "id": .text($0.id)]) }
                ?? IntakeMessage.nameAndID(["name": .text(district.name), "id": .text(district.id)])
            diagnostics.append(.error(IntakeMessage.notASite(["place": .message(place), "workflow": .text(workflow.name), "site": .message(label)]),
                                      at: location, hint: hint))
            return nil
        }
        return community.id
    }

    private func siteLabel(_ id: String) -> String {
        if id == set.district.id { return set.district.name }
        return communitiesByID[id]?.name ?? id
    }

    private mutating func parseOrdinal(_ text: String, at location: SourceLocation, place: Message) -> Int? {
        if text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 6, let number = Int(text), number >= 1 { return number }
        diagnostics.append(.error(IntakeMessage.badOrdinal(["place": .message(place), "text": QuotedText.clip(text)]), at: location,
                                  hint: IntakeMessage.ordinalHint()))
        return nil
    }

    static let outcomes: [String: CaseOutcome] = [
        "resolved": .resolved, "unresolved": .unresolved, "referred": .referred,
        "已解决": .resolved, "未解决": .unresolved, "已转介": .referred,
    ]

    static let statuses: [String: SittingReport.Status] = [
        "held": .held, "not_held": .notHeld, "substitute": .substitute, "moved": .moved, "extra": .extra,
        "举办": .held, "已举办": .held, "未举办": .notHeld, "替班": .substitute, "改期": .moved, "加开": .extra,
    ]

    /// The value `cell` names in `table` (its words in any letter case), or an error `message`
    /// with a "did you mean" among the table's words.
    private mutating func lookUp<Value>(_ cell: Cell, in table: [String: Value], error message: IntakeMessage, hint: Message) -> Value? {
        if let found = table[cell.text.lowercased()] { return found }
        diagnostics.append(.error(suggesting(message(["place": .message(cell.place), "text": QuotedText.clip(cell.text)]),
                                             cell.text, in: table.keys.sorted()), at: cell.location, hint: hint))
        return nil
    }

    /// Person ids or names separated by `;`, `,` or their full-width forms `；`, `，`, or by `、`,
    /// as ids, in order, each once.
    private mutating func resolvePeople(_ text: String, at location: SourceLocation, place: Message) -> [String] {
        var ids: [String] = []
        for item in Self.items(text) {
            let id: String
            if let person = peopleByID[item] {
                id = person.id
            } else if let named = peopleByName[item] {
                guard named.count == 1 else {
                    diagnostics.append(.error(IntakeMessage.ambiguousPerson(["place": .message(place), "count": .int(named.count),
                                                                             "text": QuotedText.clip(item), "ids": .texts(named.map(\.id))]),
                                              at: location, hint: IntakeMessage.ambiguousHint()))
                    continue
                }
                id = named[0].id
            } else {
                diagnostics.append(.error(suggesting(IntakeMessage.unknownPerson(["place": .message(place), "text": QuotedText.clip(item)]),
                                                     item, in: set.people.flatMap { [$0.id, $0.name] }), at: location,
                                          hint: IntakeMessage.unknownPersonHint()))
                continue
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The items of a list cell: split at `;`, `,`, `；`, `，` and `、` (what a Chinese keyboard
    /// types as well as an English one), trimmed, empty ones dropped.
    static func items(_ text: String) -> [String] {
        text.split { Self.itemSeparators.contains($0) }.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    /// What separates the items of a list cell.
    static let itemSeparators: Set<Character> = [";", ",", "；", "，", "、"]

    /// The words of a bool cell staff write: true, then false.
    static let booleanWords = ["是", "否"]

    // MARK: Case fields

    private mutating func value(_ text: String, of type: FieldType, at location: SourceLocation, place: Message) -> RuleValue? {
        switch type {
        case .string:
            return .string(text)
        case .int(let min, let max):
            guard let number = Int64(text) else {
                // `3,200` and `3，200`: a number grouped by thousands is said so.
                diagnostics.append(.error(IntakeMessage.notAnInteger(["place": .message(place), "text": QuotedText.clip(text)]), at: location,
                                          hint: KeyboardSlips.thousandsHint(for: text) ?? IntakeMessage.numberHint()))
                return nil
            }
            if (min.map { number < Int64($0) } ?? false) || (max.map { number > Int64($0) } ?? false) {
                diagnostics.append(.error(Self.outOfRange(text, place, min: min.map(String.init), max: max.map(String.init)), at: location))
                return nil
            }
            return .int(number)
        case .double(let min, let max):
            guard text.allSatisfy({ $0.isASCII }), let number = Double(text), number.isFinite else {
                diagnostics.append(.error(IntakeMessage.notANumber(["place": .message(place), "text": QuotedText.clip(text)]), at: location,
                                          hint: IntakeMessage.numberHint()))
                return nil
            }
            if (min.map { number < $0 } ?? false) || (max.map { number > $0 } ?? false) {
                diagnostics.append(.error(Self.outOfRange(text, place, min: min.map { "\($0)" }, max: max.map { "\($0)" }), at: location))
                return nil
            }
            return .double(number)
        case .bool:
            switch text.lowercased() {
            case "true", Self.booleanWords[0], "1": return .bool(true)
            case "false", Self.booleanWords[1], "0": return .bool(false)
            default:
                diagnostics.append(.error(IntakeMessage.notABool(["place": .message(place), "text": QuotedText.clip(text)]), at: location,
                                          hint: IntakeMessage.boolHint()))
                return nil
            }
        case .enumeration(let values, let labels):
            if let value = type.enumValue(named: text) { return .string(value) }
            diagnostics.append(.error(suggesting(IntakeMessage.notAValue(["place": .message(place), "text": QuotedText.clip(text)]), text,
                                                 in: values + values.compactMap { labels[$0] }),
                                      at: location, hint: Self.allowedValues(values, labels: labels)))
            return nil
        case .list(let item):
            var list: [RuleValue] = []
            var failed = false
            for part in Self.items(text) {
                if let element = value(part, of: item, at: location, place: place) { list.append(element) } else { failed = true }
            }
            return failed ? nil : .list(list)
        case .object:
            return nil
        }
    }

    /// The hint that lists an enum's values as staff may write them: the label with its value
    /// (`纠纷（dispute）`), or the value alone when it has no label.
    static func allowedValues(_ values: [String], labels: [String: String]) -> Message {
        guard !labels.isEmpty else { return DecodingMessage.allowedValues(["values": .texts(values)]) }
        return IntakeMessage.allowedLabels(["values": .list(values.map { value in
            labels[value].map { MessageValue.message(IntakeMessage.nameAndID(["name": .text($0), "id": .text(value)])) } ?? .text(value)
        })])
    }

    /// The most errors that get a "did you mean": as many as are printed. Past them a bad
    /// row costs a few look-ups and one diagnostic, so that 100,000 bad rows take no longer
    /// than 100,000 good ones (the candidates, every community's name and id, are not even
    /// listed).
    static let suggestionLimit = 100

    /// `message` with a "did you mean" among `candidates` while fewer than `suggestionLimit`
    /// errors were found; as it is after that.
    private func suggesting(_ message: Message, _ word: String, in candidates: @autoclosure () -> [String]) -> Message {
        diagnostics.errorCount < Self.suggestionLimit ? message.suggesting(word, in: candidates()) : message
    }

    /// The hint for an empty cell that every row must fill.
    static func missingRequiredHint(_ content: IntakeColumn.Content) -> Message {
        switch content {
        case .date: IntakeMessage.dateHint()
        case .workflow: IntakeMessage.workflowHint()
        case .site: IntakeMessage.siteHint()
        case .ordinal: IntakeMessage.ordinalsHint()
        default: IntakeMessage.outcomeHint()
        }
    }

    /// A number outside the bounds of its field, said by the bounds there are.
    static func outOfRange(_ text: String, _ place: Message, min: String?, max: String?) -> Message {
        // A number may be written with any number of leading zeros: quoted, not copied.
        let quoted = QuotedText.clip(text)
        return switch (min, max) {
        case let (min?, max?): IntakeMessage.outside(["place": .message(place), "text": quoted, "min": .text(min), "max": .text(max)])
        case let (min?, nil): IntakeMessage.belowMinimum(["place": .message(place), "text": quoted, "min": .text(min)])
        case let (nil, max?): IntakeMessage.aboveMaximum(["place": .message(place), "text": quoted, "max": .text(max)])
        case (nil, nil): IntakeMessage.outOfRange(["place": .message(place), "text": quoted])
        }
    }

    /// Values by path as the case's fields: nested paths become objects of the schema's types.
    private func nest(_ values: [[String]: RuleValue]) -> [String: RuleValue] {
        var grouped: [String: [[String]: RuleValue]] = [:]
        var fields: [String: RuleValue] = [:]
        for (path, value) in values {
            if path.count == 1 { fields[path[0]] = value } else { grouped[path[0], default: [:]][Array(path.dropFirst())] = value }
        }
        for (name, inner) in grouped {
            fields[name] = object(at: [name], values: inner)
        }
        return fields
    }

    private func object(at path: [String], values: [[String]: RuleValue]) -> RuleValue {
        var direct: [String: RuleValue] = [:]
        var grouped: [String: [[String]: RuleValue]] = [:]
        for (rest, value) in values {
            if rest.count == 1 { direct[rest[0]] = value } else { grouped[rest[0], default: [:]][Array(rest.dropFirst())] = value }
        }
        for (name, inner) in grouped { direct[name] = object(at: path + [name], values: inner) }
        guard let type = objectTypes[path] else { return .null }
        return .object(ObjectValue(type: type, values: direct))
    }
}
