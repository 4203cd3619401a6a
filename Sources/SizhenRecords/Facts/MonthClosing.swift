import Foundation
import SizhenCalendar

/// A closed month (`sizhen close --month M`): its report frozen as it was sent upward, in every
/// format, with the digest of its JSON, the records it counted, and the last fact it included.
/// A later fact about the month changes the derived month but not this: the difference appears
/// as adjustments (调整) in the first month after it that is not closed.
public struct MonthClosing: Sendable, Hashable {
    /// The month.
    public var month: YearMonth
    /// The last fact (arrival number) the closed report included.
    public var arrival: Int
    /// The frozen report by output: `text`, `html`, `json`, `csv:<section>`.
    public var outputs: [String: String]
    /// The records the closed report counted.
    public var records: [ServiceRecord]

    /// Creates a closing.
    public init(month: YearMonth, arrival: Int, outputs: [String: String], records: [ServiceRecord]) {
        self.month = month
        self.arrival = arrival
        self.outputs = outputs
        self.records = records
    }

    /// The digest of the frozen JSON report.
    public var digest: String { ContentDigest.of((outputs["json"] ?? "").utf8) }
}

/// Service records as JSON text, for a store that keeps a closed month's records in a column.
public enum ServiceRecordsJSON {
    private struct Row: Codable {
        var id, type, workflow, site, date, caseID, outcome: String
        var occurrence, street, tier: String?
        var staff: [String]
        var yuan: Int?
    }

    /// The records as a JSON array.
    public static func encode(_ records: [ServiceRecord]) throws -> String {
        let rows = records.map { r in
            Row(id: r.id, type: r.type, workflow: r.workflowID, site: r.siteID, date: r.date.description, caseID: r.caseID, outcome: r.outcome,
                occurrence: r.occurrenceID, street: r.streetID, tier: r.subsidyTier, staff: r.staff, yuan: r.subsidyYuan)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }

    /// The records of a JSON array; nil when it is not one this version wrote.
    public static func decode(_ text: String) -> [ServiceRecord]? {
        guard let rows = try? JSONDecoder().decode([Row].self, from: Data(text.utf8)) else { return nil }
        var records: [ServiceRecord] = []
        for row in rows {
            guard let date = CivilDate(iso: row.date) else { return nil }
            records.append(ServiceRecord(id: row.id, type: row.type, workflowID: row.workflow, occurrenceID: row.occurrence, siteID: row.site,
                                         streetID: row.street, date: date, staff: row.staff, caseID: row.caseID, outcome: row.outcome,
                                         subsidyYuan: row.yuan, subsidyTier: row.tier))
        }
        return records
    }
}
