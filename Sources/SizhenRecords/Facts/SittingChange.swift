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

    /// The changes among `facts`, each the latest of its key (as `StoreReading.facts(from:through:)`
    /// gives them): the sitting reports that move or add a sitting, in occurrence id order.
    public static func changes(among facts: [Fact]) -> [SittingChange] {
        facts.filter { $0.kind == .sitting }.sorted { $0.key < $1.key }.compactMap { fact in
            guard let payload = Fact.Sitting.read(fact.payload), payload.status == .moved || payload.status == .extra else { return nil }
            return SittingChange(occurrenceID: fact.key, workflowID: payload.workflow, siteID: payload.site, status: payload.status, heldOn: fact.on,
                                 planned: payload.planned, source: fact.source)
        }
    }
}
