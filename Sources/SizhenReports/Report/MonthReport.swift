import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
import SizhenModel
import SizhenRules

/// The monthly report of a district, real or simulated: statistics by record type, coverage
/// of the scheduled workflows, the mediation subsidy ledger, the dispute screening
/// (矛盾纠纷排查), escalations and deadlines, and the workload per person. Pure: built from
/// stored facts and the workflow files; record types, subsidy roles and the screening rules
/// all come from the district file.
public struct MonthReport: Sendable {
    /// The sections, for `--section`.
    public enum Section: String, Sendable, CaseIterable {
        case statistics, coverage, ledger, screening, deadlines, workload
    }

    /// A named thing (a person, a site, a street).
    public struct Named: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    /// The month.
    public var month: YearMonth
    /// The words of the report and of the messages it carries (gaps, notes), in the reader's
    /// language.
    public var messages: MessageRenderer
    /// Whether rules are shown with their expressions as well as their words (`--show-rules`).
    public var showsRules = false
    /// The district's name.
    public var districtName: String
    /// The street's name, for a street's (司法所) report: its facts are that street's only.
    public var streetName: String?
    /// Whether the database is a simulation's.
    /// The date made and the signature lines at the foot of the text and the page; none when nil.
    public var paperwork: Paperwork?
    public var isSimulated: Bool
    /// The totals a simulation summary prints for the same month.
    public var summary: MonthSummary
    /// Statistics by record type.
    public var statistics: Statistics
    /// Coverage of each scheduled workflow.
    public var coverage: [Coverage]
    /// The mediation subsidy ledger.
    public var ledger: Ledger
    /// The dispute screening, when the district configures one.
    public var screening: Screening?
    /// Escalations (会诊) and deadlines.
    public var deadlines: Deadlines
    /// Sittings, visits and panels per person.
    public var workload: Workload
    /// Each day of the month with its occurrences, for the calendar.
    public var days: [Day]
    /// Changes to closed months found since they were closed, shown in this month (the first
    /// after them that is not closed).
    public var adjustments: [Adjustment] = []

    /// A day of the month's calendar.
    public struct Day: Sendable, Hashable {
        public var date: CivilDate
        /// Occurrences that day by workflow name, in workflow file order.
        public var byWorkflow: [Count]
        /// Whether the district calendar has it as a day off.
        public var isDayOff: Bool
        /// All occurrences that day.
        public var total: Int { byWorkflow.reduce(0) { $0 + $1.count } }
    }

    /// A count with a label.
    public struct Count: Sendable, Hashable {
        public var label: String
        public var count: Int
    }

    /// Builds the report. `subsidyRoles`, when given, overrides the district's `reports:
    /// subsidy_roles`.
    public init(facts: ReportFacts, set: WorkflowSet, isSimulated: Bool = false, subsidyRoles: [String]? = nil,
                messages: MessageRenderer = MessageRenderer(book: MonthReport.book)) {
        let names = Names(set: set)
        self.messages = messages
        month = facts.month
        districtName = set.district.name
        self.isSimulated = isSimulated
        summary = MonthSummary(facts: facts.summary, set: set)
        statistics = Statistics(records: facts.records, set: set, names: names)
        coverage = Coverage.all(facts: facts, set: set, names: names)
        let roles = subsidyRoles ?? set.district.reports?.subsidyRoles.map(\.id) ?? []
        ledger = Ledger(records: facts.records, roles: roles, payee: set.district.reports?.subsidyPayee ?? .lead, set: set, names: names)
        screening = set.district.reports?.screening.map { Screening(facts: facts, settings: $0, set: set, names: names) }
        deadlines = Deadlines(facts: facts, set: set, names: names)
        workload = Workload(facts: facts, set: set, names: names)
        let calendar = set.calendar
        days = facts.month.days.map { date in
            let today = facts.occurrences.filter { $0.date == date }
            let counts = set.workflows.compactMap { workflow -> Count? in
                let n = today.count { $0.workflowID == workflow.id }
                return n == 0 ? nil : Count(label: workflow.name, count: n)
            }
            var warnings = CalendarWarnings()
            let dayOff = !((try? calendar.isWorkday(date, warnings: &warnings)) ?? !(date.weekday == .saturday || date.weekday == .sunday))
            return Day(date: date, byWorkflow: counts, isDayOff: dayOff)
        }
    }

    /// The report's title: the district's, or the street's (司法所) when it is one.
    var title: String {
        if let streetName {
            return say(.streetTitle, ["district": .text(districtName), "street": .text(streetName), "month": .text(month.description)])
        }
        return say(.title, ["district": .text(districtName), "month": .text(month.description)])
    }

    /// The catalogues a report's words come from, for a report made without the whole book.
    public static let book = MessageBook([ReportMessage.self, MonthReportMessage.self, ReportCSVMessage.self, SummaryMessage.self, PaperworkMessage.self,
                                          MonthName.self])

    /// Names of people, sites, streets and workflows, falling back to ids.
    struct Names {
        var people: [String: Person]
        var sites: [String: String]
        var streets: [String: String]
        var streetOfSite: [String: String]
        var workflows: [String: String]

        init(set: WorkflowSet) {
            people = Dictionary(set.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            sites = Dictionary(set.district.communities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            sites[set.district.id] = set.district.name
            streets = Dictionary(set.district.streets.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            streetOfSite = Dictionary(set.district.communities.map { ($0.id, $0.streetID) }, uniquingKeysWith: { first, _ in first })
            workflows = Dictionary(set.workflows.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }

        func person(_ id: String) -> String { people[id]?.name ?? id }
        func site(_ id: String) -> String { sites[id] ?? id }
        func street(_ id: String?) -> String { id.map { streets[$0] ?? $0 } ?? "" }
        func workflow(_ id: String) -> String { workflows[id] ?? id }
    }
}

// MARK: - Statistics

extension MonthReport {
    /// Records by type, per district, street, clinic and person, in the district's
    /// `record_types` order (then any other type met, sorted).
    public struct Statistics: Sendable {
        /// One row: counts in the order of `types`.
        public struct Row: Sendable, Hashable {
            public var id: String
            public var name: String
            public var counts: [Int]
            public var total: Int { counts.reduce(0, +) }
        }

        /// Record type ids, in column order.
        public var types: [String]
        /// Their display names.
        public var typeNames: [String]
        /// The whole district.
        public var district: Row
        /// Every street, in file order.
        public var streets: [Row]
        /// Every site with a record, in file order (the district last, for district-wide work).
        public var sites: [Row]
        /// Every person on a record, in the staff files' order; a record counts once for each
        /// person on it.
        public var people: [Row]

        init(records: [ServiceRecord], set: WorkflowSet, names: Names) {
            let configured = set.district.recordTypes
            let extra = Set(records.map(\.type)).subtracting(configured.map(\.id)).sorted()
            types = configured.map(\.id) + extra
            typeNames = configured.map(\.name) + extra
            let column = Dictionary(types.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            func row(_ id: String, _ name: String, _ chosen: [ServiceRecord]) -> Row {
                var counts = [Int](repeating: 0, count: column.count)
                for record in chosen { counts[column[record.type]!] += 1 }
                return Row(id: id, name: name, counts: counts)
            }
            district = row(set.district.id, set.district.name, records)
            let byStreet = Dictionary(grouping: records) { $0.streetID ?? "" }
            streets = set.district.streets.map { row($0.id, $0.name, byStreet[$0.id] ?? []) }
            let bySite = Dictionary(grouping: records, by: \.siteID)
            let siteOrder = set.district.communities.map(\.id) + [set.district.id]
            sites = siteOrder.compactMap { id in bySite[id].map { row(id, names.site(id), $0) } }
                + bySite.keys.filter { !siteOrder.contains($0) }.sorted().map { row($0, $0, bySite[$0]!) }
            var byPerson: [String: [ServiceRecord]] = [:]
            for record in records { for person in Set(record.staff) { byPerson[person, default: []].append(record) } }
            let personOrder = set.people.map(\.id)
            people = personOrder.compactMap { id in byPerson[id].map { row(id, names.person(id), $0) } }
                + byPerson.keys.filter { names.people[$0] == nil }.sorted().map { row($0, $0, byPerson[$0]!) }
        }
    }
}

// MARK: - Coverage

extension MonthReport {
    /// Whether each site of a scheduled workflow had every occurrence of the month, and why
    /// not when it did not.
    public struct Coverage: Sendable {
        /// A site's month.
        public struct Site: Sendable, Hashable {
            public var id: String
            public var name: String
            public var street: String
            /// Occurrences due (held, not held, or skipped).
            public var due: Int
            /// Held.
            public var held: Int
            /// Reported by a sheet: held or not held.
            public var reported: Int
            /// Not reported though the days allowed for the sheet have passed (`report_within`).
            public var notReported: Int
            /// What went wrong, in date order.
            public var gaps: [Gap]
            /// Whether every occurrence was held, fully staffed.
            public var isCovered: Bool { gaps.isEmpty && held == due }
        }

        /// Why an occurrence was not held as planned.
        public struct Gap: Sendable, Hashable {
            /// `holiday`, `unfilled`, `absence` (a substitute sat, or nobody could), `not_held` (a
            /// sheet says so, with the reason), `not_reported` (no sheet within the days
            /// allowed) or `awaited` (no sheet yet, within them).
            public var kind: String
            public var date: CivilDate
            public var reason: Message
        }

        public var workflowID: String
        public var name: String
        public var sites: [Site]
        /// Sites that held every occurrence.
        public var covered: [Site] { sites.filter(\.isCovered) }
        /// Sites that did not.
        public var uncovered: [Site] { sites.filter { !$0.isCovered } }

        static func all(facts: ReportFacts, set: WorkflowSet, names: Names) -> [Coverage] {
            let unfilledByOccurrence = Dictionary(grouping: facts.unfilled, by: \.occurrenceID)
            var absences: [String: [EngineEvent]] = [:]
            var notHeld: [String: Message] = [:]
            for event in facts.events {
                guard let occurrence = event.occurrenceID else { continue }
                if event.kind == .absence { absences[occurrence, default: []].append(event) }
                if event.kind == .occurrenceNotHeld { notHeld[occurrence] = event.message }
            }
            // An occurrence no sheet has reported is awaited for `report_within` workdays after
            // its day, counted to the last day derived; then it is not reported.
            let within = set.district.reports?.reportWithin ?? ReportSettings.defaultReportWithin
            func isOverdue(_ date: CivilDate) -> Bool {
                guard let asOf = facts.derivedThrough else { return false }
                var warnings = CalendarWarnings()
                let limit = (try? set.calendar.adding(workdays: within, to: date, warnings: &warnings)) ?? date.adding(days: within)
                return limit < asOf
            }
            return set.workflows.compactMap { workflow -> Coverage? in
                guard !workflow.schedules.isEmpty else { return nil }
                let sites = set.sites(of: workflow)
                guard !sites.isEmpty else { return nil }
                let occurrences = Dictionary(grouping: facts.occurrences.filter { $0.workflowID == workflow.id }, by: \.siteID)
                let skipped = Dictionary(grouping: facts.skipped.filter { $0.workflowID == workflow.id }, by: \.siteID)
                let rows = sites.map { site -> Site in
                    let mine = occurrences[site.id] ?? []
                    var gaps: [Gap] = (skipped[site.id] ?? []).map { Gap(kind: "holiday", date: $0.date, reason: $0.reason) }
                    for occurrence in mine {
                        for slot in unfilledByOccurrence[occurrence.id] ?? [] {
                            gaps.append(Gap(kind: "unfilled", date: occurrence.date, reason: ReportMessage.slotUnfilled(["slot": .text(slot.slot), "reason": .message(slot.reason)])))
                        }
                        for event in absences[occurrence.id] ?? [] {
                            gaps.append(Gap(kind: "absence", date: event.date, reason: event.message))
                        }
                        switch occurrence.status {
                        case .held: break
                        case .notHeld:
                            gaps.append(Gap(kind: "not_held", date: occurrence.date, reason: notHeld[occurrence.id] ?? ReportMessage.notHeldYet()))
                        case .planned:
                            if isOverdue(occurrence.date) {
                                gaps.append(Gap(kind: "not_reported", date: occurrence.date, reason: ReportMessage.notReported(["within": .int(within)])))
                            } else {
                                gaps.append(Gap(kind: "awaited", date: occurrence.date, reason: ReportMessage.awaited()))
                            }
                        }
                    }
                    gaps.sort { ($0.date, $0.kind) < ($1.date, $1.kind) }
                    // A sitting held besides the plan (加开) is held, not one more due.
                    return Site(id: site.id, name: site.name, street: names.street(site.streetID),
                                due: mine.count { !$0.isExtra } + (skipped[site.id]?.count ?? 0),
                                held: mine.count { $0.isHeld }, reported: mine.count { $0.status != .planned },
                                notReported: mine.count { $0.status == .planned && isOverdue($0.date) }, gaps: gaps)
                }
                return Coverage(workflowID: workflow.id, name: workflow.name, sites: rows)
            }
        }
    }
}

// MARK: - Ledger

extension MonthReport {
    /// The mediation subsidy per person who holds a subsidy role, by tier: what to pay.
    public struct Ledger: Sendable {
        /// A tier: its name and yuan per case.
        public struct Tier: Sendable, Hashable {
            public var name: String
            public var yuan: Int
        }

        /// One person's line.
        public struct Entry: Sendable, Hashable {
            public var personID: String
            public var name: String
            public var organisation: String
            public var street: String
            /// Cases per tier, in the order of `tiers`.
            public var cases: [Int]
            public var yuan: Int
            public var totalCases: Int { cases.reduce(0, +) }
        }

        /// The roles paid (empty: everyone on a subsidised record).
        public var roles: [String]
        /// Their names, in the same order.
        public var roleNames: [String]
        /// Who is paid a case several people of a paid role served.
        public var payee: ReportSettings.SubsidyPayee
        /// The tiers the files declare and any other met this month, cheapest first: the same
        /// columns every month.
        public var tiers: [Tier]
        /// The people paid, in the staff files' order. A person's cases per tier are the cases
        /// they are paid for (with `split`, also those they share).
        public var entries: [Entry]
        /// Payable cases per tier, in the order of `tiers`: each case once.
        public var payableByTier: [Int]
        /// Subsidised records and their yuan (the simulation summary's subsidy total).
        public var records: Int
        /// See `records`.
        public var recordsYuan: Int
        /// Subsidised records with nobody of a paid role on them: not payable.
        public var unpaidRecords: Int
        /// See `unpaidRecords`.
        public var unpaidYuan: Int

        /// The yuan to pay: the records' yuan less those not payable, since each case is paid once.
        public var payableYuan: Int { entries.reduce(0) { $0 + $1.yuan } }
        /// Cases paid, each once however many people share it.
        public var payableCases: Int { payableByTier.reduce(0, +) }

        /// The tiers of the subsidy tables the workflows' steps name, by name: each row whose
        /// `amount` is a whole number and `tier` a quoted text (`50`, `"一般"`).
        static func declaredTiers(in set: WorkflowSet) -> [String: Int] {
            var tiers: [String: Int] = [:]
            let tables = Set(set.workflows.flatMap(\.steps).compactMap { $0.subsidy?.id })
            for id in tables.sorted() {
                guard let definition = set.table(id)?.definition,
                      let amount = definition.outputs.firstIndex(where: { $0.id == Step.subsidyAmount }),
                      let tier = definition.outputs.firstIndex(where: { $0.id == Step.subsidyTier }) else { continue }
                for row in definition.rows where amount < row.outputs.count && tier < row.outputs.count {
                    let name = row.outputs[tier].text.trimmingCharacters(in: .whitespaces)
                    guard let yuan = Int(row.outputs[amount].text.trimmingCharacters(in: .whitespaces)), name.count >= 2,
                          name.hasPrefix("\""), name.hasSuffix("\""), !name.dropFirst().dropLast().contains("\"") else { continue }
                    tiers[String(name.dropFirst().dropLast())] = yuan
                }
            }
            return tiers
        }

        /// Who holds a paid role (everyone when the roles are empty: nil).
        let paid: Set<String>?

        /// Who is paid what of `yuan` for a record served by `staff`: the people of a paid role
        /// on it, in its order, once each; the first of them, or all in equal shares with the
        /// odd yuan one each to the first (`payee`). Empty when nobody on it holds a paid role.
        public func shares(of staff: [String], yuan: Int) -> [(personID: String, yuan: Int)] {
            Self.shares(of: staff, yuan: yuan, paid: paid, payee: payee)
        }

        static func shares(of staff: [String], yuan: Int, paid: Set<String>?, payee: ReportSettings.SubsidyPayee) -> [(personID: String, yuan: Int)] {
            var seen = Set<String>()
            let payees = staff.filter { seen.insert($0).inserted && (paid?.contains($0) ?? true) }
            guard !payees.isEmpty else { return [] }
            switch payee {
            case .lead: return [(payees[0], yuan)]
            case .split:
                let (each, left) = yuan.quotientAndRemainder(dividingBy: payees.count)
                return payees.enumerated().map { ($1, each + ($0 < left ? 1 : 0)) }
            }
        }

        init(records all: [ServiceRecord], roles: [String], payee: ReportSettings.SubsidyPayee, set: WorkflowSet, names: Names) {
            self.roles = roles
            let roleNames = Dictionary(set.district.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            self.roleNames = roles.map { roleNames[$0] ?? $0 }
            self.payee = payee
            let paid = roles.isEmpty ? nil : Set(set.people.filter { person in roles.contains { person.holds($0) } }.map(\.id))
            self.paid = paid
            let subsidised = all.filter { $0.subsidyYuan != nil }
            // The tiers the files declare (a subsidy table's rows whose amount and tier are
            // literals), so that the ledger's columns are the same every month, then those met.
            var unitYuan = Self.declaredTiers(in: set)
            for record in subsidised { unitYuan[Self.tierName(record)] = record.subsidyYuan! }
            tiers = unitYuan.map { Tier(name: $0.key, yuan: $0.value) }.sorted { ($0.yuan, $0.name) < ($1.yuan, $1.name) }
            let column = Dictionary(tiers.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
            records = subsidised.count
            recordsYuan = subsidised.reduce(0) { $0 + $1.subsidyYuan! }
            var byPerson: [String: (cases: [Int], yuan: Int)] = [:]
            var perTier = [Int](repeating: 0, count: column.count)
            var unpaid = 0, unpaidYuan = 0
            for record in subsidised {
                let yuan = record.subsidyYuan!
                let shares = Self.shares(of: record.staff, yuan: yuan, paid: paid, payee: payee)
                guard !shares.isEmpty else {
                    unpaid += 1
                    unpaidYuan += yuan
                    continue
                }
                let tier = column[Self.tierName(record)]!
                perTier[tier] += 1
                for (person, amount) in shares {
                    var line = byPerson[person] ?? ([Int](repeating: 0, count: column.count), 0)
                    line.cases[tier] += 1
                    line.yuan += amount
                    byPerson[person] = line
                }
            }
            payableByTier = perTier
            unpaidRecords = unpaid
            self.unpaidYuan = unpaidYuan
            let order = set.people.map(\.id) + byPerson.keys.filter { names.people[$0] == nil }.sorted()
            entries = order.compactMap { id in
                byPerson[id].map { line in
                    let person = names.people[id]
                    return Entry(personID: id, name: names.person(id), organisation: person?.organisation ?? "",
                                 street: names.street(person?.street?.id), cases: line.cases, yuan: line.yuan)
                }
            }
        }

        /// How a case served by several is paid, in words.
        public var payeeMessage: Message {
            switch payee {
            case .lead: ReportMessage.payeeLead()
            case .split: ReportMessage.payeeSplit()
            }
        }

        static func tierName(_ record: ServiceRecord) -> String { record.subsidyTier ?? "\(record.subsidyYuan ?? 0) 元" }
    }
}
