import SizhenCalendar

/// What the engine reads from and writes to storage. The SQLite store implements it; a
/// shared PostgreSQL store can later, without the engine changing.
public protocol EngineStore: AnyObject {
    /// The last day rounds have processed, if any.
    func lastProcessedDay() throws -> CivilDate?
    /// Every case not yet closed.
    func openCases() throws -> [EngineCase]
    /// Every timer not yet done.
    func pendingTimers() throws -> [EngineTimer]
    /// Whether a case with this id exists (opened before), for idempotent intake.
    func caseExists(_ id: String) throws -> Bool
    /// Writes a change set in one transaction. Returns false, writing nothing, when another
    /// command has already written the same work (the day is processed, the file imported):
    /// two commands on one database never record anything twice.
    @discardableResult
    func commit(_ changes: ChangeSet) throws -> Bool
    /// Whether an intake file with this digest was imported before.
    func wasImported(digest: String) throws -> Bool
    /// Whether a month's occurrences and assignments are stored (its plan is pinned).
    func isMonthStored(_ month: YearMonth) throws -> Bool
    /// Stores a month's occurrences, assignments and unfilled slots in one transaction.
    func storeMonth(_ plan: MonthPlan) throws
    /// The stored plan's JSON of a month, if any.
    func storedPlanJSON(_ month: YearMonth) throws -> String?
    /// Replaces the assignments of the month's occurrences on days not yet processed (from
    /// `firstDay` on), in one transaction; days already processed keep theirs.
    func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws
    /// The stored occurrences held on a day, in order.
    func occurrences(on date: CivilDate) throws -> [OccurrenceRef]
    /// Who is assigned to each occurrence in the days, by occurrence id.
    func assignments(from first: CivilDate, through last: CivilDate) throws -> [String: [String]]
}
