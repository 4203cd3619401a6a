import SizhenCalendar
import SizhenModel
import SizhenRecords

/// Who can work when, for sessions the engine schedules (a 会诊 panel, a 送法到家 visit):
/// the person's weekly availability, leave, and the days already booked.
///
/// A session books a person's day: one session per person per day. A person is available on a
/// day when the day is a workday (or a make-up workday) of the calendar, the person has a
/// weekly window on that weekday (no windows at all means every workday), and is not on leave.
///
/// People are also numbered (`index(of:)`), so that a search over many candidates looks each
/// one up in arrays rather than hashing its id several times.
public struct StaffCalendar: Sendable {
    let people: [String: Person]
    /// Each person's number, and the ids by number.
    let indexOf: [String: Int]
    let ids: [String]
    /// By number: the weekdays available (bit = `Weekday.rawValue`), leave, days booked.
    let weekdays: [UInt8]
    let leave: [[(first: CivilDate, last: CivilDate)]]
    private var booked: [Set<CivilDate>]

    /// Creates a staff calendar for `people`.
    public init(people: [Person]) {
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var indexOf: [String: Int] = [:]
        var ids: [String] = []
        var weekdays: [UInt8] = []
        var leave: [[(first: CivilDate, last: CivilDate)]] = []
        for person in people where indexOf[person.id] == nil {
            var mask: UInt8 = person.availability.isEmpty ? 0x7F : 0
            for window in person.availability {
                for day in window.days { mask |= 1 << UInt8(day.rawValue) }
            }
            indexOf[person.id] = ids.count
            ids.append(person.id)
            weekdays.append(mask)
            leave.append(person.leave.map { ($0.first, $0.last) })
        }
        self.indexOf = indexOf
        self.ids = ids
        self.weekdays = weekdays
        self.leave = leave
        self.booked = Array(repeating: [], count: ids.count)
    }

    /// The person's number, if the calendar knows them.
    public func index(of personID: String) -> Int? { indexOf[personID] }

    /// The id of a person's number.
    public func id(at index: Int) -> String { ids[index] }

    /// Whether `personID` can take a session on `date` (ignoring the calendar's workdays).
    public func isFree(_ personID: String, on date: CivilDate) -> Bool {
        guard let index = indexOf[personID] else { return false }
        return isFree(at: index, on: date)
    }

    /// Whether the person numbered `index` can take a session on `date`.
    public func isFree(at index: Int, on date: CivilDate) -> Bool {
        guard weekdays[index] & (1 << UInt8(date.weekday.rawValue)) != 0 else { return false }
        if leave[index].contains(where: { $0.first <= date && date <= $0.last }) { return false }
        return !booked[index].contains(date)
    }

    /// How many days a person is booked.
    public func bookings(of personID: String) -> Int { indexOf[personID].map { booked[$0].count } ?? 0 }

    /// How many days the person numbered `index` is booked.
    public func bookings(at index: Int) -> Int { booked[index].count }

    /// Books a day (for a person the calendar knows).
    public mutating func book(_ personID: String, on date: CivilDate) {
        guard let index = indexOf[personID] else { return }
        booked[index].insert(date)
    }

    /// The person.
    public func person(_ id: String) -> Person? { people[id] }
}
