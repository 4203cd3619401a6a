import SizhenCalendar
import SizhenRecords
import SizhenModel

/// Finds the occurrence a row belongs to, expanding each month of the workflows once.
///
/// An occurrence belongs to the month of its rule date but is held on its own date, which a
/// holiday policy may have moved into the month before or after; so a date is looked up in
/// its own month and both neighbours.
struct IntakeOccurrences {
    /// What a lookup found.
    enum Lookup {
        /// The occurrence held that day.
        case found(id: String)
        /// None that day; the dates it is held on in that month (for the hint).
        case none(heldInMonth: [CivilDate])
        /// The month cannot be expanded (the calendar does not cover its year).
        case uncovered(CalendarCoverageError)
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

    init(set: WorkflowSet) { self.set = set }

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
