import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenReports

/// The day a sheet the bureau files says it was made (制表日期): `--made-on YYYY-MM-DD` when
/// given, else the day it is in the district's time zone at `now`, which the front end passes in
/// (the command line: the clock, or SOURCE_DATE_EPOCH for reproducible output). With neither,
/// the sheet carries no date and no signature lines.
public struct MadeOn: Sendable, Hashable {
    /// The value of `--made-on`, checked as a date.
    public var flag: String?
    /// The moment the sheet is made.
    public var now: Instant?

    /// A made-on day.
    public init(flag: String? = nil, now: Instant? = nil) {
        self.flag = flag
        self.now = now
    }

    /// No date: sheets without their paperwork (what a test of the tables alone wants).
    public static let none = MadeOn()

    /// The paperwork of a sheet made from `set`: nil without a day; a `--made-on` that is not a
    /// date is an error recorded in `run`.
    func paperwork(for set: WorkflowSet, into run: inout Run) -> Paperwork? {
        if let flag {
            return FlagValue.date(flag, flag: "--made-on", into: &run).map { Paperwork(madeOn: $0, settings: set.district.reports) }
        }
        guard let now else { return nil }
        let zone = (try? CivilTimeZone(identifier: set.district.timeZone)) ?? .shanghai
        return Paperwork(madeOn: zone.date(at: now), settings: set.district.reports)
    }
}
