/// Whether a year's arrangement is the one the State Council published or a guess made
/// before publication.
public enum CalendarStatus: String, Sendable, Hashable, CaseIterable {
    /// Published (e.g. 国办发明电〔2025〕7号 for 2026).
    case official
    /// Drafted before publication (`sizhen calendar draft`): the statutory days off, without
    /// make-up workdays; every date of the year is marked 暂定 until the notice replaces it.
    case provisional
    /// Entered by hand before publication; as provisional.
    case estimated

    /// Whether the year's dates may still change.
    public var isProvisional: Bool { self != .official }
}

/// What to do with a date in a year the calendar does not cover.
public enum MissingYearPolicy: String, Sendable, Hashable, CaseIterable {
    /// Refuse: an explicit error with a hint to add the year. The default.
    case error
    /// Treat the year as plain weeks (weekend days off, no holidays), warning at every use.
    case weekends
}

/// A public holiday as published: a name and a run of consecutive days off.
public struct HolidaySpan: Sendable, Hashable {
    /// The holiday's name as administrators know it: 国庆节.
    public var name: String
    /// The first day off.
    public var first: CivilDate
    /// The last day off (equal to `first` for a single day).
    public var last: CivilDate

    /// Creates a span; `last` must not be before `first` (the loader checks this).
    public init(name: String, first: CivilDate, last: CivilDate) {
        self.name = name
        self.first = first
        self.last = last
    }

    /// Whether `date` is one of the days off.
    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }
}

/// A weekend day that is a workday by the year's arrangement (调休上班).
public struct MakeupWorkday: Sendable, Hashable {
    /// The weekend date that is worked.
    public var date: CivilDate
    /// The holiday it makes up for, when the notice says so.
    public var holidayName: String?

    /// Creates a make-up workday.
    public init(date: CivilDate, holidayName: String? = nil) {
        self.date = date
        self.holidayName = holidayName
    }
}

/// One year's published arrangement.
public struct CalendarYear: Sendable, Hashable {
    /// The year, e.g. 2026.
    public var year: Int
    /// Official or estimated.
    public var status: CalendarStatus
    /// Where the arrangement comes from (国办发明电〔2025〕7号).
    public var source: String
    /// The holidays, each a run of days off.
    public var holidays: [HolidaySpan]
    /// The weekend days worked in exchange (调休).
    public var makeupWorkdays: [MakeupWorkday]

    /// Creates a year.
    public init(year: Int, status: CalendarStatus, source: String, holidays: [HolidaySpan], makeupWorkdays: [MakeupWorkday]) {
        self.year = year
        self.status = status
        self.source = source
        self.holidays = holidays
        self.makeupWorkdays = makeupWorkdays
    }
}

/// A workday calendar: weekly rest days, plus per year the holidays and make-up workdays.
///
/// The data is already validated (the loader reports overlaps and dates outside their year
/// with locations); this type answers questions about days.
public struct WorkdayCalendar: Sendable {
    /// The calendar's id (`cn`).
    public var id: String
    /// Its display name.
    public var name: String
    /// The weekly rest days (Saturday and Sunday in China).
    public var weekend: Set<Weekday> {
        didSet { table = DayTable(years: years, weekend: weekend) }
    }
    /// What happens for a year not listed.
    public var missingYears: MissingYearPolicy
    /// The covered years by number.
    public var years: [Int: CalendarYear] {
        didSet { table = DayTable(years: years, weekend: weekend) }
    }
    /// How the statutory holidays fall in a year, for drafting one before its notice
    /// (`draft:` in the file; empty when it has none).
    public var draftRules: [HolidayRule] = []
    /// The file the calendar was loaded from, named in hints ("add year 2027 to …"); when nil,
    /// hints name the conventional `Workflows/calendars/<id>.yaml`.
    public var sourceFile: String?

    /// Every covered day's kind, rebuilt whenever `years` or `weekend` changes.
    private(set) var table: DayTable

    /// Creates a calendar.
    public init(
        id: String,
        name: String,
        weekend: Set<Weekday> = [.saturday, .sunday],
        missingYears: MissingYearPolicy = .error,
        years: [CalendarYear]
    ) {
        self.id = id
        self.name = name
        self.weekend = weekend
        self.missingYears = missingYears
        let byYear = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last })
        self.years = byYear
        self.sourceFile = nil
        self.table = DayTable(years: byYear, weekend: weekend)
    }

    /// Whether `date` is in a year drafted or estimated before the State Council's notice: its
    /// holidays may still move, and every plan of it says so (暂定).
    public func isProvisional(_ date: CivilDate) -> Bool { years[date.year]?.status.isProvisional ?? false }

    /// The file named in hints: `sourceFile`, or the conventional place for the calendar.
    public var calendarFile: String { sourceFile ?? CalendarWording.defaultCalendarFile(id: id) }
}
