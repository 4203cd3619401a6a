import SizhenCalendar

/// A session (a home visit, 送法到家, or a panel, 会诊) one person is booked for or held, as
/// the real month's database has it: what `plan --person --db` adds to the person's sittings.
public struct PersonSession: Sendable, Hashable {
    /// The case it serves.
    public var caseID: String
    /// The step (`home_visit`) or `panel`: the session the engine booked.
    public var name: String
    /// The workflow of the case (nil if the case is missing): what names the session.
    public var workflowID: String?
    /// The site of the case, if the case is known.
    public var siteID: String?
    /// The day it is shown on: the day held when a sheet reported it, else the day booked.
    public var date: CivilDate
    /// The day the engine booked it for.
    public var bookedOn: CivilDate
    /// Whether a sheet reported it held.
    public var isHeld: Bool
    /// Who goes or sits (those the sheet named when held, else those booked), by id.
    public var people: [String]

    /// Creates a session.
    public init(caseID: String, name: String, workflowID: String?, siteID: String?, date: CivilDate, bookedOn: CivilDate, isHeld: Bool,
                people: [String]) {
        self.caseID = caseID
        self.name = name
        self.workflowID = workflowID
        self.siteID = siteID
        self.date = date
        self.bookedOn = bookedOn
        self.isHeld = isHeld
        self.people = people
    }

    /// How far before its month a session may have been booked and still be held in it: the
    /// run sheet's window for sessions awaited.
    public static let lookBackDays = 62

    /// The sessions of `person` shown in `month`: booked in the month and not held elsewhere,
    /// or held in the month whatever the day booked; by day, then case.
    public static func sessions(of person: String, in month: YearMonth, store: any StoreReading) throws -> [PersonSession] {
        var found: [PersonSession] = []
        for row in try store.sessions(from: month.firstDay.adding(days: -lookBackDays), through: month.lastDay) {
            let timer = row.timer
            let held = try store.facts(key: "\(timer.caseID)@\(timer.name)").last { $0.kind == .session }
            let report = held.flatMap { Fact.Session.read($0.payload) }
            let day = held?.on ?? timer.due
            let people = report.map { $0.people.isEmpty ? timer.people : $0.people } ?? timer.people
            guard month.days.contains(day), people.contains(person) else { continue }
            let engineCase = try store.engineCase(timer.caseID)
            found.append(PersonSession(caseID: timer.caseID, name: timer.name, workflowID: row.workflowID ?? engineCase?.workflowID,
                                       siteID: engineCase?.siteID, date: day, bookedOn: timer.due, isHeld: held != nil, people: people))
        }
        return found.sorted { ($0.date, $0.caseID, $0.name) < ($1.date, $1.caseID, $1.name) }
    }
}
