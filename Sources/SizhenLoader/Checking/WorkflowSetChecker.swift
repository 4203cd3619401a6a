import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRules

/// The checks across files: one district, ids unique across files, every reference pointing
/// at something, slots somebody can fill, escalations that cannot loop without a deadline,
/// workflows that something starts.
struct WorkflowSetChecker {
    let folder: String
    let parts: WorkflowSetLoader.Parts
    /// Whether single files already had errors: then the checks that reason about the whole
    /// (what starts a workflow, who can fill a slot) are left out, since a part that failed to
    /// decode would make them report mistakes that are not there.
    let filesHadErrors: Bool

    /// Runs every check, appending diagnostics, and returns the set when the parts are complete
    /// enough to build one (the caller drops it when there are errors).
    func check(into diagnostics: inout Diagnostics) -> WorkflowSet? {
        var found = Diagnostics()
        let district = mergeDistrict(&found)
        let calendar = districtCalendar(district, &found)
        let schema = caseSchema(&found)
        if let district {
            checkUnique(district.streets.map { ($0.id, $0.location) }, what: "street", &found)
            checkUnique(district.communities.map { ($0.id, $0.location) }, what: "community", &found)
            checkUnique(district.roles.map { ($0.id, $0.location) }, what: "role", &found)
            checkUnique(district.recordTypes.map { ($0.id, $0.location) }, what: "record type", &found)
            checkPeople(district, &found)
            checkWorkflows(district, &found)
            checkClinicsHavePairedStaff(district, &found)
            checkReports(district, schema, &found)
        }
        checkUnique(parts.people.map { ($0.id, $0.location) }, what: "person", &found)
        checkUnique(parts.workflows.map { ($0.id, $0.location) }, what: "workflow", &found)
        checkUnique(parts.scenarios.map { ($0.id, $0.location) }, what: "scenario", &found)
        checkUnique(parts.tableIDs.map { ($0.id, $0.location) }, what: "decision table", &found)
        checkUnique(parts.calendars.map { ($0.calendar.id, $0.location) }, what: "calendar", &found)
        checkEscalationCycles(&found)
        checkScenarios(schema, &found)
        let environment = schema?.environment ?? RuleEnvironment()
        let rules = compileRules(schema, environment, extra: district?.reports?.screening?.rules ?? [], &found)
        checkDecideTables(schema, &found)
        diagnostics.append(contentsOf: found)
        guard let district, let calendar else { return nil }
        return WorkflowSet(folder: folder, district: district, calendar: calendar, people: parts.people, caseSchema: schema,
                           workflows: parts.workflows, scenarios: parts.scenarios, tables: parts.tables, environment: environment,
                           rules: rules)
    }

    // MARK: District

    private func mergeDistrict(_ found: inout Diagnostics) -> District? {
        guard let first = parts.districts.first else {
            found.append(.error(CheckMessages.noDistrict(folder), hint: CheckMessages.noDistrictHint))
            return nil
        }
        for part in parts.districts.dropFirst() where part.id.id != first.id.id {
            found.append(Diagnostic(.error, CheckMessages.otherDistrict(part.id.id, first.id.id), at: part.id.location,
                                    hint: CheckMessages.otherDistrictHint,
                                    notes: [Diagnostic(.note, CheckMessages.districtNamedHere(first.id.id), at: first.id.location)]))
        }
        // Each setting once, in whichever file.
        var settingFirstSeen: [String: SourceLocation] = [:]
        for part in parts.districts {
            for (key, location) in part.settingKeys.sorted(by: { $0.value < $1.value }) {
                if let first = settingFirstSeen[key] {
                    found.append(Diagnostic(.error, CheckMessages.settingTwice(key), at: location,
                                            notes: [Diagnostic(.note, CheckMessages.settingFirstHere(key), at: first)]))
                } else {
                    settingFirstSeen[key] = location
                }
            }
        }
        let name = parts.districts.lazy.compactMap(\.name).first
        let roles = parts.districts.lazy.compactMap(\.roles).first
        let recordTypes = parts.districts.lazy.compactMap(\.recordTypes).first
        let calendar = parts.districts.lazy.compactMap(\.calendar).first
        let reports = parts.districts.lazy.compactMap(\.reports).first
        for (key, value) in [("name", name as Any?), ("calendar", calendar), ("roles", roles), ("record_types", recordTypes)] where value == nil {
            if settingFirstSeen[key] == nil {
                found.append(.error(CheckMessages.missingSetting(key), at: first.location, hint: CheckMessages.missingSettingHint(key)))
            }
        }
        var timeZone = "Asia/Shanghai"
        if let (zone, location) = parts.districts.lazy.compactMap(\.timeZone).first {
            do {
                _ = try CivilTimeZone(identifier: zone, at: location)
                timeZone = zone
            } catch {
                found.append(error)
            }
        }
        return District(id: first.id.id, name: name ?? first.id.id, timeZone: timeZone, calendar: calendar, roles: roles ?? [],
                        recordTypes: recordTypes ?? [], streets: parts.districts.flatMap(\.streets), reports: reports, location: first.location)
    }

    private func districtCalendar(_ district: District?, _ found: inout Diagnostics) -> WorkdayCalendar? {
        guard let reference = district?.calendar else { return nil }
        guard let match = parts.calendars.first(where: { $0.calendar.id == reference.id }) else {
            found.append(.error(CheckMessages.unknown("calendar", reference.id) + Suggestions.didYouMean(reference.id, in: parts.calendars.map(\.calendar.id)),
                                at: reference.location, hint: CheckMessages.calendarHint))
            return nil
        }
        return match.calendar
    }

    private func caseSchema(_ found: inout Diagnostics) -> CaseSchema? {
        for extra in parts.schemas.dropFirst() {
            found.append(Diagnostic(.error, CheckMessages.secondSchema, at: extra.location,
                                    notes: [Diagnostic(.note, CheckMessages.firstSchemaHere, at: parts.schemas[0].location)]))
        }
        return parts.schemas.first
    }

    // MARK: Uniqueness

    private func checkUnique(_ items: [(String, SourceLocation)], what: String, _ found: inout Diagnostics) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                found.append(Diagnostic(.error, CheckMessages.duplicate(what, id), at: location, hint: CheckMessages.duplicateHint(what),
                                        notes: [Diagnostic(.note, CheckMessages.firstDefinedHere, at: earlier)]))
            } else {
                first[id] = location
            }
        }
    }

    // MARK: References

    private func resolve(_ reference: Reference, _ what: String, among ids: Set<String>, _ found: inout Diagnostics, hint: String? = nil) {
        guard !ids.contains(reference.id) else { return }
        found.append(.error(CheckMessages.unknown(what, reference.id) + Suggestions.didYouMean(reference.id, in: ids.sorted()),
                            at: reference.location, hint: hint))
    }

    private func checkPeople(_ district: District, _ found: inout Diagnostics) {
        let roles = Set(district.roles.map(\.id))
        let streets = Set(district.streets.map(\.id))
        let communities = Set(district.communities.map(\.id))
        for person in parts.people {
            for role in person.roles { resolve(role, "role", among: roles, &found, hint: CheckMessages.rolesHint) }
            if let street = person.street { resolve(street, "street", among: streets, &found) }
            for community in person.paired { resolve(community, "community", among: communities, &found) }
        }
    }

    private func checkWorkflows(_ district: District, _ found: inout Diagnostics) {
        let roles = Set(district.roles.map(\.id))
        let heldRoles = Set(parts.people.flatMap { $0.roles.map(\.id) })
        let recordTypes = Set(district.recordTypes.map(\.id))
        let streets = Set(district.streets.map(\.id))
        let communities = Set(district.communities.map(\.id))
        let workflows = Set(parts.workflows.map(\.id))
        let tables = Set(parts.tableIDs.map(\.id))
        let escalationTargets = Set(parts.workflows.flatMap { $0.escalations.map(\.start.id) })
        for workflow in parts.workflows {
            switch workflow.sites {
            case .district: break
            case .tags(let tags):
                if !district.communities.contains(where: { community in tags.allSatisfy(community.tags.contains) }) {
                    found.append(.warning(CheckMessages.selectsNothing(workflow.id, tags), at: workflow.location))
                }
            case .streets(let chosen): for street in chosen { resolve(street, "street", among: streets, &found) }
            case .communities(let chosen): for community in chosen { resolve(community, "community", among: communities, &found) }
            }
            for slot in workflow.slots {
                for role in slot.roles { resolve(role, "role", among: roles, &found, hint: CheckMessages.rolesHint) }
                let known = slot.roles.filter { roles.contains($0.id) }
                if !filesHadErrors, !known.isEmpty, !known.contains(where: { heldRoles.contains($0.id) }) {
                    found.append(.error(CheckMessages.nobodyHolds(slot.name, known.map(\.id)), at: slot.location,
                                        hint: CheckMessages.nobodyHoldsHint))
                }
            }
            if let panel = workflow.panel {
                for (role, count) in panel.quorum {
                    resolve(role, "role", among: roles, &found, hint: CheckMessages.rolesHint)
                    let holders = parts.people.filter { $0.holds(role.id) }.count
                    if roles.contains(role.id), holders < count {
                        found.append(.error(CheckMessages.quorumUnreachable(role.id, count, holders), at: role.location))
                    }
                }
            }
            let slotNames = Set(workflow.slots.map(\.name))
            for step in workflow.steps {
                if let record = step.record { resolve(record, "record type", among: recordTypes, &found, hint: CheckMessages.recordTypesHint) }
                if let table = step.subsidy { resolve(table, "decision table", among: tables, &found) }
                if let table = step.decide { resolve(table, "decision table", among: tables, &found) }
                for slot in step.assign { resolve(slot, "slot of workflow '\(workflow.id)'", among: slotNames, &found) }
            }
            for escalation in workflow.escalations {
                resolve(escalation.start, "workflow", among: workflows, &found)
            }
            if !filesHadErrors, workflow.schedules.isEmpty, !escalationTargets.contains(workflow.id) {
                found.append(.error(CheckMessages.nothingStarts(workflow.id), at: workflow.location, hint: CheckMessages.nothingStartsHint))
            }
        }
    }

    private func checkClinicsHavePairedStaff(_ district: District, _ found: inout Diagnostics) {
        let paired = Set(parts.people.flatMap { $0.paired.map(\.id) })
        for community in district.communities where community.tags.contains("clinic") && !paired.contains(community.id) {
            found.append(.warning(CheckMessages.clinicWithoutPair(community.name), at: community.location, hint: CheckMessages.clinicWithoutPairHint))
        }
    }

    // MARK: Escalations

    /// A cycle of escalations (A starts B, B starts A) where no escalation waits (`after`) or
    /// sets a deadline (`within`) could pass a case round for ever in one instant.
    private func checkEscalationCycles(_ found: inout Diagnostics) {
        var edges: [String: [Escalation]] = [:]
        for workflow in parts.workflows {
            edges[workflow.id] = workflow.escalations.filter { $0.after == nil && $0.within == nil }
        }
        var reported = Set<String>()
        for start in parts.workflows.map(\.id) {
            // Depth-first search for a path back to `start` over undelayed escalations.
            var stack: [(String, [Escalation])] = [(start, [])]
            var visited = Set<String>()
            while let (node, path) = stack.popLast() {
                for escalation in edges[node] ?? [] {
                    let next = escalation.start.id
                    if next == start {
                        let cycle = path + [escalation]
                        let key = cycle.map(\.id).sorted().joined(separator: ",")
                        if reported.insert(key).inserted {
                            let names = ([start] + cycle.map(\.start.id)).joined(separator: " → ")
                            found.append(.error(CheckMessages.escalationCycle(names), at: cycle[0].location, hint: CheckMessages.escalationCycleHint))
                        }
                    } else if visited.insert(next).inserted {
                        stack.append((next, path + [escalation]))
                    }
                }
            }
        }
    }

    // MARK: Rules

    /// Compiles every `when` of every step and escalation against the case schema: a rule
    /// must type-check and give true or false. A folder with rules and no case schema is told
    /// so once.
    private func compileRules(_ schema: CaseSchema?, _ environment: RuleEnvironment, extra: [RuleText],
                              _ found: inout Diagnostics) -> [SourceLocation: CompiledExpression] {
        let texts = parts.workflows.flatMap { workflow in workflow.steps.compactMap(\.when) + workflow.escalations.map(\.when) } + extra
        guard !texts.isEmpty else { return [:] }
        guard schema != nil else {
            found.append(.error(CheckMessages.rulesWithoutSchema, at: texts[0].location, hint: CheckMessages.rulesWithoutSchemaHint))
            return [:]
        }
        var compiled: [SourceLocation: CompiledExpression] = [:]
        for text in texts {
            switch RuleCompiler.compile(text.text, at: text.location, in: environment, expecting: .bool) {
            case .success(let expression): compiled[text.location] = expression
            case .failure(let problems): found.append(contentsOf: problems)
            }
        }
        return compiled
    }

    /// The district's `reports:` section: subsidy roles are roles, the screening's category is
    /// a field of the case schema, and its focus lists values of that field when it is an enum.
    private func checkReports(_ district: District, _ schema: CaseSchema?, _ found: inout Diagnostics) {
        guard let reports = district.reports else { return }
        let roles = Set(district.roles.map(\.id))
        for role in reports.subsidyRoles {
            resolve(role, "role", among: roles, &found, hint: CheckMessages.rolesHint)
        }
        guard let screening = reports.screening, let schema else { return }
        guard let field = schema.fields.first(where: { $0.name == screening.category.id }) else {
            found.append(.error(CheckMessages.unknown("case field", screening.category.id)
                                    + Suggestions.didYouMean(screening.category.id, in: schema.fields.map(\.name)),
                                at: screening.category.location, hint: CheckMessages.screeningCategoryHint))
            return
        }
        if case .enumeration(let values) = field.type {
            for value in screening.focus where !values.contains(value) {
                found.append(.error(CheckMessages.notAnEnumValue(value, field: field.name, values: values), at: screening.location))
            }
        }
    }

    /// A table a step `decide`s with writes its outputs onto the case: each output must be a
    /// field of the case.
    private func checkDecideTables(_ schema: CaseSchema?, _ found: inout Diagnostics) {
        guard let schema else { return }
        for workflow in parts.workflows {
            for step in workflow.steps {
                guard let reference = step.decide, let table = parts.tables.first(where: { $0.definition.id == reference.id }) else { continue }
                for output in table.definition.outputs where schema.field(at: [output.id]) == nil {
                    found.append(.error(CheckMessages.outputNotAField(table: reference.id, output: output.id, schema: schema.id)
                                        + Suggestions.didYouMean(output.id, in: schema.fields.map(\.name)),
                                        at: output.location, hint: CheckMessages.outputNotAFieldHint))
                }
            }
        }
    }

    // MARK: Scenarios

    private func checkScenarios(_ schema: CaseSchema?, _ found: inout Diagnostics) {
        guard let schema else { return }
        for scenario in parts.scenarios {
            for (field, shares) in [("kind", scenario.caseKinds), ("category", scenario.categories), ("complexity", scenario.complexity),
                                    ("complexity", scenario.mediationSuccess)] {
                guard case .enumeration(let values)? = schema.field(at: [field])?.type else { continue }
                for share in shares where !values.contains(share.value.id) {
                    found.append(.error(CheckMessages.notAnEnumValue(share.value.id, field: field, values: values)
                                        + Suggestions.didYouMean(share.value.id, in: values), at: share.value.location))
                }
            }
        }
    }
}

enum CheckMessages {
    static func noDistrict(_ folder: String) -> String { "\(folder) has no district file" }
    static let noDistrictHint = "add a file with `kind: district` naming the district, its calendar, roles and record types"
    static func otherDistrict(_ id: String, _ first: String) -> String { "this file is for district '\(id)', but the others are for '\(first)'" }
    static let otherDistrictHint = "all district files of a folder describe one district; use the same id"
    static func districtNamedHere(_ id: String) -> String { "district '\(id)' is named here" }
    static func settingTwice(_ key: String) -> String { "the district's '\(key)' is given a second time" }
    static func settingFirstHere(_ key: String) -> String { "'\(key)' is first given here" }
    static func missingSetting(_ key: String) -> String { "the district has no '\(key)'" }
    static func missingSettingHint(_ key: String) -> String { "give '\(key)' in one of the district files" }
    static let calendarHint = "the district's `calendar` names the id of a `kind: calendar` file, e.g. cn"
    static let secondSchema = "a second case schema; a folder has one"
    static let firstSchemaHere = "the first is here"
    static func duplicate(_ what: String, _ id: String) -> String { "\(what) '\(id)' is defined twice" }
    static func duplicateHint(_ what: String) -> String { "every \(what) needs its own id, across all files" }
    static let firstDefinedHere = "first defined here"
    static func unknown(_ what: String, _ id: String) -> String { "unknown \(what) '\(id)'" }
    static let rolesHint = "roles are listed in the district file's `roles`"
    static let screeningCategoryHint = "the screening's `category` names a field of the case schema, e.g. category"
    static let recordTypesHint = "record types are listed in the district file's `record_types`"
    static func selectsNothing(_ workflow: String, _ tags: [String]) -> String {
        "workflow '\(workflow)' selects no site: no community carries the tags " + tags.joined(separator: ", ")
    }
    static func nobodyHolds(_ slot: String, _ roles: [String]) -> String {
        "nobody holds a role slot '\(slot)' accepts (" + roles.joined(separator: ", ") + ")"
    }
    static let nobodyHoldsHint = "give the role to somebody in a staff file, or accept another role"
    static func quorumUnreachable(_ role: String, _ count: Int, _ holders: Int) -> String {
        "the panel needs \(count) × \(role), but only \(holders) \(holders == 1 ? "person holds" : "people hold") it"
    }
    static func nothingStarts(_ workflow: String) -> String { "nothing can start workflow '\(workflow)': it has no schedule and no escalation starts it" }
    static let nothingStartsHint = "give it a `schedule`, or `start: \u{2026}` it from an escalation of another workflow"
    static func clinicWithoutPair(_ name: String) -> String { "clinic \(name) has no paired lawyer (结对)" }
    static let clinicWithoutPairHint = "add its id to some lawyer's `paired` list"
    static func escalationCycle(_ names: String) -> String { "escalations form a cycle with no deadline: \(names)" }
    static let escalationCycleHint = "give one of these escalations `after:` or `within:` so that a case cannot go round for ever"
    static let rulesWithoutSchema = "the workflows have rules, but the folder has no case schema to check them against"
    static let rulesWithoutSchemaHint = "add a `kind: case-schema` file declaring the fields rules read (case.kind, case.parties …)"
    static func outputNotAField(table: String, output: String, schema: String) -> String {
        "decision table '\(table)' decides '\(output)' for the case, but \(schema).\(output) is not a field"
    }
    static let outputNotAFieldHint = "a table used with `decide:` writes its outputs onto the case; declare each output in the case schema"
    static func notAnEnumValue(_ value: String, field: String, values: [String]) -> String {
        "'\(value)' is not a value of case.\(field) (" + values.joined(separator: ", ") + ")"
    }
}
