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
            checkUnique(district.streets.map { ($0.id, $0.location) }, what: NamedThing.street(), &found)
            checkUnique(district.communities.map { ($0.id, $0.location) }, what: NamedThing.community(), &found)
            checkUnique(district.roles.map { ($0.id, $0.location) }, what: NamedThing.role(), &found)
            checkUnique(district.recordTypes.map { ($0.id, $0.location) }, what: NamedThing.recordType(), &found)
            checkPeople(district, &found)
            checkWorkflows(district, &found)
            checkClinicsHavePairedStaff(district, &found)
            checkReports(district, schema, &found)
        }
        checkUnique(parts.people.map { ($0.id, $0.location) }, what: NamedThing.person(), &found)
        checkUnique(parts.workflows.map { ($0.id, $0.location) }, what: NamedThing.workflow(), &found)
        checkUnique(parts.scenarios.map { ($0.id, $0.location) }, what: NamedThing.scenario(), &found)
        checkUnique(parts.tableIDs.map { ($0.id, $0.location) }, what: NamedThing.decisionTable(), &found)
        checkUnique(parts.calendars.map { ($0.calendar.id, $0.location) }, what: NamedThing.calendar(), &found)
        checkEscalationCycles(&found)
        checkScenarios(schema, district, &found)
        checkWorkflowTypes(&found)
        checkResolution(schema, &found)
        checkSubsidyTables(&found)
        let environment = schema?.environment ?? RuleEnvironment()
        let rules = compileRules(schema, environment, extra: district?.reports?.screening?.rules ?? [], &found)
            .merging(compileChecks(schema, &found)) { first, _ in first }
        checkDecideTables(schema, &found)
        // Only of a folder without errors: a broken one says what is wrong first.
        if let district, !found.hasErrors { checkRecordTypesProduced(district, &found) }
        diagnostics.append(contentsOf: found)
        guard let district, let calendar else { return nil }
        return WorkflowSet(folder: folder, district: district, calendar: calendar, people: parts.people, caseSchema: schema,
                           workflows: parts.workflows, scenarios: parts.scenarios, tables: parts.tables, environment: environment,
                           rules: rules)
    }

    // MARK: District

    private func mergeDistrict(_ found: inout Diagnostics) -> District? {
        guard let first = parts.districts.first else {
            found.append(.error(CheckMessage.noDistrict(["folder": .text(folder)]), hint: CheckMessage.noDistrictHint()))
            return nil
        }
        for part in parts.districts.dropFirst() where part.id.id != first.id.id {
            found.append(Diagnostic(.error, CheckMessage.otherDistrict(["id": .text(part.id.id), "first": .text(first.id.id)]),
                                    at: part.id.location, hint: CheckMessage.otherDistrictHint(),
                                    notes: [Diagnostic(.note, CheckMessage.districtNamedHere(["id": .text(first.id.id)]), at: first.id.location)]))
        }
        // Each setting once, in whichever file.
        var settingFirstSeen: [String: SourceLocation] = [:]
        for part in parts.districts {
            for (key, location) in part.settingKeys.sorted(by: { $0.value < $1.value }) {
                if let first = settingFirstSeen[key] {
                    found.append(Diagnostic(.error, CheckMessage.settingTwice(["key": .text(key)]), at: location,
                                            notes: [Diagnostic(.note, CheckMessage.settingFirstHere(["key": .text(key)]), at: first)]))
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
                found.append(.error(CheckMessage.missingSetting(["key": .text(key)]), at: first.location,
                                    hint: CheckMessage.missingSettingHint(["key": .text(key)])))
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
                        recordTypes: recordTypes ?? [], streets: parts.districts.flatMap(\.streets), reports: reports,
                        travelBufferMinutes: parts.districts.lazy.compactMap(\.travelBufferMinutes).first ?? District.defaultTravelBuffer,
                        location: first.location)
    }

    private func districtCalendar(_ district: District?, _ found: inout Diagnostics) -> WorkdayCalendar? {
        guard let reference = district?.calendar else { return nil }
        guard let match = parts.calendars.first(where: { $0.calendar.id == reference.id }) else {
            found.append(.error(CheckMessage.unknown(["what": .message(NamedThing.calendar()), "id": .text(reference.id)])
                                    .suggesting(reference.id, in: parts.calendars.map(\.calendar.id)),
                                at: reference.location, hint: CheckMessage.calendarHint()))
            return nil
        }
        return match.calendar
    }

    private func caseSchema(_ found: inout Diagnostics) -> CaseSchema? {
        for extra in parts.schemas.dropFirst() {
            found.append(Diagnostic(.error, CheckMessage.secondSchema(), at: extra.location,
                                    notes: [Diagnostic(.note, CheckMessage.firstSchemaHere(), at: parts.schemas[0].location)]))
        }
        return parts.schemas.first
    }

    // MARK: Uniqueness

    private func checkUnique(_ items: [(String, SourceLocation)], what: Message, _ found: inout Diagnostics) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                found.append(Diagnostic(.error, CheckMessage.duplicate(["what": .message(what), "id": .text(id)]), at: location,
                                        hint: CheckMessage.duplicateHint(["what": .message(what)]),
                                        notes: [Diagnostic(.note, CheckMessage.firstDefinedHere(), at: earlier)]))
            } else {
                first[id] = location
            }
        }
    }

    // MARK: References

    private func resolve(_ reference: Reference, _ what: Message, among ids: Set<String>, _ found: inout Diagnostics, hint: Message? = nil) {
        guard !ids.contains(reference.id) else { return }
        found.append(.error(CheckMessage.unknown(["what": .message(what), "id": .text(reference.id)]).suggesting(reference.id, in: ids.sorted()),
                            at: reference.location, hint: hint))
    }

    private func checkPeople(_ district: District, _ found: inout Diagnostics) {
        let roles = Set(district.roles.map(\.id))
        let streets = Set(district.streets.map(\.id))
        let communities = Set(district.communities.map(\.id))
        for person in parts.people {
            for role in person.roles { resolve(role, NamedThing.role(), among: roles, &found, hint: CheckMessage.rolesHint()) }
            if let street = person.street { resolve(street, NamedThing.street(), among: streets, &found) }
            for community in person.paired { resolve(community, NamedThing.community(), among: communities, &found) }
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
                    found.append(.warning(CheckMessage.selectsNothing(["workflow": .text(workflow.id), "tags": .texts(tags)]), at: workflow.location))
                }
            case .streets(let chosen): for street in chosen { resolve(street, NamedThing.street(), among: streets, &found) }
            case .communities(let chosen): for community in chosen { resolve(community, NamedThing.community(), among: communities, &found) }
            }
            for slot in workflow.slots {
                for role in slot.roles { resolve(role, NamedThing.role(), among: roles, &found, hint: CheckMessage.rolesHint()) }
                let known = slot.roles.filter { roles.contains($0.id) }
                if !filesHadErrors, !known.isEmpty, !known.contains(where: { heldRoles.contains($0.id) }) {
                    found.append(.error(CheckMessage.nobodyHolds(["slot": .text(slot.name), "roles": .texts(known.map(\.id))]), at: slot.location,
                                        hint: CheckMessage.nobodyHoldsHint()))
                }
            }
            if let panel = workflow.panel {
                for (index, (role, count)) in panel.quorum.enumerated() {
                    resolve(role, NamedThing.role(), among: roles, &found, hint: CheckMessage.rolesHint())
                    // Each organisation a quorum entry names is one some holder of its role belongs to.
                    let organisations = Set(parts.people.filter { $0.holds(role.id) }.compactMap(\.organisation))
                    for organisation in panel.members[index]?.organisations ?? [] where roles.contains(role.id) && !organisations.contains(organisation.id) {
                        found.append(.error(CheckMessage.noMemberOfOrganisation(["organisation": .text(organisation.id), "role": .text(role.id)])
                                                .suggesting(organisation.id, in: organisations.sorted()), at: organisation.location,
                                            hint: CheckMessage.noMemberOfOrganisationHint()))
                    }
                    let holders = parts.people.filter { $0.holds(role.id) }.count
                    if roles.contains(role.id), holders < count {
                        found.append(.error(CheckMessage.quorumUnreachable(["count": .int(count), "role": .text(role.id), "holders": .int(holders)]),
                                            at: role.location))
                    }
                }
            }
            let slotNames = Set(workflow.slots.map(\.name))
            for step in workflow.steps {
                if let record = step.record { resolve(record, NamedThing.recordType(), among: recordTypes, &found, hint: CheckMessage.recordTypesHint()) }
                if let table = step.subsidy { resolve(table, NamedThing.decisionTable(), among: tables, &found) }
                if let table = step.decide { resolve(table, NamedThing.decisionTable(), among: tables, &found) }
                for slot in step.assign { resolve(slot, NamedThing.slotOfWorkflow(["workflow": .text(workflow.id)]), among: slotNames, &found) }
            }
            for escalation in workflow.escalations {
                resolve(escalation.start, NamedThing.workflow(), among: workflows, &found)
            }
            if !filesHadErrors, workflow.schedules.isEmpty, !escalationTargets.contains(workflow.id) {
                found.append(.error(CheckMessage.nothingStarts(["workflow": .text(workflow.id)]), at: workflow.location,
                                    hint: CheckMessage.nothingStartsHint()))
            }
        }
    }

    /// A record type no workflow step writes is a statistics column that can never be anything
    /// but 0: a warning at its line in `record_types`.
    private func checkRecordTypesProduced(_ district: District, _ found: inout Diagnostics) {
        guard !filesHadErrors, !parts.workflows.isEmpty else { return }
        let written = Set(parts.workflows.flatMap { $0.steps.compactMap { $0.record?.id } })
        for type in district.recordTypes where !written.contains(type.id) {
            found.append(.warning(CheckMessage.recordTypeNeverWritten(["type": .text(type.id)]), at: type.location,
                                  hint: CheckMessage.recordTypeNeverWrittenHint(["type": .text(type.id)])))
        }
    }

    private func checkClinicsHavePairedStaff(_ district: District, _ found: inout Diagnostics) {
        let paired = Set(parts.people.flatMap { $0.paired.map(\.id) })
        for community in district.communities where community.tags.contains("clinic") && !paired.contains(community.id) {
            found.append(.warning(CheckMessage.clinicWithoutPair(["name": .text(community.name)]), at: community.location,
                                  hint: CheckMessage.clinicWithoutPairHint()))
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
                            found.append(.error(CheckMessage.escalationCycle(["cycle": .text(names)]), at: cycle[0].location,
                                                hint: CheckMessage.escalationCycleHint()))
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
            found.append(.error(CheckMessage.rulesWithoutSchema(), at: texts[0].location, hint: CheckMessage.rulesWithoutSchemaHint()))
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

    /// The case schema's `checks:`: each id once, a `when` that type-checks against the case
    /// and the row's `outcome` and gives true or false (a field the schema does not have is an
    /// error at its column), and a `field` that is a field of the case.
    private func compileChecks(_ schema: CaseSchema?, _ found: inout Diagnostics) -> [SourceLocation: CompiledExpression] {
        guard let schema, !schema.checks.isEmpty else { return [:] }
        checkUnique(schema.checks.map { ($0.id, $0.location) }, what: NamedThing.caseCheck(), &found)
        let environment = schema.checkEnvironment(workflows: parts.workflows.map(\.id))
        var compiled: [SourceLocation: CompiledExpression] = [:]
        for check in schema.checks {
            switch RuleCompiler.compile(check.when.text, at: check.when.location, in: environment, expecting: .bool) {
            case .success(let expression): compiled[check.when.location] = expression
            case .failure(let problems): found.append(contentsOf: problems)
            }
            if let field = check.field, let path = check.fieldPath, schema.field(at: path) == nil {
                found.append(.error(CheckMessage.unknown(["what": .message(NamedThing.caseField()), "id": .text(field.id)])
                                        .suggesting(field.id, in: schema.fields.map(\.name)),
                                    at: field.location, hint: CheckMessage.checkFieldHint()))
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
            resolve(role, NamedThing.role(), among: roles, &found, hint: CheckMessage.rolesHint())
        }
        guard let screening = reports.screening, let schema else { return }
        guard let field = schema.fields.first(where: { $0.name == screening.category.id }) else {
            found.append(.error(CheckMessage.unknown(["what": .message(NamedThing.caseField()), "id": .text(screening.category.id)])
                                    .suggesting(screening.category.id, in: schema.fields.map(\.name)),
                                at: screening.category.location, hint: CheckMessage.screeningCategoryHint()))
            return
        }
        if case .enumeration(let values, _) = field.type {
            for value in screening.focus where !values.contains(value) {
                found.append(.error(CheckMessage.notAnEnumValue(["value": .text(value), "field": .text(field.name), "values": .texts(values)]),
                                    at: screening.location))
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
                    found.append(.error(CheckMessage.outputNotAField(["table": .text(reference.id), "output": .text(output.id), "schema": .text(schema.id)])
                                            .suggesting(output.id, in: schema.fields.map(\.name)),
                                        at: output.location, hint: CheckMessage.outputNotAFieldHint()))
                }
            }
        }
    }

    // MARK: Scenarios

    /// Each scenario against the case schema and the district (`ScenarioChecker`).
    private func checkScenarios(_ schema: CaseSchema?, _ district: District?, _ found: inout Diagnostics) {
        for scenario in parts.scenarios {
            ScenarioChecker(schema: schema, district: district, filesHadErrors: filesHadErrors).check(scenario, into: &found)
        }
    }

    // MARK: What a workflow is

    /// A workflow's `type` fits its steps, its schedule and its panel.
    private func checkWorkflowTypes(_ found: inout Diagnostics) {
        for workflow in parts.workflows {
            let type = workflow.type
            for step in workflow.steps {
                // A household is counted, not a case: its step has nothing to decide or wait for.
                if step.forEach == .household {
                    let extras = [("when", step.when != nil), ("decide", step.decide != nil), ("subsidy", step.subsidy != nil),
                                  ("within", step.within != nil), ("assign", !step.assign.isEmpty)].filter(\.1).map(\.0)
                    for key in extras {
                        found.append(.error(CheckMessage.householdStepKey(["step": .text(step.id), "key": .text(key)]), at: step.location,
                                            hint: CheckMessage.householdStepKeyHint()))
                    }
                }
                guard let source = step.forEach, !type.caseSources.contains(source) else { continue }
                found.append(.error(CheckMessage.forEachNotOfType(["step": .text(step.id), "source": .text(source.rawValue), "type": .text(type.rawValue),
                                                                   "allowed": .texts(type.caseSources.map(\.rawValue).sorted())]),
                                    at: step.location, hint: CheckMessage.forEachNotOfTypeHint()))
            }
            // A member of the case's street needs a case that keeps its community.
            if let panel = workflow.panel, workflow.sites == .district, panel.members.values.contains(where: \.sameStreet) {
                found.append(.error(CheckMessage.sameStreetForDistrict(["workflow": .text(workflow.id)]), at: panel.location,
                                    hint: CheckMessage.sameStreetForDistrictHint()))
            }
            // A schedule or a panel that did not decode is already an error of its file.
            guard !filesHadErrors else { continue }
            if type == .panel, workflow.panel == nil {
                found.append(.error(CheckMessage.panelWithoutQuorum(["workflow": .text(workflow.id)]), at: workflow.location))
            }
            if type != .panel, let panel = workflow.panel {
                found.append(.error(CheckMessage.quorumOutsidePanel(["type": .text(type.rawValue)]), at: panel.location))
            }
            if type.isScheduled, workflow.schedules.isEmpty {
                found.append(.error(CheckMessage.noSchedule(["workflow": .text(workflow.id), "type": .text(type.rawValue)]), at: workflow.location))
            }
            if !type.isScheduled, let schedule = workflow.schedules.first {
                found.append(.error(CheckMessage.panelWithSchedule(), at: schedule.location))
            }
        }
    }

    /// The case schema's `resolution` names a bool field.
    private func checkResolution(_ schema: CaseSchema?, _ found: inout Diagnostics) {
        guard let schema, let resolution = schema.resolution else { return }
        // A field of the case itself (the engine sets it on the case, not inside an object).
        guard schema.field(at: [resolution.id])?.type != .bool else { return }
        found.append(.error(CheckMessage.resolutionNotBool(["field": .text(resolution.id), "schema": .text(schema.id)])
                                .suggesting(resolution.id, in: schema.fields.map(\.name)),
                            at: resolution.location, hint: CheckMessage.resolutionNotBoolHint()))
    }

    /// A table a step pays `subsidy:` with gives the yuan in an int output `amount`, and the
    /// tier's name, if it has one, in a string output `tier`: what the engine reads.
    private func checkSubsidyTables(_ found: inout Diagnostics) {
        for workflow in parts.workflows {
            for step in workflow.steps {
                guard let reference = step.subsidy, let table = parts.tables.first(where: { $0.definition.id == reference.id }) else { continue }
                let outputs = table.definition.outputs
                if outputs.first(where: { $0.id == Self.subsidyAmount })?.type != .int {
                    found.append(.error(CheckMessage.subsidyWithoutAmount(["table": .text(reference.id), "output": .text(Self.subsidyAmount)])
                                            .suggesting(Self.subsidyAmount, in: outputs.map(\.id)),
                                        at: reference.location, hint: CheckMessage.subsidyOutputsHint()))
                }
                if let tier = outputs.first(where: { $0.id == Self.subsidyTier }), tier.type != .string {
                    found.append(.error(CheckMessage.subsidyTierNotText(["table": .text(reference.id), "output": .text(Self.subsidyTier)]),
                                        at: tier.location, hint: CheckMessage.subsidyOutputsHint()))
                }
            }
        }
    }

    static let subsidyAmount = Step.subsidyAmount
    static let subsidyTier = Step.subsidyTier
}

/// The words of the checks across files.
public enum CheckMessage: String, MessageCatalogue {
    case noDistrict = "check.no-district"
    case noDistrictHint = "check.no-district.hint"
    case otherDistrict = "check.other-district"
    case otherDistrictHint = "check.other-district.hint"
    case districtNamedHere = "check.district-named-here"
    case settingTwice = "check.setting-twice"
    case settingFirstHere = "check.setting-first-here"
    case missingSetting = "check.missing-setting"
    case missingSettingHint = "check.missing-setting.hint"
    case calendarHint = "check.calendar.hint"
    case secondSchema = "check.second-schema"
    case firstSchemaHere = "check.first-schema-here"
    case duplicate = "check.duplicate"
    case duplicateHint = "check.duplicate.hint"
    case firstDefinedHere = "check.first-defined-here"
    case unknown = "check.unknown"
    case rolesHint = "check.roles.hint"
    case screeningCategoryHint = "check.screening-category.hint"
    case checkFieldHint = "check.check-field.hint"
    case recordTypesHint = "check.record-types.hint"
    case selectsNothing = "check.selects-nothing"
    case nobodyHolds = "check.nobody-holds"
    case nobodyHoldsHint = "check.nobody-holds.hint"
    case quorumUnreachable = "check.quorum-unreachable"
    case noMemberOfOrganisation = "check.no-member-of-organisation"
    case sameStreetForDistrict = "check.same-street-for-district"
    case sameStreetForDistrictHint = "check.same-street-for-district.hint"
    case noMemberOfOrganisationHint = "check.no-member-of-organisation.hint"
    case nothingStarts = "check.nothing-starts"
    case nothingStartsHint = "check.nothing-starts.hint"
    case clinicWithoutPair = "check.clinic-without-pair"
    case recordTypeNeverWritten = "check.record-type-never-written"
    case drawWithoutField = "check.draw-without-field"
    case drawWithoutFieldHint = "check.draw-without-field.hint"
    case recordTypeNeverWrittenHint = "check.record-type-never-written.hint"
    case clinicWithoutPairHint = "check.clinic-without-pair.hint"
    case escalationCycle = "check.escalation-cycle"
    case escalationCycleHint = "check.escalation-cycle.hint"
    case rulesWithoutSchema = "check.rules-without-schema"
    case rulesWithoutSchemaHint = "check.rules-without-schema.hint"
    case outputNotAField = "check.output-not-a-field"
    case outputNotAFieldHint = "check.output-not-a-field.hint"
    case notAnEnumValue = "check.not-an-enum-value"
    case scenarioFieldWithoutSchema = "check.scenario-field-without-schema"
    case scenarioFieldType = "check.scenario-field-type"
    case scenarioFieldTypeHint = "check.scenario-field-type.hint"
    case noMediationSuccess = "check.no-mediation-success"
    case noMediationSuccessHint = "check.no-mediation-success.hint"
    case forEachNotOfType = "check.for-each-not-of-type"
    case forEachNotOfTypeHint = "check.for-each-not-of-type.hint"
    case householdStepKey = "check.household-step-key"
    case householdStepKeyHint = "check.household-step-key.hint"
    case panelWithoutQuorum = "check.panel-without-quorum"
    case quorumOutsidePanel = "check.quorum-outside-panel"
    case noSchedule = "check.no-schedule"
    case panelWithSchedule = "check.panel-with-schedule"
    case resolutionNotBool = "check.resolution-not-bool"
    case resolutionNotBoolHint = "check.resolution-not-bool.hint"
    case subsidyWithoutAmount = "check.subsidy-without-amount"
    case subsidyTierNotText = "check.subsidy-tier-not-text"
    case subsidyOutputsHint = "check.subsidy-outputs.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .noDistrict:
            ("{folder} has no district file",
             "{folder} 中没有区设置文件")
        case .noDistrictHint:
            ("add a file with `kind: district` naming the district, its calendar, roles and record types",
             "请添加一个 `kind: district` 的文件，写明区的名称、工作日历、角色和记录类型")
        case .otherDistrict:
            ("this file is for district '{id}', but the others are for '{first}'",
             "本文件属于区“{id}”，但其他文件属于“{first}”")
        case .otherDistrictHint:
            ("all district files of a folder describe one district; use the same id",
             "一个文件夹中的区设置文件都描述同一个区，请使用相同的 id")
        case .districtNamedHere:
            ("district '{id}' is named here",
             "区“{id}”在这里命名")
        case .settingTwice:
            ("the district's '{key}' is given a second time",
             "区的“{key}”又写了一次")
        case .settingFirstHere:
            ("'{key}' is first given here",
             "“{key}”第一次写在这里")
        case .missingSetting:
            ("the district has no '{key}'",
             "区设置中没有“{key}”")
        case .missingSettingHint:
            ("give '{key}' in one of the district files",
             "请在某个区设置文件中写上“{key}”")
        case .calendarHint:
            ("the district's `calendar` names the id of a `kind: calendar` file, e.g. cn",
             "区的 `calendar` 写一个 `kind: calendar` 文件的 id，例如 cn")
        case .secondSchema:
            ("a second case schema; a folder has one",
             "这是第二份案件字段定义；一个文件夹只能有一份")
        case .firstSchemaHere:
            ("the first is here",
             "第一份在这里")
        case .duplicate:
            ("{what} '{id}' is defined twice",
             "{what}“{id}”定义了两次")
        case .duplicateHint:
            ("every {what} needs its own id, across all files",
             "每个{what}都要有自己的 id，所有文件中不得重复")
        case .firstDefinedHere:
            ("first defined here",
             "第一次定义在这里")
        case .unknown:
            ("unknown {what} '{id}'{?suggestion:; did you mean '{suggestion}'?}",
             "未知的{what}“{id}”{?suggestion:；是不是“{suggestion}”？}")
        case .rolesHint:
            ("roles are listed in the district file's `roles`",
             "角色列在区设置文件的 `roles` 中")
        case .checkFieldHint:
            ("a check's `field` names the field whose cell its error points at, e.g. field: complexity",
             "一致性检查的 `field` 写错误所指单元格对应的案件字段，例如 field: complexity")
        case .screeningCategoryHint:
            ("the screening's `category` names a field of the case schema, e.g. category",
             "矛盾纠纷排查的 `category` 写案件字段定义中的一个字段，例如 category")
        case .recordTypesHint:
            ("record types are listed in the district file's `record_types`",
             "记录类型列在区设置文件的 `record_types` 中")
        case .selectsNothing:
            ("workflow '{workflow}' selects no site: no community carries the tags {tags}",
             "流程“{workflow}”没有选中任何地点：没有社区(村)带有标签 {tags}")
        case .nobodyHolds:
            ("nobody holds a role slot '{slot}' accepts ({roles})",
             "没有人担任岗位“{slot}”接受的角色（{roles}）")
        case .nobodyHoldsHint:
            ("give the role to somebody in a staff file, or accept another role",
             "请在人员文件中给某人这个角色，或让岗位接受其他角色")
        case .sameStreetForDistrict:
            ("workflow '{workflow}' takes a quorum member from the case's street (`same_street: true`), but its cases are the whole district's (`sites: district`)",
             "流程“{workflow}”要求专家组成员来自案件所在街镇（`same_street: true`），但它的案件属于全区（`sites: district`）")
        case .sameStreetForDistrictHint:
            ("give the workflow `sites: { tags: [community] }` so that an escalated case keeps its community, or drop `same_street`",
             "请写 `sites: { tags: [community] }`，使提请的案件保留所在社区，或去掉 `same_street`")
        case .noMemberOfOrganisation:
            ("nobody holding role '{role}' belongs to the organisation '{organisation}'",
             "没有担任 {role} 角色的人属于“{organisation}”")
        case .noMemberOfOrganisationHint:
            ("name an organisation as a staff file writes it (`organisation:`), or give someone of it the role",
             "请按人员文件中的写法（`organisation:`）填写单位，或让该单位的人担任这个角色")
        case .quorumUnreachable:
            ("the panel needs {count} × {role}, but only {holders} {holders|person holds|people hold} it",
             "会诊专家组需要 {count} 名 {role}，但只有 {holders} 人担任这个角色")
        case .nothingStarts:
            ("nothing can start workflow '{workflow}': it has no schedule and no escalation starts it",
             "流程“{workflow}”无法启动：它没有排期，也没有升级规则启动它")
        case .nothingStartsHint:
            ("give it a `schedule`, or `start: \u{2026}` it from an escalation of another workflow",
             "请给它一个 `schedule`，或在其他流程的升级规则中用 `start: \u{2026}` 启动它")
        case .drawWithoutField:
            ("{key} are drawn but fields names no {field} field to put them in",
             "抽取了 {key}，但 fields 中没有写明放入哪个 {field} 字段")
        case .drawWithoutFieldHint:
            ("add `{field}: NAME` under `fields`, naming a list field of the case schema, or remove the draws",
             "请在 fields 下加上 `{field}: 字段名`（案件字段中的列表字段），或删除这些抽取")
        case .recordTypeNeverWritten:
            ("no workflow step writes record type {type}: its column of the statistics is always 0",
             "没有任何工作流步骤写入记录类型“{type}”：统计表中这一列永远是 0")
        case .recordTypeNeverWrittenHint:
            ("add a step with `record: {type}` (with a `when` on the case fields the sheets fill in), or remove the type",
             "请添加一个 `record: {type}` 的步骤（用 `when` 判断登记表填写的案件字段），或删除这个记录类型")
        case .clinicWithoutPair:
            ("clinic {name} has no paired lawyer (结对)",
             "诊室“{name}”没有结对律师")
        case .clinicWithoutPairHint:
            ("add its id to some lawyer's `paired` list",
             "请把它的 id 加到某位律师的 `paired` 列表中")
        case .escalationCycle:
            ("escalations form a cycle with no deadline: {cycle}",
             "升级规则构成了没有期限的循环：{cycle}")
        case .escalationCycleHint:
            ("give one of these escalations `after:` or `within:` so that a case cannot go round for ever",
             "请给其中一条升级规则加上 `after:` 或 `within:`，以免案件无限循环")
        case .rulesWithoutSchema:
            ("the workflows have rules, but the folder has no case schema to check them against",
             "流程中有规则，但文件夹中没有案件字段定义可供检查")
        case .rulesWithoutSchemaHint:
            ("add a `kind: case-schema` file declaring the fields rules read (case.kind, case.parties \u{2026})",
             "请添加一个 `kind: case-schema` 文件，声明规则读取的字段（case.kind、case.parties \u{2026}）")
        case .outputNotAField:
            ("decision table '{table}' decides '{output}' for the case, but {schema}.{output} is not a field{?suggestion:; did you mean '{suggestion}'?}",
             "决策表“{table}”为案件决定“{output}”，但 {schema}.{output} 不是字段{?suggestion:；是不是“{suggestion}”？}")
        case .outputNotAFieldHint:
            ("a table used with `decide:` writes its outputs onto the case; declare each output in the case schema",
             "用于 `decide:` 的决策表会把输出写到案件上，请在案件字段定义中声明每个输出")
        case .notAnEnumValue:
            ("'{value}' is not a value of case.{field} ({values}){?suggestion:; did you mean '{suggestion}'?}",
             "“{value}”不是 case.{field} 的取值（{values}）{?suggestion:；是不是“{suggestion}”？}")
        case .scenarioFieldWithoutSchema:
            ("fields.{key} names a case field, but the folder has no case schema",
             "fields.{key} 指向案件字段，但文件夹中没有案件字段定义")
        case .scenarioFieldType:
            ("fields.{key} names '{field}', which is not a {expected} field of {schema}{?suggestion:; did you mean '{suggestion}'?}",
             "fields.{key} 指向的“{field}”不是 {schema} 中的 {expected} 字段{?suggestion:；是不是“{suggestion}”？}")
        case .scenarioFieldTypeHint:
            ("kind, category and complexity draw enum values; parties and age whole numbers; major, risk, housebound and elderly true or false",
             "kind、category、complexity 抽取枚举值；parties、age 抽取整数；major、risk、housebound、elderly 抽取真假值")
        case .noMediationSuccess:
            ("mediation_success gives no share for {field} '{value}'",
             "mediation_success 没有给出 {field} 为“{value}”时的调解成功比例")
        case .noMediationSuccessHint:
            ("give every complexity a share between 0 and 1, e.g. mediation_success: {{ simple: 0.92, general: 0.78, complex: 0.5 }}",
             "请为每种难易程度给出 0 到 1 之间的比例，例如 mediation_success: {{ simple: 0.92, general: 0.78, complex: 0.5 }}")
        case .forEachNotOfType:
            ("step '{step}' runs `for_each: {source}`, but the cases of a {type} workflow are: {allowed}",
             "步骤“{step}”写的是 `for_each: {source}`，但 {type} 类流程的案件只有：{allowed}")
        case .forEachNotOfTypeHint:
            ("a sitting's cases are its visitors, a round's the households it visits and the needs it finds, a panel's the cases escalated to it, an event's the event and its visitors; change the step's `for_each` or the workflow's `type`",
             "sitting 的案件是来访群众，round 的是走访的住户和发现的需求，panel 的是提请会诊的案件，event 的是活动本身及其来访群众；请修改步骤的 `for_each` 或流程的 `type`")
        case .householdStepKey:
            ("step '{step}' runs `for_each: household` and cannot have `{key}`: a household visited is counted, not a case",
             "步骤“{step}”写的是 `for_each: household`，不能有 `{key}`：走访的住户只计数，不是案件")
        case .householdStepKeyHint:
            ("a household step writes its record once for each household the round's report counts; put rules on a `for_each: need` step",
             "住户步骤按巡诊报告的走访户数逐户写入服务记录；规则请写在 `for_each: need` 的步骤上")
        case .panelWithoutQuorum:
            ("workflow '{workflow}' is a panel but has no `panel:` with its quorum",
             "流程“{workflow}”是 panel 类，但没有写明组成人员的 `panel:`")
        case .quorumOutsidePanel:
            ("`panel:` belongs to a workflow of type panel, not {type}",
             "`panel:` 只用于 panel 类流程，不用于 {type} 类")
        case .noSchedule:
            ("workflow '{workflow}' is a {type} but has no `schedule:`",
             "流程“{workflow}”是 {type} 类，但没有 `schedule:` 排期")
        case .panelWithSchedule:
            ("a panel has no schedule: escalations start it",
             "panel 类流程没有排期：由提请会诊启动")
        case .resolutionNotBool:
            ("resolution names '{field}', which is not a bool field of {schema}{?suggestion:; did you mean '{suggestion}'?}",
             "resolution 指向的“{field}”不是 {schema} 中的真假值字段{?suggestion:；是不是“{suggestion}”？}")
        case .resolutionNotBoolHint:
            ("resolution names the bool field the engine sets from a case's outcome (结果) and reads when a timer closes a case",
             "resolution 指向一个真假值字段：引擎按登记表的结果写入它，并在计时到期办结案件时读取它")
        case .subsidyWithoutAmount:
            ("table '{table}' pays a subsidy, but has no int output '{output}'{?suggestion:; did you mean '{suggestion}'?}",
             "决策表“{table}”用于补贴，但没有整数输出“{output}”{?suggestion:；是不是“{suggestion}”？}")
        case .subsidyTierNotText:
            ("table '{table}' pays a subsidy: its output '{output}' must be a string",
             "决策表“{table}”用于补贴：其输出“{output}”必须是字符串")
        case .subsidyOutputsHint:
            ("a subsidy table gives the yuan in an int output `amount` and may name the tier in a string output `tier`",
             "补贴决策表用整数输出 `amount` 给出金额（元），可用字符串输出 `tier` 给出档次名称")
        }
    }
}
