import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRules

/// A checkpoint's parts as JSON text, for a store that keeps them in columns: the cases with
/// their fields as `CaseFieldsJSON` writes them (read back with the case schema's types).
///
/// Written and read by hand over `JSONWriter` and `JSONScanner` (keys sorted, absent values
/// left out, as Foundation's encoder wrote them before): a late sheet writes the checkpoints
/// of the weeks after it, and Foundation's coders took a quarter of that write.
public enum CheckpointJSON {
    /// The cases, the timers and the bookings of a checkpoint as three JSON texts.
    public static func encode(_ checkpoint: EngineCheckpoint, caseType: ObjectType?) throws -> (cases: String, timers: String, bookings: String) {
        var cases = JSONWriter(capacity: 256 * checkpoint.openCases.count + 2)
        cases.array(checkpoint.openCases) { writer, c in
            writer.raw("{")
            if let closed = c.closedOn { writer.member("closed", closed.description) }
            if let deadline = c.deadline { writer.member("deadline", deadline.description) }
            writer.raw("\"excluded\":")
            writer.array(c.excluded) { $0.string($1) }
            writer.raw(",")
            writer.member("fields", CaseFieldsJSON.encode(c.fields, as: caseType))
            writer.member("id", c.id)
            if let occurrence = c.occurrenceID { writer.member("occurrence", occurrence) }
            writer.member("opened", c.openedOn.description)
            if let parent = c.parentID { writer.member("parent", parent) }
            writer.member("site", c.siteID)
            writer.member("source", c.source.rawValue)
            writer.raw("\"staff\":")
            writer.array(c.staff) { $0.string($1) }
            writer.raw(",")
            writer.member("status", c.status.rawValue)
            writer.raw("\"workflow\":")
            writer.string(c.workflowID)
            writer.raw("}")
        }
        var timers = JSONWriter(capacity: 128 * checkpoint.timers.count + 2)
        timers.array(checkpoint.timers) { writer, t in
            writer.raw("{")
            writer.member("caseID", t.caseID)
            writer.member("due", t.due.description)
            writer.member("kind", t.kind.rawValue)
            writer.member("name", t.name)
            writer.raw("\"people\":")
            writer.array(t.people) { $0.string($1) }
            writer.raw("}")
        }
        var bookings = JSONWriter(capacity: 64 * checkpoint.bookings.count + 2)
        bookings.raw("{")
        var first = true
        for person in checkpoint.bookings.keys.sorted() {
            if !first { bookings.raw(",") }
            first = false
            bookings.string(person)
            bookings.raw(":")
            bookings.array(checkpoint.bookings[person] ?? []) { $0.string($1.description) }
        }
        bookings.raw("}")
        return (cases.text, timers.text, bookings.text)
    }

    /// The checkpoint of `day` from the three texts; nil when any part cannot be read.
    public static func decode(day: CivilDate, cases: String, timers: String, bookings: String, caseType: ObjectType?) -> EngineCheckpoint? {
        var reader = Reader(scanner: JSONScanner(cases))
        guard let open = reader.list({ $0.engineCase(caseType: caseType) }), reader.scanner.atEnd else { return nil }
        reader = Reader(scanner: JSONScanner(timers))
        guard let pending = reader.list({ $0.timer() }), reader.scanner.atEnd else { return nil }
        reader = Reader(scanner: JSONScanner(bookings))
        var booked: [String: [CivilDate]] = [:]
        let read = reader.members { reader, person in
            guard booked[person] == nil, let dates = reader.list({ $0.scanner.string().flatMap(CivilDate.init(iso:)) }) else { return false }
            booked[person] = dates
            return true
        }
        guard read, reader.scanner.atEnd else { return nil }
        return EngineCheckpoint(day: day, openCases: open, timers: pending, bookings: booked)
    }

    private struct Reader: JSONNestedReader {
        var scanner: JSONScanner
        var depth = 0

        mutating func strings() -> [String]? { list { $0.scanner.string() } }

        mutating func engineCase(caseType: ObjectType?) -> EngineCase? {
            var id: String?, workflow: String?, site: String?, opened: CivilDate?, source: CaseSource?, status: CaseStatus?
            var occurrence: String?, parent: String?, deadline: CivilDate?, closed: CivilDate?
            var fields: [String: RuleValue]?, staff: [String]?, excluded: [String]?
            var seen: Set<String> = []
            let read = members { reader, key in
                guard seen.insert(key).inserted else { return false }
                switch key {
                case "id": id = reader.scanner.string(); return id != nil
                case "workflow": workflow = reader.scanner.string(); return workflow != nil
                case "site": site = reader.scanner.string(); return site != nil
                case "occurrence": occurrence = reader.scanner.string(); return occurrence != nil
                case "parent": parent = reader.scanner.string(); return parent != nil
                case "opened": opened = reader.scanner.string().flatMap(CivilDate.init(iso:)); return opened != nil
                case "deadline": deadline = reader.scanner.string().flatMap(CivilDate.init(iso:)); return deadline != nil
                case "closed": closed = reader.scanner.string().flatMap(CivilDate.init(iso:)); return closed != nil
                case "source": source = reader.scanner.string().flatMap(CaseSource.init(rawValue:)); return source != nil
                case "status": status = reader.scanner.string().flatMap(CaseStatus.init(rawValue:)); return status != nil
                case "fields": fields = reader.scanner.string().flatMap { CaseFieldsJSON.decode($0, as: caseType) }; return fields != nil
                case "staff": staff = reader.strings(); return staff != nil
                case "excluded": excluded = reader.strings(); return excluded != nil
                default: return false
                }
            }
            guard read, let id, let workflow, let site, let opened, let source, let status, let fields, let staff, let excluded else { return nil }
            return EngineCase(id: id, workflowID: workflow, occurrenceID: occurrence, siteID: site, openedOn: opened, source: source,
                              parentID: parent, fields: fields, status: status, staff: staff, excluded: excluded, deadline: deadline, closedOn: closed)
        }

        mutating func timer() -> EngineTimer? {
            var caseID: String?, kind: EngineTimer.Kind?, name: String?, due: CivilDate?, people: [String]?
            var seen: Set<String> = []
            let read = members { reader, key in
                guard seen.insert(key).inserted else { return false }
                switch key {
                case "caseID": caseID = reader.scanner.string(); return caseID != nil
                case "kind": kind = reader.scanner.string().flatMap(EngineTimer.Kind.init(rawValue:)); return kind != nil
                case "name": name = reader.scanner.string(); return name != nil
                case "due": due = reader.scanner.string().flatMap(CivilDate.init(iso:)); return due != nil
                case "people": people = reader.strings(); return people != nil
                default: return false
                }
            }
            guard read, let caseID, let kind, let name, let due, let people else { return nil }
            return EngineTimer(caseID: caseID, kind: kind, name: name, due: due, people: people)
        }
    }
}

private extension JSONWriter {
    /// `"key":"value",`: a member followed by others.
    mutating func member(_ key: StaticString, _ value: String) {
        raw("\"")
        raw(key)
        raw("\":")
        string(value)
        raw(",")
    }
}
