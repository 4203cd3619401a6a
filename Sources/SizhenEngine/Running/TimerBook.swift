import SizhenRecords
/// The pending timers, indexed by id and by case, so that asking whether a case still waits
/// for something costs the same whatever the number of cases.
struct TimerBook: Sendable {
    private(set) var byID: [String: EngineTimer] = [:]
    private var byCase: [String: Set<String>] = [:]

    init(_ timers: [EngineTimer] = []) {
        for timer in timers { add(timer) }
    }

    mutating func add(_ timer: EngineTimer) {
        byID[timer.id] = timer
        byCase[timer.caseID, default: []].insert(timer.id)
    }

    mutating func remove(_ id: String) {
        guard let timer = byID.removeValue(forKey: id) else { return }
        byCase[timer.caseID]?.remove(id)
        if byCase[timer.caseID]?.isEmpty == true { byCase[timer.caseID] = nil }
    }

    func contains(_ id: String) -> Bool { byID[id] != nil }

    /// The timers of a case, by id.
    func of(_ caseID: String) -> [EngineTimer] {
        (byCase[caseID] ?? []).sorted().compactMap { byID[$0] }
    }

    /// Whether a case waits for a timer (other than of `kind`, when given).
    func hasTimers(of caseID: String, except kind: EngineTimer.Kind? = nil) -> Bool {
        guard let ids = byCase[caseID] else { return false }
        guard let kind else { return !ids.isEmpty }
        return ids.contains { byID[$0]?.kind != kind }
    }

    /// Timers due on or before `day`, in a fixed order (kind, then id).
    func due(through day: CivilDate) -> [EngineTimer] {
        byID.values.filter { $0.due <= day }.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
    }
}

import SizhenCalendar
