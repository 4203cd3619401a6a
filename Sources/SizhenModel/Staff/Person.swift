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
    /// The number the roster prints (`phone:`), checked when the file is read.
    public var phone: PhoneNumber?
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

/// A mainland Chinese phone number as the roster prints it: a mobile number (11 digits starting
/// with 1: 13823000001) or a landline with its area code (023-62980001, an extension after a
/// second hyphen: 023-62980001-8012). Spaces and hyphens between digit groups are accepted and
/// normalised, so `138 2300 0001` and `138-2300-0001` read as 13823000001.
public struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number as printed.
    public let description: String

    /// A number, or nil when `text` is neither a mobile nor a landline number.
    public init?(_ text: String) {
        guard text.utf8.count <= 40 else { return nil }
        let groups = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard !groups.isEmpty, groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let digits = groups.joined()
        if digits.count == 11, digits.first == "1", !text.hasPrefix("0") {
            description = digits
            return
        }
        // A landline: 0 + a 2- or 3-digit area code, 7 or 8 digits, an optional extension (a
        // third group). The area code must be its own group unless the whole is 11 or 12 digits.
        guard digits.first == "0" else { return nil }
        if groups.count >= 2 {
            let area = groups[0], local = groups[1]
            guard (3...4).contains(area.count), (7...8).contains(local.count), groups.count <= 3 else { return nil }
            if groups.count == 3 {
                guard (1...6).contains(groups[2].count) else { return nil }
                description = "\(area)-\(local)-\(groups[2])"
            } else {
                description = "\(area)-\(local)"
            }
            return
        }
        return nil
    }
}
