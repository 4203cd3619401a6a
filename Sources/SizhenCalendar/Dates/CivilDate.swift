/// A day in the proleptic Gregorian calendar, with no time and no zone: "2026-12-09".
///
/// Stored as days since 1970-01-01 so that comparisons, differences and stepping are
/// integer operations; the conversions use Howard Hinnant's civil-from-days algorithms,
/// valid for every year from 1 to 9999 this project accepts.
public struct CivilDate: Hashable, Sendable, Comparable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int

    /// The earliest date accepted from users.
    public static let minimum = CivilDate(uncheckedYear: 1, month: 1, day: 1)
    /// The latest date accepted from users.
    public static let maximum = CivilDate(uncheckedYear: 9999, month: 12, day: 31)

    /// Creates the date `days` after 1970-01-01.
    public init(daysSinceEpoch days: Int) { self.daysSinceEpoch = days }

    /// Creates a date from its parts, or nil when the date does not exist (2026-02-30) or
    /// lies outside years 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Creates a date from parts already known to be valid.
    @inline(__always)
    public init(uncheckedYear year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        daysSinceEpoch = era * 146_097 + doe - 719_468
    }

    /// Year, month (1...12) and day (1...31).
    @inline(__always)
    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The year.
    public var year: Int { components.year }
    /// The month, 1...12.
    public var month: Int { components.month }
    /// The day of the month, 1...31.
    public var day: Int { components.day }

    /// The day of the week.
    @inline(__always)
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (index 3 with Monday = 0).
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }

    /// The day of the year, counted from 1.
    public var dayOfYear: Int {
        daysSinceEpoch - CivilDate(uncheckedYear: year, month: 1, day: 1).daysSinceEpoch + 1
    }

    /// The date `n` days later (earlier when negative).
    @inline(__always)
    public func adding(days n: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + n) }

    /// Whether `year` is a Gregorian leap year.
    @inline(__always)
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    @inline(__always)
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The number of days in `year`.
    public static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }

    /// ISO 8601 `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        guard (0...9999).contains(y) else { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }
        // Written digit by digit: dates are formatted for every row the engine stores.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            let zero = UInt8(ascii: "0")
            buffer[0] = zero + UInt8(y / 1000)
            buffer[1] = zero + UInt8(y / 100 % 10)
            buffer[2] = zero + UInt8(y / 10 % 10)
            buffer[3] = zero + UInt8(y % 10)
            buffer[4] = UInt8(ascii: "-")
            buffer[5] = zero + UInt8(m / 10)
            buffer[6] = zero + UInt8(m % 10)
            buffer[7] = UInt8(ascii: "-")
            buffer[8] = zero + UInt8(d / 10)
            buffer[9] = zero + UInt8(d % 10)
            return 10
        }
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, a real date in years 1...9999).
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    public func distance(to other: CivilDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public func advanced(by n: Int) -> CivilDate { adding(days: n) }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension CivilDate: Codable {
    /// Reads `2026-12-09`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date (YYYY-MM-DD): \(text)")
        }
        self = date
    }

    /// Writes `2026-12-09`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
