import SizhenDiagnostics

/// What a simulated month assumes the clinics would record.
public struct Scenario: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The default seed.
    public var seed: UInt64
    /// Poisson mean of visitors at a sitting: base plus so many per 1,000 households.
    public var visitorsBase: Double
    /// See `visitorsBase`.
    public var visitorsPer1000Households: Double
    /// Case kinds and their shares.
    public var caseKinds: [Share]
    /// Categories and their shares.
    public var categories: [Share]
    /// Complexities and their shares.
    public var complexity: [Share]
    /// Mean parties to a dispute.
    public var partiesMean: Double
    /// Share of major cases.
    public var majorShare: Double
    /// Mediation success by complexity.
    public var mediationSuccess: [Share]
    /// Needs found per household visited.
    public var needsPerHouseholdVisit: Double
    /// Share of needs from housebound residents.
    public var houseboundShare: Double
    /// Households a round visits.
    public var householdsVisitedPerRound: Int
    /// Mean attendance at an event.
    public var eventAttendanceMean: Double
    /// Sick days per person per month.
    public var sickDaysPerPersonMonth: Double
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a scenario.
    public init(id: String, seed: UInt64, visitorsBase: Double, visitorsPer1000Households: Double, caseKinds: [Share],
                categories: [Share], complexity: [Share], partiesMean: Double, majorShare: Double, mediationSuccess: [Share],
                needsPerHouseholdVisit: Double, houseboundShare: Double, householdsVisitedPerRound: Int,
                eventAttendanceMean: Double, sickDaysPerPersonMonth: Double, location: SourceLocation) {
        self.id = id
        self.seed = seed
        self.visitorsBase = visitorsBase
        self.visitorsPer1000Households = visitorsPer1000Households
        self.caseKinds = caseKinds
        self.categories = categories
        self.complexity = complexity
        self.partiesMean = partiesMean
        self.majorShare = majorShare
        self.mediationSuccess = mediationSuccess
        self.needsPerHouseholdVisit = needsPerHouseholdVisit
        self.houseboundShare = houseboundShare
        self.householdsVisitedPerRound = householdsVisitedPerRound
        self.eventAttendanceMean = eventAttendanceMean
        self.sickDaysPerPersonMonth = sickDaysPerPersonMonth
        self.location = location
    }
}

/// A value and its share (0…1), with where the value was written.
public struct Share: Sendable, Hashable {
    /// The value (an enum value of the case schema).
    public var value: Reference
    /// Its share.
    public var share: Double

    /// Creates a share.
    public init(value: Reference, share: Double) {
        self.value = value
        self.share = share
    }
}
