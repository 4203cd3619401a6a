import SizhenCalendar
import SizhenModel
import SizhenRecords

/// Who can work when, for the sessions the engine schedules (a 会诊 panel, a 送法到家 visit)
/// and the replacements it finds: the person's weekly availability and leave
/// (`Person.works(on:isWorkday:hours:)`), the days already booked for a session, and the days
/// they sit at an occurrence of the month's plan. One session per person per day, and never on
/// a day the person sits.
///
/// People are numbered as the `StaffDirectory` numbers them (id order), so that a search over
/// many candidates looks each one up in arrays rather than hashing its id several times.
public struct StaffCalendar: Sendable {
    /// The people.
    public let directory: StaffDirectory
    /// By number: the weekdays available (bit = `Weekday.rawValue`), leave, days booked for
    /// sessions, days sitting.
    let weekdays: [UInt8]
    let leave: [[(first: CivilDate, last: CivilDate)]]
    private var booked: [Set<CivilDate>]
    private var sitting: [Set<CivilDate>]

    /// Creates a staff calendar of the directory's people.
    public init(directory: StaffDirectory) {
        self.directory = directory
        weekdays = directory.people.map { person in
            // Day by day, the rule `Person.works(on:isWorkday:hours:)` gives without hours.
            var mask: UInt8 = person.availability.isEmpty ? 0x7F : 0
            for window in person.availability {
                for day in window.days { mask |= 1 << UInt8(day.rawValue) }
            }
            return mask
        }
        leave = directory.people.map { $0.leave.map { ($0.first, $0.last) } }
        booked = Array(repeating: [], count: directory.people.count)
        sitting = Array(repeating: [], count: directory.people.count)
    }

    /// The person's number, if the calendar knows them.
    public func index(of personID: String) -> Int? { directory.number[personID] }

    /// The id of a person's number.
    public func id(at index: Int) -> String { directory.people[index].id }

    /// Whether `personID` can take a session on `date` (the caller checks the date is a workday).
    public func isFree(_ personID: String, on date: CivilDate) -> Bool {
        guard let index = index(of: personID) else { return false }
        return isFree(at: index, on: date)
    }

    /// Whether the person numbered `index` can take a session on `date`.
    public func isFree(at index: Int, on date: CivilDate) -> Bool {
        guard weekdays[index] & (1 << UInt8(date.weekday.rawValue)) != 0 else { return false }
        if leave[index].contains(where: { $0.first <= date && date <= $0.last }) { return false }
        return !booked[index].contains(date) && !sitting[index].contains(date)
    }

    /// Whether the person numbered `index` can work on `date` at all (availability and leave),
    /// whatever else they are booked for.
    public func isAvailable(at index: Int, on date: CivilDate) -> Bool {
        guard weekdays[index] & (1 << UInt8(date.weekday.rawValue)) != 0 else { return false }
        return !leave[index].contains { $0.first <= date && date <= $0.last }
    }

    /// How many days a person is booked for sessions.
    public func bookings(of personID: String) -> Int { index(of: personID).map { booked[$0].count } ?? 0 }

    /// How many days the person numbered `index` is booked for sessions.
    public func bookings(at index: Int) -> Int { booked[index].count }

    /// Books a day for a session (for a person the calendar knows).
    public mutating func book(_ personID: String, on date: CivilDate) {
        guard let index = index(of: personID) else { return }
        booked[index].insert(date)
    }

    /// Forgets the session days before `day`: the load a person carries is counted over the
    /// days from then on, so that an engine resumed from a checkpoint counts as one that ran
    /// all along.
    public mutating func forget(before day: CivilDate) {
        for index in booked.indices where booked[index].contains(where: { $0 < day }) {
            booked[index] = booked[index].filter { $0 >= day }
        }
    }

    /// The session days each person is booked for, by id, sorted: what a checkpoint keeps.
    public var bookedDays: [String: [CivilDate]] {
        var days: [String: [CivilDate]] = [:]
        for (index, dates) in booked.enumerated() where !dates.isEmpty { days[directory.people[index].id] = dates.sorted() }
        return days
    }

    /// Notes a day the person sits at an occurrence of the plan.
    public mutating func sit(_ personID: String, on date: CivilDate) {
        guard let index = index(of: personID) else { return }
        sitting[index].insert(date)
    }

    /// Forgets a day the person was to sit (they were replaced).
    public mutating func stand(_ personID: String, on date: CivilDate) {
        guard let index = index(of: personID) else { return }
        sitting[index].remove(date)
    }

    /// The days each person is booked for a session, by id: what a month's planner must keep
    /// them free of.
    public var sessionDays: [String: Set<CivilDate>] {
        var days: [String: Set<CivilDate>] = [:]
        for (index, dates) in booked.enumerated() where !dates.isEmpty { days[directory.people[index].id] = dates }
        return days
    }

    /// The person.
    public func person(_ id: String) -> Person? { index(of: id).map { directory.people[$0] } }
}
