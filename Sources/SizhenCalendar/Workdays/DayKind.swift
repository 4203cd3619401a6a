/// What kind of day a date is in a workday calendar.
public enum DayKind: Sendable, Hashable, CustomStringConvertible {
    /// An ordinary working day (a weekday that is not a holiday).
    case workday
    /// A weekend day worked by the year's arrangement (调休上班), with the holiday it makes up
    /// for when the notice names one.
    case makeupWorkday(holiday: String?)
    /// A weekly rest day (周六, 周日 in China) that is not part of a holiday.
    case weekend(Weekday)
    /// A day off of a published holiday, whatever day of the week it falls on.
    case holiday(String)

    /// Whether people work on this day: ordinary and make-up workdays.
    public var isWorkday: Bool {
        switch self {
        case .workday, .makeupWorkday: true
        case .weekend, .holiday: false
        }
    }

    /// How a rest day is named in reasons: the holiday's name (国庆节) or the weekday's
    /// Chinese name (周六); nil for a workday.
    public var restDayLabel: String? {
        switch self {
        case .workday, .makeupWorkday: nil
        case .weekend(let day): day.chineseName
        case .holiday(let name): name
        }
    }

    /// A short English label: `workday`, `make-up workday (春节)`, `weekend (周六)`, `holiday (国庆节)`.
    public var description: String {
        switch self {
        case .workday: "workday"
        case .makeupWorkday(let name?): "make-up workday (\(name))"
        case .makeupWorkday(nil): "make-up workday"
        case .weekend(let day): "weekend (\(day.chineseName))"
        case .holiday(let name): "holiday (\(name))"
        }
    }
}
