import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRules

/// What someone reported happened, as the store keeps it: append-only, never edited. The
/// records, cases, timers, deadlines and coverage of a month are derived from the facts (see
/// `FactBook` and the engine's `Derivation`), in the order of the dates the facts state, never
/// the order they arrived in.
///
/// A fact has a kind, the day it is about (`on`), a natural key (the same key and payload is
/// the same fact: importing a sheet twice adds nothing; the same key with another payload is a
/// correction, and the latest to arrive counts), a payload of codes and values (canonical JSON),
/// where it came from (a sheet's file and line, or a command), and its arrival: a sequence
/// number the store gives, not the wall clock, so that a replay is deterministic.
public struct Fact: Sendable, Hashable {
    /// What a fact says.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A sheet's report of an occurrence as a whole: held, not held, a substitute,
        /// attendance. Key: the occurrence id.
        case sitting
        /// A sheet's visitor (or need) row: a case. Key: the case id (`<occurrence>#<ordinal>`).
        case visitor
        /// A case withdrawn as entered by mistake. Key: the case id.
        case void
        /// A month's plan published (or re-published from a day): the digest of each workflow
        /// file it was made from. Key: the month (`2026-12`); its day, the first day planned.
        case published
        /// A sheet's report that a case's visit (送法到家) or panel (会诊) took place: the day,
        /// who went or sat, and a panel's opinion. Key: `<case id>@<step>`.
        case session
    }

    /// What it says.
    public var kind: Kind
    /// The day it is about.
    public var on: CivilDate
    /// The natural key (see `Kind`).
    public var key: String
    /// Codes and values, as canonical JSON (sorted keys).
    public var payload: String
    /// Where it came from: `file.csv:12`, or the command that stated it.
    public var source: String
    /// The account that submitted it through `sizhen serve`; nil for what the command line
    /// stated (whoever ran it at the terminal) and for facts stored before accounts existed.
    public var account: String?
    /// Its place in the order of arrival, given by the store (0 before it is stored).
    public var arrival: Int

    /// Creates a fact.
    public init(kind: Kind, on: CivilDate, key: String, payload: String, source: String, arrival: Int = 0, account: String? = nil) {
        self.account = account
        self.kind = kind
        self.on = on
        self.key = key
        self.payload = payload
        self.source = source
        self.arrival = arrival
    }
}

/// What appending facts did.
public struct FactAppend: Sendable, Hashable {
    /// Facts new to the store (no fact of their key before).
    public var added = 0
    /// Facts that replace an earlier one of the same key with another payload.
    public var corrected = 0
    /// Facts the store holds already (the same key and payload as the latest of the key).
    public var unchanged = 0
    /// The earliest day a new or corrected fact is about: where derivation must start again.
    public var earliest: CivilDate?

    /// Nothing appended.
    public init() {}

    /// A fact's kind and key: of each, the latest to arrive counts.
    public struct Key: Hashable, Sendable {
        public var kind: Fact.Kind
        public var key: String

        public init(kind: Fact.Kind, key: String) {
            self.kind = kind
            self.key = key
        }
    }

    /// What appending `facts` does, given the latest stored fact of each of their keys (its
    /// payload and day): the counts, and the facts to store, in order (an unchanged one is
    /// left out; a fact becomes the latest of its key for the ones after it). What both
    /// database stores decide before they write.
    public static func sorting(_ facts: [Fact], latest stored: [Key: (payload: String, on: CivilDate)]) -> (result: FactAppend, added: [Fact]) {
        var latest = stored
        var result = FactAppend()
        var added: [Fact] = []
        for fact in facts {
            let id = Key(kind: fact.kind, key: fact.key)
            if let known = latest[id] {
                guard known.payload != fact.payload || known.on != fact.on else { result.unchanged += 1; continue }
                result.corrected += 1
                // What the corrected fact was about must be derived again too.
                result.earliest = min(result.earliest ?? known.on, known.on)
            } else {
                result.added += 1
            }
            latest[id] = (fact.payload, fact.on)
            added.append(fact)
            result.earliest = min(result.earliest ?? fact.on, fact.on)
        }
        return (result, added)
    }
}

extension Fact {
    /// The payload of a visitor fact: the case a sheet's row opens.
    public struct Visitor: Codable, Sendable, Hashable {
        public var occurrence: String
        public var workflow: String
        public var site: String
        public var ordinal: Int
        public var outcome: CaseOutcome
        public var staff: [String]
        /// The case's fields as `CaseFieldsJSON` writes them.
        public var fields: String

        /// A payload.
        public init(occurrence: String, workflow: String, site: String, ordinal: Int, outcome: CaseOutcome, staff: [String], fields: String) {
            self.occurrence = occurrence
            self.workflow = workflow
            self.site = site
            self.ordinal = ordinal
            self.outcome = outcome
            self.staff = staff
            self.fields = fields
        }
    }

    /// The payload of a sitting fact: what a sheet says of an occurrence as a whole.
    public struct Sitting: Codable, Sendable, Hashable {
        public var workflow: String
        public var site: String
        public var status: SittingReport.Status
        public var reason: String?
        public var staff: [String]
        public var attendees: Int?
        /// The day a sitting moved to another (改期) was planned on; nil for the others.
        public var planned: CivilDate?
        /// An event's case fields as `CaseFieldsJSON` writes them (活动形式, 资料份数); nil when
        /// the report gives none.
        public var fields: String?

        /// A payload.
        public init(workflow: String, site: String, status: SittingReport.Status, reason: String?, staff: [String], attendees: Int?,
                    fields: String? = nil, planned: CivilDate? = nil) {
            self.planned = planned
            self.workflow = workflow
            self.site = site
            self.status = status
            self.reason = reason
            self.staff = staff
            self.attendees = attendees
            self.fields = fields
        }
    }

    /// The payload of a session fact: a visit or panel that took place.
    public struct Session: Sendable, Hashable {
        /// The case.
        public var caseID: String
        /// The step (`home_visit`) or `panel`: the session the engine booked for the case.
        public var step: String
        /// Who went (or sat on the panel), by id; empty when the sheet did not say (those booked).
        public var people: [String]
        /// A panel's opinion (会诊意见), as the sheet gives it.
        public var opinion: String?

        /// A payload.
        public init(caseID: String, step: String, people: [String], opinion: String?) {
            self.caseID = caseID
            self.step = step
            self.people = people
            self.opinion = opinion
        }

        /// The key of the fact: one session of a kind per case.
        public var key: String { "\(caseID)@\(step)" }
    }

    /// The payload of a void fact: why the case is withdrawn.
    public struct Withdrawal: Codable, Sendable, Hashable {
        public var reason: String

        /// A payload.
        public init(reason: String) { self.reason = reason }
    }

    /// The payload of a published fact: each workflow file's digest, by its path in the folder.
    public struct Published: Codable, Sendable, Hashable {
        public var files: [String: String]

        /// A payload.
        public init(files: [String: String]) { self.files = files }
    }

    /// The fact that a month's plan was published from `day` on, made from files of these digests.
    public static func published(_ month: YearMonth, from day: CivilDate, files: [String: String], source: String) -> Fact {
        Fact(kind: .published, on: day, key: month.description, payload: canonical(Published(files: files)), source: source)
    }

    /// The fact of a sheet's visitor row.
    public static func visitor(_ row: IntakeRow, caseType: ObjectType?, source: String) -> Fact {
        visitor(CaseInput(row), caseType: caseType, source: source)
    }

    /// The fact of a case to open (the simulation's visitors and needs, as a sheet's rows).
    public static func visitor(_ input: CaseInput, caseType: ObjectType?, source: String) -> Fact {
        let payload = Visitor(occurrence: input.occurrenceID, workflow: input.workflowID, site: input.siteID, ordinal: input.ordinal,
                              outcome: input.outcome, staff: input.staff, fields: CaseFieldsJSON.encode(input.fields, as: caseType))
        return Fact(kind: .visitor, on: input.date, key: input.caseID, payload: payload.json, source: source)
    }

    /// The fact of a sheet's report of an occurrence.
    public static func sitting(_ report: SittingReport, caseType: ObjectType? = nil, source: String) -> Fact {
        let payload = Sitting(workflow: report.workflowID, site: report.siteID, status: report.status, reason: report.reason, staff: report.staff,
                              attendees: report.attendees, fields: report.fields.isEmpty ? nil : CaseFieldsJSON.encode(report.fields, as: caseType),
                              planned: report.heldOn == nil ? nil : report.date)
        // A sitting moved to another day is about the day it was held: that day is derived again
        // (the day planned had nothing of it: a sitting no sheet reports does nothing).
        return Fact(kind: .sitting, on: report.day, key: report.occurrenceID, payload: payload.json, source: source)
    }

    /// The fact that a case's visit or panel took place on `date`.
    public static func session(_ session: Session, on date: CivilDate, source: String) -> Fact {
        Fact(kind: .session, on: date, key: session.key, payload: session.json, source: source)
    }

    /// The fact that withdraws a case opened on `date`.
    public static func void(caseID: String, on date: CivilDate, reason: String, source: String) -> Fact {
        Fact(kind: .void, on: date, key: caseID, payload: canonical(Withdrawal(reason: reason)), source: source)
    }

    /// Canonical JSON of a payload: sorted keys, no spaces, so that equal payloads are equal text.
    static func canonical(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The payload read as `type`; nil when it is not one (a fact another version wrote).
    /// A caller that reads many gives its own decoder (making one costs more than a payload).
    public func decode<T: Decodable>(_ type: T.Type, using decoder: JSONDecoder = JSONDecoder()) -> T? {
        try? decoder.decode(type, from: Data(payload.utf8))
    }
}

extension Fact.Visitor {
    /// The payload's canonical JSON: keys sorted, no spaces (what `read` reads back). Written
    /// by hand: every case of a simulated month is one.
    public var json: String {
        var writer = JSONWriter(capacity: 96 + fields.utf8.count)
        writer.raw("{\"fields\":")
        writer.string(fields)
        writer.raw(",\"occurrence\":")
        writer.string(occurrence)
        writer.raw(",\"ordinal\":")
        writer.int(Int64(ordinal))
        writer.raw(",\"outcome\":")
        writer.string(outcome.rawValue)
        writer.raw(",\"site\":")
        writer.string(site)
        writer.raw(",\"staff\":")
        writer.array(staff) { $0.string($1) }
        writer.raw(",\"workflow\":")
        writer.string(workflow)
        writer.raw("}")
        return writer.text
    }

    /// Reads a visitor payload as `Fact.visitor` writes it, without Foundation's decoder (a
    /// derivation reads every visitor of the days it replays); nil when the text is not one.
    public static func read(_ text: String) -> Fact.Visitor? {
        var reader = PayloadReader(scanner: JSONScanner(text))
        var occurrence: String?, workflow: String?, site: String?, fields: String?, outcome: CaseOutcome?, ordinal: Int?, staff: [String]?
        let read = reader.members { reader, key in
            switch key {
            case "occurrence": occurrence = reader.scanner.string(); return occurrence != nil
            case "workflow": workflow = reader.scanner.string(); return workflow != nil
            case "site": site = reader.scanner.string(); return site != nil
            case "fields": fields = reader.scanner.string(); return fields != nil
            case "outcome": outcome = reader.scanner.string().flatMap(CaseOutcome.init(rawValue:)); return outcome != nil
            case "ordinal":
                guard case .int(let number)? = reader.scanner.number(), let small = Int(exactly: number) else { return false }
                ordinal = small
                return true
            case "staff": staff = reader.list { $0.scanner.string() }; return staff != nil
            default: return false
            }
        }
        guard read, reader.scanner.atEnd, let occurrence, let workflow, let site, let fields, let outcome, let ordinal, let staff else { return nil }
        return Fact.Visitor(occurrence: occurrence, workflow: workflow, site: site, ordinal: ordinal, outcome: outcome, staff: staff, fields: fields)
    }

}

extension Fact.Sitting {
    /// The payload's canonical JSON: keys sorted, no spaces, absent values left out (what
    /// `read` reads back).
    public var json: String {
        var writer = JSONWriter(capacity: 96)
        writer.raw("{")
        if let attendees {
            writer.raw("\"attendees\":")
            writer.int(Int64(attendees))
            writer.raw(",")
        }
        if let fields {
            writer.raw("\"fields\":")
            writer.string(fields)
            writer.raw(",")
        }
        if let planned {
            writer.raw("\"planned\":")
            writer.string(planned.description)
            writer.raw(",")
        }
        if let reason {
            writer.raw("\"reason\":")
            writer.string(reason)
            writer.raw(",")
        }
        writer.raw("\"site\":")
        writer.string(site)
        writer.raw(",\"staff\":")
        writer.array(staff) { $0.string($1) }
        writer.raw(",\"status\":")
        writer.string(status.rawValue)
        writer.raw(",\"workflow\":")
        writer.string(workflow)
        writer.raw("}")
        return writer.text
    }

    /// Reads a sitting payload as `Fact.sitting` writes it, without Foundation's decoder; nil
    /// when the text is not one.
    public static func read(_ text: String) -> Fact.Sitting? {
        var reader = PayloadReader(scanner: JSONScanner(text))
        var workflow: String?, site: String?, status: SittingReport.Status?, reason: String?, staff: [String]?, attendees: Int?, fields: String?
        var planned: CivilDate?
        let read = reader.members { reader, key in
            switch key {
            case "planned": planned = reader.scanner.string().flatMap(CivilDate.init(iso:)); return planned != nil
            case "fields": fields = reader.scanner.string(); return fields != nil
            case "workflow": workflow = reader.scanner.string(); return workflow != nil
            case "site": site = reader.scanner.string(); return site != nil
            case "status": status = reader.scanner.string().flatMap(SittingReport.Status.init(rawValue:)); return status != nil
            case "reason": reason = reader.scanner.string(); return reason != nil
            case "staff": staff = reader.list { $0.scanner.string() }; return staff != nil
            case "attendees":
                guard case .int(let number)? = reader.scanner.number(), let small = Int(exactly: number) else { return false }
                attendees = small
                return true
            default: return false
            }
        }
        guard read, reader.scanner.atEnd, let workflow, let site, let status, let staff else { return nil }
        return Fact.Sitting(workflow: workflow, site: site, status: status, reason: reason, staff: staff, attendees: attendees, fields: fields,
                            planned: planned)
    }
}

extension Fact.Session {
    /// The payload's canonical JSON: keys sorted, no spaces, no opinion when there is none.
    public var json: String {
        var writer = JSONWriter(capacity: 64 + caseID.utf8.count)
        writer.raw("{\"case\":")
        writer.string(caseID)
        if let opinion {
            writer.raw(",\"opinion\":")
            writer.string(opinion)
        }
        writer.raw(",\"people\":")
        writer.array(people) { $0.string($1) }
        writer.raw(",\"step\":")
        writer.string(step)
        writer.raw("}")
        return writer.text
    }

    /// Reads a session payload as `json` writes it; nil when the text is not one.
    public static func read(_ text: String) -> Fact.Session? {
        var reader = PayloadReader(scanner: JSONScanner(text))
        var caseID: String?, step: String?, people: [String]?, opinion: String?
        let read = reader.members { reader, key in
            switch key {
            case "case": caseID = reader.scanner.string(); return caseID != nil
            case "step": step = reader.scanner.string(); return step != nil
            case "opinion": opinion = reader.scanner.string(); return opinion != nil
            case "people": people = reader.list { $0.scanner.string() }; return people != nil
            default: return false
            }
        }
        guard read, reader.scanner.atEnd, let caseID, let step, let people else { return nil }
        return Fact.Session(caseID: caseID, step: step, people: people, opinion: opinion)
    }
}

/// A nested reader over a payload's text.
private struct PayloadReader: JSONNestedReader {
    var scanner: JSONScanner
    var depth = 0
}
