import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenRules

/// How the service records print: a table for people, CSV for Excel, JSON for programs;
/// residents' personal data only when it was asked for.
public struct RecordsRendering: Sendable {
    /// The files, for names.
    public let set: WorkflowSet
    /// Residents' personal data by case id, when asked for.
    public let personal: [String: PersonalData]?
    /// Whether the records are a simulation's: the CSV has a first column `data` saying
    /// `simulated` on every row, the JSON `"simulated": true` on every record, the table a line.
    public let isSimulated: Bool

    /// A rendering.
    public init(set: WorkflowSet, personal: [String: PersonalData]?, isSimulated: Bool = false) {
        self.set = set
        self.personal = personal
        self.isSimulated = isSimulated
    }

    /// The CSV and JSON columns.
    public static let columns = ["id", "type", "workflow", "occurrence", "site", "street", "date", "staff", "case", "outcome", "subsidy_yuan",
                                 "subsidy_tier"]

    private func personalCells(_ record: ServiceRecord) -> [String] {
        guard let personal else { return [] }
        let data = personal[record.caseID]
        return [data?.name ?? "", data?.phone ?? "", data?.idNumber ?? ""]
    }

    /// UTF-8 CSV with a byte-order mark.
    public func csv(_ records: [ServiceRecord]) -> String {
        var csv = CSVWriter(header: Self.columns + (personal == nil ? [] : ["name", "phone", "id_number"]))
        // The columns are ids in every language (programs read them), and so is the marker.
        if isSimulated { csv.marker = ("data", "simulated") }
        for r in records {
            csv.append([r.id, r.type, r.workflowID, r.occurrenceID ?? "", r.siteID, r.streetID ?? "", r.date.description,
                        r.staff.joined(separator: ";"), r.caseID, r.outcome, r.subsidyYuan.map(String.init) ?? "", r.subsidyTier ?? ""]
                       + personalCells(r))
        }
        return csv.render()
    }

    /// A JSON array of records.
    public func json(_ records: [ServiceRecord]) -> String {
        JSONText.array(records.map { r in
            let data = personal?[r.caseID]
            return JSONText.object([
                ("id", JSONText.string(r.id)), ("type", JSONText.string(r.type)), ("workflow", JSONText.string(r.workflowID)),
                ("occurrence", r.occurrenceID.map(JSONText.string) ?? "null"), ("site", JSONText.string(r.siteID)),
                ("street", r.streetID.map(JSONText.string) ?? "null"), ("date", JSONText.string(r.date.description)),
                ("staff", JSONText.array(r.staff.map(JSONText.string))), ("case", JSONText.string(r.caseID)),
                ("outcome", JSONText.string(r.outcome)), ("subsidy_yuan", r.subsidyYuan.map(String.init) ?? "null"),
                ("subsidy_tier", r.subsidyTier.map(JSONText.string) ?? "null"),
                ("name", personal == nil ? nil : (data?.name.map(JSONText.string) ?? "null")),
                ("phone", personal == nil ? nil : (data?.phone.map(JSONText.string) ?? "null")),
                ("id_number", personal == nil ? nil : (data?.idNumber.map(JSONText.string) ?? "null")),
                ("simulated", isSimulated ? "true" : nil),
            ])
        })
    }

    /// An aligned table with names.
    public func table(_ records: [ServiceRecord], messages: MessageRenderer = MessageRenderer(book: MessageBook([RecordsMessage.self]))) -> String {
        func say(_ word: RecordsMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }
        let outcomes: [String: RecordsMessage] = ["resolved": .resolved, "unresolved": .unresolved, "referred": .referred]
        var table = TextTable(header: [say(.date), say(.type), say(.workflow), say(.site), say(.staff), say(.outcome), say(.subsidy), say(.caseNumber)]
                              + (personal == nil ? [] : [say(.name), say(.phone), say(.idNumber)]))
        for r in records {
            table.append([r.date.description, r.type, set.workflowName(r.workflowID), set.community(r.siteID)?.name ?? r.siteID,
                          r.staff.map(set.personName).joined(separator: "、"), outcomes[r.outcome].map { say($0) } ?? r.outcome,
                          r.subsidyYuan.map { say(.yuan, ["yuan": .int($0)]) } ?? "", r.caseID]
                         + personalCells(r))
        }
        let marker = isSimulated ? messages.render(MonthReportMessage.simulated()) + "\n" : ""
        return marker + table.render() + "\n" + say(.count, ["count": .int(records.count)]) + "\n"
    }
}

/// A case's story as text: the case, then every event in the order written.
public enum CaseStoryText {
    /// The story of `engineCase`: what was reported of it (each fact, in the order it arrived,
    /// a correction with what it changed), then every event, in the words of `messages`.
    /// An enum value of a correction shows as its label in `schema` (`kind "咨询" → "纠纷"`); a
    /// session as `set` names it (送法到家 in Chinese).
    public static func render(_ engineCase: EngineCase, events: [StoredEvent], facts: [Fact] = [], schema: CaseSchema? = nil,
                              set: WorkflowSet? = nil, messages: MessageRenderer) -> String {
        func say(_ word: StoryMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }
        var out = say(.heading, ["case": .text(engineCase.id), "workflow": .text(set?.workflowName(engineCase.workflowID) ?? engineCase.workflowID), "opened": .text(engineCase.openedOn.description),
                                 "status": .message(statusWord(engineCase.status)), "closed": .text(engineCase.closedOn?.description ?? "")]) + "\n"
        var previous: Fact.Visitor?
        for fact in facts {
            out += say(.reported, ["arrival": .int(fact.arrival), "kind": .message(StoryMessage.kind(fact.kind)), "source": .text(fact.source)])
            if fact.kind == .visitor, let payload = fact.decode(Fact.Visitor.self) {
                if let previous {
                    let changes = differences(previous, payload, schema: schema)
                    out += "  " + (changes.isEmpty ? say(.theSame) : say(.corrects, ["changes": .text(changes.map(messages.render).joined(separator: messages.clauseSeparator))]))
                } else {
                    out += "  " + say(.outcome, ["outcome": .message(outcomeWord(payload.outcome))])
                }
                previous = payload
            } else if fact.kind == .session, let payload = Fact.Session.read(fact.payload) {
                let session = set?.sessionWord(payload.step, of: engineCase.workflowID)
                    ?? WordMessage.session(["label": WordMessage.label(payload.step), "name": .text(payload.step)])
                out += "  " + say(.sessionOn, ["session": .message(session), "date": .text(fact.on.description)])
            } else if fact.kind == .void, let payload = fact.decode(Fact.Withdrawal.self) {
                out += "  " + say(.withdrawn, ["reason": .text(payload.reason)])
            }
            out += "\n"
        }
        // The case as its sheet opened it (the latest row that counts), not as its steps left it.
        let openedFields = facts.last { $0.kind == .visitor }.flatMap { Fact.Visitor.read($0.payload) }.flatMap { CaseFieldsJSON.decode($0.fields, as: nil) }
        for stored in events {
            let who = stored.event.caseID == engineCase.id ? "" : "  [\(stored.event.caseID ?? "")]"
            let kind = messages.render(StoryMessage.kind(stored.event.kind))
            var message = labelled(stored.event.message, schema: schema)
            // A decision table by its name, its id after it (三事分流（shishi_fenliu）).
            if stored.event.message.code.hasPrefix("engine.table-"), let id = message.text("table"), let name = set?.table(id)?.definition.name, name != id {
                message = message.with("table", .text(messages.language == .chinese ? "\(name)（\(id)）" : "\(name) (\(id))"))
            }
            // In Chinese, the case as opened by the titles of its fields and the labels of its values.
            if messages.language == .chinese, stored.event.message.code == "engine.case-opened", stored.event.caseID == engineCase.id, let schema,
               let opened = openedFields {
                message = message.with("fields", .text(titled(opened, schema: schema, messages: messages)))
            }
            let padding = String(repeating: " ", count: max(0, 17 - DisplayWidth.of(kind)))
            out += "\(stored.event.date)  \(kind)\(padding) \(messages.render(message))\(who)\n"
        }
        return out
    }

    /// A case's status in words: the records' words for an outcome, or still open.
    static func statusWord(_ status: CaseStatus) -> Message {
        switch status {
        case .resolved: RecordsMessage.resolved()
        case .unresolved: RecordsMessage.unresolved()
        case .referred: RecordsMessage.referred()
        case .open: StoryMessage.open()
        }
    }

    /// An outcome a sheet gave, in words.
    static func outcomeWord(_ outcome: CaseOutcome) -> Message {
        CaseStatus(rawValue: outcome.rawValue).map(statusWord) ?? .legacy(outcome.rawValue)
    }

    /// An event's `fields` (`category="家庭", kind="dispute", …`, the case as it was opened) with
    /// each value of a labelled enum field by its label (`kind="纠纷"`), for people; the stored
    /// event and its JSON keep the codes. Fields are `name=value` joined by `, `, so a field's
    /// value is matched whole, between its name and the next separator or the end.
    static func labelled(_ message: Message, schema: CaseSchema?) -> Message {
        guard let schema, let fields = message.text("fields") else { return message }
        var text = ", " + fields + ","
        for field in schema.fields {
            guard case .enumeration(let values, let labels) = field.type else { continue }
            for value in values {
                guard let label = labels[value] else { continue }
                text = text.replacing(", \(field.name)=\(RuleValue.string(value).description),",
                                      with: ", \(field.name)=\(RuleValue.string(label).description),")
            }
        }
        return message.with("fields", .text(String(text.dropFirst(2).dropLast())))
    }

    /// A case's fields as people read them, in the schema's order: each field's title and
    /// value, an enum value by its label and a yes/no as 是/否 (`案件类型：纠纷，当事人数：7`).
    static func titled(_ fields: [String: RuleValue], schema: CaseSchema, messages: MessageRenderer) -> String {
        var parts: [String] = []
        func visit(_ schemaFields: [SchemaField], value: (String) -> RuleValue?) {
            for field in schemaFields {
                guard let found = value(field.name), found != .null else { continue }
                if case .object(let inner) = field.type {
                    switch found {
                    case .object(let object): visit(inner) { object[$0] }; continue
                    case .map(let map): visit(inner) { name in map.entries.first { $0.key == .string(name) }?.value }; continue
                    default: break
                    }
                }
                parts.append(messages.render(StoryMessage.field(["title": .text(field.title), "value": .text(shown(found, type: field.type, messages: messages))])))
            }
        }
        visit(schema.fields) { fields[$0] }
        return parts.joined(separator: messages.clauseSeparator)
    }

    /// A value in words: a label, yes or no, a list.
    static func shown(_ value: RuleValue, type: FieldType, messages: MessageRenderer) -> String {
        switch value {
        case .string(let code): type.label(of: code)
        case .bool(let flag): messages.render(flag ? StoryMessage.yes() : StoryMessage.no())
        case .list(let items): items.map { shown($0, type: type, messages: messages) }.joined(separator: messages.listSeparator)
        default: value.description
        }
    }

    /// What a correction changed: the outcome, the staff and each field, `name old → new`, an
    /// enum value by its label.
    static func differences(_ old: Fact.Visitor, _ new: Fact.Visitor, schema: CaseSchema? = nil) -> [Message] {
        var changes: [Message] = []
        if old.outcome != new.outcome {
            changes.append(StoryMessage.changedOutcome(["old": .message(outcomeWord(old.outcome)), "new": .message(outcomeWord(new.outcome))]))
        }
        if old.staff != new.staff { changes.append(StoryMessage.changedStaff(["old": .text(old.staff.joined(separator: "、")), "new": .text(new.staff.joined(separator: "、"))])) }
        let before = CaseFieldsJSON.decode(old.fields, as: nil) ?? [:], after = CaseFieldsJSON.decode(new.fields, as: nil) ?? [:]
        for key in Set(before.keys).union(after.keys).sorted() where before[key] != after[key] {
            func shown(_ value: RuleValue?) -> MessageValue {
                guard let value else { return .text("-") }
                if case .bool(let flag) = value { return .message(flag ? StoryMessage.yes() : StoryMessage.no()) }
                guard case .string(let code) = value, let schema else { return .text(value.description) }
                return .text(RuleValue.string(schema.label(of: code, at: [key])).description)
            }
            let field = WordMessage.field(["key": .text(key), "title": .text(schema?.field(at: [key])?.title ?? key)])
            changes.append(StoryMessage.changedField(["field": .message(field), "old": shown(before[key]), "new": shown(after[key])]))
        }
        return changes
    }

    /// The story as JSON: the case and its events, each with its message's code, arguments and text.
    public static func json(_ engineCase: EngineCase, events: [StoredEvent], facts: [Fact] = [], isSimulated: Bool = false,
                            messages: MessageRenderer) -> String {
        JSONText.object([
            ("simulated", isSimulated ? "true" : nil),
            ("case", JSONText.string(engineCase.id)), ("workflow", JSONText.string(engineCase.workflowID)),
            ("opened", JSONText.string(engineCase.openedOn.description)), ("status", JSONText.string(engineCase.status.rawValue)),
            ("closed", engineCase.closedOn.map { JSONText.string($0.description) } ?? "null"),
            ("facts", JSONText.array(facts.map { fact in
                JSONText.object([("arrival", String(fact.arrival)), ("kind", JSONText.string(fact.kind.rawValue)), ("on", JSONText.string(fact.on.description)),
                                 ("source", JSONText.string(fact.source)), ("payload", fact.payload)])
            })),
            ("events", JSONText.array(events.map { stored in
                JSONText.object([
                    ("seq", String(stored.sequence)), ("date", JSONText.string(stored.event.date.description)),
                    ("kind", JSONText.string(stored.event.kind.rawValue)), ("case", stored.event.caseID.map(JSONText.string) ?? "null"),
                ] + JSONText.message("message", stored.event.message, messages))
            })),
        ])
    }
}
