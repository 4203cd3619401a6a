import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// A simulated month through the same path as the real one: each day, what the demand model
/// draws (the visitors and needs) and the absence model decides (who is off sick, who stands
/// in) become the facts a clinic's sheet would bring (every occurrence reported held, by a
/// substitute where someone was absent), appended to the store and derived like the real
/// month's. A simulated month and a real month differ only in where the facts came from.
public struct SimulationRunner {
    /// The loaded workflows.
    public let set: WorkflowSet
    /// The store (a simulation's).
    public let store: any Store
    /// Plans the month.
    public var planMonth: MonthPlanner
    /// The visitors and needs of each day's occurrences.
    public var demand: DemandModel
    /// The day's absences and replacements.
    public var absences: AbsenceModel

    /// Creates a runner.
    public init(set: WorkflowSet, store: any Store, planMonth: @escaping MonthPlanner, demand: DemandModel, absences: AbsenceModel) {
        self.set = set
        self.store = store
        self.planMonth = planMonth
        self.demand = demand
        self.absences = absences
    }

    /// The words of an absence in a substitute's report, as a clinic's recorder writes its 原因:
    /// in Chinese, whatever the language of whoever reads the month later (a sheet's reason is
    /// the clinic's own text, stored as written).
    static let reasons = MessageRenderer(book: MessageBook([EngineMessage.self, PlanMessage.self]), language: .chinese)

    /// Whether an occurrence has seats the month's plan fills (a slot not `on_demand`): one
    /// with none is held whoever comes.
    func isSeated(_ occurrence: OccurrenceRef) -> Bool {
        set.workflow(occurrence.workflowID)?.slots.contains { !$0.onDemand } ?? false
    }

    /// Runs every day of `month`, one day's facts and derivation at a time; `progress` is told
    /// after each day, and what it throws stops the month there (a cancelled what-if).
    public func run(_ month: YearMonth, progress: ((CivilDate) throws -> Void)? = nil) throws -> Derivation.Outcome {
        var outcome = Derivation.Outcome()
        outcome.calendarWarnings.merge(try RoundsRunner.storeMonths(set: set, store: store, planMonth: planMonth, from: month.firstDay, through: month.lastDay))
        let derivation = Derivation(set: set, store: store, planMonth: planMonth)
        // Who is available (availability and leave) is all the absence model asks of the calendar.
        let calendar = StaffCalendar(directory: derivation.directory)
        // How many assignments each person holds, kept up to date with the day's replacements.
        var used = RoundsRunner.counts(of: try store.assignments(from: month.firstDay.adding(days: -366), through: month.lastDay))
        for day in month.days {
            let occurrences = try store.occurrences(on: day)
            var staff = try store.assignments(from: day, through: day)
            let reassigning = absences.reassignments(on: day, occurrences: occurrences, assignments: staff, used: used, calendar: calendar)
            var reasons: [String: [String]] = [:]
            for change in reassigning {
                var people = staff[change.occurrenceID] ?? []
                people.removeAll { $0 == change.absent }
                RoundsRunner.count(change.absent, by: -1, in: &used)
                if let replacement = change.replacement {
                    people.append(replacement)
                    RoundsRunner.count(replacement, by: 1, in: &used)
                }
                staff[change.occurrenceID] = people
                reasons[change.occurrenceID, default: []].append(Self.reasons.render(change.reason))
            }
            // An occurrence whose seats nobody took (the plan left them empty, or the absent
            // had nobody to stand in) is not held: nobody was there to record anything.
            let unattended = Set(occurrences.filter { isSeated($0) && (staff[$0.id] ?? []).isEmpty }.map(\.id))
            var facts = occurrences.map { occurrence in
                let reason = reasons[occurrence.id]
                let status: SittingReport.Status = unattended.contains(occurrence.id) ? .notHeld : reason == nil ? .held : .substitute
                var report = SittingReport(occurrenceID: occurrence.id, workflowID: occurrence.workflowID, siteID: occurrence.siteID,
                                           date: day, status: status,
                                           reason: status == .notHeld ? Self.reasons.render(EngineMessage.nobodySat()) : reason?.joined(separator: "; "),
                                           staff: status == .substitute ? staff[occurrence.id] ?? [] : [],
                                           attendees: status != .notHeld && set.workflow(occurrence.workflowID)?.type == .round
                                               ? demand.householdsVisited(at: occurrence) : nil,
                                           location: SourceLocation(file: "simulation", line: 0, column: 0))
                if status != .notHeld, set.workflow(occurrence.workflowID)?.type == .event { report.fields = demand.eventFields(at: occurrence) }
                return Fact.sitting(report, caseType: set.caseType, source: "simulation")
            }
            facts += demand.cases(for: occurrences.filter { !unattended.contains($0.id) }).map { Fact.visitor($0, caseType: set.caseType, source: "simulation") }
            // The visits and panels booked for the day take place as booked.
            facts += (derivation.engine?.sessions(dueOn: day) ?? []).map { timer in
                Fact.session(Fact.Session(caseID: timer.caseID, step: timer.name, people: timer.people, opinion: nil), on: day, source: "simulation")
            }
            _ = try store.append(facts, imported: nil, personal: [])
            try store.request(through: day)
            let derived = try derivation.bringUpToDate()
            outcome.warnings += derived.warnings
            outcome.records += derived.records
            outcome.calendarWarnings.merge(derived.calendarWarnings)
            try progress?(day)
        }
        outcome.days = month.days
        return outcome
    }
}
