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
    static let topKeys = ["version", "kind", "id", "name", "weekend", "missing_years", "years"]
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
                    weekend.insert(day)
                } else {
                    context.error(CalendarMessages.unknownWeekday(code), at: item, hint: CalendarMessages.weekdayHint)
                }
            }
        }
        let missing = top.optional("missing_years").flatMap { context.choice($0, LoaderThing.key("missing_years"), as: MissingYearPolicy.self) } ?? .error
        var years: [CalendarYear] = []
        var seenYears: [Int: YAMLNode] = [:]
        if let node = top.required("years", &context), let items = context.list(node, LoaderThing.key("years")) {
            if items.isEmpty { context.error(CalendarMessages.noYears, at: node, hint: CalendarMessages.noYearsHint) }
            for item in items {
                guard let year = decodeYear(item, weekend: weekend, in: &context) else { continue }
                if let first = seenYears[year.year] {
                    context.report(Diagnostic(.error, CalendarMessages.duplicateYear(year.year), at: item.location,
                                              notes: [Diagnostic(.note, CalendarMessages.firstYearHere, at: first.location)]))
                    continue
                }
                seenYears[year.year] = item
                years.append(year)
            }
        }
        guard context.diagnostics.errorCount == errorsBefore, let id else { return nil }
        return WorkdayCalendar(id: id, name: name, weekend: weekend, missingYears: missing, years: years)
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
                    context.report(Diagnostic(.error, CalendarMessages.overlappingHolidays(span.name, clash.span.name), at: item.location,
                                              notes: [Diagnostic(.note, CalendarMessages.otherHolidayHere(clash.span.name), at: clash.node.location)]))
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
                    context.error(CalendarMessages.duplicateWorkday(workday.date), at: item)
                    continue
                }
                workdays.append(workday)
            }
        }
        guard let status, let source else { return nil }
        return CalendarYear(year: year, status: status, source: source, holidays: holidays.map(\.span), makeupWorkdays: workdays)
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
                context.error(CalendarMessages.endBeforeStart(first, last), at: to)
                return nil
            }
        case (nil, _?, nil), (nil, nil, _?):
            context.error(CalendarMessages.halfRange, at: node, hint: CalendarMessages.holidayDatesHint)
            return nil
        case (nil, nil, nil):
            context.error(CalendarMessages.noHolidayDates, at: node, hint: CalendarMessages.holidayDatesHint)
            return nil
        default:
            context.error(CalendarMessages.dateAndRange, at: node, hint: CalendarMessages.holidayDatesHint)
            return nil
        }
        guard let name, let first, let last else { return nil }
        if first.year != year || last.year != year {
            context.error(CalendarMessages.outsideYear(first.year != year ? first : last, year: year), at: firstNode,
                          hint: CalendarMessages.outsideYearHint)
            return nil
        }
        if first.distance(to: last) + 1 > Self.longestHoliday {
            context.error(CalendarMessages.tooLong(name, days: first.distance(to: last) + 1), at: firstNode)
            return nil
        }
        return HolidaySpan(name: name, first: first, last: last)
    }

    private func decodeWorkday(_ node: YAMLNode, year: Int, holidays: [HolidaySpan], weekend: Set<Weekday>,
                               in context: inout DecodingContext) -> MakeupWorkday? {
        guard let reader = MappingReader(node, LoaderThing.makeupWorkday(), keys: Self.workdayKeys, in: &context) else { return nil }
        guard let dateNode = reader.required("date", &context), let date = context.date(dateNode, LoaderThing.key("date")) else { return nil }
        if date.year != year {
            context.error(CalendarMessages.outsideYear(date, year: year), at: dateNode, hint: CalendarMessages.outsideYearHint)
            return nil
        }
        if let holiday = holidays.first(where: { $0.contains(date) }) {
            context.error(CalendarMessages.workdayInsideHoliday(date, holiday.name), at: dateNode)
            return nil
        }
        if !weekend.contains(date.weekday) {
            context.warning(CalendarMessages.workdayNotOnWeekend(date), at: dateNode, hint: CalendarMessages.workdayNotOnWeekendHint)
        }
        var holidayName: String?
        if let forNode = reader.optional("for"), let name = context.nonEmptyString(forNode, LoaderThing.key("for")) {
            let names = holidays.map(\.name)
            if names.contains(name) {
                holidayName = name
            } else {
                context.error(CalendarMessages.unknownHoliday(name, year: year) + Suggestions.didYouMean(name, in: names), at: forNode,
                              hint: names.isEmpty ? nil : "the holidays of \(year) are: " + names.joined(separator: ", "))
                return nil
            }
        }
        return MakeupWorkday(date: date, holidayName: holidayName)
    }
}

/// The wording of the calendar file's diagnostics.
enum CalendarMessages {
    static func unknownWeekday(_ code: String) -> String { "'\(code)' is not a weekday" + Suggestions.didYouMean(code, in: Weekday.allCases.map(\.code)) }
    static let weekdayHint = "weekdays are written MO, TU, WE, TH, FR, SA, SU"
    static let noYears = "the calendar lists no years"
    static let noYearsHint = "add the current year's arrangement from the State Council's notice"
    static func duplicateYear(_ year: Int) -> String { "year \(year) is listed twice" }
    static let firstYearHere = "first listed here"
    static func overlappingHolidays(_ a: String, _ b: String) -> String { "holiday '\(a)' overlaps '\(b)'" }
    static func otherHolidayHere(_ name: String) -> String { "'\(name)' is here" }
    static func duplicateWorkday(_ date: CivilDate) -> String { "make-up workday \(date) is listed twice" }
    static func endBeforeStart(_ first: CivilDate, _ last: CivilDate) -> String { "the holiday ends (\(last)) before it starts (\(first))" }
    static let halfRange = "a holiday needs both `from` and `to`"
    static let noHolidayDates = "a holiday needs its days off: `date` for one day, or `from` and `to`"
    static let dateAndRange = "a holiday has either `date` or `from`/`to`, not both"
    static let holidayDatesHint = "e.g. `{ name: 国庆节, from: 2026-10-01, to: 2026-10-07 }` or `{ name: 元旦, date: 2025-01-01 }`"
    static func outsideYear(_ date: CivilDate, year: Int) -> String { "\(date) is not in \(year), the year it is listed under" }
    static let outsideYearHint = "list each day under its own year"
    static func tooLong(_ name: String, days: Int) -> String { "holiday '\(name)' lasts \(days) days; more than 31 is surely a typo" }
    static func workdayInsideHoliday(_ date: CivilDate, _ name: String) -> String { "make-up workday \(date) falls inside the holiday '\(name)'" }
    static func workdayNotOnWeekend(_ date: CivilDate) -> String { "make-up workday \(date) is a \(date.weekday.chineseName), already a workday" }
    static let workdayNotOnWeekendHint = "make-up workdays (调休上班) are weekend days worked; check the date against the notice"
    static func unknownHoliday(_ name: String, year: Int) -> String { "'\(name)' is not a holiday of \(year)" }
}
