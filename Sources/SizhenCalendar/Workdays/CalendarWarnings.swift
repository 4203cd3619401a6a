import SizhenDiagnostics

/// A collector for every use of the `missing_years: weekends` fallback.
///
/// Every query on a `WorkdayCalendar` takes one as an `inout` argument, so a caller cannot
/// ask a question without somewhere to put the warning; it then reports `diagnostics` (one
/// warning per calendar and uncovered year, saying how many dates used the fallback).
public struct CalendarWarnings: Sendable, Hashable {
    /// The uses of the fallback for one calendar and one uncovered year.
    public struct FallbackUse: Sendable, Hashable {
        /// The calendar's id.
        public var calendarID: String
        /// The file to add the year to.
        public var calendarFile: String
        /// The uncovered year.
        public var year: Int
        /// How many dates were classified by the fallback (each query counts each date it looked at).
        public var count: Int
        /// The earliest date classified by the fallback.
        public var first: CivilDate
        /// The latest date classified by the fallback.
        public var last: CivilDate
    }

    private struct Key: Hashable, Sendable {
        var calendarID: String
        var year: Int
    }

    private var uses: [Key: FallbackUse] = [:]

    /// An empty collector.
    public init() {}

    /// Whether the fallback was never used.
    public var isEmpty: Bool { uses.isEmpty }

    /// The total number of dates classified by the fallback.
    public var fallbackCount: Int { uses.values.reduce(0) { $0 + $1.count } }

    /// Each calendar and uncovered year used, sorted by calendar then year.
    public var fallbackUses: [FallbackUse] {
        uses.values.sorted { ($0.calendarID, $0.year) < ($1.calendarID, $1.year) }
    }

    /// One warning per calendar and uncovered year, in a stable order.
    public var diagnostics: [Diagnostic] {
        fallbackUses.map { use in
            .warning(
                CalendarWording.fallbackUsed(
                    year: use.year, calendarID: use.calendarID, uses: use.count, first: use.first, last: use.last),
                hint: CalendarWording.fallbackHint(year: use.year, calendarID: use.calendarID, file: use.calendarFile))
        }
    }

    /// Records that `date` (in an uncovered year) was classified by the fallback.
    public mutating func recordFallback(on date: CivilDate, year: Int, calendarID: String, calendarFile: String) {
        let key = Key(calendarID: calendarID, year: year)
        if var use = uses[key] {
            use.count += 1
            use.first = min(use.first, date)
            use.last = max(use.last, date)
            uses[key] = use
        } else {
            uses[key] = FallbackUse(
                calendarID: calendarID, calendarFile: calendarFile, year: year, count: 1, first: date, last: date)
        }
    }

    /// Adds another collector's uses to this one.
    public mutating func merge(_ other: CalendarWarnings) {
        for (key, use) in other.uses {
            if var mine = uses[key] {
                mine.count += use.count
                mine.first = min(mine.first, use.first)
                mine.last = max(mine.last, use.last)
                uses[key] = mine
            } else {
                uses[key] = use
            }
        }
    }
}
