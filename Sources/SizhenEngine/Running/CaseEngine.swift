import SizhenCalendar
import SizhenModel
import SizhenRecords
import SizhenRules

/// The case runner: opens cases, runs their steps, writes records, evaluates escalations,
/// sets timers and schedules sessions, and processes days. It holds the open cases and
/// pending timers in memory and reports every change in a `ChangeSet` for the store.
///
/// How a case moves (docs/engine.md):
/// 1. It opens on a day, from a visitor, a need, an event or an escalation.
/// 2. Its workflow's steps run in order: a step applies when its `for_each` matches what
///    opened the case (or it has none) and its `when` holds. A step writes its record type,
///    applies `decide` (outputs onto the case) and `subsidy` (outputs onto the record).
///    A step with `within` (送法到家) is not run at once: a session is scheduled by the
///    deadline with a person of its slot, and the step runs that day. A workflow with a
///    `panel` (会诊) runs its steps when the panel sits.
/// 3. Escalations: one without `after` fires when its `when` holds after the steps; one with
///    `after` sets a timer and fires if its `when` still holds when the timer is due. Firing
///    opens a linked case in the target workflow with a deadline (`within`) and marks this
///    case referred.
/// 4. A deadline timer the day after a deadline reports the case overdue if it is still open.
public struct CaseEngine: Sendable {
    /// The loaded workflows.
    public let set: WorkflowSet
    /// Cases not closed, by id.
    public private(set) var open: [String: EngineCase] = [:]
    /// Timers not done.
    var timerBook = TimerBook()
    /// Timers not done, by id.
    public var timers: [String: EngineTimer] { timerBook.byID }
    /// Who is booked for sessions.
    public private(set) var staffCalendar: StaffCalendar
    /// Staff assigned to occurrences (from the month's plan), by occurrence id.
    public var assignments: [String: [String]] = [:]
    /// Visit candidates by site, street or everyone, and roles (see `candidates`).
    private var candidateCache: [String: [Int]] = [:]

    private let caseType: ObjectType?
    private let caseSlot: Int?
    private let streetOfSite: [String: String]
    private let siteNames: [String: String]
    /// Person ids by role id, in id order; by paired community; by street; and each person's
    /// roles and organisation.
    private let peopleByRole: [String: [String]]
    private let pairedWith: [String: [String]]
    private let peopleByStreet: [String: [String]]
    private let rolesOf: [String: Set<String>]
    private let organisationOf: [String: String]

    /// Creates an engine over `set`, resuming from stored open cases and timers.
    public init(set: WorkflowSet, openCases: [EngineCase] = [], timers: [EngineTimer] = []) {
        self.set = set
        self.open = Dictionary(openCases.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.timerBook = TimerBook(timers)
        var calendar = StaffCalendar(people: set.people)
        for timer in timers where timer.kind == .session {
            for person in timer.people { calendar.book(person, on: timer.due) }
        }
        self.staffCalendar = calendar
        if case .object(let type)? = set.caseSchema?.ruleType { caseType = type } else { caseType = nil }
        caseSlot = set.caseSchema.flatMap { set.environment.slot(of: $0.id) }
        var streets: [String: String] = [:]
        var names: [String: String] = [set.district.id: set.district.name]
        for community in set.district.communities {
            streets[community.id] = community.streetID
            names[community.id] = community.name
        }
        streetOfSite = streets
        siteNames = names
        var byRole: [String: [String]] = [:]
        var byPair: [String: [String]] = [:]
        var byStreet: [String: [String]] = [:]
        var roles: [String: Set<String>] = [:]
        var organisations: [String: String] = [:]
        for person in set.people.sorted(by: { $0.id < $1.id }) {
            for role in person.roles { byRole[role.id, default: []].append(person.id) }
            for community in person.paired { byPair[community.id, default: []].append(person.id) }
            if let street = person.street { byStreet[street.id, default: []].append(person.id) }
            roles[person.id, default: []].formUnion(person.roles.map(\.id))
            if let organisation = person.organisation { organisations[person.id] = organisation }
        }
        peopleByRole = byRole
        pairedWith = byPair
        peopleByStreet = byStreet
        rolesOf = roles
        organisationOf = organisations
    }

    // MARK: Opening cases

    /// Opens a case for each input (skipping ids already opened, so importing twice adds
    /// nothing), runs its steps and escalations.
    public mutating func open(_ inputs: [CaseInput], into changes: inout ChangeSet, exists: (String) -> Bool = { _ in false }) {
        for input in inputs {
            let id = input.caseID
            guard open[id] == nil, changes.cases[id] == nil, !exists(id), let workflow = set.workflow(input.workflowID) else { continue }
            var fields = input.fields
            if set.caseSchema?.field(at: ["resolved"])?.type == .bool, fields["resolved"] == nil {
                fields["resolved"] = .bool(input.outcome == .resolved)
            }
            let source: CaseSource = workflow.steps.contains { $0.forEach == .need } ? .need : .visitor
            let staff = input.staff.isEmpty ? (assignments[input.occurrenceID] ?? []) : input.staff
            let engineCase = EngineCase(id: id, workflowID: workflow.id, occurrenceID: input.occurrenceID, siteID: input.siteID,
                                        openedOn: input.date, source: source, fields: fields, staff: staff)
            changes.log(EngineEvent(date: input.date, kind: .caseOpened, caseID: id, occurrenceID: input.occurrenceID,
                                    message: "\(workflow.name) case opened at \(siteName(input.siteID)): \(describe(fields))"))
            start(engineCase, outcome: input.outcome, on: input.date, into: &changes)
        }
    }

    /// Runs a freshly opened case: steps (or a session), then escalations.
    mutating func start(_ opened: EngineCase, outcome: CaseOutcome, on date: CivilDate, into changes: inout ChangeSet) {
        var engineCase = opened
        guard let workflow = set.workflow(engineCase.workflowID) else { return }
        if workflow.panel != nil, engineCase.source == .escalation {
            open[engineCase.id] = engineCase
            changes.save(engineCase)
            schedulePanel(for: engineCase, workflow: workflow, from: date, into: &changes)
            return
        }
        var waiting = false
        for step in workflow.steps {
            guard applies(step, to: engineCase, on: date, into: &changes) else { continue }
            if step.within != nil, !step.assign.isEmpty {
                scheduleVisit(for: &engineCase, step: step, workflow: workflow, from: date, into: &changes)
                waiting = true
                continue
            }
            run(step, of: &engineCase, workflow: workflow, outcome: outcome.rawValue, on: date, into: &changes)
        }
        // An event (a 助诊 publicity event) is not a matter that escalates; its on-site
        // consultations are cases of their own.
        let referred = engineCase.source == .event ? false : escalate(&engineCase, workflow: workflow, on: date, into: &changes)
        if !waiting, !referred, !timerBook.hasTimers(of: engineCase.id) {
            engineCase.status = outcome == .resolved ? .resolved : .unresolved
            engineCase.closedOn = date
            changes.log(EngineEvent(date: date, kind: .caseClosed, caseID: engineCase.id, message: "case closed: \(engineCase.status.rawValue)"))
        }
        if engineCase.status.isClosed { open[engineCase.id] = nil } else { open[engineCase.id] = engineCase }
        changes.save(engineCase)
    }

    // MARK: Steps

    /// Whether a step applies to a case: its `for_each` matches, and its `when` holds.
    mutating func applies(_ step: Step, to engineCase: EngineCase, on date: CivilDate, into changes: inout ChangeSet) -> Bool {
        if let forEach = step.forEach, forEach != engineCase.source { return false }
        guard let when = step.when else { return true }
        switch test(when, engineCase) {
        case .success(let holds):
            if !holds {
                changes.log(EngineEvent(date: date, kind: .stepSkipped, caseID: engineCase.id,
                                        message: "step \(step.id) skipped: \(when.text) is false"))
            }
            return holds
        case .failure(let error):
            changes.log(EngineEvent(date: date, kind: .ruleError, caseID: engineCase.id,
                                    message: "step \(step.id): \(SizhenRulesMessages.english.render(error.message)) (\(error.location))"))
            return false
        }
    }

    /// Runs a step: its decision table, its record with any subsidy.
    mutating func run(_ step: Step, of engineCase: inout EngineCase, workflow: Workflow, outcome: String, on date: CivilDate,
                      staff: [String]? = nil, into changes: inout ChangeSet) {
        if let decide = step.decide, let table = set.table(decide.id) {
            switch table.evaluate(activation(engineCase)) {
            case .success(let result):
                for (index, name) in result.outputNames.enumerated() where !result.outputs.isEmpty {
                    if set.caseSchema?.field(at: [name]) != nil { engineCase.fields[name] = result.outputs[0][index] }
                }
                changes.log(EngineEvent(date: date, kind: .tableMatched, caseID: engineCase.id,
                                        message: "table \(decide.id): " + matchDescription(result)))
            case .failure(let error):
                changes.log(EngineEvent(date: date, kind: .ruleError, caseID: engineCase.id, message: "table \(decide.id): \(SizhenRulesMessages.english.render(error.message))"))
            }
        }
        guard let recordType = step.record?.id else { return }
        var subsidy: Int?
        var tier: String?
        if let table = step.subsidy.flatMap({ set.table($0.id) }) {
            switch table.evaluate(activation(engineCase)) {
            case .success(let result):
                if case .int(let amount)? = result["amount"] { subsidy = Int(amount) }
                if case .string(let name)? = result["tier"] { tier = name }
                changes.log(EngineEvent(date: date, kind: .tableMatched, caseID: engineCase.id,
                                        message: "table \(table.definition.id): " + matchDescription(result)))
            case .failure(let error):
                changes.log(EngineEvent(date: date, kind: .ruleError, caseID: engineCase.id,
                                        message: "table \(table.definition.id): \(SizhenRulesMessages.english.render(error.message))"))
            }
        }
        let record = ServiceRecord(id: "\(engineCase.id):\(step.id)", type: recordType, workflowID: workflow.id,
                                   occurrenceID: engineCase.occurrenceID, siteID: engineCase.siteID, streetID: streetOfSite[engineCase.siteID],
                                   date: date, staff: staff ?? engineCase.staff, caseID: engineCase.id, outcome: outcome,
                                   subsidyYuan: subsidy, subsidyTier: tier)
        changes.records.append(record)
        var message = "step \(step.id): record \(recordType)"
        if let subsidy { message += ", subsidy \(subsidy) yuan" + (tier.map { " (\($0))" } ?? "") }
        changes.log(EngineEvent(date: date, kind: .stepRun, caseID: engineCase.id, occurrenceID: engineCase.occurrenceID, message: message))
    }

    // MARK: Escalations

    /// Evaluates a case's escalations after its steps: those without `after` fire now, the
    /// others set a timer. Returns whether the case was referred.
    mutating func escalate(_ engineCase: inout EngineCase, workflow: Workflow, on date: CivilDate, into changes: inout ChangeSet) -> Bool {
        for escalation in workflow.escalations {
            if let after = escalation.after {
                // A timer only for a rule that holds now: nothing changes a case's fields while
                // it waits, so one that does not hold now would not hold then.
                guard case .success(true) = test(escalation.when, engineCase) else { continue }
                guard let due = add(after, to: date, what: "escalation \(escalation.id) of \(engineCase.id)", into: &changes) else { continue }
                let timer = EngineTimer(caseID: engineCase.id, kind: .escalation, name: escalation.id, due: due)
                timerBook.add(timer)
                changes.timersAdded.append(timer)
                changes.log(EngineEvent(date: date, kind: .timerSet, caseID: engineCase.id,
                                        message: "timer: escalation \(escalation.id) re-checked on \(due) (after \(after))"))
                continue
            }
            if fire(escalation, from: &engineCase, workflow: workflow, on: date, into: &changes) { return true }
        }
        return false
    }

    /// Fires an escalation if its rule holds: opens the linked case.
    mutating func fire(_ escalation: Escalation, from engineCase: inout EngineCase, workflow: Workflow, on date: CivilDate,
                       into changes: inout ChangeSet) -> Bool {
        guard case .success(true) = test(escalation.when, engineCase), let target = set.workflow(escalation.start.id) else { return false }
        let within = escalation.within ?? target.within
        let deadline = within.flatMap { add($0, to: date, what: "the deadline of \(engineCase.id)>\(escalation.id)", into: &changes) }
        let linked = EngineCase(id: "\(engineCase.id)>\(escalation.id)", workflowID: target.id, occurrenceID: nil,
                                siteID: target.sites == .district ? set.district.id : engineCase.siteID, openedOn: date,
                                source: .escalation, parentID: engineCase.id, fields: engineCase.fields, staff: [],
                                excluded: Array(Set(engineCase.staff + engineCase.excluded)).sorted(), deadline: deadline)
        engineCase.status = .referred
        engineCase.closedOn = date
        changes.log(EngineEvent(date: date, kind: .escalated, caseID: engineCase.id,
                                message: "escalation \(escalation.id) (\(escalation.when.text)) → \(target.name) case \(linked.id)"
                                    + (deadline.map { ", due by \($0)" } ?? "")))
        if let deadline {
            let check = EngineTimer(caseID: linked.id, kind: .deadline, name: "within", due: deadline.adding(days: 1))
            timerBook.add(check)
            changes.timersAdded.append(check)
        }
        changes.log(EngineEvent(date: date, kind: .caseOpened, caseID: linked.id, message: "\(target.name) case opened by escalation \(escalation.id)"))
        start(linked, outcome: .unresolved, on: date, into: &changes)
        return true
    }

    // MARK: Sessions

    /// Composes a panel (会诊): for each quorum role the required number of people holding it,
    /// none of them the case's own staff (nor of the same organisation as its lawyer), on the
    /// earliest workday from the day after escalation when all are free; by the deadline if
    /// possible, else the first possible day after it (the deadline is then missed).
    mutating func schedulePanel(for engineCase: EngineCase, workflow: Workflow, from date: CivilDate, into changes: inout ChangeSet) {
        guard let panel = workflow.panel else { return }
        let caseStaff = Set(engineCase.staff + engineCase.excluded)
        let excludedOrganisations = Set(caseStaff.compactMap { organisationOf[$0] })
        var day = date.adding(days: 1)
        let horizon = (engineCase.deadline ?? date.adding(days: 14)).adding(days: 30)
        while day <= horizon {
            guard isWorkday(day) else { day = day.adding(days: 1); continue }
            var members: [String] = []
            var complete = true
            for (role, count) in panel.quorum {
                // The least booked free holders of the role (ties by id), without a conflict.
                var chosen: [(booked: Int, id: String)] = []
                // A bounded window of the role's people (fixed by the case), so that composing a
                // panel costs the same whatever the size of the district.
                var holders = peopleByRole[role.id] ?? []
                if holders.count > Self.fallbackWindow {
                    var generator = SeededGenerator(seed: 0, stream: engineCase.id + "/" + role.id)
                    let offset = Int(truncatingIfNeeded: generator.next() % UInt64(holders.count))
                    holders = (0..<Self.fallbackWindow).map { holders[(offset + $0) % holders.count] }
                }
                for id in holders {
                    guard !members.contains(id), staffCalendar.isFree(id, on: day) else { continue }
                    if panel.excludeCaseStaff, caseStaff.contains(id) || (organisationOf[id].map(excludedOrganisations.contains) ?? false) {
                        continue
                    }
                    chosen.append((staffCalendar.bookings(of: id), id))
                }
                guard chosen.count >= count else { complete = false; break }
                members += chosen.sorted { ($0.booked, $0.id) < ($1.booked, $1.id) }.prefix(count).map(\.id)
            }
            if complete {
                book(engineCase, kind: "panel", members: members, on: day, into: &changes,
                     note: panel.excludeCaseStaff && !caseStaff.isEmpty ? "case staff \(caseStaff.sorted().joined(separator: ", ")) excluded" : nil)
                return
            }
            day = day.adding(days: 1)
        }
        changes.log(EngineEvent(date: date, kind: .unfilled, caseID: engineCase.id, message: "no day until \(horizon) when a full panel is free"))
    }

    /// Schedules a step with a deadline (送法到家): the earliest workday after the case opened
    /// when a person of the step's slots is free, preferring the person paired with the site,
    /// then the same street, then the least booked.
    mutating func scheduleVisit(for engineCase: inout EngineCase, step: Step, workflow: Workflow, from date: CivilDate, into changes: inout ChangeSet) {
        guard let within = step.within,
              let deadline = add(within, to: date, what: "the deadline of \(engineCase.id):\(step.id)", into: &changes) else { return }
        engineCase.deadline = deadline
        let pending = engineCase
        open[pending.id] = pending
        changes.save(pending)
        let check = EngineTimer(caseID: pending.id, kind: .deadline, name: step.id, due: deadline.adding(days: 1))
        timerBook.add(check)
        changes.timersAdded.append(check)
        let slots = workflow.slots.filter { slot in step.assign.contains { $0.id == slot.name } }
        let street = streetOfSite[engineCase.siteID]
        var day = date.adding(days: 1)
        let horizon = deadline.adding(days: 30)
        while day <= horizon {
            if isWorkday(day) {
                var team: [String] = []
                var complete = true
                for slot in slots {
                    if !slot.onDemand, let assigned = engineCase.staff.first(where: { id in slot.roles.contains { rolesOf[id]?.contains($0.id) == true } }) {
                        if staffCalendar.isFree(assigned, on: day) { team.append(assigned); continue }
                    }
                    guard let chosen = visitor(for: slot, site: engineCase.siteID, street: street, on: day, excluding: team) else {
                        complete = false
                        break
                    }
                    team.append(chosen)
                }
                if complete {
                    book(pending, kind: step.id, members: team, on: day, into: &changes, note: nil)
                    return
                }
            }
            day = day.adding(days: 1)
        }
        changes.log(EngineEvent(date: date, kind: .unfilled, caseID: pending.id, message: "step \(step.id): nobody free until \(horizon)"))
    }

    /// The person for a slot of a visit on a day: free and holding one of the slot's roles;
    /// the person paired with the site first, then one of the same street, then the least
    /// booked of all (ties by id).
    mutating func visitor(for slot: Slot, site: String, street: String?, on day: CivilDate, excluding team: [String]) -> String? {
        let roles = slot.roles.map(\.id)
        let signature = roles.joined(separator: "|")
        func leastBooked(_ candidates: [Int]) -> String? {
            var best: (booked: Int, id: String)?
            for index in candidates where staffCalendar.isFree(at: index, on: day) {
                let id = staffCalendar.id(at: index)
                guard !team.contains(id) else { continue }
                let candidate = (staffCalendar.bookings(at: index), id)
                if best.map({ candidate < $0 }) ?? true { best = candidate }
            }
            return best?.id
        }
        let pairs = pairedWith[site] ?? []
        let paired = candidates(pairs, holding: roles, key: "site " + site + " " + signature)
        if let chosen = leastBooked(paired) { return chosen }
        if let street {
            let neighbours = peopleByStreet[street] ?? []
            let local = candidates(neighbours, holding: roles, key: "street " + street + " " + signature)
            if let chosen = leastBooked(local) { return chosen }
        }
        // Anyone of the roles: the least booked of a bounded window of them, starting at a place
        // fixed by the site, so that the cost of a search does not grow with the district.
        let byRole = peopleByRole
        let everyone = candidates(roles.flatMap { byRole[$0] ?? [] }, holding: roles, key: "all " + signature)
        guard everyone.count > Self.fallbackWindow else { return leastBooked(everyone) }
        var generator = SeededGenerator(seed: 0, stream: site)
        let offset = Int(truncatingIfNeeded: generator.next() % UInt64(everyone.count))
        return leastBooked((0..<Self.fallbackWindow).map { everyone[(offset + $0) % everyone.count] })
    }

    /// The numbers of those of `ids` who hold one of `roles`, computed once per key: a search
    /// then looks at each candidate's days, not at their roles again.
    private mutating func candidates(_ ids: @autoclosure () -> [String], holding roles: [String], key: String) -> [Int] {
        if let known = candidateCache[key] { return known }
        let numbers = ids().compactMap { id -> Int? in
            guard let held = rolesOf[id], roles.contains(where: held.contains) else { return nil }
            return staffCalendar.index(of: id)
        }
        candidateCache[key] = numbers
        return numbers
    }

    /// How many people of a role a visit's last-resort search looks at.
    static let fallbackWindow = 64

    private mutating func book(_ engineCase: EngineCase, kind: String, members: [String], on day: CivilDate, into changes: inout ChangeSet,
                               note: String?) {
        for member in members { staffCalendar.book(member, on: day) }
        let session = EngineTimer(caseID: engineCase.id, kind: .session, name: kind, due: day, people: members)
        timerBook.add(session)
        changes.timersAdded.append(session)
        let names = members.map { staffCalendar.person($0)?.name ?? $0 }.joined(separator: "、")
        var message = "\(kind) scheduled on \(day): \(names)"
        if let deadline = engineCase.deadline { message += day <= deadline ? " (deadline \(deadline))" : " (after the deadline \(deadline))" }
        if let note { message += "; " + note }
        changes.log(EngineEvent(date: engineCase.openedOn, kind: .sessionScheduled, caseID: engineCase.id, message: message))
    }

    // MARK: Days

    /// Processes one day: the occurrences held (event cases for workflows with `for_each:
    /// event` steps), then the timers due, in a fixed order (kind, then id).
    public mutating func process(day: CivilDate, held occurrences: [OccurrenceRef], opening: (([OccurrenceRef]) -> [CaseInput])? = nil,
                                 reassigning: [Reassignment] = [], into changes: inout ChangeSet) {
        // Absences first: the day's slots of an absent person go to the replacement.
        for change in reassigning {
            var staff = assignments[change.occurrenceID] ?? []
            staff.removeAll { $0 == change.absent }
            if let replacement = change.replacement { staff.append(replacement) }
            assignments[change.occurrenceID] = staff
            changes.reassigned.append(change)
            changes.log(EngineEvent(date: day, kind: change.replacement == nil ? .unfilled : .absence, occurrenceID: change.occurrenceID,
                                    message: change.reason))
        }
        for occurrence in occurrences {
            changes.occurrencesHeld.append(occurrence.id)
            let staff = assignments[occurrence.id] ?? []
            changes.log(EngineEvent(date: day, kind: .occurrenceHeld, occurrenceID: occurrence.id,
                                    message: "\(set.workflow(occurrence.workflowID)?.name ?? occurrence.workflowID) held at \(siteName(occurrence.siteID))"
                                        + (staff.isEmpty ? "" : " by " + staff.map { staffCalendar.person($0)?.name ?? $0 }.joined(separator: "、"))))
            guard let workflow = set.workflow(occurrence.workflowID), workflow.steps.contains(where: { $0.forEach == .event }) else { continue }
            let id = "\(occurrence.id)#event"
            guard open[id] == nil else { continue }
            let event = EngineCase(id: id, workflowID: workflow.id, occurrenceID: occurrence.id, siteID: occurrence.siteID, openedOn: day,
                                   source: .event, fields: [:], staff: staff)
            start(event, outcome: .resolved, on: day, into: &changes)
        }
        // The cases of the day (the simulation's visitors), after the occurrences are held and
        // before the timers fire.
        if let opening { open(opening(occurrences), into: &changes) }
        // Timers due on days processed before (a case imported late) fire on the next day processed.
        let due = timerBook.due(through: day)
        // Sessions first, so that a visit held on its deadline day counts as in time.
        for timer in due.filter({ $0.kind == .session }) + due.filter({ $0.kind != .session }) {
            guard timerBook.contains(timer.id) else { continue }
            timerBook.remove(timer.id)
            changes.timersDone.append(timer.id)
            fireTimer(timer, on: day, into: &changes)
        }
        changes.processedDay = day
    }

    private mutating func fireTimer(_ timer: EngineTimer, on day: CivilDate, into changes: inout ChangeSet) {
        guard var engineCase = open[timer.caseID], let workflow = set.workflow(engineCase.workflowID) else { return }
        switch timer.kind {
        case .escalation:
            changes.log(EngineEvent(date: day, kind: .timerFired, caseID: engineCase.id, message: "timer: escalation \(timer.name) re-checked"))
            guard engineCase.status == .open, let escalation = workflow.escalations.first(where: { $0.id == timer.name }) else { return }
            if fire(escalation, from: &engineCase, workflow: workflow, on: day, into: &changes) {
                cancelTimers(of: engineCase.id, into: &changes)
            } else if !timerBook.hasTimers(of: engineCase.id) {
                engineCase.status = engineCase.fields["resolved"] == .bool(true) ? .resolved : .unresolved
                engineCase.closedOn = day
                changes.log(EngineEvent(date: day, kind: .caseClosed, caseID: engineCase.id, message: "case closed: \(engineCase.status.rawValue)"))
            }
        case .session:
            changes.log(EngineEvent(date: day, kind: .sessionHeld, caseID: engineCase.id,
                                    message: "\(timer.name) held: " + timer.people.map { staffCalendar.person($0)?.name ?? $0 }.joined(separator: "、")))
            engineCase.staff = Array(Set(engineCase.staff + timer.people)).sorted()
            let steps = workflow.panel != nil ? workflow.steps : workflow.steps.filter { $0.id == timer.name }
            for step in steps where applies(step, to: engineCase, on: day, into: &changes) {
                run(step, of: &engineCase, workflow: workflow, outcome: CaseOutcome.resolved.rawValue, on: day, staff: timer.people, into: &changes)
            }
            if let deadline = engineCase.deadline {
                changes.log(EngineEvent(date: day, kind: day <= deadline ? .deadlineMet : .overdue, caseID: engineCase.id,
                                        message: day <= deadline ? "held by the deadline \(deadline)" : "held \(deadline.distance(to: day)) days after the deadline \(deadline)"))
            }
            if !timerBook.hasTimers(of: engineCase.id, except: .deadline) {
                engineCase.status = .resolved
                engineCase.closedOn = day
                cancelTimers(of: engineCase.id, into: &changes)
                changes.log(EngineEvent(date: day, kind: .caseClosed, caseID: engineCase.id, message: "case closed: resolved"))
            }
        case .deadline:
            changes.log(EngineEvent(date: day, kind: .overdue, caseID: engineCase.id,
                                    message: "overdue: \(workflow.name) not done by \(engineCase.deadline.map(String.init(describing:)) ?? "its deadline")"))
        }
        if engineCase.status.isClosed { open[engineCase.id] = nil } else { open[engineCase.id] = engineCase }
        changes.save(engineCase)
    }

    private mutating func cancelTimers(of caseID: String, into changes: inout ChangeSet) {
        for timer in timerBook.of(caseID) {
            timerBook.remove(timer.id)
            changes.timersDone.append(timer.id)
        }
    }

    // MARK: Helpers

    func isWorkday(_ date: CivilDate) -> Bool {
        var warnings = CalendarWarnings()
        return (try? set.calendar.isWorkday(date, warnings: &warnings)) ?? false
    }

    /// `date` plus a duration; nil (with a warning) when the workdays fall in a year the
    /// calendar does not cover: the engine never guesses.
    mutating func add(_ duration: Duration, to date: CivilDate, what: String, into changes: inout ChangeSet) -> CivilDate? {
        switch duration.unit {
        case .days: return date.adding(days: duration.amount)
        case .workdays:
            var warnings = CalendarWarnings()
            do {
                return try set.calendar.adding(workdays: duration.amount, to: date, warnings: &warnings)
            } catch {
                changes.warnings.append("\(what): \(SizhenCalendarMessages.english.render(error.message)); \(SizhenCalendarMessages.english.render(error.hint))")
                return nil
            }
        }
    }

    func test(_ rule: RuleText, _ engineCase: EngineCase) -> Result<Bool, RuleError> {
        guard let compiled = set.compiled(rule) else { return .success(false) }
        return compiled.test(activation(engineCase))
    }

    func activation(_ engineCase: EngineCase) -> Activation {
        var activation = set.environment.makeActivation()
        if let caseType, let caseSlot {
            activation.values[caseSlot] = .object(ObjectValue(type: caseType, values: engineCase.fields))
        }
        return activation
    }

    func siteName(_ id: String) -> String { siteNames[id] ?? id }

    func describe(_ fields: [String: RuleValue]) -> String {
        // One string grown in place: every case opened is described.
        var text = ""
        text.reserveCapacity(20 * fields.count)
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { text += ", " }
            text += key
            text += "="
            text += fields[key]!.description
        }
        return text
    }

    func matchDescription(_ result: DecisionResult) -> String {
        let rows = result.matchedRowIDs.isEmpty ? result.matchedRows.map { "row \($0 + 1)" } : result.matchedRowIDs
        guard !rows.isEmpty else { return "no row matched" }
        let outputs = result.outputs.first.map { values in zip(result.outputNames, values).map { "\($0)=\($1)" }.joined(separator: ", ") } ?? ""
        return "matched " + rows.joined(separator: ", ") + (outputs.isEmpty ? "" : " → " + outputs)
    }
}
