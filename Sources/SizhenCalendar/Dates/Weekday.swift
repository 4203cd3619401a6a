/// A day of the week, named by its RFC 5545 two-letter code.
public enum Weekday: Int, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The RFC 5545 code: `MO`, `TU`, `WE`, `TH`, `FR`, `SA`, `SU`.
    public var code: String {
        switch self {
        case .monday: "MO"
        case .tuesday: "TU"
        case .wednesday: "WE"
        case .thursday: "TH"
        case .friday: "FR"
        case .saturday: "SA"
        case .sunday: "SU"
        }
    }

    /// The Chinese name administrators read: 周一 … 周日.
    public var chineseName: String {
        ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][rawValue]
    }

    /// Parses an RFC 5545 code (`MO` … `SU`), case-sensitive as the RFC writes them.
    public init?(code: some StringProtocol) {
        guard let day = Weekday.allCases.first(where: { $0.code == code }) else { return nil }
        self = day
    }

    /// Whether this is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public var description: String { code }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
