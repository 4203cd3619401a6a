import SizhenCalendar
import SizhenModel

/// Who can work when, for sessions the engine schedules (a 会诊 panel, a 送法到家 visit):
/// the person's weekly availability, leave, and the days already booked.
///
/// A session books a person's day: one session per person per day. A person is available on a
/// day when the day is a workday (or a make-up workday) of the calendar, the person has a
/// weekly window on that weekday (no windows at all means every workday), and is not on leave.
public struct StaffCalendar: Sendable {
    /// What is needed to answer "is this person free that day" without copying a `Person`.
    struct Availability: Sendable {
        var weekdays: UInt8
        var leave: [(first: CivilDate, last: CivilDate)]
    }

    let people: [String: Person]
    let availability: [String: Availability]
    /// Days booked per person.
    public private(set) var booked: [String: Set<CivilDate>] = [:]

    /// Creates a staff calendar for `people`.
    public init(people: [Person]) {
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var availability: [String: Availability] = [:]
        for person in people where availability[person.id] == nil {
            var mask: UInt8 = person.availability.isEmpty ? 0x7F : 0
            for window in person.availability {
                for day in window.days { mask |= 1 << UInt8(day.rawValue) }
            }
            availability[person.id] = Availability(weekdays: mask, leave: person.leave.map { ($0.first, $0.last) })
        }
        self.availability = availability
    }

    /// Whether `personID` can take a session on `date` (ignoring the calendar's workdays).
    public func isFree(_ personID: String, on date: CivilDate) -> Bool {
        guard let entry = availability[personID] else { return false }
        guard entry.weekdays & (1 << UInt8(date.weekday.rawValue)) != 0 else { return false }
        if entry.leave.contains(where: { $0.first <= date && date <= $0.last }) { return false }
        return booked[personID]?.contains(date) != true
    }

    /// How many days a person is booked.
    public func bookings(of personID: String) -> Int { booked[personID]?.count ?? 0 }

    /// Books a day.
    public mutating func book(_ personID: String, on date: CivilDate) {
        booked[personID, default: []].insert(date)
    }

    /// The person.
    public func person(_ id: String) -> Person? { people[id] }
}
