import SizhenDiagnostics

/// The district: its settings, the vocabulary its files share, and its places.
public struct District: Sendable {
    /// The district's id, the same in every district file.
    public var id: String
    /// Its name (XX区).
    public var name: String
    /// The IANA time zone of every time in the files.
    public var timeZone: String
    /// The workday calendar it uses.
    public var calendar: Reference?
    /// The roles people hold.
    public var roles: [Role]
    /// The kinds of service record the statistics count.
    public var recordTypes: [RecordType]
    /// Streets and towns, in file order.
    public var streets: [Street] { didSet { communities = streets.flatMap(\.communities) } }
    /// What the monthly report reads: subsidy roles, dispute screening.
    public var reports: ReportSettings?
    /// Minutes a person needs between sites in different streets on the same day
    /// (`travel_buffer:`), for every plan.
    public var travelBufferMinutes: Int
    /// Where the settings were written.
    public var location: SourceLocation

    /// Creates a district.
    public init(id: String, name: String, timeZone: String, calendar: Reference?, roles: [Role], recordTypes: [RecordType],
                streets: [Street], reports: ReportSettings? = nil, travelBufferMinutes: Int = District.defaultTravelBuffer,
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.timeZone = timeZone
        self.calendar = calendar
        self.roles = roles
        self.recordTypes = recordTypes
        self.streets = streets
        self.reports = reports
        self.travelBufferMinutes = travelBufferMinutes
        self.location = location
        communities = streets.flatMap(\.communities)
    }

    /// The travel buffer when the district file gives none (docs/workflow-language.md).
    public static let defaultTravelBuffer = 30

    /// Every community, street by street: kept with the streets, since many lookups read it.
    public private(set) var communities: [Community] = []
}

/// A role people hold and slots ask for.
public struct Role: Sendable, Hashable {
    /// `lawyer`.
    public var id: String
    /// 律师.
    public var name: String
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a role.
    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}

/// A kind of service record (法律咨询, 人民调解 …).
public struct RecordType: Sendable, Hashable {
    /// The id, often the Chinese name itself.
    public var id: String
    /// A display name (defaults to the id).
    public var name: String
    /// What it counts.
    public var description: String?
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a record type.
    public init(id: String, name: String, description: String?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.location = location
    }
}

/// A street (街道) or town (镇).
public struct Street: Sendable, Hashable {
    /// 街道 or 镇.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case street, town
    }

    /// The id.
    public var id: String
    /// The name.
    public var name: String
    /// Street or town.
    public var kind: Kind
    /// The justice office's political-legal posts.
    public var justiceOfficePosts: Int
    /// Its communities and villages.
    public var communities: [Community]
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a street.
    public init(id: String, name: String, kind: Kind, justiceOfficePosts: Int, communities: [Community], location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.justiceOfficePosts = justiceOfficePosts
        self.communities = communities
        self.location = location
    }
}

/// A community (社区) or village (村).
public struct Community: Sendable, Hashable {
    /// 社区 or 村.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case community, village
    }

    /// The id.
    public var id: String
    /// The name.
    public var name: String
    /// Community or village.
    public var kind: Kind
    /// The street or town it belongs to.
    public var streetID: String
    /// Households, which scale simulated demand.
    public var households: Int
    /// Labels workflows select sites by (`clinic`).
    public var tags: [String]
    /// Where the clinic is.
    public var address: String?
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a community.
    public init(id: String, name: String, kind: Kind, streetID: String, households: Int, tags: [String], address: String?,
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.streetID = streetID
        self.households = households
        self.tags = tags
        self.address = address
        self.location = location
    }
}
