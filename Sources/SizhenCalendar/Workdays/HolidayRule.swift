import Foundation

/// How a statutory holiday falls in a year, as a calendar file's `draft:` declares it: on a
/// fixed day (元旦 on 01-01), a day of the Chinese lunisolar calendar (端午节 on 05-05), or a
/// solar term (清明节 on 清明); moved by `offset` days (春节 from 除夕, the day before 01-01)
/// and lasting `days` days. What `sizhen calendar draft` writes for a year before the State
/// Council's notice: the days off the law gives, and no make-up workday.
public struct HolidayRule: Sendable, Hashable {
    /// Where the holiday is anchored.
    public enum Anchor: Sendable, Hashable {
        /// A month and day of the Gregorian year.
        case date(month: Int, day: Int)
        /// A month and day of the lunisolar year that begins in the Gregorian year (never of
        /// a leap month).
        case lunar(month: Int, day: Int)
        /// A solar term.
        case solarTerm(SolarTerm)
    }

    /// The solar terms a rule may name.
    public enum SolarTerm: String, Sendable, Hashable, CaseIterable {
        /// 清明: the sun at 15° of ecliptic longitude, 4–6 April.
        case qingming = "清明"
    }

    /// The holiday's name (春节).
    public var name: String
    /// Where it is anchored.
    public var anchor: Anchor
    /// Days from the anchor to the first day off (-1: the eve).
    public var offset: Int
    /// How many days off.
    public var days: Int

    /// Creates a rule.
    public init(name: String, anchor: Anchor, offset: Int = 0, days: Int = 1) {
        self.name = name
        self.anchor = anchor
        self.offset = offset
        self.days = days
    }

    /// The years whose dates can be drafted: the lunisolar tables and the solar-term formula
    /// hold for the 21st century.
    public static let years = 2001...2099

    /// The holiday's days off in `year`; nil for a year outside `years`, or a lunar day the
    /// year does not have (a 30th in a month of 29 days).
    public func span(in year: Int) -> HolidaySpan? {
        guard Self.years.contains(year), days >= 1 else { return nil }
        let anchorDay: CivilDate?
        switch anchor {
        case .date(let month, let day): anchorDay = CivilDate(year: year, month: month, day: day)
        case .lunar(let month, let day): anchorDay = Self.lunar(month: month, day: day, inLunarYearStarting: year)
        case .solarTerm(.qingming): anchorDay = Self.qingming(year)
        }
        guard let first = anchorDay?.adding(days: offset) else { return nil }
        return HolidaySpan(name: name, first: first, last: first.adding(days: days - 1))
    }

    /// The day of 清明 in `year` (2001–2099), by the formula for the solar term's day in the
    /// 21st century: ⌊Y × 0.2422 + 4.81⌋ − ⌊Y ÷ 4⌋ April, Y the year's last two digits.
    static func qingming(_ year: Int) -> CivilDate? {
        let y = year % 100
        let day = Int((Double(y) * 0.2422 + 4.81).rounded(.down)) - y / 4
        return CivilDate(year: year, month: 4, day: day)
    }

    /// The Gregorian date of lunar `month`/`day` (not of a leap month) in the lunisolar year
    /// whose first day (正月初一) falls in Gregorian `year`; nil when that month has no such day.
    static func lunar(month: Int, day: Int, inLunarYearStarting year: Int) -> CivilDate? {
        var chinese = Calendar(identifier: .chinese)
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        chinese.timeZone = zone
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        // 正月初一 falls from 21 January to 20 February.
        guard var instant = gregorian.date(from: DateComponents(year: year, month: 1, day: 20, hour: 12)) else { return nil }
        var started = false
        for _ in 0..<420 {
            let parts = chinese.dateComponents([.month, .day, .isLeapMonth], from: instant)
            guard let current = parts.month, let currentDay = parts.day else { return nil }
            let isLeap = parts.isLeapMonth ?? false
            if !started {
                started = current == 1 && currentDay == 1 && !isLeap
            } else if current == 1 && currentDay == 1 && !isLeap {
                return nil  // the next year began: the month asked for has no such day
            }
            if started && !isLeap {
                if current == month && currentDay == day {
                    let found = gregorian.dateComponents([.year, .month, .day], from: instant)
                    guard let y = found.year, let m = found.month, let d = found.day else { return nil }
                    return CivilDate(year: y, month: m, day: d)
                }
                if current > month { return nil }
            }
            guard let next = gregorian.date(byAdding: .day, value: 1, to: instant) else { return nil }
            instant = next
        }
        return nil
    }
}
