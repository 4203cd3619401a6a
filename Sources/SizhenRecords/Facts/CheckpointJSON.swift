import Foundation
import SizhenCalendar
import SizhenModel
import SizhenRules

/// A checkpoint's parts as JSON text, for a store that keeps them in columns: the cases with
/// their fields as `CaseFieldsJSON` writes them (read back with the case schema's types).
public enum CheckpointJSON {
    private struct CaseRow: Codable {
        var id, workflow, site, opened, source, status: String
        var occurrence, parent, deadline, closed: String?
        var fields: String
        var staff, excluded: [String]
    }

    private struct TimerRow: Codable {
        var caseID, kind, name, due: String
        var people: [String]
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The cases, the timers and the bookings of a checkpoint as three JSON texts.
    public static func encode(_ checkpoint: EngineCheckpoint, caseType: ObjectType?) throws -> (cases: String, timers: String, bookings: String) {
        let cases = checkpoint.openCases.map { c in
            CaseRow(id: c.id, workflow: c.workflowID, site: c.siteID, opened: c.openedOn.description, source: c.source.rawValue,
                    status: c.status.rawValue, occurrence: c.occurrenceID, parent: c.parentID, deadline: c.deadline?.description,
                    closed: c.closedOn?.description, fields: CaseFieldsJSON.encode(c.fields, as: caseType), staff: c.staff, excluded: c.excluded)
        }
        let timers = checkpoint.timers.map { TimerRow(caseID: $0.caseID, kind: $0.kind.rawValue, name: $0.name, due: $0.due.description, people: $0.people) }
        let bookings = checkpoint.bookings.mapValues { $0.map(\.description) }
        let encoder = encoder()
        return (String(decoding: try encoder.encode(cases), as: UTF8.self), String(decoding: try encoder.encode(timers), as: UTF8.self),
                String(decoding: try encoder.encode(bookings), as: UTF8.self))
    }

    /// The checkpoint of `day` from the three texts; nil when any part cannot be read.
    public static func decode(day: CivilDate, cases: String, timers: String, bookings: String, caseType: ObjectType?) -> EngineCheckpoint? {
        let decoder = JSONDecoder()
        guard let caseRows = try? decoder.decode([CaseRow].self, from: Data(cases.utf8)),
              let timerRows = try? decoder.decode([TimerRow].self, from: Data(timers.utf8)),
              let bookingRows = try? decoder.decode([String: [String]].self, from: Data(bookings.utf8)) else { return nil }
        var open: [EngineCase] = []
        for row in caseRows {
            guard let opened = CivilDate(iso: row.opened), let source = CaseSource(rawValue: row.source), let status = CaseStatus(rawValue: row.status),
                  let fields = CaseFieldsJSON.decode(row.fields, as: caseType) else { return nil }
            let deadline = row.deadline.flatMap { CivilDate(iso: $0) }, closed = row.closed.flatMap { CivilDate(iso: $0) }
            guard (row.deadline == nil) == (deadline == nil), (row.closed == nil) == (closed == nil) else { return nil }
            open.append(EngineCase(id: row.id, workflowID: row.workflow, occurrenceID: row.occurrence, siteID: row.site, openedOn: opened,
                                   source: source, parentID: row.parent, fields: fields, status: status, staff: row.staff, excluded: row.excluded,
                                   deadline: deadline, closedOn: closed))
        }
        var pending: [EngineTimer] = []
        for row in timerRows {
            guard let kind = EngineTimer.Kind(rawValue: row.kind), let due = CivilDate(iso: row.due) else { return nil }
            pending.append(EngineTimer(caseID: row.caseID, kind: kind, name: row.name, due: due, people: row.people))
        }
        var booked: [String: [CivilDate]] = [:]
        for (person, days) in bookingRows {
            let dates = days.compactMap { CivilDate(iso: $0) }
            guard dates.count == days.count else { return nil }
            booked[person] = dates
        }
        return EngineCheckpoint(day: day, openCases: open, timers: pending, bookings: booked)
    }
}
