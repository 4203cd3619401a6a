import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenReports

/// The month's report the bureau sends up: `sizhen report`. A closed month's report is the one
/// frozen when it was closed, byte for byte; an open month's carries the adjustments to the
/// closed months before it.
public struct ReportOperation: Sendable {
    /// How the report is written.
    public enum Format: String, Sendable, CaseIterable {
        case text, html, json, csv
    }

    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String
    /// Roles paid the mediation subsidy instead of the district's `reports.subsidy_roles`.
    public var subsidyRoles: [String]
    /// The language of the report's messages.
    public var language: Language
    /// The format.
    public var format: Format
    /// The sections (all when empty); CSV takes exactly one.
    public var sections: [MonthReport.Section]
    /// Whether rules are shown with their expressions as well as their words (`--show-rules`).
    public var showsRules: Bool
    /// A street's (司法所) report: only this street's or town's sites, by id or name.
    public var street: String?
    /// The day the report says it was made, with its 制表 and 审核 lines.
    public var madeOn: MadeOn

    /// An operation.
    public init(workspace: Workspace, month: String, subsidyRoles: [String] = [], language: Language = .english, format: Format = .text,
                sections: [MonthReport.Section] = [], showsRules: Bool = false, street: String? = nil,
                madeOn: MadeOn = .none) {
        self.workspace = workspace
        self.madeOn = madeOn
        self.street = street
        self.month = month
        self.subsidyRoles = subsidyRoles
        self.language = language
        self.format = format
        self.sections = sections
        self.showsRules = showsRules
    }

    /// The report as written in `format`.
    public func run() -> Outcome<String> {
        perform { run in
            let yearMonth = try FlagValue.month(month, into: &run)
            let set = try workspace.loadSet(into: &run)
            // A role may be given by id or by name (基层法律服务工作者).
            let subsidyRoles = self.subsidyRoles.compactMap { role in
                FlagValue.role(role, flag: "--subsidy-role", in: set,
                               unknown: { OperationMessage.unknownSubsidyRole(["role": QuotedText.clip(role), "suggestion": .text($0)]) },
                               hint: OperationMessage.unknownSubsidyRoleHint(), into: &run)
            }
            let streetID = street.flatMap { FlagValue.street($0, in: set, into: &run) }
            let paperwork = madeOn.paperwork(for: set, into: &run)
            if run.diagnostics.hasErrors { throw Stop() }
            let store = try workspace.openExisting(for: set, into: &run)
            guard try store.isMonthStored(yearMonth) else {
                throw run.fail(.error(OperationMessage.nothingForMonth(["db": .text(workspace.databaseShown), "month": .text(yearMonth.description)]),
                                      hint: OperationMessage.nothingForMonthHint(["month": .text(yearMonth.description)])))
            }
            if let closing = try store.closing(yearMonth) {
                guard subsidyRoles.isEmpty, !showsRules, streetID == nil, format == .csv || sections.isEmpty,
                      let frozen = closing.outputs[Self.key(format, sections, language: language)] ?? closing.outputs[Self.key(format, sections)] else {
                    throw run.fail(.error(OperationMessage.closedReport(["month": .text(yearMonth.description)]),
                                          hint: OperationMessage.closedReportHint()))
                }
                return frozen
            }
            var resolved = self
            resolved.subsidyRoles = subsidyRoles
            resolved.street = streetID
            var report = try resolved.report(yearMonth, set: set, store: store)
            report.paperwork = paperwork
            return Self.render(report, format: format, sections: sections)
        }
    }

    /// The month's report from the store, with the adjustments to the closed months before it.
    func report(_ month: YearMonth, set: WorkflowSet, store: any StoreReading) throws -> MonthReport {
        var facts = try ReportFacts(month: month, reading: store)
        if let street {
            let sites = Set(set.district.communities.filter { $0.streetID == street }.map(\.id))
            facts = try facts.restricted(to: sites) { caseID in try Self.site(ofCase: caseID, set: set, store: store) }
        }
        var set = set
        if let street {
            // A street's people: those of its 司法所 and its clinics, and whoever served there.
            let served = Set(facts.summary.load.keys).union(facts.records.flatMap(\.staff))
            set.people = set.people.filter { $0.street?.id == street || served.contains($0.id) }
        }
        var report = MonthReport(facts: facts, set: set, isSimulated: try store.purpose() == .simulation,
                                 subsidyRoles: subsidyRoles.isEmpty ? nil : subsidyRoles, messages: MessageRenderer(book: .sizhen, language: language))
        report.streetName = street.flatMap { set.street($0)?.name }
        // A street's report has one street row: the others are its district's business.
        if let street { report.statistics.streets = report.statistics.streets.filter { $0.id == street } }
        report.adjustments = try Self.adjustments(for: month, store: store)
        if let street {
            report.adjustments = report.adjustments.filter { set.community($0.record.siteID)?.streetID == street }
        }
        report.showsRules = showsRules
        return report
    }

    /// The community a case belongs to: its own site, or for a case at the district (a panel)
    /// that of the case it was escalated from.
    static func site(ofCase caseID: String, set: WorkflowSet, store: any StoreReading) throws -> String? {
        var next: String? = caseID
        var seen = Set<String>()
        while let id = next, seen.insert(id).inserted, let found = try store.engineCase(id) {
            if set.community(found.siteID) != nil { return found.siteID }
            next = found.parentID
        }
        return nil
    }

    /// The adjustments a month shows: those of each closed month before it whose first month
    /// not closed is this one.
    static func adjustments(for month: YearMonth, store: any StoreReading) throws -> [MonthReport.Adjustment] {
        let closed = Set(try store.closedMonths())
        var found: [MonthReport.Adjustment] = []
        var earlier = month.previous
        while closed.contains(earlier), let closing = try store.closing(earlier) {
            found += try MonthReport.Adjustment.of(closing, now: try store.records(RecordFilter(month: earlier))) { caseID in
                try store.facts(key: Self.factKey(of: caseID))
            }
            guard earlier.previous != earlier else { break }
            earlier = earlier.previous
        }
        return found.sorted { ($0.month, $0.record.date, $0.record.id) < ($1.month, $1.record.date, $1.record.id) }
    }

    /// The key of the facts behind a record's case: the sheet's case it came from, or for an
    /// event the occurrence reported.
    static func factKey(of caseID: String) -> String {
        let root = String(caseID.prefix { $0 != ">" })
        return root.hasSuffix("#event") ? String(root.dropLast("#event".count)) : root
    }

    /// The report written in a format: every section, or those given (CSV: the first).
    public static func render(_ report: MonthReport, format: Format, sections: [MonthReport.Section]) -> String {
        let chosen = sections.isEmpty ? MonthReport.Section.allCases : sections
        switch format {
        case .text: return report.text(sections: chosen)
        case .json: return report.json(sections: chosen) + "\n"
        case .csv: return report.csv(chosen[0])
        case .html: return report.html(sections: chosen)
        }
    }

    /// The key of a frozen output: the format, and for CSV its section; in Chinese prefixed
    /// with `zh/` (the English keys are those of the months closed before the report spoke
    /// Chinese, whose report is then shown in English).
    static func key(_ format: Format, _ sections: [MonthReport.Section], language: Language = .english) -> String {
        (language == .chinese ? "zh/" : "") + (format == .csv ? "csv:" + (sections.first?.rawValue ?? "") : format.rawValue)
    }

    /// Every output a closing freezes, in English and in Chinese: text, HTML and JSON of all
    /// sections, CSV of each.
    static func outputs(of report: MonthReport) -> [String: String] {
        var outputs: [String: String] = [:]
        for language in [Language.english, .chinese] {
            var report = report
            report.messages = MessageRenderer(book: .sizhen, language: language)
            report.showsRules = false
            for format in [Format.text, .html, .json] { outputs[key(format, [], language: language)] = render(report, format: format, sections: []) }
            for section in MonthReport.Section.allCases {
                outputs[key(.csv, [section], language: language)] = render(report, format: .csv, sections: [section])
            }
        }
        return outputs
    }
}
