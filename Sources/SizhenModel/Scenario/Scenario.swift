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
    /// Share of major cases, among the cases of `majorKinds`.
    public var majorShare: Double
    /// The case kinds that may be major (`major_kinds:`, values of the kind field); empty for
    /// every kind.
    public var majorKinds: [Reference] = []
    /// The share of cases (visitors and needs) that raise each topic (`topics`: 法律援助 0.04 …),
    /// each drawn on its own, into the list field `fields.topics`.
    public var topics: [Share] = []
    /// The share of events held in each form (`event_activities`: 讲座 0.5 …), each drawn on
    /// its own, into the event case's list field `fields.activities`.
    public var eventActivities: [Share] = []
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
    /// The case fields the draws fill (`fields:`), and the values they give.
    public var fields: Fields
    /// The kind of a need found on a round (`need_kind:`), a value of the kind field.
    public var needKind: Reference?
    /// The kind that is mediated (`dispute_kind:`): its outcome drawn by `mediation_success`,
    /// its parties at least `partiesMinimum`, its risk drawn by `riskShare`.
    public var disputeKind: Reference?
    /// The fewest parties to a dispute (`parties.minimum`); other cases have one.
    public var partiesMinimum: Int
    /// Of an event's attendance, the share who ask a question on the spot (`event_consultation_share:`).
    public var eventConsultationShare: Double
    /// Of the disputes in the district's focus categories (`reports.screening.focus`), the share
    /// at risk of turning criminal (`risk_share:`).
    public var riskShare: Double
    /// Residents' ages (`ages:`).
    public var ages: Ages
    /// Where it is defined.
    public var location: SourceLocation
    /// Where the keys whose values bound the simulation's work are written (by key), so that
    /// a check of them points at the value.
    public var keyLocations: [String: SourceLocation] = [:]

    /// Which case field each draw fills: a dotted path of the case schema, or nil when the
    /// draw is not made.
    public struct Fields: Sendable, Hashable {
        public var kind: Reference?
        public var category: Reference?
        public var complexity: Reference?
        public var parties: Reference?
        public var major: Reference?
        public var risk: Reference?
        public var housebound: Reference?
        public var age: Reference?
        public var elderly: Reference?
        /// The list field the topics drawn go to.
        public var topics: Reference?
        /// The list field of an event case the forms drawn go to.
        public var activities: Reference?

        /// Fields; none drawn unless given.
        public init(kind: Reference? = nil, category: Reference? = nil, complexity: Reference? = nil, parties: Reference? = nil,
                    major: Reference? = nil, risk: Reference? = nil, housebound: Reference? = nil, age: Reference? = nil,
                    elderly: Reference? = nil) {
            self.kind = kind
            self.category = category
            self.complexity = complexity
            self.parties = parties
            self.major = major
            self.risk = risk
            self.housebound = housebound
            self.age = age
            self.elderly = elderly
        }

        /// The draws with their keys, in the file's documented order.
        public var all: [(key: String, field: Reference?)] {
            [("kind", kind), ("category", category), ("complexity", complexity), ("parties", parties), ("major", major), ("risk", risk),
             ("housebound", housebound), ("age", age), ("elderly", elderly), ("topics", topics), ("activities", activities)]
        }
    }

    /// A resident's age: a base plus a Poisson draw of the spread's mean, by whether they
    /// cannot travel; `elderlyFrom` the age from which they are elderly.
    public struct Ages: Sendable, Hashable {
        public var houseboundBase: Int
        public var houseboundSpread: Double
        public var otherBase: Int
        public var otherSpread: Double
        public var elderlyFrom: Int

        /// Ages.
        public init(houseboundBase: Int, houseboundSpread: Double, otherBase: Int, otherSpread: Double, elderlyFrom: Int) {
            self.houseboundBase = houseboundBase
            self.houseboundSpread = houseboundSpread
            self.otherBase = otherBase
            self.otherSpread = otherSpread
            self.elderlyFrom = elderlyFrom
        }
    }

    /// Creates a scenario.
    public init(id: String, seed: UInt64, visitorsBase: Double, visitorsPer1000Households: Double, caseKinds: [Share],
                categories: [Share], complexity: [Share], partiesMean: Double, majorShare: Double, mediationSuccess: [Share],
                needsPerHouseholdVisit: Double, houseboundShare: Double, householdsVisitedPerRound: Int,
                eventAttendanceMean: Double, sickDaysPerPersonMonth: Double, fields: Fields = Fields(), needKind: Reference? = nil,
                disputeKind: Reference? = nil, partiesMinimum: Int = 1, eventConsultationShare: Double = 0, riskShare: Double = 0,
                ages: Ages = Ages(houseboundBase: 0, houseboundSpread: 0, otherBase: 0, otherSpread: 0, elderlyFrom: 0),
                location: SourceLocation) {
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
        self.fields = fields
        self.needKind = needKind
        self.disputeKind = disputeKind
        self.partiesMinimum = partiesMinimum
        self.eventConsultationShare = eventConsultationShare
        self.riskShare = riskShare
        self.ages = ages
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
