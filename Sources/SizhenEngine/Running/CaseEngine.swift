import SizhenDiagnostics
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
    /// Chooses people for visits and panels.
    let selection: StaffSelection
    /// The day of each panel booked, by workflow then case id: what a panel's `per_week` counts.
    var panelDays: [String: [String: CivilDate]] = [:]

    /// The last activation built, with the fields it was built from (see `activation`).
    private var lastActivation: (fields: [String: RuleValue], activation: Activation)?

    private let caseType: ObjectType?
    private let caseSlot: Int?
    private let streetOfSite: [String: String]
    private let siteNames: [String: String]

    /// Creates an engine over `set`, resuming from stored open cases and timers.
    public init(set: WorkflowSet, openCases: [EngineCase] = [], timers: [EngineTimer] = [], directory: StaffDirectory? = nil) {
        self.set = set
        self.open = Dictionary(openCases.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.timerBook = TimerBook(timers)
        let directory = directory ?? StaffDirectory(set: set)
        selection = StaffSelection(directory: directory)
        var calendar = StaffCalendar(directory: directory)
        let workflowOf = Dictionary(openCases.map { ($0.id, $0.workflowID) }, uniquingKeysWith: { _, last in last })
        var panels: [String: [String: CivilDate]] = [:]
        for timer in timers where timer.kind == .session {
            for person in timer.people { calendar.book(person, on: timer.due) }
            if timer.name == "panel", let workflowID = workflowOf[timer.caseID] { panels[workflowID, default: [:]][timer.caseID] = timer.due }
        }
        self.staffCalendar = calendar
        self.panelDays = panels
        caseType = set.caseType
        caseSlot = set.caseSchema.flatMap { set.environment.slot(of: $0.id) }
        var names: [String: String] = [set.district.id: set.district.name]
        for community in set.district.communities { names[community.id] = community.name }
        streetOfSite = directory.streetOfSite
        siteNames = names
    }

    /// Notes who sits where on which day (the months' plans), so that no session is booked on
    /// a day a person sits.
    public mutating func noteSittings(_ sittings: [(personID: String, date: CivilDate)]) {
        for sitting in sittings { staffCalendar.sit(sitting.personID, on: sitting.date) }
    }

    // MARK: Opening cases

    /// Opens a case for each input (skipping ids already opened, so importing twice adds
    /// nothing), runs its steps and escalations.
    public mutating func open(_ inputs: [CaseInput], into changes: inout ChangeSet, exists: (String) -> Bool = { _ in false }) {
        for input in inputs {
            let id = input.caseID
            guard open[id] == nil, changes.cases[id] == nil, !exists(id), let workflow = set.workflow(input.workflowID) else { continue }
            var fields = input.fields
            if let resolution = set.caseSchema?.resolution?.id, fields[resolution] == nil {
                fields[resolution] = .bool(input.outcome == .resolved)
            }
            guard let source = workflow.type.rowSource else { continue }
            let staff = input.staff.isEmpty ? (assignments[input.occurrenceID] ?? []) : input.staff
            let engineCase = EngineCase(id: id, workflowID: workflow.id, occurrenceID: input.occurrenceID, siteID: input.siteID,
                                        openedOn: input.date, source: source, fields: fields, staff: staff)
            changes.log(EngineEvent(date: input.date, kind: .caseOpened, caseID: id, occurrenceID: input.occurrenceID,
                                    message: EngineMessage.caseOpened(["workflow": .text(workflow.name), "site": .text(siteName(input.siteID)),
                                                                       "fields": .text(describe(fields))])))
            start(engineCase, outcome: input.outcome, on: input.date, into: &changes)
        }
    }

    /// Runs a freshly opened case: steps (or a session), then escalations.
    mutating func start(_ opened: EngineCase, outcome: CaseOutcome, on date: CivilDate, into changes: inout ChangeSet) {
        var engineCase = opened
        guard let workflow = set.workflow(engineCase.workflowID) else { return }
        if workflow.type == .panel, engineCase.source == .escalation {
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
            changes.log(EngineEvent(date: date, kind: .caseClosed, caseID: engineCase.id, message: EngineMessage.caseClosed(["status": .message(EngineMessage.status(engineCase.status))])))
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
            if !holds { logSkipped(step, rule: when.text, of: engineCase.id, on: date, into: &changes) }
            return holds
        case .failure(let error):
            changes.log(EngineEvent(date: date, kind: .ruleError, caseID: engineCase.id,
                                    message: EngineMessage.stepRuleError(["step": .text(step.id), "error": .message(error.message),
                                                                          "location": .text("\(error.location)")])))
            return false
        }
    }

    /// Logs a step skipped because its rule is false. Steps skipped one after another are one
    /// event, listing each with its rule: a case passes most of its workflow's conditional
    /// steps by, and an event a step would weigh on the store more than the case itself.
    private func logSkipped(_ step: Step, rule: String, of caseID: String, on date: CivilDate, into changes: inout ChangeSet) {
        let item = MessageValue.message(EngineMessage.skippedStep(["step": .text(step.id), "rule": .text(rule)]))
        if var last = changes.events.last, last.kind == .stepSkipped, last.caseID == caseID, last.date == date,
           case .list(let earlier)? = last.message["steps"] {
            last.message = EngineMessage.stepsSkipped(["steps": .list(earlier + [item])])
            changes.events[changes.events.count - 1] = last
        } else {
            changes.log(EngineEvent(date: date, kind: .stepSkipped, caseID: caseID, message: EngineMessage.stepsSkipped(["steps": .list([item])])))
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
                                        message: matchDescription(result, table: decide.id)))
            case .failure(let error):
                changes.log(EngineEvent(date: date, kind: .ruleError, caseID: engineCase.id,
                                        message: EngineMessage.tableRuleError(["table": .text(decide.id), "error": .message(error.message)])))
            }
        }
        guard let recordType = step.record?.id else { return }
        var subsidy: Int?
        var tier: String?
        if let table = step.subsidy.flatMap({ set.table($0.id) }) {
            switch table.evaluate(activation(engineCase)) {
            case .success(let result):
                if case .int(let amount)? = result[Step.subsidyAmount] { subsidy = Int(amount) }
                if case .string(let name)? = result[Step.subsidyTier] { tier = name }
                changes.log(EngineEvent(date: date, kind: .tableMatched, caseID: engineCase.id,
                                        message: matchDescription(result, table: table.definition.id)))
            case .failure(let error):
                changes.log(EngineEvent(date: date, kind: .ruleError, caseID: engineCase.id,
                                        message: EngineMessage.tableRuleError(["table": .text(table.definition.id), "error": .message(error.message)])))
            }
        }
        let record = ServiceRecord(id: "\(engineCase.id):\(step.id)", type: recordType, workflowID: workflow.id,
                                   occurrenceID: engineCase.occurrenceID, siteID: engineCase.siteID, streetID: streetOfSite[engineCase.siteID],
                                   date: date, staff: staff ?? engineCase.staff, caseID: engineCase.id, outcome: outcome,
                                   subsidyYuan: subsidy, subsidyTier: tier)
        changes.records.append(record)
        let message = EngineMessage.recordWritten(["step": .text(step.id), "type": .text(recordType), "yuan": .text(subsidy.map(String.init) ?? ""),
                                                   "tier": .text(subsidy == nil ? "" : tier ?? "")])
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
                guard let due = add(after, to: date, what: EngineMessage.deadlineOfEscalation(["case": .text(engineCase.id), "escalation": .text(escalation.id)]),
                                    into: &changes) else { continue }
                let timer = EngineTimer(caseID: engineCase.id, kind: .escalation, name: escalation.id, due: due)
                timerBook.add(timer)
                changes.timersAdded.append(timer)
                changes.log(EngineEvent(date: date, kind: .timerSet, caseID: engineCase.id,
                                        message: EngineMessage.escalationTimerSet(["escalation": .text(escalation.id), "due": .text(due.description),
                                                                                   "after": .message(EngineMessage.duration(after))])))
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
        let deadline = within.flatMap {
            add($0, to: date, what: EngineMessage.deadlineOfEscalation(["case": .text(engineCase.id), "escalation": .text(escalation.id)]), into: &changes)
        }
        let linked = EngineCase(id: "\(engineCase.id)>\(escalation.id)", workflowID: target.id, occurrenceID: nil,
                                siteID: target.sites == .district ? set.district.id : engineCase.siteID, openedOn: date,
                                source: .escalation, parentID: engineCase.id, fields: engineCase.fields, staff: [],
                                excluded: Array(Set(engineCase.staff + engineCase.excluded)).sorted(), deadline: deadline)
        engineCase.status = .referred
        engineCase.closedOn = date
        changes.log(EngineEvent(date: date, kind: .escalated, caseID: engineCase.id,
                                message: EngineMessage.escalated(["escalation": .text(escalation.id), "rule": .text(escalation.when.text),
                                                                  "workflow": .text(target.name), "case": .text(linked.id),
                                                                  "due": .text(deadline?.description ?? "")])))
        if let deadline {
            let check = EngineTimer(caseID: linked.id, kind: .deadline, name: "within", due: deadline.adding(days: 1))
            timerBook.add(check)
            changes.timersAdded.append(check)
        }
        changes.log(EngineEvent(date: date, kind: .caseOpened, caseID: linked.id,
                                message: EngineMessage.caseOpenedByEscalation(["workflow": .text(target.name), "escalation": .text(escalation.id)])))
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
        let directory = selection.directory
        let caseStaff = Set(engineCase.staff + engineCase.excluded)
        let excludedOrganisations = Set(caseStaff.compactMap { directory.number[$0].flatMap { directory.people[$0].organisation } })
        var day = date.adding(days: 1)
        let horizon = (engineCase.deadline ?? date.adding(days: 14)).adding(days: 30)
        var fullWeeks: [CivilDate] = []
        while day <= horizon {
            guard isWorkday(day) else { day = day.adding(days: 1); continue }
            // A week with its `per_week` panels already booked: wait for the next.
            if let perWeek = panel.perWeek {
                let monday = day.adding(days: -day.weekday.rawValue)
                let booked = panelDays[workflow.id]?.values.count { $0 >= monday && $0 < monday.adding(days: 7) } ?? 0
                if booked >= perWeek {
                    if fullWeeks.last != monday { fullWeeks.append(monday) }
                    day = day.adding(days: 1)
                    continue
                }
            }
            var members: [Int] = []
            var complete = true
            for (index, (role, count)) in panel.quorum.enumerated() {
                let condition = panel.members[index]
                let street = streetOfSite[engineCase.siteID]
                // No conflict of interest: not the case's own staff, nor of its lawyer's organisation.
                let chosen = selection.choose(count: count, role: role.id, stream: engineCase.id + "/" + role.id, isFree: { person in
                    guard !members.contains(person), staffCalendar.isFree(at: person, on: day) else { return false }
                    if let condition {
                        let candidate = directory.people[person]
                        if !condition.organisations.isEmpty, !condition.organisations.contains(where: { $0.id == candidate.organisation }) { return false }
                        if condition.sameStreet, street == nil || candidate.street?.id != street { return false }
                    }
                    guard panel.excludeCaseStaff else { return true }
                    let candidate = directory.people[person]
                    return !caseStaff.contains(candidate.id) && !(candidate.organisation.map(excludedOrganisations.contains) ?? false)
                }, load: { staffCalendar.bookings(at: $0) })
                guard let chosen else { complete = false; break }
                members += chosen
            }
            if complete {
                panelDays[workflow.id, default: [:]][engineCase.id] = day
                var note = panel.excludeCaseStaff && !caseStaff.isEmpty ? EngineMessage.caseStaffExcluded(["people": .texts(caseStaff.sorted())]) : nil
                if !fullWeeks.isEmpty {
                    note = EngineMessage.panelWeeksFull(["weeks": .texts(fullWeeks.map(\.description)), "perWeek": .int(panel.perWeek ?? 0),
                                                         "excluded": note.map(MessageValue.message) ?? .text("")])
                }
                book(engineCase, kind: "panel", members: members.map { directory.people[$0].id }, on: day, into: &changes, note: note)
                return
            }
            day = day.adding(days: 1)
        }
        changes.log(EngineEvent(date: date, kind: .unfilled, caseID: engineCase.id, message: EngineMessage.noPanelDay(["horizon": .text(horizon.description)])))
    }

    /// Schedules a step with a deadline (送法到家): the earliest workday after the case opened
    /// when a person of the step's slots is free, preferring the person paired with the site,
    /// then the same street, then the least booked.
    mutating func scheduleVisit(for engineCase: inout EngineCase, step: Step, workflow: Workflow, from date: CivilDate, into changes: inout ChangeSet) {
        guard let within = step.within,
              let deadline = add(within, to: date, what: EngineMessage.deadlineOfStep(["case": .text(engineCase.id), "step": .text(step.id)]),
                                 into: &changes) else { return }
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
                    if !slot.onDemand, let assigned = engineCase.staff.first(where: { id in
                        selection.directory.number[id].map { selection.directory.holds($0, anyOf: slot.roles.map(\.id)) } ?? false
                    }) {
                        if staffCalendar.isFree(assigned, on: day) { team.append(assigned); continue }
                    }
                    guard let chosen = visitor(for: slot, site: engineCase.siteID, on: day, excluding: team) else {
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
        changes.log(EngineEvent(date: date, kind: .unfilled, caseID: pending.id,
                                message: EngineMessage.nobodyFreeForVisit(["step": .text(step.id), "horizon": .text(horizon.description)])))
    }

    /// The person for a slot of a visit on a day: free and holding one of the slot's roles;
    /// the person paired with the site first, then one of the same street, then the least
    /// booked of all (ties by id).
    func visitor(for slot: Slot, site: String, on day: CivilDate, excluding team: [String]) -> String? {
        let directory = selection.directory
        let excluded = Set(team.compactMap { directory.number[$0] })
        let chosen = selection.choose(roles: slot.roles.map(\.id), site: site, tiers: [.paired, .sameStreet, .anyone], stream: site,
                                      isFree: { !excluded.contains($0) && staffCalendar.isFree(at: $0, on: day) },
                                      load: { staffCalendar.bookings(at: $0) })
        return chosen.map { directory.people[$0.person].id }
    }

    private mutating func book(_ engineCase: EngineCase, kind: String, members: [String], on day: CivilDate, into changes: inout ChangeSet,
                               note: Message?) {
        for member in members { staffCalendar.book(member, on: day) }
        let session = EngineTimer(caseID: engineCase.id, kind: .session, name: kind, due: day, people: members)
        timerBook.add(session)
        changes.timersAdded.append(session)
        let names = MessageValue.texts(members.map { staffCalendar.person($0)?.name ?? $0 })
        let deadline = engineCase.deadline
        let arguments: KeyValuePairs<String, MessageValue> = [
            "step": .text(kind), "day": .text(day.description), "people": names,
            "deadline": .text(deadline.map { day <= $0 ? $0.description : "" } ?? ""),
            "late": .text(deadline.map { day <= $0 ? "" : $0.description } ?? ""),
            "note": note.map(MessageValue.message) ?? .text(""),
        ]
        let message = kind == "panel" ? EngineMessage.panelScheduled(arguments) : EngineMessage.visitScheduled(arguments)
        changes.log(EngineEvent(date: engineCase.openedOn, kind: .sessionScheduled, caseID: engineCase.id, message: message))
    }

    // MARK: Days

    /// Processes one day: the occurrences held (event cases for workflows with `for_each:
    /// event` steps), then the timers due, in a fixed order (kind, then id).
    ///
    /// With `facts` (the real month), an occurrence is held only when a sheet says so: a
    /// report of it as held or held by a substitute, or a visitor of it; a report of it as not
    /// held marks it so; and the day's cases are the facts' visitors. Without (the
    /// simulation), every occurrence of the day is held and `opening` gives the cases.
    public mutating func process(day: CivilDate, held occurrences: [OccurrenceRef], facts: FactBook.Day? = nil,
                                 opening: (([OccurrenceRef]) -> [CaseInput])? = nil,
                                 reassigning: [Reassignment] = [], into changes: inout ChangeSet) {
        // Session days a month and more past no longer weigh on who is chosen next (a resumed
        // engine counts the same days as one that ran all along).
        if day.day == 1 {
            staffCalendar.forget(before: day.adding(days: -31))
            for workflowID in panelDays.keys { panelDays[workflowID] = panelDays[workflowID]?.filter { $0.value >= day.adding(days: -31) } }
        }
        // Absences first: the day's slots of an absent person go to the replacement.
        for change in reassigning {
            var staff = assignments[change.occurrenceID] ?? []
            staff.removeAll { $0 == change.absent }
            staffCalendar.stand(change.absent, on: day)
            if let replacement = change.replacement {
                staff.append(replacement)
                staffCalendar.sit(replacement, on: day)
            }
            assignments[change.occurrenceID] = staff
            changes.reassigned.append(change)
            changes.log(EngineEvent(date: day, kind: change.replacement == nil ? .unfilled : .absence, occurrenceID: change.occurrenceID,
                                    message: change.reason))
        }
        let visited = Set(facts?.cases.map(\.occurrenceID) ?? [])
        for occurrence in occurrences {
            let report = facts?.reports[occurrence.id]
            // The real month: held only when a sheet says so, by a visitor or a report.
            if facts != nil, !visited.contains(occurrence.id) {
                guard let report else { continue }
                if report.status == .notHeld {
                    changes.occurrencesNotHeld.append(occurrence.id)
                    changes.log(EngineEvent(date: day, kind: .occurrenceNotHeld, occurrenceID: occurrence.id,
                                            message: EngineMessage.occurrenceNotHeld(["workflow": .text(workflowName(occurrence.workflowID)),
                                                                                      "site": .text(siteName(occurrence.siteID)),
                                                                                      "reason": .text(report.reason ?? "")])))
                    continue
                }
            }
            if let report, report.status == .moved || report.status == .extra {
                let names: KeyValuePairs<String, MessageValue> = ["workflow": .text(workflowName(occurrence.workflowID)), "site": .text(siteName(occurrence.siteID)),
                                                                  "planned": .text(occurrence.date.description), "reason": .text(report.reason ?? "")]
                changes.log(EngineEvent(date: day, kind: .occurrenceHeld, occurrenceID: occurrence.id,
                                        message: report.status == .moved ? EngineMessage.moved(names) : EngineMessage.extra(names)))
            }
            if let report, report.status == .substitute || (report.status == .moved && !report.staff.isEmpty) {
                let planned = assignments[occurrence.id] ?? []
                for person in planned { staffCalendar.stand(person, on: day) }
                for person in report.staff { staffCalendar.sit(person, on: day) }
                assignments[occurrence.id] = report.staff
                let message = EngineMessage.substituted(["people": .texts(report.staff.map(personName)), "planned": .texts(planned.map(personName)),
                                                         "reason": .text(report.reason ?? "")])
                changes.log(EngineEvent(date: day, kind: .absence, occurrenceID: occurrence.id, message: message))
                // The seats of the planned people who did not sit go to those who sat instead, in
                // order (or stay empty): the stored seats say who actually sat.
                let absent = planned.filter { !report.staff.contains($0) }, added = report.staff.filter { !planned.contains($0) }
                for (index, person) in absent.enumerated() {
                    changes.reassigned.append(Reassignment(occurrenceID: occurrence.id, absent: person,
                                                           replacement: index < added.count ? added[index] : nil, reason: message))
                }
            }
            changes.occurrencesHeld.append(occurrence.id)
            let staff = assignments[occurrence.id] ?? []
            changes.log(EngineEvent(date: day, kind: .occurrenceHeld, occurrenceID: occurrence.id,
                                    message: EngineMessage.occurrenceHeld(["workflow": .text(workflowName(occurrence.workflowID)),
                                                                           "site": .text(siteName(occurrence.siteID)),
                                                                           "people": .texts(staff.map(personName))])))
            guard let workflow = set.workflow(occurrence.workflowID) else { continue }
            if workflow.type == .round { recordHouseholds(report?.attendees ?? 0, at: occurrence, workflow: workflow, staff: staff, on: day, into: &changes) }
            guard workflow.type == .event else { continue }
            let id = "\(occurrence.id)#event"
            guard open[id] == nil else { continue }
            let event = EngineCase(id: id, workflowID: workflow.id, occurrenceID: occurrence.id, siteID: occurrence.siteID, openedOn: day,
                                   source: .event, fields: facts?.eventFields[occurrence.id] ?? [:], staff: staff)
            start(event, outcome: .resolved, on: day, into: &changes)
        }
        if let facts { open(facts.cases, into: &changes) }
        // The cases of the day (the simulation's visitors), after the occurrences are held and
        // before the timers fire.
        if let opening { open(opening(occurrences), into: &changes) }
        // The real month: a visit or panel takes place when a sheet reports it, on the day it
        // reports, by those it names (else those booked); one awaited is never held by itself.
        for session in facts?.sessions ?? [] {
            guard let timer = timerBook.of(session.caseID).first(where: { $0.kind == .session && $0.name == session.step }) else {
                let message = EngineMessage.sessionNotAwaited(["step": .text(session.step), "day": .text(day.description), "case": .text(session.caseID)])
                changes.log(EngineEvent(date: day, kind: .sessionNotAwaited, caseID: session.caseID, message: message))
                changes.warnings.append(message)
                continue
            }
            timerBook.remove(timer.id)
            changes.timersDone.append(timer.id)
            var held = timer
            if !session.people.isEmpty { held.people = session.people }
            fireTimer(held, on: day, opinion: session.opinion, into: &changes)
        }
        // Timers due on days processed before (a case imported late) fire on the next day processed.
        let due = timerBook.due(through: day).filter { facts == nil || $0.kind != .session }
        // Sessions first, so that a visit held on its deadline day counts as in time.
        for timer in due.filter({ $0.kind == .session }) + due.filter({ $0.kind != .session }) {
            guard timerBook.contains(timer.id) else { continue }
            timerBook.remove(timer.id)
            changes.timersDone.append(timer.id)
            fireTimer(timer, on: day, into: &changes)
        }
        changes.processedDay = day
    }

    /// The records of the households a round visited (its steps of `for_each: household`), one
    /// a household as the round's report counts them (人数; none when it gives no count), with
    /// the round's staff. A household is counted, not a case: no case is opened for it.
    mutating func recordHouseholds(_ count: Int, at occurrence: OccurrenceRef, workflow: Workflow, staff: [String], on day: CivilDate,
                                   into changes: inout ChangeSet) {
        let steps = workflow.steps.filter { $0.forEach == .household }.compactMap { step in step.record.map { (step.id, $0.id) } }
        guard count > 0, !steps.isEmpty else { return }
        for household in 1...count {
            let id = "\(occurrence.id)#household\(household)"
            for (step, type) in steps {
                changes.records.append(ServiceRecord(id: "\(id):\(step)", type: type, workflowID: workflow.id, occurrenceID: occurrence.id,
                                                     siteID: occurrence.siteID, streetID: streetOfSite[occurrence.siteID], date: day, staff: staff,
                                                     caseID: id, outcome: CaseOutcome.resolved.rawValue))
            }
        }
        changes.log(EngineEvent(date: day, kind: .stepRun, occurrenceID: occurrence.id,
                                message: EngineMessage.householdsVisited(["count": .int(count), "types": .texts(steps.map(\.1))])))
    }

    private mutating func fireTimer(_ timer: EngineTimer, on day: CivilDate, opinion: String? = nil, into changes: inout ChangeSet) {
        guard var engineCase = open[timer.caseID], let workflow = set.workflow(engineCase.workflowID) else { return }
        switch timer.kind {
        case .escalation:
            changes.log(EngineEvent(date: day, kind: .timerFired, caseID: engineCase.id, message: EngineMessage.escalationRechecked(["escalation": .text(timer.name)])))
            guard engineCase.status == .open, let escalation = workflow.escalations.first(where: { $0.id == timer.name }) else { return }
            if fire(escalation, from: &engineCase, workflow: workflow, on: day, into: &changes) {
                cancelTimers(of: engineCase.id, into: &changes)
            } else if !timerBook.hasTimers(of: engineCase.id) {
                let resolved = set.caseSchema?.resolution.map { engineCase.fields[$0.id] == .bool(true) } ?? false
                engineCase.status = resolved ? .resolved : .unresolved
                engineCase.closedOn = day
                changes.log(EngineEvent(date: day, kind: .caseClosed, caseID: engineCase.id, message: EngineMessage.caseClosed(["status": .message(EngineMessage.status(engineCase.status))])))
            }
        case .session:
            changes.log(EngineEvent(date: day, kind: .sessionHeld, caseID: engineCase.id,
                                    message: (timer.name == "panel" ? EngineMessage.panelHeld : EngineMessage.visitHeld)(
                                        ["step": .text(timer.name), "people": .texts(timer.people.map { staffCalendar.person($0)?.name ?? $0 }),
                                         "opinion": .text(opinion ?? "")])))
            engineCase.staff = Array(Set(engineCase.staff + timer.people)).sorted()
            let steps = workflow.type == .panel ? workflow.steps : workflow.steps.filter { $0.id == timer.name }
            for step in steps where applies(step, to: engineCase, on: day, into: &changes) {
                run(step, of: &engineCase, workflow: workflow, outcome: CaseOutcome.resolved.rawValue, on: day, staff: timer.people, into: &changes)
            }
            if let deadline = engineCase.deadline {
                changes.log(EngineEvent(date: day, kind: day <= deadline ? .deadlineMet : .overdue, caseID: engineCase.id,
                                        message: day <= deadline ? EngineMessage.heldByDeadline(["deadline": .text(deadline.description)])
                                            : EngineMessage.heldAfterDeadline(["days": .int(deadline.distance(to: day)), "deadline": .text(deadline.description)])))
            }
            if !timerBook.hasTimers(of: engineCase.id, except: .deadline) {
                engineCase.status = .resolved
                engineCase.closedOn = day
                cancelTimers(of: engineCase.id, into: &changes)
                changes.log(EngineEvent(date: day, kind: .caseClosed, caseID: engineCase.id,
                                        message: EngineMessage.caseClosed(["status": .message(EngineMessage.status(.resolved))])))
            }
        case .deadline:
            changes.log(EngineEvent(date: day, kind: .overdue, caseID: engineCase.id,
                                    message: EngineMessage.overdue(["workflow": .text(workflow.name), "deadline": .text(engineCase.deadline?.description ?? "")])))
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

    /// The visits and panels booked for `day` and not yet held, in id order: what a sheet of
    /// that day would report (the simulation reports every one as it was booked).
    public func sessions(dueOn day: CivilDate) -> [EngineTimer] {
        timerBook.due(through: day).filter { $0.kind == .session && $0.due == day }
    }

    // MARK: Helpers

    func isWorkday(_ date: CivilDate) -> Bool {
        var warnings = CalendarWarnings()
        return (try? set.calendar.isWorkday(date, warnings: &warnings)) ?? false
    }

    /// `date` plus a duration; nil (with a warning) when the workdays fall in a year the
    /// calendar does not cover: the engine never guesses.
    mutating func add(_ duration: Duration, to date: CivilDate, what: Message, into changes: inout ChangeSet) -> CivilDate? {
        switch duration.unit {
        case .days: return date.adding(days: duration.amount)
        case .workdays:
            var warnings = CalendarWarnings()
            do {
                return try set.calendar.adding(workdays: duration.amount, to: date, warnings: &warnings)
            } catch {
                changes.warnings.append(EngineMessage.deadlineUncovered(["what": .message(what), "error": .message(error.message),
                                                                          "hint": .message(error.hint)]))
                return nil
            }
        }
    }

    mutating func test(_ rule: RuleText, _ engineCase: EngineCase) -> Result<Bool, RuleError> {
        guard let compiled = set.compiled(rule) else { return .success(false) }
        return compiled.test(activation(engineCase))
    }

    /// The rules' variables for a case. A case's rules are tested one after another with the
    /// same fields (its steps' `when`, its tables, its escalations), so the last activation is
    /// kept while the fields are the same: an unchanged dictionary is the same storage, which
    /// `==` sees at once, and building one costs a lookup of every field by name.
    mutating func activation(_ engineCase: EngineCase) -> Activation {
        if let last = lastActivation, last.fields == engineCase.fields { return last.activation }
        var activation = set.environment.makeActivation()
        if let caseType, let caseSlot {
            activation.values[caseSlot] = .object(ObjectValue(type: caseType, values: engineCase.fields))
        }
        lastActivation = (engineCase.fields, activation)
        return activation
    }

    func siteName(_ id: String) -> String { siteNames[id] ?? id }

    func workflowName(_ id: String) -> String { set.workflow(id)?.name ?? id }

    func personName(_ id: String) -> String { staffCalendar.person(id)?.name ?? id }

    // MARK: Checkpoints

    /// Where the engine stands at the start of `day` (after the day before was processed).
    public func checkpoint(at day: CivilDate) -> EngineCheckpoint {
        var bookings = staffCalendar.bookedDays
        // The panels' days go with the people's, under keys no person id can have (ids have no
        // spaces), so that a checkpoint keeps what `per_week` counts without a table of its own.
        for (workflowID, cases) in panelDays {
            for (caseID, panelDay) in cases { bookings["\(Self.panelKey) \(workflowID) \(caseID)"] = [panelDay] }
        }
        return EngineCheckpoint(day: day, openCases: open.values.sorted { $0.id < $1.id }, timers: timerBook.byID.values.sorted { $0.id < $1.id },
                                bookings: bookings)
    }

    /// The first word of a checkpoint's booking key that holds a panel's day.
    static let panelKey = "#panel"

    /// Books the session days a checkpoint kept (the engine's own timers book the pending ones).
    public mutating func restore(bookings: [String: [CivilDate]]) {
        for (person, days) in bookings {
            let words = person.split(separator: " ", maxSplits: 2)
            if words.count == 3, words[0] == Self.panelKey, let panelDay = days.first {
                panelDays[String(words[1]), default: [:]][String(words[2])] = panelDay
                continue
            }
            for day in days { staffCalendar.book(person, on: day) }
        }
    }

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

    func matchDescription(_ result: DecisionResult, table: String) -> Message {
        // A row without an id is `row N` in the reader's language, a message, never English text.
        let rows: [MessageValue] = result.matchedRowLabels.count == result.matchedRows.count
            ? result.matchedRowLabels
            : result.matchedRows.map { .message(EngineMessage.row(["number": .int($0 + 1)])) }
        guard !rows.isEmpty else { return EngineMessage.tableNoMatch(["table": .text(table)]) }
        let outputs = result.outputs.first.map { values in
            zip(result.outputNames, values).map { MessageValue.message(EngineMessage.output(["name": .text($0), "value": .text($1.description)])) }
        } ?? []
        return EngineMessage.tableMatched(["table": .text(table), "rows": .list(rows), "outputs": .list(outputs)])
    }
}
