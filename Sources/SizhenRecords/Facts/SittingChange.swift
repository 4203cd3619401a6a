import SizhenCalendar
import SizhenModel

/// A sitting the sheets put on another day than the plan: one moved (改期) from the day it was
/// planned on, or one held besides the plan (加开). What a sheet's rows of that day belong to,
/// whichever sheet reported the change.
public struct SittingChange: Sendable, Hashable {
    /// The occurrence: the planned one's id for a move, `<workflow>/<site>/<date>/1` for one
    /// held besides the plan.
    public var occurrenceID: String
    /// The workflow.
    public var workflowID: String
    /// The site.
    public var siteID: String
    /// `.moved` or `.extra`.
    public var status: SittingReport.Status
    /// The day it was held on.
    public var heldOn: CivilDate
    /// The day a moved sitting was planned on.
    public var planned: CivilDate?
    /// Where the report came from (`sheet.csv:12`).
    public var source: String

    /// Creates a change.
    public init(occurrenceID: String, workflowID: String, siteID: String, status: SittingReport.Status, heldOn: CivilDate, planned: CivilDate?,
                source: String) {
        self.occurrenceID = occurrenceID
        self.workflowID = workflowID
        self.siteID = siteID
        self.status = status
        self.heldOn = heldOn
        self.planned = planned
        self.source = source
    }

    /// The changes among `facts` (any order): of each sitting's facts the latest to arrive,
    /// when it moves or adds the sitting; in occurrence id order.
    public static func latest(among facts: [Fact]) -> [SittingChange] {
        var latest: [String: Fact] = [:]
        for fact in facts where fact.kind == .sitting {
            if let known = latest[fact.key], known.arrival > fact.arrival { continue }
            latest[fact.key] = fact
        }
        return latest.values.sorted { $0.key < $1.key }.compactMap { fact in
            guard let payload = Fact.Sitting.read(fact.payload), payload.status == .moved || payload.status == .extra else { return nil }
            return SittingChange(occurrenceID: fact.key, workflowID: payload.workflow, siteID: payload.site, status: payload.status, heldOn: fact.on,
                                 planned: payload.planned, source: fact.source)
        }
    }
}
