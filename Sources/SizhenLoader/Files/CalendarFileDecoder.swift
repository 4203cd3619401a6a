import SizhenCalendar
import SizhenDiagnostics

/// Decodes a `kind: calendar` file into a `WorkdayCalendar`, checking what the State
/// Council's notices imply: days inside their year, no overlapping holidays, make-up
/// workdays on rest days, each named holiday known.
///
/// ```yaml
/// version: 1
/// kind: calendar
/// id: cn
/// name: 中国法定节假日
/// weekend: [SA, SU]
/// missing_years: error
/// years:
///   - year: 2026
///     status: official
///     source: 国办发明电〔2025〕7号
///     holidays:
///       - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
///     workdays:
///       - { date: 2026-09-20, for: 国庆节 }
/// ```
public struct CalendarFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "id", "name", "weekend", "missing_years", "draft", "years"]
    static let ruleKeys = ["name", "date", "lunar", "solar_term", "offset", "days"]
    static let yearKeys = ["year", "status", "source", "holidays", "workdays"]
    static let holidayKeys = ["name", "date", "from", "to"]
    static let workdayKeys = ["date", "for"]
    /// The longest run of days off accepted for one holiday (the longest ever published is 9).
    static let longestHoliday = 31

    /// Creates a decoder.
    public init() {}

    /// Decodes the root node of a calendar file; nil when there were errors (all reported).
    public func decode(_ root: YAMLNode, in context: inout DecodingContext) -> WorkdayCalendar? {
        guard let top = MappingReader(root, LoaderThing.calendarFile(), keys: Self.topKeys, in: &context) else { return nil }
        let errorsBefore = context.diagnostics.errorCount
        guard context.checkHeader(top, kind: "calendar") else { return nil }
        let id = top.required("id", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("id")) }
        let name = top.optional("name").flatMap { context.nonEmptyString($0, LoaderThing.key("name")) } ?? id ?? ""
        var weekend: Set<Weekday> = [.saturday, .sunday]
        if let node = top.optional("weekend"), let items = context.list(node, LoaderThing.key("weekend")) {
            weekend = []
            for item in items {
                guard let code = context.string(item, LoaderThing.aWeekendDay()) else { continue }
                if let day = Weekday(code: code) {
                    if !weekend.insert(day).inserted {
                        context.error(CalendarFileMessage.duplicateWeekendDay(["day": .text(day.code)]), at: item,
                                      hint: CalendarFileMessage.weekendHint())
                    }
                } else {
                    context.error(DecodingMessage.badWeekday(["code": QuotedText.clip(code)]).suggesting(code, in: Weekday.allCases.map(\.code)), at: item,
                                  hint: DecodingMessage.weekdayHint())
                }
            }
        }
        // A week without a workday: no workday to move a sitting to, no deadline in workdays
        // that ever ends. (An empty list is a week without a rest day, which is fine.)
        if weekend.count == Weekday.allCases.count, let node = top.optional("weekend") {
            context.error(CalendarFileMessage.noWorkdayInWeek(), at: node, hint: CalendarFileMessage.weekendHint())
        }
        let missing = top.optional("missing_years").flatMap { context.choice($0, LoaderThing.key("missing_years"), as: MissingYearPolicy.self) } ?? .error
        var years: [CalendarYear] = []
        var seenYears: [Int: YAMLNode] = [:]
        if let node = top.required("years", &context), let items = context.list(node, LoaderThing.key("years")) {
            if items.isEmpty { context.error(CalendarFileMessage.noYears(), at: node, hint: CalendarFileMessage.noYearsHint()) }
            for item in items {
                guard let year = decodeYear(item, weekend: weekend, in: &context) else { continue }
                if let first = seenYears[year.year] {
                    context.report(Diagnostic(.error, CalendarFileMessage.duplicateYear(["year": .int(year.year)]), at: item.location,
                                              notes: [Diagnostic(.note, CalendarFileMessage.firstListedHere(), at: first.location)]))
                    continue
                }
                seenYears[year.year] = item
                years.append(year)
            }
        }
        var rules: [HolidayRule] = []
        if let node = top.optional("draft"), let items = context.list(node, LoaderThing.key("draft")) {
            for item in items {
                guard let rule = decodeRule(item, in: &context) else { continue }
                if rules.contains(where: { $0.name == rule.name }) {
                    context.error(CalendarFileMessage.duplicateRule(["name": .text(rule.name)]), at: item)
                    continue
                }
                rules.append(rule)
            }
        }
        guard context.diagnostics.errorCount == errorsBefore, let id else { return nil }
        var calendar = WorkdayCalendar(id: id, name: name, weekend: weekend, missingYears: missing, years: years)
        calendar.draftRules = rules
        return calendar
    }

    private func decodeYear(_ node: YAMLNode, weekend: Set<Weekday>, in context: inout DecodingContext) -> CalendarYear? {
        guard let reader = MappingReader(node, LoaderThing.calendarYear(), keys: Self.yearKeys, in: &context) else { return nil }
        guard let yearNode = reader.required("year", &context),
              let year = context.int(yearNode, LoaderThing.key("year"), in: 1...9999) else { return nil }
        let status = reader.required("status", &context).flatMap { context.choice($0, LoaderThing.key("status"), as: CalendarStatus.self) }
        let source = reader.required("source", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("source")) }

        var holidays: [(span: HolidaySpan, node: YAMLNode)] = []
        if let node = reader.optional("holidays"), let items = context.list(node, LoaderThing.key("holidays")) {
            for item in items {
                guard let span = decodeHoliday(item, year: year, in: &context) else { continue }
                if let clash = holidays.first(where: { $0.span.first <= span.last && span.first <= $0.span.last }) {
                    context.report(Diagnostic(.error, CalendarFileMessage.overlappingHolidays(["name": .text(span.name), "other": .text(clash.span.name)]),
                                              at: item.location,
                                              notes: [Diagnostic(.note, CalendarFileMessage.otherHolidayHere(["name": .text(clash.span.name)]),
                                                                 at: clash.node.location)]))
                    continue
                }
                holidays.append((span, item))
            }
        }
        var workdays: [MakeupWorkday] = []
        if let node = reader.optional("workdays"), let items = context.list(node, LoaderThing.key("workdays")) {
            for item in items {
                guard let workday = decodeWorkday(item, year: year, holidays: holidays.map(\.span), weekend: weekend, in: &context) else { continue }
                if workdays.contains(where: { $0.date == workday.date }) {
                    context.error(CalendarFileMessage.duplicateWorkday(["date": .text(workday.date.description)]), at: item)
                    continue
                }
                workdays.append(workday)
            }
        }
        guard let status, let source else { return nil }
        let arrangement = CalendarYear(year: year, status: status, source: source, holidays: holidays.map(\.span), makeupWorkdays: workdays)
        // A year whose holidays and weekends leave no workday at all is surely a mistake, and
        // every workday search in it would run off its end. (A week of rest days is reported
        // once, for the weekend.)
        if weekend.count < Weekday.allCases.count, Self.workdays(in: arrangement, weekend: weekend) == 0 {
            context.error(CalendarFileMessage.noWorkdayInYear(["year": .int(year)]), at: yearNode, hint: CalendarFileMessage.noWorkdayInYearHint())
            return nil
        }
        return arrangement
    }

    /// How many workdays a year's arrangement leaves: the days neither weekend nor holiday,
    /// and the make-up workdays.
    static func workdays(in year: CalendarYear, weekend: Set<Weekday>) -> Int {
        var count = year.makeupWorkdays.count
        var date = CivilDate(uncheckedYear: year.year, month: 1, day: 1)
        for _ in 0..<CivilDate.daysIn(year: year.year) {
            if !weekend.contains(date.weekday), !year.holidays.contains(where: { $0.contains(date) }) { count += 1 }
            date = date.adding(days: 1)
        }
        return count
    }

    private func decodeHoliday(_ node: YAMLNode, year: Int, in context: inout DecodingContext) -> HolidaySpan? {
        guard let reader = MappingReader(node, LoaderThing.holiday(), keys: Self.holidayKeys, in: &context) else { return nil }
        let name = reader.required("name", &context).flatMap { context.nonEmptyString($0, LoaderThing.holidayName()) }
        let first: CivilDate?
        let last: CivilDate?
        let firstNode: YAMLNode
        switch (reader.optional("date"), reader.optional("from"), reader.optional("to")) {
        case (let date?, nil, nil):
            first = context.date(date, LoaderThing.key("date")); last = first; firstNode = date
        case (nil, let from?, let to?):
            first = context.date(from, LoaderThing.key("from")); last = context.date(to, LoaderThing.key("to")); firstNode = from
            if let first, let last, last < first {
                context.error(CalendarFileMessage.endsBeforeStart(["first": .text(first.description), "last": .text(last.description)]), at: to)
                return nil
            }
        case (nil, _?, nil), (nil, nil, _?):
            context.error(CalendarFileMessage.halfRange(), at: node, hint: CalendarFileMessage.holidayDatesHint())
            return nil
        case (nil, nil, nil):
            context.error(CalendarFileMessage.noHolidayDates(), at: node, hint: CalendarFileMessage.holidayDatesHint())
            return nil
        default:
            context.error(CalendarFileMessage.dateAndRange(), at: node, hint: CalendarFileMessage.holidayDatesHint())
            return nil
        }
        guard let name, let first, let last else { return nil }
        if first.year != year || last.year != year {
            let outside = first.year != year ? first : last
            context.error(CalendarFileMessage.outsideYear(["date": .text(outside.description), "year": .int(year)]), at: firstNode,
                          hint: CalendarFileMessage.outsideYearHint())
            return nil
        }
        if first.distance(to: last) + 1 > Self.longestHoliday {
            context.error(CalendarFileMessage.tooLong(["name": .text(name), "days": .int(first.distance(to: last) + 1)]), at: firstNode)
            return nil
        }
        return HolidaySpan(name: name, first: first, last: last)
    }

    /// A statutory holiday's rule: a name, one anchor (`date: 10-01`, `lunar: 08-15` or
    /// `solar_term: 清明`), an `offset` in days and a length in `days`.
    private func decodeRule(_ node: YAMLNode, in context: inout DecodingContext) -> HolidayRule? {
        guard let reader = MappingReader(node, LoaderThing.holidayRule(), keys: Self.ruleKeys, in: &context) else { return nil }
        let name = reader.required("name", &context).flatMap { context.nonEmptyString($0, LoaderThing.holidayName()) }
        let offset = reader.optional("offset").flatMap { context.int($0, LoaderThing.key("offset"), in: -31...31) } ?? 0
        let days = reader.optional("days").flatMap { context.int($0, LoaderThing.key("days"), in: 1...Self.longestHoliday) } ?? 1
        func monthDay(_ node: YAMLNode, lunar: Bool) -> (Int, Int)? {
            guard let text = context.string(node, LoaderThing.key(lunar ? "lunar" : "date")) else { return nil }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
               let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month), (1...(lunar ? 30 : 31)).contains(day) {
                return (month, day)
            }
            context.error(CalendarFileMessage.badMonthDay(["text": QuotedText.clip(text)]), at: node, hint: CalendarFileMessage.ruleHint())
            return nil
        }
        let anchor: HolidayRule.Anchor?
        switch (reader.optional("date"), reader.optional("lunar"), reader.optional("solar_term")) {
        case (let date?, nil, nil): anchor = monthDay(date, lunar: false).map { .date(month: $0.0, day: $0.1) }
        case (nil, let lunar?, nil): anchor = monthDay(lunar, lunar: true).map { .lunar(month: $0.0, day: $0.1) }
        case (nil, nil, let term?):
            let text = context.string(term, LoaderThing.key("solar_term"))
            anchor = text.flatMap { text in HolidayRule.SolarTerm(rawValue: text).map { .solarTerm($0) } }
            if let text, anchor == nil {
                context.error(CalendarFileMessage.unknownSolarTerm(["text": QuotedText.clip(text)]), at: term,
                              hint: CalendarFileMessage.solarTermsHint(["terms": .texts(HolidayRule.SolarTerm.allCases.map(\.rawValue))]))
            }
        default:
            context.error(CalendarFileMessage.oneAnchor(), at: node, hint: CalendarFileMessage.ruleHint())
            return nil
        }
        guard let name, let anchor else { return nil }
        return HolidayRule(name: name, anchor: anchor, offset: offset, days: days)
    }

    private func decodeWorkday(_ node: YAMLNode, year: Int, holidays: [HolidaySpan], weekend: Set<Weekday>,
                               in context: inout DecodingContext) -> MakeupWorkday? {
        guard let reader = MappingReader(node, LoaderThing.makeupWorkday(), keys: Self.workdayKeys, in: &context) else { return nil }
        guard let dateNode = reader.required("date", &context), let date = context.date(dateNode, LoaderThing.key("date")) else { return nil }
        if date.year != year {
            context.error(CalendarFileMessage.outsideYear(["date": .text(date.description), "year": .int(year)]), at: dateNode,
                          hint: CalendarFileMessage.outsideYearHint())
            return nil
        }
        if let holiday = holidays.first(where: { $0.contains(date) }) {
            context.error(CalendarFileMessage.workdayInsideHoliday(["date": .text(date.description), "name": .text(holiday.name)]), at: dateNode)
            return nil
        }
        if !weekend.contains(date.weekday) {
            context.warning(CalendarFileMessage.workdayNotOnWeekend(["date": .text(date.description), "weekday": .text(date.weekday.chineseName)]),
                            at: dateNode, hint: CalendarFileMessage.workdayNotOnWeekendHint())
        }
        var holidayName: String?
        if let forNode = reader.optional("for"), let name = context.nonEmptyString(forNode, LoaderThing.key("for")) {
            let names = holidays.map(\.name)
            if names.contains(name) {
                holidayName = name
            } else {
                context.error(CalendarFileMessage.unknownHoliday(["name": QuotedText.clip(name), "year": .int(year)]).suggesting(name, in: names),
                              at: forNode,
                              hint: names.isEmpty ? nil : CalendarFileMessage.holidaysOfYear(["year": .int(year), "names": .texts(names)]))
                return nil
            }
        }
        return MakeupWorkday(date: date, holidayName: holidayName)
    }
}

/// The words of the calendar file's own diagnostics.
public enum CalendarFileMessage: String, MessageCatalogue {
    case noYears = "calendar-file.no-years"
    case noYearsHint = "calendar-file.no-years.hint"
    case duplicateYear = "calendar-file.duplicate-year"
    case firstListedHere = "calendar-file.first-listed-here"
    case overlappingHolidays = "calendar-file.overlapping-holidays"
    case otherHolidayHere = "calendar-file.other-holiday-here"
    case duplicateWorkday = "calendar-file.duplicate-workday"
    case endsBeforeStart = "calendar-file.ends-before-start"
    case halfRange = "calendar-file.half-range"
    case noHolidayDates = "calendar-file.no-holiday-dates"
    case dateAndRange = "calendar-file.date-and-range"
    case holidayDatesHint = "calendar-file.holiday-dates.hint"
    case outsideYear = "calendar-file.outside-year"
    case outsideYearHint = "calendar-file.outside-year.hint"
    case tooLong = "calendar-file.too-long"
    case workdayInsideHoliday = "calendar-file.workday-inside-holiday"
    case workdayNotOnWeekend = "calendar-file.workday-not-on-weekend"
    case workdayNotOnWeekendHint = "calendar-file.workday-not-on-weekend.hint"
    case unknownHoliday = "calendar-file.unknown-holiday"
    case holidaysOfYear = "calendar-file.holidays-of-year"
    case duplicateWeekendDay = "calendar-file.duplicate-weekend-day"
    case noWorkdayInWeek = "calendar-file.no-workday-in-week"
    case weekendHint = "calendar-file.weekend.hint"
    case noWorkdayInYear = "calendar-file.no-workday-in-year"
    case noWorkdayInYearHint = "calendar-file.no-workday-in-year.hint"
    case duplicateRule = "calendar-file.duplicate-rule"
    case badMonthDay = "calendar-file.bad-month-day"
    case ruleHint = "calendar-file.rule.hint"
    case unknownSolarTerm = "calendar-file.unknown-solar-term"
    case solarTermsHint = "calendar-file.solar-terms.hint"
    case oneAnchor = "calendar-file.one-anchor"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .noYears:
            ("the calendar lists no years",
             "工作日历中没有列出任何年份")
        case .noYearsHint:
            ("add the current year's arrangement from the State Council's notice",
             "请按国务院办公厅的通知添加本年度的节假日安排")
        case .duplicateYear:
            ("year {year} is listed twice",
             "{year} 年列出了两次")
        case .firstListedHere:
            ("first listed here",
             "第一次列出在这里")
        case .overlappingHolidays:
            ("holiday '{name}' overlaps '{other}'",
             "节假日“{name}”与“{other}”重叠")
        case .otherHolidayHere:
            ("'{name}' is here",
             "“{name}”在这里")
        case .duplicateWorkday:
            ("make-up workday {date} is listed twice",
             "调休上班日 {date} 列出了两次")
        case .endsBeforeStart:
            ("the holiday ends ({last}) before it starts ({first})",
             "节假日的结束日（{last}）早于开始日（{first}）")
        case .halfRange:
            ("a holiday needs both `from` and `to`",
             "节假日需要同时写 `from` 和 `to`")
        case .noHolidayDates:
            ("a holiday needs its days off: `date` for one day, or `from` and `to`",
             "节假日需要写明放假日期：一天用 `date`，多天用 `from` 和 `to`")
        case .dateAndRange:
            ("a holiday has either `date` or `from`/`to`, not both",
             "节假日只能写 `date` 或 `from`/`to` 其中一种，不能都写")
        case .holidayDatesHint:
            ("e.g. `{{ name: 国庆节, from: 2026-10-01, to: 2026-10-07 }}` or `{{ name: 元旦, date: 2025-01-01 }}`",
             "例如 `{{ name: 国庆节, from: 2026-10-01, to: 2026-10-07 }}` 或 `{{ name: 元旦, date: 2025-01-01 }}`")
        case .outsideYear:
            ("{date} is not in {year}, the year it is listed under",
             "{date} 不在所列的 {year} 年内")
        case .outsideYearHint:
            ("list each day under its own year",
             "请把每一天列在它所在的年份下")
        case .tooLong:
            ("holiday '{name}' lasts {days} days; more than 31 is surely a typo",
             "节假日“{name}”长达 {days} 天；超过 31 天肯定是写错了")
        case .workdayInsideHoliday:
            ("make-up workday {date} falls inside the holiday '{name}'",
             "调休上班日 {date} 落在节假日“{name}”之内")
        case .workdayNotOnWeekend:
            ("make-up workday {date} is a {weekday}, already a workday",
             "调休上班日 {date} 是{weekday}，本来就是工作日")
        case .workdayNotOnWeekendHint:
            ("make-up workdays (调休上班) are weekend days worked; check the date against the notice",
             "调休上班日是需要上班的周末，请对照通知核对日期")
        case .unknownHoliday:
            ("'{name}' is not a holiday of {year}{?suggestion:; did you mean '{suggestion}'?}",
             "“{name}”不是 {year} 年的节假日{?suggestion:；是不是“{suggestion}”？}")
        case .holidaysOfYear:
            ("the holidays of {year} are: {names}",
             "{year} 年的节假日有：{names}")
        case .duplicateWeekendDay:
            ("{day} is listed twice in the weekend",
             "周末中 {day} 列出了两次")
        case .noWorkdayInWeek:
            ("every day of the week is a weekend day: the calendar has no workday",
             "一周七天都是周末：工作日历中没有工作日")
        case .weekendHint:
            ("`weekend` lists the weekly rest days, each once, e.g. [SA, SU] (the default); [] for none",
             "`weekend` 列出每周的休息日，每天一次，例如 [SA, SU]（默认值）；没有休息日时写 []")
        case .noWorkdayInYear:
            ("{year} has no workday: its holidays and weekends cover every day",
             "{year} 年没有工作日：节假日和周末占满了每一天")
        case .noWorkdayInYearHint:
            ("check the holidays' dates against the State Council's notice",
             "请对照国务院办公厅的通知核对节假日的日期")
        case .duplicateRule:
            ("the draft has two rules for {name}", "起草规则中“{name}”出现了两次")
        case .badMonthDay:
            ("'{text}' is not a month and day", "“{text}”不是有效的月日")
        case .ruleHint:
            ("give one of date: 10-01 (a day of the year), lunar: 08-15 (a day of the lunar calendar) or solar_term: 清明, then offset: and days: if needed",
             "请填写 date: 10-01（公历日期）、lunar: 08-15（农历日期）或 solar_term: 清明 三者之一，需要时再加 offset: 和 days:")
        case .unknownSolarTerm:
            ("'{text}' is not a solar term a draft can compute", "“{text}”不是可以推算的节气")
        case .solarTermsHint:
            ("write one of: {terms}", "请填写以下之一：{terms}")
        case .oneAnchor:
            ("a holiday's rule gives exactly one of date, lunar and solar_term", "节假日规则须且只须填写 date、lunar、solar_term 之一")
        }
    }
}
