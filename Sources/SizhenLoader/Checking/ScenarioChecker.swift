import SizhenDiagnostics
import SizhenModel

/// The checks of one scenario: against the case schema (the fields its draws fill, the values
/// it draws) and against the district (the work it asks of a sitting, a round and an event
/// stays within `ScenarioBounds`). The folder's scenarios are checked with the folder; a
/// scenario given to `simulate --scenario` is checked the same way before it runs.
public struct ScenarioChecker: Sendable {
    /// The case schema, when it decoded.
    public var schema: CaseSchema?
    /// The district, when it decoded.
    public var district: District?
    /// Whether files had errors already (then checks that would repeat them are left out).
    public var filesHadErrors: Bool

    /// A checker.
    public init(schema: CaseSchema?, district: District?, filesHadErrors: Bool = false) {
        self.schema = schema
        self.district = district
        self.filesHadErrors = filesHadErrors
    }

    /// A checker of scenarios for `set`.
    public init(set: WorkflowSet) {
        self.init(schema: set.caseSchema, district: set.district)
    }

    /// Every problem of `scenario`.
    public func check(_ scenario: Scenario, into found: inout Diagnostics) {
        checkFields(scenario, into: &found)
        if let district { ScenarioBounds.check(scenario, district: district, into: &found) }
    }

    /// The fields a scenario's draws fill are fields of the case schema of the right type; the
    /// values it draws are values of those fields; every complexity has a mediation success.
    func checkFields(_ scenario: Scenario, into found: inout Diagnostics) {
        // A draw with nowhere to go would be made and lost.
        for (key, fieldKey, drawn, field) in [("topics", "topics", !scenario.topics.isEmpty, scenario.fields.topics),
                                              ("event_activities", "activities", !scenario.eventActivities.isEmpty, scenario.fields.activities)]
        where drawn && field == nil {
            found.append(.error(CheckMessage.drawWithoutField(["key": .text(key), "field": .text(fieldKey)]),
                                at: scenario.keyLocations[key] ?? scenario.location, hint: CheckMessage.drawWithoutFieldHint(["field": .text(fieldKey)])))
        }
        do {
            let fields = scenario.fields
            var enumValues: [String: (path: String, values: [String])] = [:]
            for (key, reference) in fields.all {
                guard let reference else { continue }
                let expected: FieldKind = ["kind", "category", "complexity"].contains(key) ? .enumeration
                    : ["parties", "age"].contains(key) ? .int : ["topics", "activities"].contains(key) ? .list : .bool
                guard let schema else {
                    // A schema that did not decode is an error of its own file already.
                    if !filesHadErrors {
                        found.append(.error(CheckMessage.scenarioFieldWithoutSchema(["key": .text(key)]), at: reference.location))
                    }
                    continue
                }
                let field = schema.field(at: reference.id.split(separator: ".").map(String.init))
                switch (expected, field?.type) {
                case (.enumeration, .enumeration(let values, _)?): enumValues[key] = (reference.id, values)
                case (.int, .int?), (.bool, .bool?), (.list, .list(.string)?): break
                case _ where filesHadErrors: break
                default:
                    found.append(.error(CheckMessage.scenarioFieldType(["key": .text(key), "field": .text(reference.id), "schema": .text(schema.id),
                                                                        "expected": .text(expected.rawValue)])
                                            .suggesting(reference.id, in: schema.fields.map(\.name)),
                                        at: reference.location, hint: CheckMessage.scenarioFieldTypeHint()))
                }
            }
            func check(_ values: [Reference], of key: String) {
                guard let (path, allowed) = enumValues[key] else { return }
                for value in values where !allowed.contains(value.id) {
                    found.append(.error(CheckMessage.notAnEnumValue(["value": .text(value.id), "field": .text(path), "values": .texts(allowed)])
                                            .suggesting(value.id, in: allowed), at: value.location))
                }
            }
            check(scenario.caseKinds.map(\.value) + [scenario.needKind, scenario.disputeKind].compactMap { $0 } + scenario.majorKinds, of: "kind")
            check(scenario.categories.map(\.value), of: "category")
            check(scenario.complexity.map(\.value) + scenario.mediationSuccess.map(\.value), of: "complexity")
            if !filesHadErrors, scenario.disputeKind != nil, let (path, complexities) = enumValues["complexity"] {
                let given = Set(scenario.mediationSuccess.map(\.value.id))
                for value in complexities where !given.contains(value) {
                    found.append(.error(CheckMessage.noMediationSuccess(["value": .text(value), "field": .text(path)]), at: scenario.location,
                                        hint: CheckMessage.noMediationSuccessHint()))
                }
            }
        }
    }

    /// What a scenario's draw must find in the case schema.
    enum FieldKind: String { case enumeration = "enum", int, bool, list = "list of strings" }
}

/// What a simulated month can do on one machine: bounds on the work one sitting, one round and
/// one event may ask for on average, checked against the district's largest community. Within
/// them, the shipped district's month at the largest values takes seconds and well under a
/// GiB; the district's size is the only other factor, and it is what the benchmarks measure.
public enum ScenarioBounds {
    /// The most visitors a sitting may have on average (`visitors_per_sitting`).
    public static let visitorsPerSitting = 200.0
    /// The most needs a round may find on average (`households_visited_per_round` ×
    /// `needs_per_household_visit`).
    public static let needsPerRound = 200.0
    /// The most households a round may visit.
    public static let householdsPerRound = 1_000
    /// The most cases an event may give on average (`event_attendance` × `event_consultation_share`).
    public static let casesPerEvent = 500.0
    /// The keys whose values these bounds read, for their locations.
    public static let keys = ["visitors_per_sitting", "households_visited_per_round", "needs_per_household_visit", "event_attendance",
                              "event_consultation_share"]

    /// Appends an error for each bound the scenario exceeds in `district`.
    public static func check(_ scenario: Scenario, district: District, into found: inout Diagnostics) {
        func at(_ key: String) -> SourceLocation { scenario.keyLocations[key] ?? scenario.location }
        func number(_ value: Double) -> MessageValue { .text(DecimalText.format(value, places: 3) ?? String(value)) }
        if let largest = district.communities.max(by: { ($0.households, $1.id) < ($1.households, $0.id) }) {
            let mean = scenario.visitorsBase + scenario.visitorsPer1000Households * Double(largest.households) / 1000
            if mean > visitorsPerSitting {
                found.append(.error(ScenarioFileMessage.tooManyVisitors(["community": .text(largest.id), "households": .int(largest.households),
                                                                         "mean": number(mean), "max": number(visitorsPerSitting)]),
                                    at: at("visitors_per_sitting"), hint: ScenarioFileMessage.boundsHint()))
            }
        }
        let needs = Double(scenario.householdsVisitedPerRound) * scenario.needsPerHouseholdVisit
        if needs > needsPerRound {
            found.append(.error(ScenarioFileMessage.tooManyNeeds(["households": .int(scenario.householdsVisitedPerRound),
                                                                  "needs": number(scenario.needsPerHouseholdVisit), "mean": number(needs),
                                                                  "max": number(needsPerRound)]),
                                at: at("households_visited_per_round"), hint: ScenarioFileMessage.boundsHint()))
        }
        let cases = scenario.eventAttendanceMean * scenario.eventConsultationShare
        if cases > casesPerEvent {
            found.append(.error(ScenarioFileMessage.tooManyEventCases(["attendance": number(scenario.eventAttendanceMean),
                                                                       "share": number(scenario.eventConsultationShare), "mean": number(cases),
                                                                       "max": number(casesPerEvent)]),
                                at: at("event_attendance"), hint: ScenarioFileMessage.boundsHint()))
        }
    }
}
