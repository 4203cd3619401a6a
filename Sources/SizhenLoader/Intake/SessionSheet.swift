import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// A row of a sessions sheet: a case's visit (送法到家) or panel (会诊) that took place.
public struct SessionReport: Sendable, Hashable {
    /// The day it took place.
    public var date: CivilDate
    /// The case, the step and who went; a panel's opinion.
    public var session: Fact.Session
    /// The row's first cell.
    public var location: SourceLocation

    /// Creates a report.
    public init(date: CivilDate, session: Fact.Session, location: SourceLocation) {
        self.date = date
        self.session = session
        self.location = location
    }
}

/// The sheet of sessions that took place, one row each: 日期, 案件编号, then optionally 环节
/// (the step, when the case's workflow has more than one that is held as a visit), 人员 (who
/// went or sat, else those booked), 意见 (a panel's opinion) and 备注. A header with a 案件编号
/// column makes a sheet a sessions sheet; `sizhen intake template visits` and `… panels`
/// print one.
///
/// What the files alone can check is checked here: the case id names a workflow and site and a
/// day, its visit or panel step is known, the date is not before the case opened, the people
/// exist. Whether the engine booked the session is known only when the month is derived: a
/// session nobody awaited is not counted, with a warning (the sheet may come before the one
/// that opens its case).
struct SessionRowDecoder {
    /// What a sessions sheet's columns hold.
    enum Content: String, CaseIterable {
        case date, caseID = "case", step, people, opinion, note

        /// The title a template prints.
        var title: String {
            switch self {
            case .date: "日期"
            case .caseID: "案件编号"
            case .step: "环节"
            case .people: "人员"
            case .opinion: "意见"
            case .note: "备注"
            }
        }

        /// Every header text that names the column.
        var names: [String] { [title, rawValue] + (self == .people ? ["上门人员", "会诊专家", "staff"] : []) }
    }

    /// The most characters of an opinion.
    static let opinionLimit = 2000

    let set: WorkflowSet
    let file: String
    private(set) var diagnostics = Diagnostics()
    private var header: [Content?] = []
    private var titles: [String] = []
    private var seen: [String: Int] = [:]
    /// The index of each column the header has.
    private var columnOf: [Content: Int] = [:]
    private let peopleByID: [String: Person]
    private let peopleByName: [String: [Person]]

    init(set: WorkflowSet, file: String) {
        self.set = set
        self.file = file
        peopleByID = Dictionary(set.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByName = Dictionary(grouping: set.people, by: \.name)
    }

    /// Whether a header row is a sessions sheet's: it has a 案件编号 column.
    static func isSessionHeader(_ record: CSVRecord) -> Bool {
        let names = Set(Content.caseID.names.map(\.headerFolded))
        return record.cells.contains { names.contains($0.text.trimmingSpaces.headerFolded) }
    }

    /// Reads the header; false (with errors) when a column is unknown, repeated or missing.
    mutating func readHeader(_ record: CSVRecord) -> Bool {
        var byName: [String: Content] = [:]
        for content in Content.allCases { for name in content.names { byName[name.headerFolded] = content } }
        var first: [Content: Int] = [:]
        for (index, cell) in record.cells.enumerated() {
            let text = cell.text.trimmingSpaces
            titles.append(text)
            let location = SourceLocation(file: file, line: cell.line, column: index + 1)
            guard !text.isEmpty else { header.append(nil); continue }
            guard let content = byName[text.headerFolded] else {
                header.append(nil)
                diagnostics.append(.error(IntakeMessage.unknownColumn(["place": .message(IntakeMessage.place(column: index + 1)), "title": .text(text)]),
                                          at: location, hint: IntakeMessage.knownColumns(["titles": .texts(Content.allCases.map(\.title))])))
                continue
            }
            if let earlier = first[content] {
                header.append(nil)
                diagnostics.append(.error(IntakeMessage.duplicateColumn(["place": .message(IntakeMessage.place(column: index + 1, title: text)),
                                                                         "first": .int(earlier + 1)]),
                                          at: location, hint: IntakeMessage.duplicateColumnHint()))
                continue
            }
            first[content] = index
            header.append(content)
        }
        columnOf = first
        for content in [Content.date, .caseID] where first[content] == nil {
            diagnostics.append(.error(IntakeMessage.missingColumn(["title": .text(content.title), "key": .text(content.rawValue)]),
                                      at: SourceLocation(file: file, line: record.line, column: 1), hint: SessionSheetMessage.columnsHint()))
        }
        return !diagnostics.hasErrors
    }

    /// One row; nil (with errors) when any cell is wrong.
    mutating func decode(_ record: CSVRecord) -> SessionReport? {
        var cells: [Content: (text: String, location: SourceLocation, place: Message)] = [:]
        let errorsBefore = diagnostics.errorCount
        for (index, cell) in record.cells.enumerated() {
            let text = IntakeRowDecoder.clean(cell.text)
            let location = SourceLocation(file: file, line: cell.line, column: index + 1)
            guard index < header.count, let content = header[index] else {
                if !text.isEmpty {
                    diagnostics.append(.error(IntakeMessage.extraCell(["place": .message(IntakeMessage.place(column: index + 1)), "count": .int(header.count)]),
                                              at: location, hint: IntakeMessage.extraCellHint()))
                }
                continue
            }
            if !text.isEmpty { cells[content] = (text, location, IntakeMessage.place(column: index + 1, title: titles[index])) }
        }
        let rowStart = SourceLocation(file: file, line: record.line, column: 1)
        for content in [Content.date, .caseID] where cells[content] == nil {
            let column = (columnOf[content] ?? 0) + 1
            diagnostics.append(.error(IntakeMessage.missingRequired(["place": .message(IntakeMessage.place(column: column, title: content.title))]),
                                      at: SourceLocation(file: file, line: record.line, column: column),
                                      hint: content == .date ? SessionSheetMessage.dateHint() : SessionSheetMessage.sessionCaseHint()))
        }
        var date: CivilDate?
        if let cell = cells[.date] {
            date = IntakeRowDecoder.date(cell.text)
            if date == nil {
                diagnostics.append(.error(IntakeMessage.badDate(["place": .message(cell.place), "text": QuotedText.clip(cell.text)]), at: cell.location,
                                          hint: IntakeMessage.badDateHint()))
            }
        }
        var caseID: String?, step: String?
        if let cell = cells[.caseID] {
            switch CaseIDParts.parse(cell.text, set: set) {
            case .success(let parts):
                caseID = cell.text
                if let date, date < parts.opened {
                    diagnostics.append(.error(SessionSheetMessage.sessionBeforeCase(["place": .message(cells[.date]?.place ?? cell.place),
                                                                               "date": .text(date.description), "opened": .text(parts.opened.description)]),
                                              at: cells[.date]?.location ?? cell.location, hint: SessionSheetMessage.sessionBeforeCaseHint()))
                }
                step = resolveStep(cells[.step], of: parts, caseCell: cell)
            case .failure(let problem):
                diagnostics.append(.error(SessionSheetMessage.badCaseID(["place": .message(cell.place), "text": QuotedText.clip(cell.text),
                                                                   "problem": .message(problem)]),
                                          at: cell.location, hint: SessionSheetMessage.sessionCaseHint()))
            }
        }
        let people = cells[.people].map { resolvePeople($0.text, at: $0.location, place: $0.place) } ?? []
        var opinion: String?
        if let cell = cells[.opinion] {
            opinion = cell.text
            if step != nil, step != "panel" {
                diagnostics.append(.error(SessionSheetMessage.opinionOnVisit(["place": .message(cell.place)]), at: cell.location,
                                      hint: SessionSheetMessage.opinionOnVisitHint()))
            }
            if cell.text.count > Self.opinionLimit {
                diagnostics.append(.error(SessionSheetMessage.opinionTooLong(["place": .message(cell.place), "count": .int(cell.text.count),
                                                                        "limit": .int(Self.opinionLimit)]),
                                          at: cell.location, hint: SessionSheetMessage.opinionTooLongHint()))
            }
        }
        guard diagnostics.errorCount == errorsBefore, let date, let caseID, let step else { return nil }
        let session = Fact.Session(caseID: caseID, step: step, people: people, opinion: opinion)
        if let earlier = seen[session.key] {
            diagnostics.append(.error(SessionSheetMessage.duplicateSession(["case": .text(caseID), "step": .text(step), "first": .int(earlier)]),
                                      at: rowStart, hint: SessionSheetMessage.duplicateSessionHint()))
            return nil
        }
        seen[session.key] = record.line
        return SessionReport(date: date, session: session, location: rowStart)
    }

    /// The step of the case held as a session: the one the row names (its id, or 送法到家 /
    /// 会诊 by the step's record), else the only one its workflow has.
    private mutating func resolveStep(_ cell: (text: String, location: SourceLocation, place: Message)?, of parts: CaseIDParts,
                                      caseCell: (text: String, location: SourceLocation, place: Message)) -> String? {
        let steps = parts.sessionSteps
        guard !steps.isEmpty else {
            diagnostics.append(.error(SessionSheetMessage.noSessionStep(["place": .message(caseCell.place), "workflow": .text(parts.workflow.name)]),
                                      at: caseCell.location, hint: SessionSheetMessage.sessionCaseHint()))
            return nil
        }
        guard let cell else {
            if steps.count == 1 { return steps[0].id }
            diagnostics.append(.error(SessionSheetMessage.whichSessionStep(["place": .message(caseCell.place), "steps": .texts(steps.map(\.id))]),
                                      at: caseCell.location, hint: SessionSheetMessage.whichSessionStepHint()))
            return nil
        }
        let matching = steps.filter { $0.id == cell.text || $0.label == cell.text }
        guard matching.count == 1 else {
            diagnostics.append(.error(SessionSheetMessage.unknownSessionStep(["place": .message(cell.place), "text": QuotedText.clip(cell.text),
                                                                        "steps": .texts(steps.map(\.id))]),
                                      at: cell.location, hint: SessionSheetMessage.whichSessionStepHint()))
            return nil
        }
        return matching[0].id
    }

    /// Person ids or names, split as the visitors' sheet splits a list cell, as ids, in order,
    /// each once.
    private mutating func resolvePeople(_ text: String, at location: SourceLocation, place: Message) -> [String] {
        var ids: [String] = []
        for item in IntakeRowDecoder.items(text) {
            let found = peopleByID[item].map { [$0] } ?? peopleByName[item] ?? []
            guard found.count == 1 else {
                diagnostics.append(found.isEmpty
                    ? .error(IntakeMessage.unknownPerson(["place": .message(place), "text": QuotedText.clip(item)]), at: location,
                             hint: IntakeMessage.unknownPersonHint())
                    : .error(IntakeMessage.ambiguousPerson(["place": .message(place), "count": .int(found.count), "text": QuotedText.clip(item),
                                                            "ids": .texts(found.map(\.id))]), at: location, hint: IntakeMessage.ambiguousHint()))
                continue
            }
            if !ids.contains(found[0].id) { ids.append(found[0].id) }
        }
        return ids
    }
}

/// What a case id says: `<workflow>/<site>/<date>/<n>#<ordinal>`, then `>escalation` for each
/// case escalated from it; the workflow the last part runs and the day the first was opened.
struct CaseIDParts {
    /// A step held as a session of the case.
    struct SessionStep {
        var id: String
        /// What a sheet may call it: the step's record type (送法到家), or 会诊 for a panel.
        var label: String
    }

    /// The workflow of the case (an escalation's target for an escalated case).
    var workflow: Workflow
    /// The day the case (or the case it was escalated from) opened.
    var opened: CivilDate

    /// The steps held as sessions: a panel workflow's `panel`, or each step with a deadline.
    var sessionSteps: [SessionStep] {
        if workflow.type == .panel { return [SessionStep(id: "panel", label: "会诊")] }
        return workflow.steps.filter { $0.within != nil }.map { SessionStep(id: $0.id, label: $0.record?.id ?? $0.id) }
    }

    /// The parts, or what is wrong with the text.
    enum Parsed {
        case success(CaseIDParts)
        case failure(Message)
    }

    static func parse(_ text: String, set: WorkflowSet) -> Parsed {
        let chain = text.split(separator: ">", omittingEmptySubsequences: false)
        let parts = chain[0].split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].contains("#") else { return .failure(SessionSheetMessage.caseIDShape()) }
        guard var workflow = set.workflow(String(parts[0])) else {
            return .failure(SessionSheetMessage.caseIDWorkflow(["workflow": .text(String(parts[0]))]))
        }
        guard let opened = CivilDate(iso: String(parts[2])) else { return .failure(SessionSheetMessage.caseIDShape()) }
        let site = String(parts[1])
        guard site == set.district.id || set.district.communities.contains(where: { $0.id == site }) else {
            return .failure(SessionSheetMessage.caseIDSite(["site": .text(site)]))
        }
        for escalationID in chain.dropFirst() {
            guard let escalation = workflow.escalations.first(where: { $0.id == escalationID }), let next = set.workflow(escalation.start.id) else {
                return .failure(SessionSheetMessage.caseIDEscalation(["escalation": .text(String(escalationID)), "workflow": .text(workflow.name)]))
            }
            workflow = next
        }
        return .success(CaseIDParts(workflow: workflow, opened: opened))
    }
}

/// The words of the sessions sheet's diagnostics, in English and Chinese.
public enum SessionSheetMessage: String, MessageCatalogue {
    case columnsHint = "sessions.columns.hint"
    case dateHint = "sessions.date.hint"
    case sessionCaseHint = "sessions.case.hint"
    case badCaseID = "sessions.bad-case-id"
    case caseIDShape = "sessions.case-id-shape"
    case caseIDWorkflow = "sessions.case-id-workflow"
    case caseIDEscalation = "sessions.case-id-escalation"
    case caseIDSite = "sessions.case-id-site"
    case sessionBeforeCase = "sessions.before-case"
    case sessionBeforeCaseHint = "sessions.before-case.hint"
    case noSessionStep = "sessions.no-step"
    case whichSessionStep = "sessions.which-step"
    case whichSessionStepHint = "sessions.which-step.hint"
    case unknownSessionStep = "sessions.unknown-step"
    case opinionOnVisit = "sessions.opinion-on-visit"
    case opinionOnVisitHint = "sessions.opinion-on-visit.hint"
    case opinionTooLong = "sessions.opinion-too-long"
    case opinionTooLongHint = "sessions.opinion-too-long.hint"
    case duplicateSession = "sessions.duplicate"
    case duplicateSessionHint = "sessions.duplicate.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .columnsHint:
            ("a sessions sheet has 日期 and 案件编号, and may have 环节, 人员, 意见 and 备注; `sizhen intake template visits` (or `panels`) prints a header",
             "送法到家、会诊登记表必须有 日期 和 案件编号，可以有 环节、人员、意见、备注；`sizhen intake template visits`（或 `panels`）可以打印表头")
        case .dateHint:
            ("write the day the visit or panel took place, e.g. 2026-12-10",
             "请填写上门或会诊的日期，例如 2026-12-10")
        case .sessionCaseHint:
            ("copy the case number from the run sheet (`sizhen rounds`) or `sizhen records`, e.g. xunzhen/haitangxi-yanyu/2026-12-01/1#1",
             "请从工作单（`sizhen rounds`）或 `sizhen records` 复制案件编号，例如 xunzhen/haitangxi-yanyu/2026-12-01/1#1")
        case .badCaseID:
            ("{place}: '{text}' is not a case number: {problem}",
             "{place}：“{text}”不是案件编号：{problem}")
        case .caseIDShape:
            ("a case number reads workflow/site/date/n#number",
             "案件编号的格式是 工作流/地点/日期/场次#序号")
        case .caseIDWorkflow:
            ("no workflow has the id '{workflow}'",
             "没有 id 为“{workflow}”的工作流")
        case .caseIDSite:
            ("no community has the id '{site}'",
             "没有 id 为“{site}”的社区")
        case .caseIDEscalation:
            ("{workflow} has no escalation '{escalation}'",
             "{workflow}没有提请规则“{escalation}”")
        case .sessionBeforeCase:
            ("{place}: {date} is before the case opened on {opened}",
             "{place}：{date} 早于案件登记的日期 {opened}")
        case .sessionBeforeCaseHint:
            ("write the day the visit or panel took place, on or after the day the case was opened",
             "请填写上门或会诊实际进行的日期，不能早于案件登记的日期")
        case .noSessionStep:
            ("{place}: cases of {workflow} have no visit or panel to report",
             "{place}：{workflow}的案件没有需要登记的上门或会诊")
        case .whichSessionStep:
            ("{place}: the case has more than one kind of visit ({steps}); say which in 环节",
             "{place}：这个案件有不止一种上门服务（{steps}），请在“环节”列写明")
        case .whichSessionStepHint:
            ("write the step's id or its record type (e.g. 送法到家), or 会诊 for a panel",
             "请填写环节的 id 或它的服务记录类型（例如 送法到家），会诊写“会诊”")
        case .unknownSessionStep:
            ("{place}: '{text}' is not one of the case's visits or panels ({steps})",
             "{place}：“{text}”不是这个案件的上门或会诊环节（{steps}）")
        case .opinionOnVisit:
            ("{place}: an opinion is given for a panel (会诊), not a visit",
             "{place}：会诊才填写意见，上门服务不填")
        case .opinionOnVisitHint:
            ("clear the cell, or write the opinion in the row of the case's panel",
             "请清空这个单元格，或把意见写在这个案件会诊的那一行")
        case .opinionTooLong:
            ("{place}: the opinion has {count} characters, more than {limit}",
             "{place}：意见有 {count} 个字，超过 {limit} 个字")
        case .opinionTooLongHint:
            ("keep the opinion short here and file the full text with the case's papers",
             "这里写意见摘要，完整的意见书随案卷归档")
        case .duplicateSession:
            ("{step} of case {case} is already reported on line {first}",
             "案件 {case} 的{step}已在第 {first} 行登记")
        case .duplicateSessionHint:
            ("keep one row per visit or panel; correct a date by importing a sheet with the right one",
             "每次上门或会诊只登记一行；日期写错了，请导入一份写对日期的登记表来更正")
        }
    }
}

/// A blank sheet of visits (送法到家) or panels (会诊) that took place, with one example row at
/// a real occurrence of the month: UTF-8 with a byte-order mark and CRLF line ends, like the
/// visitors' template.
public struct SessionTemplate: Sendable {
    /// Which sessions the sheet is for.
    public enum Kind: String, Sendable, CaseIterable {
        case visits, panels
    }

    public var set: WorkflowSet
    public var kind: Kind

    /// Creates a template.
    public init(set: WorkflowSet, kind: Kind) {
        self.set = set
        self.kind = kind
    }

    /// The header and, when the month has an occurrence to make a case number from, one example row.
    public func cells(month: YearMonth) throws(CalendarCoverageError) -> [[String]] {
        typealias Content = SessionRowDecoder.Content
        let columns: [Content] = kind == .visits ? [.date, .caseID, .people, .note] : [.date, .caseID, .people, .opinion, .note]
        var rows = [columns.map(\.title)]
        let occurrences = try OccurrenceExpander(set: set).expand(month: month).occurrences
        guard let (caseID, step, occurrence) = example(among: occurrences) else { return rows }
        let people = exampleStaff(for: step, caseID: caseID)
        rows.append(columns.map { content in
            switch content {
            case .date: occurrence.date.adding(days: 1).description
            case .caseID: caseID
            case .people: people
            case .opinion: "建议通过诉讼途径解决，并申请法律援助"
            case .note: IntakeTemplate.exampleNote
            case .step: ""
            }
        })
        return rows
    }

    /// The template as CSV text.
    public func csv(month: YearMonth) throws(CalendarCoverageError) -> String {
        "\u{FEFF}" + (try cells(month: month)).map { $0.map(IntakeTemplate.quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A case number of the kind's session: the first case of a workflow with a visit step, or
    /// a case escalated to a panel from the first workflow that escalates to one.
    private func example(among occurrences: [Occurrence]) -> (caseID: String, step: String, occurrence: Occurrence)? {
        for occurrence in occurrences {
            guard let workflow = set.workflow(occurrence.workflowID) else { continue }
            let first = "\(occurrence.id)#1"
            switch kind {
            case .visits:
                if let step = workflow.steps.first(where: { $0.within != nil }) { return (first, step.id, occurrence) }
            case .panels:
                if let escalation = workflow.escalations.first(where: { set.workflow($0.start.id)?.type == .panel }) {
                    return ("\(first)>\(escalation.id)", "panel", occurrence)
                }
            }
        }
        return nil
    }

    /// Names of people who could go: for a visit one holding a role of the step's slots, for a
    /// panel one of each quorum role.
    private func exampleStaff(for step: String, caseID: String) -> String {
        guard case .success(let parts) = CaseIDParts.parse(caseID, set: set) else { return "" }
        let roles: [String]
        if let panel = parts.workflow.panel {
            roles = panel.quorum.map(\.role.id)
        } else {
            let assigned = Set(parts.workflow.steps.first { $0.id == step }?.assign.map(\.id) ?? [])
            roles = parts.workflow.slots.filter { assigned.contains($0.name) }.flatMap(\.roles).map(\.id).prefix(1).map { $0 }
        }
        var names: [String] = []
        for role in roles {
            if let person = set.people.first(where: { person in person.roles.contains { $0.id == role } && !names.contains(person.name) }) {
                names.append(person.name)
            }
        }
        return names.joined(separator: "、")
    }
}
