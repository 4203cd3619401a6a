import SizhenDiagnostics

/// The words of what a workday calendar reports: a year it does not cover, a search that found
/// no workday, a year read as plain weeks, and the names of the months. `CalendarWording` builds
/// the messages with their arguments.
///
/// Arguments: `calendar` the calendar's id, `year` a year, `file` the file to edit, dates as
/// `YYYY-MM-DD`, `days` and `count` numbers.
public enum CalendarMessage: String, MessageCatalogue {
    case yearNotCovered = "calendar.year-not-covered"
    case addYearOrFallBack = "calendar.add-year-or-fall-back"
    case noWorkdayAfter = "calendar.no-workday-after"
    case noWorkdayBefore = "calendar.no-workday-before"
    case noWorkdayHint = "calendar.no-workday-hint"
    case fallbackUsed = "calendar.fallback-used"
    case addYear = "calendar.add-year"
    case january = "calendar.january"
    case february = "calendar.february"
    case march = "calendar.march"
    case april = "calendar.april"
    case may = "calendar.may"
    case june = "calendar.june"
    case july = "calendar.july"
    case august = "calendar.august"
    case september = "calendar.september"
    case october = "calendar.october"
    case november = "calendar.november"
    case december = "calendar.december"

    /// The English and Chinese templates.
    public var templates: (english: String, chinese: String) {
        switch self {
        case .yearNotCovered: ("year {year} is not covered by calendar '{calendar}'", "工作日历“{calendar}”未包含 {year} 年")
        case .addYearOrFallBack:
            ("add year {year} to calendar '{calendar}' ({file}) when the State Council publishes it, or set `missing_years: weekends`",
             "国务院公布 {year} 年节假日安排后，请把该年加入工作日历“{calendar}”（{file}），或设置 `missing_years: weekends`")
        case .noWorkdayAfter:
            ("calendar '{calendar}' has no workday within {days} days after {date}", "工作日历“{calendar}”在 {date} 之后 {days} 天内没有工作日")
        case .noWorkdayBefore:
            ("calendar '{calendar}' has no workday within {days} days before {date}", "工作日历“{calendar}”在 {date} 之前 {days} 天内没有工作日")
        case .noWorkdayHint:
            ("check the calendar's weekend and holidays: every day searched was a rest day",
             "请检查工作日历的周末和节假日设置：查找范围内的每一天都是休息日")
        case .fallbackUsed:
            ("year {year} is not covered by calendar '{calendar}'; {count} {count|date|dates} ({first}{?last: … {last}}) treated as plain weeks (weekend off, no holidays, no make-up workdays)",
             "工作日历“{calendar}”未包含 {year} 年；{count} 个日期（{first}{?last: 至 {last}}）按普通周处理（周末休息，没有节假日，也没有调休上班日）")
        case .addYear:
            ("add year {year} to calendar '{calendar}' ({file}) when the State Council publishes it",
             "国务院公布 {year} 年节假日安排后，请把该年加入工作日历“{calendar}”（{file}）")
        case .january: ("January", "1月")
        case .february: ("February", "2月")
        case .march: ("March", "3月")
        case .april: ("April", "4月")
        case .may: ("May", "5月")
        case .june: ("June", "6月")
        case .july: ("July", "7月")
        case .august: ("August", "8月")
        case .september: ("September", "9月")
        case .october: ("October", "10月")
        case .november: ("November", "11月")
        case .december: ("December", "12月")
        }
    }

    /// The name of month `number` (1 = January); nil outside 1 to 12.
    static func month(_ number: Int) -> Message? {
        let months: [CalendarMessage] = [.january, .february, .march, .april, .may, .june, .july, .august, .september,
                                         .october, .november, .december]
        return months.indices.contains(number - 1) ? months[number - 1]() : nil
    }
}
