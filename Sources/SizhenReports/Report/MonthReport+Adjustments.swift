import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords

extension MonthReport {
    /// A change to a closed month, found after it was closed (调整): a record its report did not
    /// count, one it counted that is gone, or one that changed; shown in the first month after
    /// it that is not closed, with the facts behind it.
    public struct Adjustment: Sendable, Hashable {
        /// What changed.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case added, removed, changed
        }

        /// The closed month it belongs to.
        public var month: YearMonth
        /// What changed.
        public var kind: Kind
        /// The record as it is now (as it was, for one removed).
        public var record: ServiceRecord
        /// The subsidy to pay (or take back), in yuan.
        public var yuan: Int
        /// The facts behind it, arrived after the closing: `source (kind)`.
        public var reasons: [String]

        /// The adjustments of a closed month: its records now against those its closing
        /// counted, by record id; `facts(caseID)` gives the facts of a case arrived after it
        /// was closed.
        public static func of(_ closing: MonthClosing, now: [ServiceRecord], facts: (String) throws -> [Fact]) rethrows -> [Adjustment] {
            let before = Dictionary(closing.records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let after = Dictionary(now.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var found: [Adjustment] = []
            for id in Set(before.keys).union(after.keys).sorted() {
                let old = before[id], new = after[id]
                guard old != new, let record = new ?? old else { continue }
                let kind: Kind = old == nil ? .added : new == nil ? .removed : .changed
                let yuan = (new?.subsidyYuan ?? 0) - (old?.subsidyYuan ?? 0)
                let reasons = try facts(record.caseID).filter { $0.arrival > closing.arrival }.map { "\($0.source) (\($0.kind.rawValue))" }
                found.append(Adjustment(month: closing.month, kind: kind, record: record, yuan: yuan, reasons: reasons))
            }
            return found.sorted { ($0.record.date, $0.record.id) < ($1.record.date, $1.record.id) }
        }
    }

    /// Who is paid an adjustment's yuan, by the ledger's rules: `LW01 50`; empty for none.
    func paidTo(_ item: Adjustment) -> String {
        guard item.yuan != 0 else { return "" }
        return ledger.shares(of: item.record.staff, yuan: item.yuan).map { "\($0.personID) \($0.yuan)" }.joined(separator: ", ")
    }

    /// The adjustments as a JSON array.
    func adjustmentsJSON() -> String {
        JSONText.array(adjustments.map { item in
            JSONText.object([("month", JSONText.string(item.month.description)), ("change", JSONText.string(item.kind.rawValue)),
                             ("record", JSONText.string(item.record.id)), ("date", JSONText.string(item.record.date.description)),
                             ("type", JSONText.string(item.record.type)), ("case", JSONText.string(item.record.caseID)),
                             ("yuan", String(item.yuan)),
                             ("paid", JSONText.array(ledger.shares(of: item.record.staff, yuan: item.yuan).filter { _ in item.yuan != 0 }.map { share in
                                 JSONText.object([("person", JSONText.string(share.personID)), ("yuan", String(share.yuan))])
                             })),
                             ("why", JSONText.array(item.reasons.map(JSONText.string)))])
        })
    }
}
