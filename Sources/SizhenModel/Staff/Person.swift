import SizhenCalendar
import SizhenDiagnostics

/// A member of staff: lawyer, legal worker, community worker, panel member.
public struct Person: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The name.
    public var name: String
    /// Role ids.
    public var roles: [Reference]
    /// Law firm, university, court …
    public var organisation: String?
    /// The street or town the person works from.
    public var street: Reference?
    /// Communities this person is paired with (结对).
    public var paired: [Reference]
    /// Free labels.
    public var skills: [String]
    /// Weekly availability; empty means every workday 09:00-17:00.
    public var availability: [AvailabilityWindow]
    /// Days not available.
    public var leave: [Leave]
    /// The most assignments.
    public var limits: Limits
    /// Where the person is defined.
    public var location: SourceLocation

    /// Creates a person.
    public init(id: String, name: String, roles: [Reference], organisation: String?, street: Reference?, paired: [Reference],
                skills: [String], availability: [AvailabilityWindow], leave: [Leave], limits: Limits, location: SourceLocation) {
        self.id = id
        self.name = name
        self.roles = roles
        self.organisation = organisation
        self.street = street
        self.paired = paired
        self.skills = skills
        self.availability = availability
        self.leave = leave
        self.limits = limits
        self.location = location
    }

    /// Whether the person holds `role`.
    public func holds(_ role: String) -> Bool { roles.contains { $0.id == role } }
}

/// Days of the week and a time window when a person can work.
public struct AvailabilityWindow: Sendable, Hashable {
    /// The days.
    public var days: Set<Weekday>
    /// The hours.
    public var time: TimeWindow

    /// Creates a window.
    public init(days: Set<Weekday>, time: TimeWindow) {
        self.days = days
        self.time = time
    }
}

/// A run of days a person is away.
public struct Leave: Sendable, Hashable {
    /// The first day away.
    public var first: CivilDate
    /// The last day away.
    public var last: CivilDate
    /// Why (年假, 病假 …).
    public var reason: String?

    /// Creates a leave.
    public init(first: CivilDate, last: CivilDate, reason: String?) {
        self.first = first
        self.last = last
        self.reason = reason
    }

    /// Whether `date` is a day away.
    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }
}

/// The most assignments a person takes.
public struct Limits: Sendable, Hashable {
    /// Per calendar month.
    public var perMonth: Int?
    /// Per week (Monday to Sunday).
    public var perWeek: Int?
    /// Per day.
    public var perDay: Int?

    /// Creates limits; nil means no limit.
    public init(perMonth: Int? = nil, perWeek: Int? = nil, perDay: Int? = nil) {
        self.perMonth = perMonth
        self.perWeek = perWeek
        self.perDay = perDay
    }
}
