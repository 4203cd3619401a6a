import SizhenCalendar
import SizhenRecords
import SizhenModel

/// Finds the occurrence a row belongs to, expanding each month of the workflows once.
///
/// An occurrence belongs to the month of its rule date but is held on its own date, which a
/// holiday policy may have moved into the month before or after; so a date is looked up in
/// its own month and both neighbours.
///
/// A sitting may also be held on another day than planned (改期) or besides the plan (加开),
/// as a report says: this file's (noted before its rows are read) or one stored before (read
/// through `stored`, a month and its neighbours at a time). A visitor is of the sitting held
/// on its day; this file's report of a sitting outweighs a stored one.
struct IntakeOccurrences {
    /// What a lookup found.
    enum Lookup {
        /// The occurrence held that day.
        case found(id: String)
        /// None that day; the dates it is held on in that month (for the hint).
        case none(heldInMonth: [CivilDate])
        /// The month cannot be expanded (the calendar does not cover its year).
        case uncovered(CalendarCoverageError)
        /// The sitting of that day was moved to another (改期), by the report at `source`.
        case moved(id: String, to: CivilDate, source: String)
    }

    /// The sittings moved or added, by the day they are held, and the days moved to by id.
    private struct Changes {
        var added: [Key: (id: String, source: String)] = [:]
        var movedAway: [String: (to: CivilDate, source: String)] = [:]
    }

    private struct Key: Hashable {
        var workflow: String
        var site: String
        var date: CivilDate
    }

    private struct Pair: Hashable {
        var workflow: String
        var site: String
    }

    private struct Month {
        /// The first occurrence held on each day.
        var byDay: [Key: String] = [:]
        /// The days held in the month, by workflow and site, from occurrences of this month.
        var days: [Pair: [CivilDate]] = [:]
    }

    let set: WorkflowSet
    private var months: [YearMonth: Result<Month, CalendarCoverageError>] = [:]
    /// The changes stored before, from the days given (nil: none, a file checked on its own).
    private let stored: (@Sendable (ClosedRange<CivilDate>) -> [SittingChange])?
    private var storedChanges = Changes()
    /// The months whose stored changes were read (each with its neighbours).
    private var storedMonths: Set<YearMonth> = []
    /// This file's.
    private var fileChanges = Changes()
    /// The sittings this file reports, whose stored changes no longer count.
    private var reported: Set<String> = []

    init(set: WorkflowSet, stored: (@Sendable (ClosedRange<CivilDate>) -> [SittingChange])? = nil) {
        self.set = set
        self.stored = stored
    }

    /// Notes that this file reports the sitting `id`: a stored move or addition of it no
    /// longer counts (the file's report corrects it).
    mutating func noteReported(_ id: String) { reported.insert(id) }

    /// Notes this file's report that the sitting `id` planned on a day was held on `day`
    /// instead, or (`planned` nil) was held on `day` besides the plan.
    mutating func noteChange(id: String, workflow: String, site: String, heldOn day: CivilDate, moved: Bool, source: String) {
        reported.insert(id)
        fileChanges.added[Key(workflow: workflow, site: site, date: day)] = (id, source)
        if moved { fileChanges.movedAway[id] = (day, source) }
    }

    /// The occurrence of `workflow` at `site` held on `date` as the sheets have it: one moved
    /// to or added on that day, else the planned one unless it was moved away.
    mutating func held(workflow: Workflow, site: String, date: CivilDate) -> Lookup {
        let key = Key(workflow: workflow.id, site: site, date: date)
        loadStored(around: date)
        if let found = fileChanges.added[key] { return .found(id: found.id) }
        if let found = storedChanges.added[key], !reported.contains(found.id) { return .found(id: found.id) }
        let planned = lookup(workflow: workflow, site: site, date: date)
        guard case .found(let id) = planned else { return planned }
        if let away = fileChanges.movedAway[id] { return .moved(id: id, to: away.to, source: away.source) }
        if !reported.contains(id), let away = storedChanges.movedAway[id] { return .moved(id: id, to: away.to, source: away.source) }
        return planned
    }

    /// Reads the stored changes of `date`'s month and its neighbours, once.
    private mutating func loadStored(around date: CivilDate) {
        let month = YearMonth(of: date)
        guard let stored, storedMonths.insert(month).inserted else { return }
        let first = (month.previous ?? month).firstDay, last = (month.next ?? month).lastDay
        for change in stored(first...last) {
            storedChanges.added[Key(workflow: change.workflowID, site: change.siteID, date: change.heldOn)] = (change.occurrenceID, change.source)
            if change.status == .moved { storedChanges.movedAway[change.occurrenceID] = (change.heldOn, change.source) }
        }
    }

    /// The occurrence of `workflow` at `site` held on `date`. A workflow without a schedule
    /// (会诊, started by escalation) is held whenever it is needed: any date is its own.
    mutating func lookup(workflow: Workflow, site: String, date: CivilDate) -> Lookup {
        if workflow.schedules.isEmpty {
            return .found(id: Occurrence.makeID(workflow: workflow.id, site: site, date: date, ordinal: 1))
        }
        let own = YearMonth(of: date)
        let key = Key(workflow: workflow.id, site: site, date: date)
        let current: Month
        switch month(own) {
        case .failure(let error): return .uncovered(error)
        case .success(let found): current = found
        }
        if let id = current.byDay[key] { return .found(id: id) }
        for neighbour in [own.previous, own.next].compactMap({ $0 }) {
            if case .success(let found) = month(neighbour), let id = found.byDay[key] { return .found(id: id) }
        }
        return .none(heldInMonth: current.days[Pair(workflow: workflow.id, site: site)] ?? [])
    }

    private mutating func month(_ month: YearMonth) -> Result<Month, CalendarCoverageError> {
        if let cached = months[month] { return cached }
        let result: Result<Month, CalendarCoverageError>
        do {
            let schedule = try OccurrenceExpander(set: set).expand(month: month)
            var built = Month()
            for occurrence in schedule.occurrences {
                let key = Key(workflow: occurrence.workflowID, site: occurrence.siteID, date: occurrence.date)
                if built.byDay[key] == nil { built.byDay[key] = occurrence.id }
                if YearMonth(of: occurrence.date) == month {
                    built.days[Pair(workflow: occurrence.workflowID, site: occurrence.siteID), default: []].append(occurrence.date)
                }
            }
            result = .success(built)
        } catch {
            result = .failure(error)
        }
        months[month] = result
        return result
    }
}

extension YearMonth {
    /// The month before, or nil before year 1.
    var previous: YearMonth? { month == 1 ? YearMonth(year: year - 1, month: 12) : YearMonth(year: year, month: month - 1) }
    /// The month after, or nil after year 9999.
    var next: YearMonth? { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }
}
