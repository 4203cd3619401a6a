import SizhenCalendar
import SizhenModel

/// Who can work when, for sessions the engine schedules (a 会诊 panel, a 送法到家 visit):
/// the person's weekly availability, leave, and the days already booked.
///
/// A session books a person's day: one session per person per day. A person is available on a
/// day when the day is a workday (or a make-up workday) of the calendar, the person has a
/// weekly window on that weekday (no windows at all means every workday), and is not on leave.
public struct StaffCalendar: Sendable {
    let people: [String: Person]
    /// Days booked per person.
    public private(set) var booked: [String: Set<CivilDate>] = [:]

    /// Creates a staff calendar for `people`.
    public init(people: [Person]) {
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether `personID` can take a session on `date` (ignoring the calendar's workdays).
    public func isFree(_ personID: String, on date: CivilDate) -> Bool {
        guard let person = people[personID] else { return false }
        if booked[personID]?.contains(date) == true { return false }
        if person.leave.contains(where: { $0.contains(date) }) { return false }
        if person.availability.isEmpty { return true }
        return person.availability.contains { $0.days.contains(date.weekday) }
    }

    /// Books a day.
    public mutating func book(_ personID: String, on date: CivilDate) {
        booked[personID, default: []].insert(date)
    }

    /// The person.
    public func person(_ id: String) -> Person? { people[id] }
}
