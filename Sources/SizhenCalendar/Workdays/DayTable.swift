/// A precomputed kind for every day of the covered years, so that "is this a workday?" is
/// one array read. Built once when the calendar is created (about 4 bytes per day).
///
/// Each entry packs the kind in the low 3 bits and, for holidays and make-up workdays, a
/// 1-based index into `names` above them; 0 means "year not covered".
struct DayTable: Sendable {
    static let uncovered: UInt32 = 0
    static let workday: UInt32 = 1
    static let makeupWorkday: UInt32 = 2
    static let weekend: UInt32 = 3
    static let holiday: UInt32 = 4
    static let kindMask: UInt32 = 0b111

    /// `daysSinceEpoch` of the first entry.
    private(set) var start = 0
    private(set) var codes: [UInt32] = []
    private(set) var names: [String] = []
    /// Bit `weekday.rawValue` set for each weekly rest day, for the fallback.
    let weekendMask: UInt8

    /// Builds the table. A holiday or make-up date outside its own year is ignored (the loader
    /// reports it); a date listed both as a holiday and as a make-up workday is a make-up
    /// workday (the loader reports the overlap).
    init(years: [Int: CalendarYear], weekend: Set<Weekday>) {
        weekendMask = weekend.reduce(0) { $0 | (1 << UInt8($1.rawValue)) }
        guard let firstYear = years.keys.min(), let lastYear = years.keys.max() else { return }
        start = CivilDate(uncheckedYear: firstYear, month: 1, day: 1).daysSinceEpoch
        let end = CivilDate(uncheckedYear: lastYear, month: 12, day: 31).daysSinceEpoch
        codes = [UInt32](repeating: DayTable.uncovered, count: end - start + 1)
        var nameIndex: [String: UInt32] = [:]
        func index(of name: String?) -> UInt32 {
            guard let name else { return 0 }
            if let found = nameIndex[name] { return found }
            names.append(name)
            let new = UInt32(names.count)
            nameIndex[name] = new
            return new
        }
        for year in years.values.sorted(by: { $0.year < $1.year }) {
            let first = CivilDate(uncheckedYear: year.year, month: 1, day: 1)
            let last = CivilDate(uncheckedYear: year.year, month: 12, day: 31)
            for date in first...last {
                codes[date.daysSinceEpoch - start] = weekend.contains(date.weekday) ? DayTable.weekend : DayTable.workday
            }
            for span in year.holidays {
                let (from, through) = (max(span.first, first), min(span.last, last))
                guard from <= through else { continue }
                let code = DayTable.holiday | index(of: span.name) << 3
                for date in from...through {
                    codes[date.daysSinceEpoch - start] = code
                }
            }
            for makeup in year.makeupWorkdays where first <= makeup.date && makeup.date <= last {
                codes[makeup.date.daysSinceEpoch - start] = DayTable.makeupWorkday | index(of: makeup.holidayName) << 3
            }
        }
    }

    /// The packed entry for a day, or `uncovered`.
    @inline(__always)
    func code(at day: Int) -> UInt32 {
        let offset = day &- start
        guard offset >= 0, offset < codes.count else { return DayTable.uncovered }
        return codes[offset]
    }

    /// Decodes an entry that is not `uncovered`.
    func kind(of code: UInt32, on date: CivilDate) -> DayKind {
        let nameIndex = Int(code >> 3)
        let name = nameIndex == 0 ? nil : names[nameIndex - 1]
        switch code & DayTable.kindMask {
        case DayTable.workday: return .workday
        case DayTable.makeupWorkday: return .makeupWorkday(holiday: name)
        case DayTable.weekend: return .weekend(date.weekday)
        default: return .holiday(name ?? "")
        }
    }

    /// Whether the weekday is a weekly rest day (used by the fallback).
    @inline(__always)
    func isWeekend(_ day: Weekday) -> Bool { weekendMask & (1 << UInt8(day.rawValue)) != 0 }
}
