import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRules

/// The columns of one stored row, read as the values they were written as: what every database
/// store reads its rows through, so that the SQLite and PostgreSQL stores decode each table
/// alike. A store gives the two ways its database hands a value back (text, an integer) and the
/// error naming the row's table and column; a value that cannot be read is that error, never a
/// default.
public protocol StoredColumns {
    /// The column's text; nil for NULL.
    func optionalText(_ column: String) throws(StoreError) -> String?
    /// The column's integer; nil for NULL.
    func optionalInt(_ column: String) throws(StoreError) -> Int?
    /// The error saying the column's value cannot be read.
    func undecodable(_ column: String) -> StoreError
}

extension StoredColumns {
    /// Text that is never NULL.
    public func text(_ column: String) throws(StoreError) -> String {
        guard let value = try optionalText(column) else { throw undecodable(column) }
        return value
    }

    /// An integer that is never NULL.
    public func int(_ column: String) throws(StoreError) -> Int {
        guard let value = try optionalInt(column) else { throw undecodable(column) }
        return value
    }

    /// 0 or 1.
    public func bool(_ column: String) throws(StoreError) -> Bool {
        switch try int(column) {
        case 0: return false
        case 1: return true
        default: throw undecodable(column)
        }
    }

    /// A date as ISO text.
    public func date(_ column: String) throws(StoreError) -> CivilDate {
        guard let date = CivilDate(iso: try text(column)) else { throw undecodable(column) }
        return date
    }

    /// A date as ISO text, or NULL.
    public func optionalDate(_ column: String) throws(StoreError) -> CivilDate? {
        guard let text = try optionalText(column) else { return nil }
        guard let date = CivilDate(iso: text) else { throw undecodable(column) }
        return date
    }

    /// One of the values of an enumeration, by its raw value.
    public func value<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws(StoreError) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try text(column)) else { throw undecodable(column) }
        return value
    }

    /// A message stored as one JSON object (`{"code", "args"}`).
    public func message(_ column: String) throws(StoreError) -> Message {
        guard let message = Message(json: try text(column)) else { throw undecodable(column) }
        return message
    }

    /// A message stored as one JSON object, or NULL.
    public func optionalMessage(_ column: String) throws(StoreError) -> Message? {
        guard let text = try optionalText(column) else { return nil }
        guard let message = Message(json: text) else { throw undecodable(column) }
        return message
    }

    /// A message stored as a code and the JSON of its arguments.
    public func message(code: String, arguments: String) throws(StoreError) -> Message {
        guard let message = Message(code: try text(code), argumentsJSON: try text(arguments)) else { throw undecodable(arguments) }
        return message
    }

    /// A list stored as `a;b;c` (ids never hold `;`).
    public func list(_ column: String) throws(StoreError) -> [String] {
        let text = try text(column)
        return text.isEmpty ? [] : text.split(separator: ";").map(String.init)
    }

    // MARK: The rows of each table

    /// A row of `facts`.
    public func fact() throws(StoreError) -> Fact {
        Fact(kind: try value("kind", as: Fact.Kind.self), on: try date("on_date"), key: try text("key"), payload: try text("payload"),
             source: try text("source"), arrival: try int("arrival"), account: try optionalText("account"))
    }

    /// A row of `cases`, its fields typed by `caseType`.
    public func engineCase(as caseType: ObjectType?) throws(StoreError) -> EngineCase {
        guard let fields = CaseFieldsJSON.decode(try text("fields"), as: caseType) else { throw undecodable("fields") }
        return EngineCase(id: try text("id"), workflowID: try text("workflow"), occurrenceID: try optionalText("occurrence"),
                          siteID: try text("site"), openedOn: try date("opened_on"), source: try value("source", as: CaseSource.self),
                          parentID: try optionalText("parent"), fields: fields, status: try value("status", as: CaseStatus.self),
                          staff: try list("staff"), excluded: try list("excluded"), deadline: try optionalDate("deadline"),
                          closedOn: try optionalDate("closed_on"))
    }

    /// A row of `timers`.
    public func timer() throws(StoreError) -> EngineTimer {
        let timer = EngineTimer(caseID: try text("case_id"), kind: try value("kind", as: EngineTimer.Kind.self), name: try text("name"),
                                due: try date("due"), people: try list("people"))
        // The id is derived from the other columns; one that differs was not written by this program.
        guard timer.id == (try text("id")) else { throw undecodable("id") }
        return timer
    }

    /// A row of `occurrences`.
    public func occurrence() throws(StoreError) -> OccurrenceRef {
        var occurrence = OccurrenceRef(id: try text("id"), workflowID: try text("workflow"), siteID: try text("site"), date: try date("date"),
                                       ruleDate: try date("rule_date"), start: try text("start"), end: try text("end"),
                                       reason: try optionalMessage("reason"), status: try value("status", as: OccurrenceRef.Status.self))
        occurrence.heldOn = try optionalDate("held_on")
        occurrence.isExtra = try int("extra") != 0
        return occurrence
    }

    /// A row of `assignments`.
    public func assignment() throws(StoreError) -> AssignmentRow {
        AssignmentRow(occurrenceID: try text("occurrence"), slot: try text("slot"), position: try int("position"), personID: try text("person"),
                      reason: try message("reason"))
    }

    /// A row of `unfilled`.
    public func unfilledSlot() throws(StoreError) -> UnfilledRow {
        UnfilledRow(occurrenceID: try text("occurrence"), slot: try text("slot"), position: try int("position"), reason: try message("reason"))
    }

    /// A row of `skipped`.
    public func skippedOccurrence() throws(StoreError) -> SkippedOccurrence {
        SkippedOccurrence(workflowID: try text("workflow"), siteID: try text("site"), date: try date("date"), reason: try message("reason"))
    }

    /// A row of `records`.
    public func serviceRecord() throws(StoreError) -> ServiceRecord {
        ServiceRecord(id: try text("id"), type: try text("type"), workflowID: try text("workflow"), occurrenceID: try optionalText("occurrence"),
                      siteID: try text("site"), streetID: try optionalText("street"), date: try date("date"), staff: try list("staff"),
                      caseID: try text("case_id"), outcome: try text("outcome"), subsidyYuan: try optionalInt("subsidy_yuan"),
                      subsidyTier: try optionalText("subsidy_tier"))
    }

    /// A row of `events`.
    /// A row of `events`: its events (an `EventPack`), each with its number, in order.
    public func storedEvents() throws(StoreError) -> [StoredEvent] {
        let last = try int("seq")
        let first = EngineEvent(date: try date("date"), kind: try value("kind", as: EngineEvent.Kind.self), caseID: try optionalText("case_id"),
                                occurrenceID: try optionalText("occurrence"), message: try message(code: "code", arguments: "args"))
        guard let json = try optionalText("more") else { return [StoredEvent(sequence: last, event: first)] }
        guard let more = EventPack.more(json, after: first) else { throw undecodable("more") }
        let start = last - more.count
        return [StoredEvent(sequence: start, event: first)] + more.enumerated().map { StoredEvent(sequence: start + 1 + $0.offset, event: $0.element) }
    }

    /// A row of `events` grouped by kind (`kind`, `kinds`, `n`): how many events of each kind it
    /// stands for, `n` rows alike.
    public func eventKindCounts() throws(StoreError) -> [EngineEvent.Kind: Int] {
        let n = try int("n")
        var counts = [try value("kind", as: EngineEvent.Kind.self): n]
        if let text = try optionalText("kinds") {
            guard let kinds = EventPack.kinds(text) else { throw undecodable("kinds") }
            for kind in kinds { counts[kind, default: 0] += n }
        }
        return counts
    }
}

/// Binding the values of one row of a bulk insert, in column order: what the SQLite and
/// PostgreSQL stores bind each table's rows through, so that both write the same columns alike.
public protocol StoredRowBinding {
    /// Text, or NULL.
    mutating func text(_ value: String?)
    /// An integer, or NULL.
    mutating func int(_ value: Int?)
    /// JSON text, as `write` writes it.
    mutating func json(_ write: (inout JSONWriter) -> Void)
}

extension StoredRowBinding {
    /// `cases (id, workflow, occurrence, site, opened_on, source, parent, fields, status, staff, excluded, deadline, closed_on)`.
    public mutating func bind(_ c: EngineCase, caseType: ObjectType?) {
        text(c.id); text(c.workflowID); text(c.occurrenceID); text(c.siteID); text(c.openedOn.description)
        text(c.source.rawValue); text(c.parentID); json { CaseFieldsJSON.write(c.fields, as: caseType, into: &$0) }; text(c.status.rawValue)
        text(c.staff.joined(separator: ";")); text(c.excluded.joined(separator: ";")); text(c.deadline?.description)
        text(c.closedOn?.description)
    }

    /// `records (id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier)`.
    public mutating func bind(_ r: ServiceRecord) {
        text(r.id); text(r.type); text(r.workflowID); text(r.occurrenceID); text(r.siteID); text(r.streetID)
        text(r.date.description); text(r.staff.joined(separator: ";")); text(r.caseID); text(r.outcome)
        int(r.subsidyYuan); text(r.subsidyTier)
    }

    /// `timers (id, case_id, kind, name, due, people, set_on)`.
    public mutating func bind(_ t: EngineTimer, setOn day: CivilDate?) {
        text(t.id); text(t.caseID); text(t.kind.rawValue); text(t.name); text(t.due.description)
        text(t.people.joined(separator: ";")); text(day?.description)
    }

    /// `events (date, kind, case_id, occurrence, code, args)`.
    public mutating func bind(_ e: EngineEvent) {
        text(e.date.description); text(e.kind.rawValue); text(e.caseID); text(e.occurrenceID); text(e.message.code)
        json { e.message.writeArguments(into: &$0) }
    }

    /// `events (seq, date, kind, case_id, occurrence, code, args, more, kinds)`: a pack whose
    /// last event is numbered `last`.
    public mutating func bind(_ pack: EventPack, last: Int) {
        int(last)
        bind(pack.first)
        if pack.more.isEmpty { text(nil) } else { json { pack.writeMore(into: &$0) } }
        text(pack.kindsText)
    }
}

extension StoredColumns {
    /// A row of `closings` (`arrival`, `digest`, `outputs`, `records`) as the closing of `month`.
    public func monthClosing(_ month: YearMonth) throws(StoreError) -> MonthClosing {
        guard let outputs = try? JSONDecoder().decode([String: String].self, from: Data(try text("outputs").utf8)) else { throw undecodable("outputs") }
        guard let records = ServiceRecordsJSON.decode(try text("records")) else { throw undecodable("records") }
        let closing = MonthClosing(month: month, arrival: try int("arrival"), outputs: outputs, records: records)
        // The digest is of the frozen JSON: one that differs was not written by this program.
        guard closing.digest == (try text("digest")) else { throw undecodable("digest") }
        return closing
    }

    /// The row of the stores' summary of the facts (`through`, `last`, `pending`, `first_day`,
    /// `last_day`) with the values of their `meta` table, as where the derivation stands.
    public func derivationState(meta: [String: String], derivedArrival: Int, undecodableMeta: (String, String) -> StoreError) throws(StoreError) -> DerivationState {
        func date(_ key: String) throws(StoreError) -> CivilDate? {
            guard let text = meta[key] else { return nil }
            guard let date = CivilDate(iso: text) else { throw undecodableMeta(key, text) }
            return date
        }
        let first = try optionalDate("first_day"), last = try optionalDate("last_day")
        var state = DerivationState(through: try optionalDate("through"), derivedArrival: derivedArrival, lastArrival: try int("last"),
                                    earliestPending: try optionalDate("pending"), requested: try date("requested"),
                                    factDays: first.flatMap { first in last.map { first...max(first, $0) } }, frozenThrough: try date("frozen_through"))
        state.shownArrival = try DerivationState.number(meta, "shown_arrival", undecodable: undecodableMeta)
        return state
    }
}

extension DerivationState {
    /// The number a store's `meta` table holds under `key`; 0 when it holds none.
    public static func number(_ meta: [String: String], _ key: String, undecodable: (String, String) -> StoreError) throws(StoreError) -> Int {
        guard let text = meta[key] else { return 0 }
        guard let number = Int(text) else { throw undecodable(key, text) }
        return number
    }
}

extension MonthClosing {
    /// The frozen outputs and records as the stores keep them: JSON, keys sorted.
    public func storedJSON() throws -> (outputs: String, records: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (String(decoding: try encoder.encode(outputs), as: UTF8.self), try ServiceRecordsJSON.encode(records))
    }
}
