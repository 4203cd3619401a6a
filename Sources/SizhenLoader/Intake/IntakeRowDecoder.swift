import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
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

    private let workflowsByName: [String: Workflow]
    private let communitiesByID: [String: Community]
    private let communitiesByName: [String: [Community]]
    private let siteIDs: [String: Set<String>]
    private let peopleByID: [String: Person]
    private let peopleByName: [String: [Person]]
    /// The object type of each object field of the schema, by path, for nested values.
    private let objectTypes: [[String]: ObjectType]

    init(set: WorkflowSet, file: String) {
        self.set = set
        self.file = file
        columns = IntakeColumn.columns(for: set.caseSchema)
        occurrences = IntakeOccurrences(set: set)
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
        for column in columns where column.isRequired && !header.contains(column) {
            diagnostics.append(.error(IntakeMessage.missingColumn(["title": .text(column.title), "key": .text(column.key)]),
                                      at: SourceLocation(file: file, line: record.line, column: 1), hint: IntakeMessage.missingColumnHint()))
        }
        return true
    }

    // MARK: A row

    /// Decodes one record; nil when it has an error (reported).
    mutating func decode(_ record: CSVRecord) -> IntakeRow? {
        let before = diagnostics.errorCount
        var cells: [IntakeColumn.Content: (text: String, location: SourceLocation, place: Message)] = [:]
        var fieldCells: [(path: [String], type: FieldType, text: String, location: SourceLocation, place: Message)] = []
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
            let place = places[index] ?? IntakeMessage.place(column: index + 1, title: titles[index])
            if text.isEmpty {
                if column.isRequired {
                    diagnostics.append(.error(IntakeMessage.missingRequired(["place": .message(place)]), at: location,
                                              hint: Self.missingRequiredHint(column.content)))
                }
                continue
            }
            if case .field(let path, let type) = column.content {
                fieldCells.append((path, type, text, location, place))
            } else {
                cells[column.content] = (text, location, place)
            }
        }
        // A short row: the required cells it lacks are empty.
        for index in record.cells.count..<max(record.cells.count, header.count) {
            guard let column = header[index], column.isRequired else { continue }
            let place = places[index] ?? IntakeMessage.place(column: index + 1, title: titles[index])
            diagnostics.append(.error(IntakeMessage.missingRequired(["place": .message(place)]),
                                      at: SourceLocation(file: file, line: record.line, column: index + 1),
                                      hint: Self.missingRequiredHint(column.content)))
        }

        let date = cells[.date].flatMap { parseDate($0.text, at: $0.location, place: $0.place) }
        let workflow = cells[IntakeColumn.Content.workflow].flatMap { resolveWorkflow($0.text, at: $0.location, place: $0.place) }
        let site = cells[IntakeColumn.Content.site].flatMap { resolveSite($0.text, for: workflow, at: $0.location, place: $0.place) }
        let ordinal = cells[IntakeColumn.Content.ordinal].flatMap { parseOrdinal($0.text, at: $0.location, place: $0.place) }
        let outcome = cells[IntakeColumn.Content.outcome].flatMap { parseOutcome($0.text, at: $0.location, place: $0.place) }
        let staff = cells[IntakeColumn.Content.staff].map { resolvePeople($0.text, at: $0.location, place: $0.place) } ?? []
        var values: [[String]: RuleValue] = [:]
        for cell in fieldCells {
            if let value = value(cell.text, of: cell.type, at: cell.location, place: cell.place) { values[cell.path] = value }
        }

        var occurrenceID: String?
        if let date, let workflow, let site, let cell = cells[.date] {
            switch occurrences.lookup(workflow: workflow, site: site, date: date) {
            case .found(let id): occurrenceID = id
            case .uncovered(let error): diagnostics.append(error.diagnostic(at: cell.location))
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
        }
        if let occurrenceID, let ordinal, let cell = cells[IntakeColumn.Content.ordinal] {
            let key = occurrenceID + "#" + String(ordinal)
            if let first = seen[key] {
                diagnostics.append(.error(IntakeMessage.duplicateOrdinal(["place": .message(cell.place), "ordinal": .int(ordinal),
                                                                          "occurrence": .text(occurrenceID), "line": .int(first)]),
                                          at: cell.location, hint: IntakeMessage.duplicateOrdinalHint()))
            } else {
                seen[key] = record.line
            }
        }
        guard diagnostics.errorCount == before, let occurrenceID, let workflow, let site, let date, let ordinal, let outcome else { return nil }
        let name = cells[.name]?.text, phone = cells[.phone]?.text, idNumber = cells[.idNumber]?.text
        let personal = name == nil && phone == nil && idNumber == nil ? nil : PersonalData(name: name, phone: phone, idNumber: idNumber)
        return IntakeRow(occurrenceID: occurrenceID, workflowID: workflow.id, siteID: site, date: date, ordinal: ordinal,
                         fields: nest(values), outcome: outcome, staff: staff, personal: personal, note: cells[.note]?.text,
                         location: SourceLocation(file: file, line: record.line, column: 1))
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

    private mutating func parseOutcome(_ text: String, at location: SourceLocation, place: Message) -> CaseOutcome? {
        if let found = Self.outcomes[text.lowercased()] { return found }
        diagnostics.append(.error(suggesting(IntakeMessage.badOutcome(["place": .message(place), "text": QuotedText.clip(text)]),
                                             text, in: Self.outcomes.keys.sorted()), at: location,
                                  hint: IntakeMessage.outcomeHint()))
        return nil
    }

    /// Person ids or names separated by `;`, `；` or `、`, as ids, in order, each once.
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

    /// The items of a list cell: split at `;`, `；` and `、`, trimmed, empty ones dropped.
    static func items(_ text: String) -> [String] {
        text.split { $0 == ";" || $0 == "；" || $0 == "、" }.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    // MARK: Case fields

    private mutating func value(_ text: String, of type: FieldType, at location: SourceLocation, place: Message) -> RuleValue? {
        switch type {
        case .string:
            return .string(text)
        case .int(let min, let max):
            guard let number = Int64(text) else {
                diagnostics.append(.error(IntakeMessage.notAnInteger(["place": .message(place), "text": QuotedText.clip(text)]), at: location,
                                          hint: IntakeMessage.numberHint()))
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
            case "true", "是", "1": return .bool(true)
            case "false", "否", "0": return .bool(false)
            default:
                diagnostics.append(.error(IntakeMessage.notABool(["place": .message(place), "text": QuotedText.clip(text)]), at: location,
                                          hint: IntakeMessage.boolHint()))
                return nil
            }
        case .enumeration(let values):
            if values.contains(text) { return .string(text) }
            let folded = values.filter { $0.lowercased() == text.lowercased() }
            if folded.count == 1 { return .string(folded[0]) }
            diagnostics.append(.error(suggesting(IntakeMessage.notAValue(["place": .message(place), "text": QuotedText.clip(text)]), text, in: values),
                                      at: location, hint: DecodingMessage.allowedValues(["values": .texts(values)])))
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
